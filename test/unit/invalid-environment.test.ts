import { describe, expect, it } from 'vitest';
import { validateEnvironmentFile } from '../../src/manifests/validate-repository.js';
import { memoryRepoFiles } from '../fakes/memory-repo-files.js';
import { envManifest, type HeaderFields } from '../helpers/manifest-text.js';

interface Case {
  name: string;
  body: string;
  header?: HeaderFields;
  extraFiles?: Record<string, string>;
  line: number;
  column?: number;
  path: string;
  message: RegExp;
  /** Problems expected in all; most faults are exactly one problem. */
  count?: number;
}

// Lines 1-5 are the header (apiVersion, kind, name, topology, host); bodies start on line 6.
const cases: Case[] = [
  {
    name: 'wrong apiVersion',
    header: { apiVersion: 'wharf/v2' },
    body: 'services: { web: { image: "a:1" } }',
    line: 1,
    column: 13,
    path: '$.apiVersion',
    message: /must be `wharf\/v1`, not `wharf\/v2`/,
  },
  {
    name: 'a Swarm stack asked to keep a colour warm',
    body: 'runtime: swarm\ndeploy: { keepPrevious: 5m }\nservices: { web: { image: "a:1" } }',
    line: 7,
    path: '$.deploy.keepPrevious',
    message: /a stack has no colours/,
  },
  {
    name: 'misspelt kind',
    header: { kind: 'Enviroment' },
    body: 'services: { web: { image: "a:1" } }',
    line: 2,
    path: '$.kind',
    message: /expected a manifest of kind `Environment` here, found "Enviroment"/,
  },
  {
    name: 'name with capitals and underscore',
    header: { name: 'Shop_1' },
    body: 'services: { web: { image: "a:1" } }',
    line: 3,
    column: 7,
    path: '$.name',
    message: /`Shop_1` is not valid here: use 1 to 40 lowercase letters/,
  },
  {
    name: 'topology typo',
    header: { topology: 'minimall' },
    body: 'services: { web: { image: "a:1" } }',
    line: 4,
    column: 11,
    path: '$.topology',
    message: /`minimall` is not one of `minimal`, `hybrid`, `complete`; did you mean `minimal`\?/,
  },
  {
    name: 'host given as a URL',
    header: { host: 'https://shop.test' },
    body: 'services: { web: { image: "a:1" } }',
    line: 5,
    column: 7,
    path: '$.host',
    message: /write a lowercase DNS name such as `app.ar` \(no scheme, port or path\)/,
  },
  {
    name: 'unknown top-level field',
    body: `
      hots: other.test
      services: { web: { image: "a:1" } }
    `,
    line: 6,
    column: 1,
    path: '$.hots',
    message: /unknown field `hots`; did you mean `host`\?/,
  },
  {
    name: 'no services at all',
    body: 'tls: { mode: none }',
    line: 1,
    path: '$.services',
    message: /missing required field `services`: Stateless app services/,
  },
  {
    name: 'empty services mapping',
    body: 'services: {}',
    line: 6,
    column: 11,
    path: '$.services',
    message: /must have at least 1 entry/,
  },
  {
    name: 'service name with capitals',
    body: `
      services:
        Web_App:
          image: a:1
    `,
    line: 7,
    column: 3,
    path: '$.services.Web_App',
    message: /name `Web_App` is not allowed: use 1 to 40 lowercase letters/,
  },
  {
    name: 'service without image',
    body: `
      services:
        web:
          port: 8080
    `,
    line: 7,
    column: 3,
    path: '$.services.web.image',
    message: /missing required field `image`: Container image/,
  },
  {
    name: 'misspelt image field',
    body: `
      services:
        web:
          imgae: a:1
    `,
    line: 8,
    column: 5,
    path: '$.services.web.imgae',
    message: /unknown field `imgae`; did you mean `image`\?/,
    count: 2,
  },
  {
    name: 'image with an uppercase repository',
    body: `
      services:
        web:
          image: Jupiter/Web:1.0
    `,
    line: 8,
    column: 12,
    path: '$.services.web.image',
    message: /`Jupiter\/Web:1.0` is not valid here: write an image reference/,
  },
  {
    name: 'port out of range',
    body: `
      services:
        web:
          image: a:1
          port: 70000
    `,
    line: 9,
    column: 11,
    path: '$.services.web.port',
    message: /`70000` is out of range: must be at most 65535/,
  },
  {
    name: 'port quoted as text',
    body: `
      services:
        web:
          image: a:1
          port: "8080"
    `,
    line: 9,
    path: '$.services.web.port',
    message: /must be a whole number, found the text `8080`/,
  },
  {
    name: 'route without a leading slash',
    body: `
      services:
        api:
          image: a:1
          port: 8080
          route: api
    `,
    line: 10,
    column: 12,
    path: '$.services.api.route',
    message: /`api` is not valid here: write a path prefix that starts with `\/`/,
  },
  {
    name: 'route with a trailing slash',
    body: `
      services:
        api:
          image: a:1
          port: 8080
          route: /api/
    `,
    line: 10,
    path: '$.services.api.route',
    message: /no trailing slash/,
  },
  {
    name: 'route without a port',
    body: `
      services:
        api:
          image: a:1
          route: /api
    `,
    line: 9,
    path: '$.services.api.route',
    message: /service `api` has a route but no `port`/,
  },
  {
    name: 'health path without a slash',
    body: `
      services:
        web:
          image: a:1
          port: 8080
          health:
            path: healthz
    `,
    line: 11,
    path: '$.services.web.health.path',
    message: /`healthz` is not valid here: write an HTTP path that starts with `\/`/,
  },
  {
    name: 'health interval in words',
    body: `
      services:
        web:
          image: a:1
          port: 8080
          health:
            interval: 5 seconds
    `,
    line: 11,
    path: '$.services.web.health.interval',
    message: /write a duration as a number and a unit/,
  },
  {
    name: 'health retries zero',
    body: `
      services:
        web:
          image: a:1
          health:
            command: [true]
            retries: 0
    `,
    line: 11,
    path: '$.services.web.health.retries',
    message: /`0` is out of range: must be at least 1/,
    count: 2,
  },
  {
    name: 'health with both a path and a command',
    body: `
      services:
        web:
          image: a:1
          port: 8080
          health:
            path: /healthz
            command: [wget, -q, localhost:8080]
    `,
    line: 11,
    column: 7,
    path: '$.services.web.health',
    message: /give either `path` \(HTTP check\) or `command`/,
  },
  {
    name: 'health path without a port to probe',
    body: `
      services:
        worker:
          image: a:1
          health:
            path: /healthz
    `,
    line: 10,
    path: '$.services.worker.health.path',
    message: /has an HTTP health path but no `port` to probe/,
  },
  {
    name: 'environment variable name starting with a digit',
    body: `
      services:
        web:
          image: a:1
          env:
            1BAD: x
    `,
    line: 10,
    column: 7,
    path: "$.services.web.env['1BAD']",
    message:
      /name `1BAD` is not allowed: environment variable names use letters, digits and underscores/,
  },
  {
    name: 'environment variable given a mapping',
    body: `
      services:
        web:
          image: a:1
          env:
            DATABASE:
              host: db
    `,
    line: 11,
    path: '$.services.web.env.DATABASE',
    message: /must be text or a number or true or false, found a mapping/,
  },
  {
    name: 'secret name in lowercase',
    body: `
      services:
        web:
          image: a:1
          secrets: [db_password]
    `,
    line: 9,
    path: '$.services.web.secrets[0]',
    message: /secret names are UPPER_SNAKE_CASE/,
  },
  {
    name: 'secret used but never declared',
    body: `
      services:
        web:
          image: a:1
          secrets: [DB_PASSWORD]
    `,
    line: 9,
    column: 15,
    path: '$.services.web.secrets[0]',
    message: /secret `DB_PASSWORD` is not declared; add it under `secrets:`/,
  },
  {
    name: 'secret listed twice',
    body: `
      services:
        web:
          image: a:1
          secrets: [KEY, KEY]
      secrets:
        KEY: { source: store }
    `,
    line: 9,
    path: '$.services.web.secrets[1]',
    message: /repeats an entry: items 0 and 1 are the same/,
  },
  {
    name: 'negative replicas',
    body: `
      services:
        web:
          image: a:1
          replicas: -1
    `,
    line: 9,
    path: '$.services.web.replicas',
    message: /must be at least 0/,
  },
  {
    name: 'memory limit with a two-letter unit',
    body: `
      services:
        web:
          image: a:1
          resources:
            memory: 512MB
    `,
    line: 10,
    path: '$.services.web.resources.memory',
    message: /write a memory size as a number and a unit: `512M`, `1G`/,
  },
  {
    name: 'zero CPUs',
    body: `
      services:
        web:
          image: a:1
          resources:
            cpus: 0
    `,
    line: 10,
    path: '$.services.web.resources.cpus',
    message: /must be more than 0/,
  },
  {
    name: 'command as one string',
    body: `
      services:
        worker:
          image: a:1
          command: node worker.js
    `,
    line: 9,
    path: '$.services.worker.command',
    message: /must be a list, found the text `node worker.js`/,
  },
  {
    name: 'dependency on an unknown service',
    body: `
      services:
        web:
          image: a:1
          dependsOn: [api]
    `,
    line: 9,
    path: '$.services.web.dependsOn[0]',
    message: /`api` is not a service of this environment \(known: web\)/,
  },
  {
    name: 'dependency on itself',
    body: `
      services:
        web:
          image: a:1
          dependsOn: [web]
    `,
    line: 9,
    path: '$.services.web.dependsOn[0]',
    message: /service `web` cannot depend on itself/,
  },
  {
    name: 'dependency cycle',
    body: `
      services:
        web:
          image: a:1
          dependsOn: [api]
        api:
          image: a:1
          dependsOn: [web]
    `,
    line: 9,
    path: '$.services.web.dependsOn',
    message: /services depend on each other in a circle: web -> api -> web/,
  },
  {
    name: 'two services on one route',
    body: `
      services:
        web:
          image: a:1
          port: 80
          route: /
        shop:
          image: a:1
          port: 80
          route: /
    `,
    line: 14,
    path: '$.services.shop.route',
    message: /route \/ on shop.test is already taken by service web/,
  },
  {
    name: 'service route over the RabbitMQ management UI',
    body: `
      services:
        admin:
          image: a:1
          port: 80
          route: /rabbitmq
      rabbitmq:
        user: shop
        passwordSecret: MQ
      secrets:
        MQ: { source: store }
    `,
    line: 12,
    path: '$.rabbitmq.management.route',
    message: /route \/rabbitmq on shop.test is already taken by service admin/,
  },
  {
    name: 'app service named like a stateful one',
    body: `
      services:
        postgres:
          image: a:1
    `,
    line: 7,
    column: 3,
    path: '$.services.postgres',
    message: /`postgres` is the name of a built-in stateful service/,
  },
  {
    name: 'letsencrypt without an e-mail',
    body: `
      tls:
        mode: letsencrypt
      services: { web: { image: "a:1" } }
    `,
    line: 7,
    path: '$.tls',
    message: /`letsencrypt` needs `tls.email`/,
  },
  {
    name: 'TLS mode typo',
    body: `
      tls:
        mode: lets-encrypt
        email: ops@shop.test
      services: { web: { image: "a:1" } }
    `,
    line: 7,
    path: '$.tls.mode',
    message: /did you mean `letsencrypt`\?/,
  },
  {
    name: 'deploy strategy typo',
    body: `
      deploy:
        strategy: bluegreen
      services: { web: { image: "a:1" } }
    `,
    line: 7,
    path: '$.deploy.strategy',
    message: /`bluegreen` is not one of `blue-green`, `recreate`; did you mean `blue-green`\?/,
  },
  {
    name: 'verify window as a bare number',
    body: `
      deploy:
        verify: 30
      services: { web: { image: "a:1" } }
    `,
    line: 7,
    path: '$.deploy.verify',
    message: /must be text, found number `30`/,
  },
  {
    name: 'postgres without a password secret',
    body: `
      services: { web: { image: "a:1" } }
      postgres:
        database: shop
        user: shop
    `,
    line: 7,
    column: 1,
    path: '$.postgres.passwordSecret',
    message:
      /missing required field `passwordSecret`: Name of the secret that holds the role's password/,
  },
  {
    name: 'pool mode typo',
    body: `
      services: { web: { image: "a:1" } }
      postgres:
        database: shop
        user: shop
        passwordSecret: PG
        pgbouncer:
          poolMode: transactions
      secrets:
        PG: { source: store }
    `,
    line: 12,
    path: '$.postgres.pgbouncer.poolMode',
    message: /did you mean `transaction`\?/,
  },
  {
    name: 'hybrid without an external database',
    header: { topology: 'hybrid' },
    body: `
      services: { web: { image: "a:1" } }
      postgres:
        database: shop
        user: shop
        passwordSecret: PG
      secrets:
        PG: { source: store }
    `,
    line: 8,
    path: '$.postgres',
    message: /the `hybrid` topology needs `postgres.external`/,
  },
  {
    name: 'hybrid that also runs a local server',
    header: { topology: 'hybrid' },
    body: `
      services: { web: { image: "a:1" } }
      postgres:
        image: postgres:16
        database: shop
        user: shop
        passwordSecret: PG
        external: { host: db.managed.test }
      secrets:
        PG: { source: store }
    `,
    line: 8,
    column: 3,
    path: '$.postgres.image',
    message: /`postgres.image` describes a local server, but `hybrid` runs no local PostgreSQL/,
  },
  {
    name: 'external database on the minimal topology',
    body: `
      services: { web: { image: "a:1" } }
      postgres:
        database: shop
        user: shop
        passwordSecret: PG
        external: { host: db.managed.test }
      secrets:
        PG: { source: store }
    `,
    line: 11,
    column: 3,
    path: '$.postgres.external',
    message: /an external PostgreSQL is the `hybrid` topology/,
  },
  {
    name: 'complete without Grafana',
    header: { topology: 'complete' },
    body: `
      services: { web: { image: "a:1" } }
      monitoring:
        prometheus: {}
    `,
    line: 8,
    path: '$.monitoring',
    message: /the `complete` topology needs `monitoring.grafana`/,
  },
  {
    name: 'file secret without a path',
    body: `
      services: { web: { image: "a:1", secrets: [KEY] } }
      secrets:
        KEY: { source: file }
    `,
    line: 8,
    path: '$.secrets.KEY.path',
    message: /missing required field `path`/,
  },
  {
    name: 'file secret that does not exist',
    body: `
      services: { web: { image: "a:1", secrets: [KEY] } }
      secrets:
        KEY: { source: file, path: secrets/key.age }
    `,
    line: 8,
    path: '$.secrets.KEY.path',
    message: /`secrets\/key.age` does not exist/,
  },
  {
    name: 'file secret outside the repository',
    body: `
      services: { web: { image: "a:1", secrets: [KEY] } }
      secrets:
        KEY: { source: file, path: ../../etc/shadow }
    `,
    line: 8,
    path: '$.secrets.KEY.path',
    message: /`..\/..\/etc\/shadow` leads outside the repository/,
  },
  {
    name: 'Grafana dashboard that does not exist',
    header: { topology: 'complete' },
    body: `
      services: { web: { image: "a:1" } }
      monitoring:
        prometheus: {}
        grafana:
          adminPasswordSecret: GF
          dashboards:
            - dashboards/main.json
            - dashboards/missing.json
      secrets:
        GF: { source: store }
    `,
    extraFiles: { 'dashboards/main.json': '{}' },
    line: 13,
    path: '$.monitoring.grafana.dashboards[1]',
    message: /`dashboards\/missing.json` does not exist/,
  },
  {
    name: 'maintenance page that does not exist',
    body: `
      services: { web: { image: "a:1" } }
      maintenance: { page: pages/missing.html }
    `,
    line: 7,
    path: '$.maintenance.page',
    message: /`pages\/missing.html` does not exist/,
  },
  {
    name: 'maintenance page over 256 KiB',
    body: `
      services: { web: { image: "a:1" } }
      maintenance: { page: pages/down.html }
    `,
    extraFiles: { 'pages/down.html': 'x'.repeat(256 * 1024 + 1) },
    line: 7,
    path: '$.maintenance.page',
    message: /`pages\/down.html` is 262145 bytes; this file may be at most 262144 bytes/,
  },
  {
    name: 'maintenance retryAfter that is not a duration',
    body: `
      services: { web: { image: "a:1" } }
      maintenance: { retryAfter: 2min }
    `,
    line: 7,
    path: '$.maintenance.retryAfter',
    message: /duration/,
  },
  {
    name: 'alias that repeats the host',
    body: `
      aliases: [www.shop.test, shop.test]
      services: { web: { image: "a:1" } }
    `,
    line: 6,
    column: 26,
    path: '$.aliases[1]',
    message: /`shop.test` is already the main host/,
  },
  {
    name: 'name reserved for previews',
    header: { name: 'pr-12' },
    body: 'services: { web: { image: "a:1" } }',
    line: 3,
    path: '$.name',
    message: /names of the form pr-<number> are reserved for pull-request previews/,
  },
  {
    name: 'name beginning like a preview',
    header: { name: 'pr-5-blue' },
    body: 'services: { web: { image: "a:1" } }',
    line: 3,
    path: '$.name',
    message:
      /`pr-5-blue` is not valid here: .*`blue`, `green` and `infra` cannot be a dash-separated part/,
  },
  {
    name: 'name beginning with a preview name',
    header: { name: 'pr-5-eu' },
    body: 'services: { web: { image: "a:1" } }',
    line: 3,
    path: '$.name',
    message: /and so are names that begin with pr-<number>-; pick another name than `pr-5-eu`/,
  },
  ...['production-blue', 'green', 'shop-infra-eu'].map((name): Case => ({
    name: `environment name with a colour or infra part (${name})`,
    header: { name },
    body: 'services: { web: { image: "a:1" } }',
    line: 3,
    column: 7,
    path: '$.name',
    message: /`blue`, `green` and `infra` cannot be a dash-separated part of the name/,
  })),
  {
    name: "environment named like the edge's project",
    header: { name: 'edge' },
    body: 'services: { web: { image: "a:1" } }',
    line: 3,
    path: '$.name',
    message: /`edge` is the edge's own/,
  },
  ...['web-blue', 'wharf-production-blue-web-blue-1', 'infra'].map((service): Case => ({
    name: `service name wharf's own names could hold (${service})`,
    body: `services: { ${service}: { image: "a:1" } }`,
    line: 6,
    column: 13,
    path: service === 'infra' ? '$.services.infra' : `$.services['${service}']`,
    message: /cannot be a dash-separated part of the name|cannot start with `wharf`/,
  })),
  ...['eu-pgdata', 'data', 'pg-data-2'].map((volume): Case => ({
    name: `volume key another environment's volume could share (${volume})`,
    body: `
        services: { web: { image: "a:1" } }
        postgres: { database: shop, user: shop, passwordSecret: PG, volume: ${volume} }
        secrets: { PG: { source: store } }
      `,
    line: 7,
    path: '$.postgres.volume',
    message: /a volume key is one word .*optionally followed by `-data`/,
  })),
  {
    name: 'raw compose volume key with dashes',
    body: `
      services: { web: { image: "a:1" } }
      compose:
        volumes:
          shop-uploads: {}
    `,
    line: 9,
    path: "$.compose.volumes['shop-uploads']",
    message: /a volume key is one word/,
  },
  {
    name: 'raw compose service named like a mention',
    body: `
      services: { web: { image: "a:1" } }
      compose:
        services:
          "@jupiter/security": { image: "a:1" }
    `,
    line: 9,
    path: "$.compose.services['@jupiter/security']",
    message: /name `@jupiter\/security` is not allowed: use 1 to 40 lowercase letters/,
  },
  {
    name: 'raw compose image with a newline',
    body: `
      services: { web: { image: "a:1" } }
      compose:
        services:
          web: { image: "a:1\\n\\nSecurity review passed" }
    `,
    line: 9,
    path: '$.compose.services.web.image',
    message: /write an image reference such as `ghcr.io\/jupiter\/api:1.4.2`/,
  },
  {
    name: 'backup schedule in words',
    body: `
      services: { web: { image: "a:1" } }
      backups:
        schedule: daily
    `,
    line: 8,
    path: '$.backups.schedule',
    message: /write a five-field cron expression such as `0 3 \* \* \*`, or `@daily`/,
  },
  {
    name: 'job in a service that does not exist',
    body: `
      services: { web: { image: "a:1" } }
      jobs:
        migrate: { service: api, phase: before-cutover, command: [migrate] }
    `,
    line: 8,
    path: '$.jobs.migrate.service',
    message:
      /job `migrate` runs in service `api`, which is not an app service of this environment \(app services: web\)/,
  },
  {
    name: 'job phase misspelt',
    body: `
      services: { web: { image: "a:1" } }
      jobs:
        migrate: { service: web, phase: before-cutvoer, command: [migrate] }
    `,
    line: 8,
    path: '$.jobs.migrate.phase',
    message: /before-cutover/,
  },
  {
    name: 'job with an empty command',
    body: `
      services: { web: { image: "a:1" } }
      jobs:
        migrate: { service: web, phase: before-cutover, command: [] }
    `,
    line: 8,
    path: '$.jobs.migrate.command',
    message: /at least 1/,
  },
  {
    name: 'scheduled job with the maintenance page',
    body: `
      services: { web: { image: "a:1" } }
      jobs:
        report: { service: web, command: [report], schedule: "0 3 * * *", maintenance: true }
    `,
    line: 8,
    path: '$.jobs.report.maintenance',
    message: /job `report` is scheduled: `maintenance` puts the page up for a deploy's job/,
  },
  {
    name: 'job with both a phase and a schedule',
    body: `
      services: { web: { image: "a:1" } }
      jobs:
        report:
          service: web
          command: [report]
          phase: after-cutover
          schedule: "0 3 * * *"
    `,
    line: 12,
    path: '$.jobs.report.schedule',
    message: /job `report` has both `phase` and `schedule`/,
  },
  {
    name: 'job with neither a phase nor a schedule',
    body: `
      services: { web: { image: "a:1" } }
      jobs:
        report: { service: web, command: [report] }
    `,
    line: 8,
    path: '$.jobs.report',
    message: /job `report` says neither when a deploy runs it .* nor when it runs on its own/,
  },
  {
    name: 'job schedule with a minute out of range',
    body: `
      services: { web: { image: "a:1" } }
      jobs:
        report: { service: web, command: [report], schedule: "61 * * * *" }
    `,
    line: 8,
    path: '$.jobs.report.schedule',
    message: /job `report`: `61 \* \* \* \*` is not a cron schedule \(.*\); write five fields/,
  },
  {
    name: 'job schedule in words',
    body: `
      services: { web: { image: "a:1" } }
      jobs:
        report: { service: web, command: [report], schedule: nightly }
    `,
    line: 8,
    path: '$.jobs.report.schedule',
    message:
      /write a cron expression of five fields such as `\*\/15 \* \* \* \*`, six with seconds first/,
  },
  {
    name: 'root is a list',
    header: {},
    body: '',
    line: 1,
    path: '$',
    message: /must be a mapping/,
  },
];

describe('an invalid Environment manifest', () => {
  it('has at least 40 cases in this table', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('reports $name at line $line, $path', async (c) => {
    const text =
      c.name === 'root is a list' ? '- services\n- host\n' : envManifest(c.body, c.header);
    const files = memoryRepoFiles({ 'shop.yaml': text, ...c.extraFiles });
    const { problems } = await validateEnvironmentFile(files, 'shop.yaml');
    const match = problems.find((p) => p.path === c.path && c.message.test(p.message));
    expect(
      match,
      `problems were:\n${problems.map((p) => `${p.line}:${p.column} ${p.path} ${p.message}`).join('\n')}`,
    ).toBeDefined();
    expect(match?.file).toBe('shop.yaml');
    expect(match?.line).toBe(c.line);
    if (c.column !== undefined) expect(match?.column).toBe(c.column);
    expect(problems).toHaveLength(c.count ?? 1);
  });
});
