// Generated from schemas/ by `npm run gen:validators`; do not edit. The schema is the source.
// @ts-nocheck
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv/dist/2020.js';
const require = createRequire(import.meta.url);
export const Environment: ValidateFunction = validate20;
const schema31 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://wharf.dev/schemas/environment.schema.json',
  title: 'Environment',
  description:
    'One deployed copy of a topology (production, staging, a preview): what wharf runs on a host, rendered to Docker Compose projects behind the edge Nginx.',
  type: 'object',
  additionalProperties: false,
  required: ['apiVersion', 'kind', 'name', 'topology', 'host', 'services'],
  properties: {
    $schema: { type: 'string', description: 'Editor hint; ignored by wharf.' },
    apiVersion: {
      const: 'wharf/v1',
      description: 'Version of the manifest format. Always `wharf/v1`.',
    },
    kind: { const: 'Environment', description: 'Always `Environment` for this file.' },
    name: {
      $ref: '#/$defs/EnvironmentName',
      description:
        'Environment name, unique in the repository and equal to its key in `wharf.yaml`. Compose projects are named `wharf-<name>-infra` and `wharf-<name>-<colour>`.',
    },
    topology: {
      enum: ['minimal', 'hybrid', 'complete'],
      description:
        'Shape of the environment. `minimal`: one host, PostgreSQL behind PgBouncer, RabbitMQ. `hybrid`: PostgreSQL is managed outside the host, PgBouncer on the host points at it. `complete`: everything on one host plus Prometheus and Grafana.',
    },
    host: {
      $ref: '#/$defs/Hostname',
      description: 'Public hostname the edge serves this environment on, for example `app.ar`.',
    },
    aliases: {
      type: 'array',
      maxItems: 20,
      uniqueItems: true,
      items: { $ref: '#/$defs/Hostname' },
      description: 'Further hostnames served like `host` (for example `www.app.ar`).',
    },
    node: {
      $ref: '#/$defs/Name',
      description:
        'The host that runs this environment: only agents started with `wharf agent --node NAME` take its deploys, resyncs, backups and scheduled jobs. Without it, the default node (the node of `wharf serve`, `local` unless configured). Moving an environment to another node is refused until it is released from the old one (`wharf node release ENV` there).',
    },
    runtime: {
      enum: ['compose', 'swarm'],
      default: 'compose',
      description:
        '`compose` runs `docker compose` projects on this host. `swarm` deploys the environment as Swarm stacks with `docker stack deploy` (wharf runs on a manager): stateful services pinned to the node, apps rolled out task by task, start-first, gated by their container health checks, and the whole deploy rolled back if any service fails. See docs/scaling.md.',
    },
    tls: { $ref: '#/$defs/Tls', default: { mode: 'none' } },
    deploy: { $ref: '#/$defs/DeploySettings', default: {} },
    maintenance: { $ref: '#/$defs/Maintenance', default: {} },
    services: {
      type: 'object',
      description:
        'Stateless app services (web, api, worker), deployed blue-green. Keys are service names.',
      minProperties: 1,
      maxProperties: 50,
      propertyNames: { $ref: '#/$defs/ServiceName' },
      additionalProperties: { $ref: '#/$defs/AppService' },
    },
    postgres: { $ref: '#/$defs/Postgres' },
    rabbitmq: { $ref: '#/$defs/RabbitMQ' },
    monitoring: { $ref: '#/$defs/Monitoring' },
    backups: { $ref: '#/$defs/Backups' },
    secrets: {
      type: 'object',
      description:
        'Secrets the services use, declared by name. Values never live in the repository in clear.',
      maxProperties: 100,
      propertyNames: { $ref: '#/$defs/SecretName' },
      additionalProperties: { $ref: '#/$defs/SecretSource' },
    },
    jobs: {
      type: 'object',
      description:
        "One-shot jobs run by each deploy (migrations before traffic moves, tasks after it, clean-ups when a deploy fails) or on a schedule, in the image of one of the app services with that service's env and secrets. Keys are job names.",
      maxProperties: 20,
      propertyNames: { $ref: '#/$defs/ServiceName' },
      additionalProperties: { $ref: '#/$defs/Job' },
    },
    pruneVolumes: {
      type: 'array',
      uniqueItems: true,
      maxItems: 20,
      items: { $ref: '#/$defs/VolumeKey' },
      description:
        'Named volumes (by their key, like `pgdata`) wharf deletes once no service of the environment uses them any more, for example after their service is removed. Every other volume is kept.',
    },
    compose: {
      type: 'object',
      description:
        'Raw Docker Compose fragment merged into the rendered projects, for what the manifest does not model. Only the keys of the allowlist in docs/security.md may appear without a grant in wharf.yaml on the default branch; the policy is checked on the project as Compose resolves it.',
      additionalProperties: false,
      properties: {
        services: {
          type: 'object',
          propertyNames: { $ref: '#/$defs/ServiceName' },
          additionalProperties: {
            type: 'object',
            additionalProperties: true,
            properties: {
              image: {
                $ref: '#/$defs/Image',
                description:
                  "Image of a service the raw block adds or changes; written like an app service's `image`.",
              },
            },
          },
          description:
            'Compose service definitions by name: merged into the rendered service of that name, or run as a new stateful service (which then needs an `image`).',
        },
        volumes: {
          type: 'object',
          propertyNames: { $ref: '#/$defs/VolumeKey' },
          description:
            'Named volumes to add, each `NAME: {}`; wharf creates them as `wharf-<environment>-NAME` with the local driver.',
        },
      },
    },
  },
  $defs: {
    Name: {
      type: 'string',
      pattern: '^[a-z][a-z0-9-]{0,38}[a-z0-9]$|^[a-z]$',
      'x-hint':
        'use 1 to 40 lowercase letters, digits and dashes, starting with a letter and not ending with a dash',
    },
    EnvironmentName: {
      type: 'string',
      pattern:
        '^(?!edge$)(?!(?:.*-)?(?:blue|green|infra)(?:-|$))(?:[a-z][a-z0-9-]{0,38}[a-z0-9]|[a-z])$',
      'x-hint':
        "use 1 to 40 lowercase letters, digits and dashes, starting with a letter and not ending with a dash; `blue`, `green` and `infra` cannot be a dash-separated part of the name (wharf adds them to it) and `edge` is the edge's own",
    },
    ServiceName: {
      type: 'string',
      pattern:
        '^(?!wharf(?:-|$))(?!(?:.*-)?(?:blue|green|infra)(?:-|$))(?:[a-z][a-z0-9-]{0,38}[a-z0-9]|[a-z])$',
      'x-hint':
        "use 1 to 40 lowercase letters, digits and dashes, starting with a letter and not ending with a dash; `blue`, `green` and `infra` cannot be a dash-separated part of the name (wharf adds them to it), and it cannot start with `wharf` (the prefix of wharf's container names)",
    },
    VolumeKey: {
      type: 'string',
      pattern: '^(?!data$)(?:[a-z][a-z0-9]{0,39}|[a-z][a-z0-9]{0,34}-data)$',
      'x-hint':
        "a volume key is one word of lowercase letters and digits (`pgdata`, `uploads`), optionally followed by `-data` (`rabbitmq-data`); `data` alone is not one, so that no environment's volume name can also be read as another environment's",
    },
    SecretName: {
      type: 'string',
      pattern: '^[A-Z][A-Z0-9_]{0,63}$',
      'x-hint':
        'secret names are UPPER_SNAKE_CASE (letters, digits, underscores), starting with a letter',
    },
    Hostname: {
      type: 'string',
      maxLength: 253,
      pattern:
        '^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$',
      'x-hint': 'write a lowercase DNS name such as `app.ar` (no scheme, port or path)',
    },
    Duration: {
      type: 'string',
      pattern: '^[0-9]{1,6}(ms|s|m|h|d)$',
      'x-hint': 'write a duration as a number and a unit: `500ms`, `30s`, `5m`, `2h` or `7d`',
    },
    DeployStrategy: { enum: ['blue-green', 'recreate'] },
    Image: {
      type: 'string',
      maxLength: 255,
      pattern:
        '^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$',
      'x-hint':
        'write an image reference such as `ghcr.io/jupiter/api:1.4.2` (lowercase repository, optional tag and digest)',
    },
    RoutePath: {
      type: 'string',
      maxLength: 200,
      pattern: '^/([A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*)?$',
      'x-hint':
        'write a path prefix that starts with `/` and has no trailing slash, query or wildcard, such as `/` or `/api`',
    },
    Port: { type: 'integer', minimum: 1, maximum: 65535 },
    RepoPath: {
      type: 'string',
      minLength: 1,
      maxLength: 500,
      pattern: '^[^/\\\\\\u0000][^\\\\\\u0000]*$',
      'x-hint': 'write a path relative to the repository root, with forward slashes',
    },
    Tls: {
      title: 'Tls',
      description: 'How the edge serves HTTPS for this environment.',
      type: 'object',
      additionalProperties: false,
      required: ['mode'],
      properties: {
        mode: {
          enum: ['letsencrypt', 'self-signed', 'none'],
          description:
            '`letsencrypt`: certificates by ACME HTTP-01 through the edge, renewed before expiry. `self-signed`: a certificate made by wharf (previews, tests). `none`: plain HTTP only.',
        },
        email: {
          type: 'string',
          maxLength: 254,
          pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
          'x-hint': 'write an e-mail address such as `ops@app.ar`',
          description:
            'Contact address given to the ACME server (expiry notices). Required with `letsencrypt`.',
        },
        acmeDirectory: {
          type: 'string',
          pattern: '^https://',
          'x-hint': 'write the https:// URL of the ACME directory',
          description: "ACME directory URL. Defaults to Let's Encrypt production.",
        },
        redirectHttp: {
          type: 'boolean',
          default: true,
          description: 'Answer plain HTTP with a redirect to HTTPS (ACME challenges excepted).',
        },
      },
    },
    DeploySettings: {
      title: 'DeploySettings',
      description: 'How stateless services are rolled out.',
      type: 'object',
      additionalProperties: false,
      properties: {
        strategy: {
          $ref: '#/$defs/DeployStrategy',
          default: 'blue-green',
          description:
            '`blue-green`: start the idle colour, gate on health, switch the edge, keep the old colour warm. `recreate`: replace containers in place (brief downtime).',
        },
        healthTimeout: {
          $ref: '#/$defs/Duration',
          default: '120s',
          description:
            'How long the new colour may take to become healthy before the deploy fails and is undone.',
        },
        verify: {
          $ref: '#/$defs/Duration',
          default: '30s',
          description:
            'How long traffic is watched through the live route after cutover; a failure switches back.',
        },
        keepPrevious: {
          $ref: '#/$defs/Duration',
          default: '30m',
          description: 'How long the previous colour stays warm for an instant rollback.',
        },
        selfHeal: {
          type: 'boolean',
          default: true,
          description:
            'Repair drift (a container stopped or changed by hand) on resync. When false, drift is only reported.',
        },
        allowDataLoss: {
          type: 'boolean',
          default: false,
          description:
            'Let a deploy start a stateful service on other data than it has now: a new data volume, or a new PostgreSQL major version (which cannot read the old data directory). Refused otherwise.',
        },
        maintenance: {
          type: 'boolean',
          default: false,
          description:
            "Put the environment's maintenance page up for the duration of each deploy that changes what runs: up before the cutover (before stateful services or an in-place update change), down when the deploy ends, whatever its outcome. A page put up by `wharf maintenance on` stays up.",
        },
      },
    },
    Maintenance: {
      title: 'Maintenance',
      description:
        "The page the edge answers the environment's public routes with while it is in maintenance (`wharf maintenance on`, or `deploy.maintenance`): HTTP 503 with `Retry-After`; the apps keep running.",
      type: 'object',
      additionalProperties: false,
      properties: {
        page: {
          $ref: '#/$defs/RepoPath',
          description:
            "An HTML file of the repository, served as it is (at most 256 KiB), read at the deployed revision. Without it, wharf's default page, which names the environment.",
        },
        retryAfter: {
          $ref: '#/$defs/Duration',
          default: '120s',
          description:
            'What the `Retry-After` header tells clients, rounded up to whole seconds; `wharf maintenance on --retry-after` overrides it.',
        },
      },
    },
    Health: {
      title: 'Health',
      description:
        'How wharf and Docker tell that a service is healthy. Routed services are also probed over HTTP through the edge.',
      type: 'object',
      additionalProperties: false,
      properties: {
        path: {
          type: 'string',
          pattern: '^/[^\\s]*$',
          maxLength: 200,
          'x-hint': 'write an HTTP path that starts with `/`, such as `/healthz`',
          description: 'HTTP path that answers 2xx when the service is healthy.',
        },
        command: {
          type: 'array',
          minItems: 1,
          maxItems: 50,
          items: { type: 'string', maxLength: 1000 },
          description:
            'Command run inside the container; exit 0 means healthy (for services without HTTP, such as workers).',
        },
        interval: { $ref: '#/$defs/Duration', default: '5s', description: 'Time between checks.' },
        timeout: {
          $ref: '#/$defs/Duration',
          default: '3s',
          description: 'Time one check may take.',
        },
        retries: {
          type: 'integer',
          minimum: 1,
          maximum: 100,
          default: 3,
          description: 'Consecutive failures before the service counts as unhealthy.',
        },
        startPeriod: {
          $ref: '#/$defs/Duration',
          default: '0s',
          description: 'Grace period after start during which failures do not count.',
        },
      },
    },
    Resources: {
      title: 'Resources',
      description: 'Limits applied to each container of the service.',
      type: 'object',
      additionalProperties: false,
      properties: {
        cpus: {
          type: 'number',
          exclusiveMinimum: 0,
          maximum: 256,
          description: 'CPU limit in cores, for example `0.5`.',
        },
        memory: {
          type: 'string',
          pattern: '^[0-9]{1,6}(k|m|g|K|M|G)$',
          'x-hint': 'write a memory size as a number and a unit: `512M`, `1G`',
          description: 'Memory limit, for example `512M`.',
        },
      },
    },
    AppService: {
      title: 'AppService',
      description:
        'A stateless service: deployed blue-green, routed by path through the edge when it has a `route`.',
      type: 'object',
      additionalProperties: false,
      required: ['image'],
      properties: {
        image: { $ref: '#/$defs/Image', description: 'Container image. Pin a tag or digest.' },
        port: {
          $ref: '#/$defs/Port',
          description:
            'Port the service listens on inside its container (never published on the host).',
        },
        route: {
          $ref: '#/$defs/RoutePath',
          description:
            'Path prefix the edge routes to this service, for example `/api`. Requires `port`.',
        },
        stripPrefix: {
          type: 'boolean',
          default: false,
          description:
            'Remove the route prefix before passing the request on (`/api/users` arrives as `/users`).',
        },
        health: { $ref: '#/$defs/Health' },
        env: {
          type: 'object',
          maxProperties: 200,
          propertyNames: {
            pattern: '^[A-Za-z_][A-Za-z0-9_]{0,127}$',
            'x-hint':
              'environment variable names use letters, digits and underscores, starting with a letter or underscore',
          },
          additionalProperties: {
            type: ['string', 'number', 'boolean'],
            'x-hint': 'give a string, number or boolean value (quote it if in doubt)',
          },
          description: 'Environment variables. Use `secrets` for passwords and keys.',
        },
        secrets: {
          type: 'array',
          uniqueItems: true,
          maxItems: 50,
          items: { $ref: '#/$defs/SecretName' },
          description:
            'Names of secrets (declared under the top-level `secrets`) mounted at `/run/secrets/NAME`; `NAME_FILE` holds that path.',
        },
        replicas: {
          type: 'integer',
          minimum: 0,
          maximum: 50,
          default: 1,
          description: 'Number of containers of this service in each colour.',
        },
        resources: { $ref: '#/$defs/Resources' },
        command: {
          type: 'array',
          minItems: 1,
          maxItems: 100,
          items: { type: 'string', maxLength: 4000 },
          description: "Overrides the image's command.",
        },
        dependsOn: {
          type: 'array',
          uniqueItems: true,
          maxItems: 50,
          items: { $ref: '#/$defs/Name' },
          description:
            'Services (or `postgres`, `pgbouncer`, `rabbitmq`) that must be healthy before this one starts.',
        },
      },
    },
    PgBouncer: {
      title: 'PgBouncer',
      description: 'The connection pooler every app connects through.',
      type: 'object',
      additionalProperties: false,
      properties: {
        image: {
          $ref: '#/$defs/Image',
          default: 'edoburu/pgbouncer:v1.23.1-p2',
          description: 'PgBouncer image.',
        },
        poolMode: {
          enum: ['session', 'transaction', 'statement'],
          default: 'transaction',
          description:
            'When a server connection returns to the pool: after the client disconnects, after each transaction, or after each statement.',
        },
        maxClientConn: {
          type: 'integer',
          minimum: 1,
          maximum: 100000,
          default: 500,
          description: 'Most client connections PgBouncer accepts.',
        },
        defaultPoolSize: {
          type: 'integer',
          minimum: 1,
          maximum: 10000,
          default: 20,
          description: 'Server connections per database and user pair.',
        },
        reservePoolSize: {
          type: 'integer',
          minimum: 0,
          maximum: 10000,
          default: 0,
          description: 'Extra server connections allowed when a pool is exhausted.',
        },
      },
    },
    ExternalPostgres: {
      title: 'ExternalPostgres',
      description:
        "A managed PostgreSQL outside the host (the `hybrid` topology). Reached only through the host's PgBouncer.",
      type: 'object',
      additionalProperties: false,
      required: ['host'],
      properties: {
        host: { $ref: '#/$defs/Hostname', description: 'Hostname of the managed server.' },
        port: { $ref: '#/$defs/Port', default: 5432, description: 'Port of the managed server.' },
        sslmode: {
          enum: ['disable', 'prefer', 'require', 'verify-ca', 'verify-full'],
          default: 'require',
          description: 'TLS mode PgBouncer uses towards the managed server.',
        },
        caFile: {
          $ref: '#/$defs/RepoPath',
          description:
            "PEM file of this repository with the certificate authority that signed the managed server's certificate (providers publish theirs), for `verify-ca` and `verify-full`. Without it, the image's system authorities.",
        },
      },
    },
    Postgres: {
      title: 'Postgres',
      description:
        'PostgreSQL behind PgBouncer. Local (in the infra project, data in a named volume) unless `external` is set.',
      type: 'object',
      additionalProperties: false,
      required: ['database', 'user', 'passwordSecret'],
      properties: {
        image: {
          $ref: '#/$defs/Image',
          default: 'postgres:16',
          description: 'Image of the local server. Not allowed with `external`.',
        },
        database: {
          type: 'string',
          pattern: '^[a-z_][a-z0-9_]{0,62}$',
          'x-hint':
            'use lowercase letters, digits and underscores (at most 63), starting with a letter or underscore',
          description: 'Database the apps use.',
        },
        user: {
          type: 'string',
          pattern: '^[a-z_][a-z0-9_]{0,62}$',
          'x-hint':
            'use lowercase letters, digits and underscores (at most 63), starting with a letter or underscore',
          description: 'Role the apps log in as.',
        },
        passwordSecret: {
          $ref: '#/$defs/SecretName',
          description: "Name of the secret that holds the role's password.",
        },
        volume: {
          $ref: '#/$defs/VolumeKey',
          default: 'pgdata',
          description: "Named volume of the local server's data. Not allowed with `external`.",
        },
        seed: {
          $ref: '#/$defs/RepoPath',
          description:
            "SQL file of this repository run once, as the role in its database, when the local server's data volume is first created. Not allowed with `external`.",
        },
        external: { $ref: '#/$defs/ExternalPostgres' },
        pgbouncer: { $ref: '#/$defs/PgBouncer', default: {} },
      },
    },
    RabbitMQ: {
      title: 'RabbitMQ',
      description: 'The message broker, with its management UI routed through the edge.',
      type: 'object',
      additionalProperties: false,
      required: ['user', 'passwordSecret'],
      properties: {
        image: {
          $ref: '#/$defs/Image',
          default: 'rabbitmq:3.13-management',
          description: 'RabbitMQ image, with the management plugin.',
        },
        user: {
          type: 'string',
          pattern: '^[A-Za-z0-9_.-]{1,64}$',
          'x-hint': 'use 1 to 64 letters, digits, dots, dashes or underscores',
          description: 'User the apps log in as.',
        },
        passwordSecret: {
          $ref: '#/$defs/SecretName',
          description: "Name of the secret that holds the user's password.",
        },
        vhost: {
          type: 'string',
          default: '/',
          maxLength: 100,
          description: 'Virtual host the apps use.',
        },
        volume: {
          $ref: '#/$defs/VolumeKey',
          default: 'rabbitmq-data',
          description: "Named volume of the broker's data.",
        },
        management: {
          type: 'object',
          additionalProperties: false,
          description: 'The management UI.',
          properties: {
            route: {
              $ref: '#/$defs/RoutePath',
              default: '/rabbitmq',
              description: 'Path the edge serves the management UI on.',
            },
          },
          default: {},
        },
      },
    },
    Prometheus: {
      title: 'Prometheus',
      type: 'object',
      additionalProperties: false,
      properties: {
        image: {
          $ref: '#/$defs/Image',
          default: 'prom/prometheus:v2.53.2',
          description: 'Prometheus image.',
        },
        retention: {
          $ref: '#/$defs/Duration',
          default: '15d',
          description: 'How long samples are kept.',
        },
        scrapeInterval: {
          $ref: '#/$defs/Duration',
          default: '15s',
          description: 'How often targets are scraped.',
        },
        volume: {
          $ref: '#/$defs/VolumeKey',
          default: 'prometheus-data',
          description: 'Named volume of the time-series data.',
        },
        rules: {
          type: 'array',
          maxItems: 50,
          items: { $ref: '#/$defs/RepoPath' },
          description: 'Alerting and recording rule files in the repository.',
        },
      },
      description:
        'Prometheus, scraping Nginx, RabbitMQ, PostgreSQL and wharf; data in a named volume.',
    },
    Grafana: {
      title: 'Grafana',
      type: 'object',
      additionalProperties: false,
      required: ['adminPasswordSecret'],
      properties: {
        image: {
          $ref: '#/$defs/Image',
          default: 'grafana/grafana:11.2.0',
          description: 'Grafana image.',
        },
        route: {
          $ref: '#/$defs/RoutePath',
          default: '/grafana',
          description: 'Path the edge serves Grafana on.',
        },
        adminPasswordSecret: {
          $ref: '#/$defs/SecretName',
          description: 'Name of the secret that holds the Grafana admin password.',
        },
        volume: {
          $ref: '#/$defs/VolumeKey',
          default: 'grafana-data',
          description: "Named volume of Grafana's own database.",
        },
        dashboards: {
          type: 'array',
          maxItems: 100,
          items: { $ref: '#/$defs/RepoPath' },
          description: 'Dashboard JSON files in the repository, provisioned into Grafana.',
        },
      },
      description:
        'Grafana, routed through the edge and provisioned with the Prometheus data source and dashboards.',
    },
    Monitoring: {
      title: 'Monitoring',
      description: 'Prometheus and Grafana (the `complete` topology).',
      type: 'object',
      additionalProperties: false,
      properties: {
        prometheus: { $ref: '#/$defs/Prometheus' },
        grafana: { $ref: '#/$defs/Grafana' },
      },
    },
    Backups: {
      title: 'Backups',
      description: 'Scheduled backups, written outside the containers under the state directory.',
      type: 'object',
      additionalProperties: false,
      required: ['schedule'],
      properties: {
        schedule: {
          type: 'string',
          maxLength: 100,
          pattern: '^(@(hourly|daily|weekly|monthly))|((\\S+\\s+){4}\\S+)$',
          'x-hint': 'write a five-field cron expression such as `0 3 * * *`, or `@daily`',
          description: 'When to back up, as a cron expression (host time).',
        },
        keep: {
          type: 'integer',
          minimum: 1,
          maximum: 1000,
          default: 7,
          description: 'Number of backups kept; older ones are deleted.',
        },
        include: {
          type: 'array',
          uniqueItems: true,
          items: { enum: ['postgres', 'rabbitmq', 'config'] },
          default: ['postgres', 'rabbitmq', 'config'],
          description:
            "What to back up: the database (`pg_dump`), RabbitMQ definitions, wharf's rendered config.",
        },
      },
    },
    SecretSource: {
      title: 'SecretSource',
      description: "Where a secret's value comes from.",
      type: 'object',
      additionalProperties: false,
      required: ['source'],
      properties: {
        source: {
          enum: ['store', 'file'],
          description:
            '`store`: a file under the state directory (`secrets/<environment>/<NAME>`), written by the operator. `file`: an age-encrypted file in this repository, decrypted at apply time.',
        },
        path: {
          $ref: '#/$defs/RepoPath',
          description: 'With `source: file`: the encrypted file, relative to the repository root.',
        },
      },
      if: { properties: { source: { const: 'file' } } },
      then: { required: ['path'] },
    },
    Job: {
      title: 'Job',
      description: "A command run to completion in an app service's image.",
      type: 'object',
      additionalProperties: false,
      required: ['service', 'command'],
      properties: {
        service: {
          $ref: '#/$defs/ServiceName',
          description:
            "The app service (a key of `services`) whose image of the revision being deployed, env and secrets the job runs with, on the environment's network.",
        },
        command: {
          type: 'array',
          minItems: 1,
          maxItems: 100,
          items: { type: 'string', maxLength: 4000 },
          description: "The command, replacing the image's; exit 0 is success.",
        },
        phase: {
          enum: ['before-cutover', 'after-cutover', 'on-failure'],
          description:
            "When a deploy runs it. `before-cutover`: once the new version's containers have started, before its health gate and before traffic moves to it (migrations: the new version may need them to be healthy at all); a failure stops the deploy and the old version keeps serving. `after-cutover`: once traffic has moved, before verification; a failure switches traffic back. `on-failure`: after a deploy failed or was rolled back; its own failure changes nothing. A job has either `phase` or `schedule`, not both.",
        },
        schedule: {
          type: 'string',
          maxLength: 100,
          pattern: '^(@(hourly|daily|weekly|monthly|yearly)|(\\S+\\s+){4,5}\\S+)$',
          'x-hint':
            'write a cron expression of five fields such as `*/15 * * * *`, six with seconds first such as `*/5 * * * * *`, or `@hourly`/`@daily`/`@weekly`/`@monthly`/`@yearly`',
          description:
            'Run the job on this cron schedule (host time) instead of with deploys: five fields, or six with seconds first. One wharf process of the host or cluster runs each tick once, in the live colour at the applied revision; a tick that comes while the previous run still goes, or while no wharf runs, is missed and reported, never run later. A job has either `phase` or `schedule`, not both.',
        },
        timeout: {
          $ref: '#/$defs/Duration',
          default: '10m',
          description: 'How long the job may run; then it is stopped and counts as failed.',
        },
        maintenance: {
          type: 'boolean',
          default: false,
          description:
            "Put the environment's maintenance page up before this job runs (see `maintenance`); it comes down when the deploy ends, whatever its outcome. For jobs with a `phase` only: a scheduled job runs outside deploys.",
        },
      },
    },
  },
};
const schema32 = {
  type: 'string',
  pattern:
    '^(?!edge$)(?!(?:.*-)?(?:blue|green|infra)(?:-|$))(?:[a-z][a-z0-9-]{0,38}[a-z0-9]|[a-z])$',
  'x-hint':
    "use 1 to 40 lowercase letters, digits and dashes, starting with a letter and not ending with a dash; `blue`, `green` and `infra` cannot be a dash-separated part of the name (wharf adds them to it) and `edge` is the edge's own",
};
const schema33 = {
  type: 'string',
  maxLength: 253,
  pattern:
    '^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$',
  'x-hint': 'write a lowercase DNS name such as `app.ar` (no scheme, port or path)',
};
const schema35 = {
  type: 'string',
  pattern: '^[a-z][a-z0-9-]{0,38}[a-z0-9]$|^[a-z]$',
  'x-hint':
    'use 1 to 40 lowercase letters, digits and dashes, starting with a letter and not ending with a dash',
};
const schema36 = {
  title: 'Tls',
  description: 'How the edge serves HTTPS for this environment.',
  type: 'object',
  additionalProperties: false,
  required: ['mode'],
  properties: {
    mode: {
      enum: ['letsencrypt', 'self-signed', 'none'],
      description:
        '`letsencrypt`: certificates by ACME HTTP-01 through the edge, renewed before expiry. `self-signed`: a certificate made by wharf (previews, tests). `none`: plain HTTP only.',
    },
    email: {
      type: 'string',
      maxLength: 254,
      pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
      'x-hint': 'write an e-mail address such as `ops@app.ar`',
      description:
        'Contact address given to the ACME server (expiry notices). Required with `letsencrypt`.',
    },
    acmeDirectory: {
      type: 'string',
      pattern: '^https://',
      'x-hint': 'write the https:// URL of the ACME directory',
      description: "ACME directory URL. Defaults to Let's Encrypt production.",
    },
    redirectHttp: {
      type: 'boolean',
      default: true,
      description: 'Answer plain HTTP with a redirect to HTTPS (ACME challenges excepted).',
    },
  },
};
const schema45 = {
  type: 'string',
  pattern:
    '^(?!wharf(?:-|$))(?!(?:.*-)?(?:blue|green|infra)(?:-|$))(?:[a-z][a-z0-9-]{0,38}[a-z0-9]|[a-z])$',
  'x-hint':
    "use 1 to 40 lowercase letters, digits and dashes, starting with a letter and not ending with a dash; `blue`, `green` and `infra` cannot be a dash-separated part of the name (wharf adds them to it), and it cannot start with `wharf` (the prefix of wharf's container names)",
};
const schema86 = {
  title: 'Backups',
  description: 'Scheduled backups, written outside the containers under the state directory.',
  type: 'object',
  additionalProperties: false,
  required: ['schedule'],
  properties: {
    schedule: {
      type: 'string',
      maxLength: 100,
      pattern: '^(@(hourly|daily|weekly|monthly))|((\\S+\\s+){4}\\S+)$',
      'x-hint': 'write a five-field cron expression such as `0 3 * * *`, or `@daily`',
      description: 'When to back up, as a cron expression (host time).',
    },
    keep: {
      type: 'integer',
      minimum: 1,
      maximum: 1000,
      default: 7,
      description: 'Number of backups kept; older ones are deleted.',
    },
    include: {
      type: 'array',
      uniqueItems: true,
      items: { enum: ['postgres', 'rabbitmq', 'config'] },
      default: ['postgres', 'rabbitmq', 'config'],
      description:
        "What to back up: the database (`pg_dump`), RabbitMQ definitions, wharf's rendered config.",
    },
  },
};
const schema54 = {
  type: 'string',
  pattern: '^[A-Z][A-Z0-9_]{0,63}$',
  'x-hint':
    'secret names are UPPER_SNAKE_CASE (letters, digits, underscores), starting with a letter',
};
const schema60 = {
  type: 'string',
  pattern: '^(?!data$)(?:[a-z][a-z0-9]{0,39}|[a-z][a-z0-9]{0,34}-data)$',
  'x-hint':
    "a volume key is one word of lowercase letters and digits (`pgdata`, `uploads`), optionally followed by `-data` (`rabbitmq-data`); `data` alone is not one, so that no environment's volume name can also be read as another environment's",
};
const schema47 = {
  type: 'string',
  maxLength: 255,
  pattern:
    '^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$',
  'x-hint':
    'write an image reference such as `ghcr.io/jupiter/api:1.4.2` (lowercase repository, optional tag and digest)',
};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require('ajv/dist/runtime/ucs2length').default;
const func0 = require('ajv/dist/runtime/equal').default;
const pattern4 = new RegExp(
  '^(?!edge$)(?!(?:.*-)?(?:blue|green|infra)(?:-|$))(?:[a-z][a-z0-9-]{0,38}[a-z0-9]|[a-z])$',
  'u',
);
const pattern5 = new RegExp(
  '^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$',
  'u',
);
const pattern7 = new RegExp('^[a-z][a-z0-9-]{0,38}[a-z0-9]$|^[a-z]$', 'u');
const pattern8 = new RegExp('^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', 'u');
const pattern9 = new RegExp('^https://', 'u');
const pattern15 = new RegExp(
  '^(?!wharf(?:-|$))(?!(?:.*-)?(?:blue|green|infra)(?:-|$))(?:[a-z][a-z0-9-]{0,38}[a-z0-9]|[a-z])$',
  'u',
);
const pattern50 = new RegExp('^(@(hourly|daily|weekly|monthly))|((\\S+\\s+){4}\\S+)$', 'u');
const pattern23 = new RegExp('^[A-Z][A-Z0-9_]{0,63}$', 'u');
const pattern30 = new RegExp('^(?!data$)(?:[a-z][a-z0-9]{0,39}|[a-z][a-z0-9]{0,34}-data)$', 'u');
const pattern16 = new RegExp(
  '^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$',
  'u',
);
const schema37 = {
  title: 'DeploySettings',
  description: 'How stateless services are rolled out.',
  type: 'object',
  additionalProperties: false,
  properties: {
    strategy: {
      $ref: '#/$defs/DeployStrategy',
      default: 'blue-green',
      description:
        '`blue-green`: start the idle colour, gate on health, switch the edge, keep the old colour warm. `recreate`: replace containers in place (brief downtime).',
    },
    healthTimeout: {
      $ref: '#/$defs/Duration',
      default: '120s',
      description:
        'How long the new colour may take to become healthy before the deploy fails and is undone.',
    },
    verify: {
      $ref: '#/$defs/Duration',
      default: '30s',
      description:
        'How long traffic is watched through the live route after cutover; a failure switches back.',
    },
    keepPrevious: {
      $ref: '#/$defs/Duration',
      default: '30m',
      description: 'How long the previous colour stays warm for an instant rollback.',
    },
    selfHeal: {
      type: 'boolean',
      default: true,
      description:
        'Repair drift (a container stopped or changed by hand) on resync. When false, drift is only reported.',
    },
    allowDataLoss: {
      type: 'boolean',
      default: false,
      description:
        'Let a deploy start a stateful service on other data than it has now: a new data volume, or a new PostgreSQL major version (which cannot read the old data directory). Refused otherwise.',
    },
    maintenance: {
      type: 'boolean',
      default: false,
      description:
        "Put the environment's maintenance page up for the duration of each deploy that changes what runs: up before the cutover (before stateful services or an in-place update change), down when the deploy ends, whatever its outcome. A page put up by `wharf maintenance on` stays up.",
    },
  },
};
const schema38 = { enum: ['blue-green', 'recreate'] };
const schema39 = {
  type: 'string',
  pattern: '^[0-9]{1,6}(ms|s|m|h|d)$',
  'x-hint': 'write a duration as a number and a unit: `500ms`, `30s`, `5m`, `2h` or `7d`',
};
const pattern10 = new RegExp('^[0-9]{1,6}(ms|s|m|h|d)$', 'u');
function validate21(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.strategy === undefined) {
      data.strategy = 'blue-green';
    }
    if (data.healthTimeout === undefined) {
      data.healthTimeout = '120s';
    }
    if (data.verify === undefined) {
      data.verify = '30s';
    }
    if (data.keepPrevious === undefined) {
      data.keepPrevious = '30m';
    }
    if (data.selfHeal === undefined) {
      data.selfHeal = true;
    }
    if (data.allowDataLoss === undefined) {
      data.allowDataLoss = false;
    }
    if (data.maintenance === undefined) {
      data.maintenance = false;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'strategy' ||
        key0 === 'healthTimeout' ||
        key0 === 'verify' ||
        key0 === 'keepPrevious' ||
        key0 === 'selfHeal' ||
        key0 === 'allowDataLoss' ||
        key0 === 'maintenance'
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema37,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    let data0 = data.strategy;
    if (!(data0 === 'blue-green' || data0 === 'recreate')) {
      const err1 = {
        instancePath: instancePath + '/strategy',
        schemaPath: '#/$defs/DeployStrategy/enum',
        keyword: 'enum',
        params: { allowedValues: schema38.enum },
        message: 'must be equal to one of the allowed values',
        schema: schema38.enum,
        parentSchema: schema38,
        data: data0,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    let data1 = data.healthTimeout;
    if (typeof data1 === 'string') {
      if (!pattern10.test(data1)) {
        const err2 = {
          instancePath: instancePath + '/healthTimeout',
          schemaPath: '#/$defs/Duration/pattern',
          keyword: 'pattern',
          params: { pattern: '^[0-9]{1,6}(ms|s|m|h|d)$' },
          message: 'must match pattern "' + '^[0-9]{1,6}(ms|s|m|h|d)$' + '"',
          schema: '^[0-9]{1,6}(ms|s|m|h|d)$',
          parentSchema: schema39,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    } else {
      const err3 = {
        instancePath: instancePath + '/healthTimeout',
        schemaPath: '#/$defs/Duration/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema39.type,
        parentSchema: schema39,
        data: data1,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    let data2 = data.verify;
    if (typeof data2 === 'string') {
      if (!pattern10.test(data2)) {
        const err4 = {
          instancePath: instancePath + '/verify',
          schemaPath: '#/$defs/Duration/pattern',
          keyword: 'pattern',
          params: { pattern: '^[0-9]{1,6}(ms|s|m|h|d)$' },
          message: 'must match pattern "' + '^[0-9]{1,6}(ms|s|m|h|d)$' + '"',
          schema: '^[0-9]{1,6}(ms|s|m|h|d)$',
          parentSchema: schema39,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    } else {
      const err5 = {
        instancePath: instancePath + '/verify',
        schemaPath: '#/$defs/Duration/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema39.type,
        parentSchema: schema39,
        data: data2,
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    let data3 = data.keepPrevious;
    if (typeof data3 === 'string') {
      if (!pattern10.test(data3)) {
        const err6 = {
          instancePath: instancePath + '/keepPrevious',
          schemaPath: '#/$defs/Duration/pattern',
          keyword: 'pattern',
          params: { pattern: '^[0-9]{1,6}(ms|s|m|h|d)$' },
          message: 'must match pattern "' + '^[0-9]{1,6}(ms|s|m|h|d)$' + '"',
          schema: '^[0-9]{1,6}(ms|s|m|h|d)$',
          parentSchema: schema39,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    } else {
      const err7 = {
        instancePath: instancePath + '/keepPrevious',
        schemaPath: '#/$defs/Duration/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema39.type,
        parentSchema: schema39,
        data: data3,
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    let data4 = data.selfHeal;
    if (typeof data4 !== 'boolean') {
      const err8 = {
        instancePath: instancePath + '/selfHeal',
        schemaPath: '#/properties/selfHeal/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
        schema: schema37.properties.selfHeal.type,
        parentSchema: schema37.properties.selfHeal,
        data: data4,
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    let data5 = data.allowDataLoss;
    if (typeof data5 !== 'boolean') {
      const err9 = {
        instancePath: instancePath + '/allowDataLoss',
        schemaPath: '#/properties/allowDataLoss/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
        schema: schema37.properties.allowDataLoss.type,
        parentSchema: schema37.properties.allowDataLoss,
        data: data5,
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    let data6 = data.maintenance;
    if (typeof data6 !== 'boolean') {
      const err10 = {
        instancePath: instancePath + '/maintenance',
        schemaPath: '#/properties/maintenance/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
        schema: schema37.properties.maintenance.type,
        parentSchema: schema37.properties.maintenance,
        data: data6,
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
  } else {
    const err11 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema37.type,
      parentSchema: schema37,
      data,
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema42 = {
  title: 'Maintenance',
  description:
    "The page the edge answers the environment's public routes with while it is in maintenance (`wharf maintenance on`, or `deploy.maintenance`): HTTP 503 with `Retry-After`; the apps keep running.",
  type: 'object',
  additionalProperties: false,
  properties: {
    page: {
      $ref: '#/$defs/RepoPath',
      description:
        "An HTML file of the repository, served as it is (at most 256 KiB), read at the deployed revision. Without it, wharf's default page, which names the environment.",
    },
    retryAfter: {
      $ref: '#/$defs/Duration',
      default: '120s',
      description:
        'What the `Retry-After` header tells clients, rounded up to whole seconds; `wharf maintenance on --retry-after` overrides it.',
    },
  },
};
const schema43 = {
  type: 'string',
  minLength: 1,
  maxLength: 500,
  pattern: '^[^/\\\\\\u0000][^\\\\\\u0000]*$',
  'x-hint': 'write a path relative to the repository root, with forward slashes',
};
const pattern13 = new RegExp('^[^/\\\\\\u0000][^\\\\\\u0000]*$', 'u');
function validate23(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.retryAfter === undefined) {
      data.retryAfter = '120s';
    }
    for (const key0 in data) {
      if (!(key0 === 'page' || key0 === 'retryAfter')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema42,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.page !== undefined) {
      let data0 = data.page;
      if (typeof data0 === 'string') {
        if (func2(data0) > 500) {
          const err1 = {
            instancePath: instancePath + '/page',
            schemaPath: '#/$defs/RepoPath/maxLength',
            keyword: 'maxLength',
            params: { limit: 500 },
            message: 'must NOT have more than 500 characters',
            schema: 500,
            parentSchema: schema43,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err2 = {
            instancePath: instancePath + '/page',
            schemaPath: '#/$defs/RepoPath/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema43,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern13.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/page',
            schemaPath: '#/$defs/RepoPath/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^/\\\\\\u0000][^\\\\\\u0000]*$' },
            message: 'must match pattern "' + '^[^/\\\\\\u0000][^\\\\\\u0000]*$' + '"',
            schema: '^[^/\\\\\\u0000][^\\\\\\u0000]*$',
            parentSchema: schema43,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/page',
          schemaPath: '#/$defs/RepoPath/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema43.type,
          parentSchema: schema43,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    let data1 = data.retryAfter;
    if (typeof data1 === 'string') {
      if (!pattern10.test(data1)) {
        const err5 = {
          instancePath: instancePath + '/retryAfter',
          schemaPath: '#/$defs/Duration/pattern',
          keyword: 'pattern',
          params: { pattern: '^[0-9]{1,6}(ms|s|m|h|d)$' },
          message: 'must match pattern "' + '^[0-9]{1,6}(ms|s|m|h|d)$' + '"',
          schema: '^[0-9]{1,6}(ms|s|m|h|d)$',
          parentSchema: schema39,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    } else {
      const err6 = {
        instancePath: instancePath + '/retryAfter',
        schemaPath: '#/$defs/Duration/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema39.type,
        parentSchema: schema39,
        data: data1,
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema42.type,
      parentSchema: schema42,
      data,
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema46 = {
  title: 'AppService',
  description:
    'A stateless service: deployed blue-green, routed by path through the edge when it has a `route`.',
  type: 'object',
  additionalProperties: false,
  required: ['image'],
  properties: {
    image: { $ref: '#/$defs/Image', description: 'Container image. Pin a tag or digest.' },
    port: {
      $ref: '#/$defs/Port',
      description:
        'Port the service listens on inside its container (never published on the host).',
    },
    route: {
      $ref: '#/$defs/RoutePath',
      description:
        'Path prefix the edge routes to this service, for example `/api`. Requires `port`.',
    },
    stripPrefix: {
      type: 'boolean',
      default: false,
      description:
        'Remove the route prefix before passing the request on (`/api/users` arrives as `/users`).',
    },
    health: { $ref: '#/$defs/Health' },
    env: {
      type: 'object',
      maxProperties: 200,
      propertyNames: {
        pattern: '^[A-Za-z_][A-Za-z0-9_]{0,127}$',
        'x-hint':
          'environment variable names use letters, digits and underscores, starting with a letter or underscore',
      },
      additionalProperties: {
        type: ['string', 'number', 'boolean'],
        'x-hint': 'give a string, number or boolean value (quote it if in doubt)',
      },
      description: 'Environment variables. Use `secrets` for passwords and keys.',
    },
    secrets: {
      type: 'array',
      uniqueItems: true,
      maxItems: 50,
      items: { $ref: '#/$defs/SecretName' },
      description:
        'Names of secrets (declared under the top-level `secrets`) mounted at `/run/secrets/NAME`; `NAME_FILE` holds that path.',
    },
    replicas: {
      type: 'integer',
      minimum: 0,
      maximum: 50,
      default: 1,
      description: 'Number of containers of this service in each colour.',
    },
    resources: { $ref: '#/$defs/Resources' },
    command: {
      type: 'array',
      minItems: 1,
      maxItems: 100,
      items: { type: 'string', maxLength: 4000 },
      description: "Overrides the image's command.",
    },
    dependsOn: {
      type: 'array',
      uniqueItems: true,
      maxItems: 50,
      items: { $ref: '#/$defs/Name' },
      description:
        'Services (or `postgres`, `pgbouncer`, `rabbitmq`) that must be healthy before this one starts.',
    },
  },
};
const schema48 = { type: 'integer', minimum: 1, maximum: 65535 };
const schema49 = {
  type: 'string',
  maxLength: 200,
  pattern: '^/([A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*)?$',
  'x-hint':
    'write a path prefix that starts with `/` and has no trailing slash, query or wildcard, such as `/` or `/api`',
};
const schema55 = {
  title: 'Resources',
  description: 'Limits applied to each container of the service.',
  type: 'object',
  additionalProperties: false,
  properties: {
    cpus: {
      type: 'number',
      exclusiveMinimum: 0,
      maximum: 256,
      description: 'CPU limit in cores, for example `0.5`.',
    },
    memory: {
      type: 'string',
      pattern: '^[0-9]{1,6}(k|m|g|K|M|G)$',
      'x-hint': 'write a memory size as a number and a unit: `512M`, `1G`',
      description: 'Memory limit, for example `512M`.',
    },
  },
};
const pattern17 = new RegExp('^/([A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*)?$', 'u');
const pattern22 = new RegExp('^[A-Za-z_][A-Za-z0-9_]{0,127}$', 'u');
const pattern24 = new RegExp('^[0-9]{1,6}(k|m|g|K|M|G)$', 'u');
const schema50 = {
  title: 'Health',
  description:
    'How wharf and Docker tell that a service is healthy. Routed services are also probed over HTTP through the edge.',
  type: 'object',
  additionalProperties: false,
  properties: {
    path: {
      type: 'string',
      pattern: '^/[^\\s]*$',
      maxLength: 200,
      'x-hint': 'write an HTTP path that starts with `/`, such as `/healthz`',
      description: 'HTTP path that answers 2xx when the service is healthy.',
    },
    command: {
      type: 'array',
      minItems: 1,
      maxItems: 50,
      items: { type: 'string', maxLength: 1000 },
      description:
        'Command run inside the container; exit 0 means healthy (for services without HTTP, such as workers).',
    },
    interval: { $ref: '#/$defs/Duration', default: '5s', description: 'Time between checks.' },
    timeout: { $ref: '#/$defs/Duration', default: '3s', description: 'Time one check may take.' },
    retries: {
      type: 'integer',
      minimum: 1,
      maximum: 100,
      default: 3,
      description: 'Consecutive failures before the service counts as unhealthy.',
    },
    startPeriod: {
      $ref: '#/$defs/Duration',
      default: '0s',
      description: 'Grace period after start during which failures do not count.',
    },
  },
};
const pattern18 = new RegExp('^/[^\\s]*$', 'u');
function validate26(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.interval === undefined) {
      data.interval = '5s';
    }
    if (data.timeout === undefined) {
      data.timeout = '3s';
    }
    if (data.retries === undefined) {
      data.retries = 3;
    }
    if (data.startPeriod === undefined) {
      data.startPeriod = '0s';
    }
    for (const key0 in data) {
      if (!(
        key0 === 'path' ||
        key0 === 'command' ||
        key0 === 'interval' ||
        key0 === 'timeout' ||
        key0 === 'retries' ||
        key0 === 'startPeriod'
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema50,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (typeof data0 === 'string') {
        if (func2(data0) > 200) {
          const err1 = {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
            schema: 200,
            parentSchema: schema50.properties.path,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern18.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/pattern',
            keyword: 'pattern',
            params: { pattern: '^/[^\\s]*$' },
            message: 'must match pattern "' + '^/[^\\s]*$' + '"',
            schema: '^/[^\\s]*$',
            parentSchema: schema50.properties.path,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema50.properties.path.type,
          parentSchema: schema50.properties.path,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.command !== undefined) {
      let data1 = data.command;
      if (Array.isArray(data1)) {
        if (data1.length > 50) {
          const err4 = {
            instancePath: instancePath + '/command',
            schemaPath: '#/properties/command/maxItems',
            keyword: 'maxItems',
            params: { limit: 50 },
            message: 'must NOT have more than 50 items',
            schema: 50,
            parentSchema: schema50.properties.command,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1.length < 1) {
          const err5 = {
            instancePath: instancePath + '/command',
            schemaPath: '#/properties/command/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema50.properties.command,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === 'string') {
            if (func2(data2) > 1000) {
              const err6 = {
                instancePath: instancePath + '/command/' + i0,
                schemaPath: '#/properties/command/items/maxLength',
                keyword: 'maxLength',
                params: { limit: 1000 },
                message: 'must NOT have more than 1000 characters',
                schema: 1000,
                parentSchema: schema50.properties.command.items,
                data: data2,
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = {
              instancePath: instancePath + '/command/' + i0,
              schemaPath: '#/properties/command/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema50.properties.command.items.type,
              parentSchema: schema50.properties.command.items,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/command',
          schemaPath: '#/properties/command/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema50.properties.command.type,
          parentSchema: schema50.properties.command,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    let data3 = data.interval;
    if (typeof data3 === 'string') {
      if (!pattern10.test(data3)) {
        const err9 = {
          instancePath: instancePath + '/interval',
          schemaPath: '#/$defs/Duration/pattern',
          keyword: 'pattern',
          params: { pattern: '^[0-9]{1,6}(ms|s|m|h|d)$' },
          message: 'must match pattern "' + '^[0-9]{1,6}(ms|s|m|h|d)$' + '"',
          schema: '^[0-9]{1,6}(ms|s|m|h|d)$',
          parentSchema: schema39,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    } else {
      const err10 = {
        instancePath: instancePath + '/interval',
        schemaPath: '#/$defs/Duration/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema39.type,
        parentSchema: schema39,
        data: data3,
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    let data4 = data.timeout;
    if (typeof data4 === 'string') {
      if (!pattern10.test(data4)) {
        const err11 = {
          instancePath: instancePath + '/timeout',
          schemaPath: '#/$defs/Duration/pattern',
          keyword: 'pattern',
          params: { pattern: '^[0-9]{1,6}(ms|s|m|h|d)$' },
          message: 'must match pattern "' + '^[0-9]{1,6}(ms|s|m|h|d)$' + '"',
          schema: '^[0-9]{1,6}(ms|s|m|h|d)$',
          parentSchema: schema39,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    } else {
      const err12 = {
        instancePath: instancePath + '/timeout',
        schemaPath: '#/$defs/Duration/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema39.type,
        parentSchema: schema39,
        data: data4,
      };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    let data5 = data.retries;
    if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
      const err13 = {
        instancePath: instancePath + '/retries',
        schemaPath: '#/properties/retries/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
        schema: schema50.properties.retries.type,
        parentSchema: schema50.properties.retries,
        data: data5,
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (typeof data5 == 'number' && isFinite(data5)) {
      if (data5 > 100 || isNaN(data5)) {
        const err14 = {
          instancePath: instancePath + '/retries',
          schemaPath: '#/properties/retries/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 100 },
          message: 'must be <= 100',
          schema: 100,
          parentSchema: schema50.properties.retries,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (data5 < 1 || isNaN(data5)) {
        const err15 = {
          instancePath: instancePath + '/retries',
          schemaPath: '#/properties/retries/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
          schema: 1,
          parentSchema: schema50.properties.retries,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    let data6 = data.startPeriod;
    if (typeof data6 === 'string') {
      if (!pattern10.test(data6)) {
        const err16 = {
          instancePath: instancePath + '/startPeriod',
          schemaPath: '#/$defs/Duration/pattern',
          keyword: 'pattern',
          params: { pattern: '^[0-9]{1,6}(ms|s|m|h|d)$' },
          message: 'must match pattern "' + '^[0-9]{1,6}(ms|s|m|h|d)$' + '"',
          schema: '^[0-9]{1,6}(ms|s|m|h|d)$',
          parentSchema: schema39,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    } else {
      const err17 = {
        instancePath: instancePath + '/startPeriod',
        schemaPath: '#/$defs/Duration/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema39.type,
        parentSchema: schema39,
        data: data6,
      };
      if (vErrors === null) {
        vErrors = [err17];
      } else {
        vErrors.push(err17);
      }
      errors++;
    }
  } else {
    const err18 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema50.type,
      parentSchema: schema50,
      data,
    };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate25(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.stripPrefix === undefined) {
      data.stripPrefix = false;
    }
    if (data.replicas === undefined) {
      data.replicas = 1;
    }
    if (data.image === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'image' },
        message: "must have required property '" + 'image' + "'",
        schema: schema46.required,
        parentSchema: schema46,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema46.properties, key0)) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema46,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.image !== undefined) {
      let data0 = data.image;
      if (typeof data0 === 'string') {
        if (func2(data0) > 255) {
          const err2 = {
            instancePath: instancePath + '/image',
            schemaPath: '#/$defs/Image/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
            schema: 255,
            parentSchema: schema47,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern16.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/image',
            schemaPath: '#/$defs/Image/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$',
            },
            message:
              'must match pattern "' +
              '^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$' +
              '"',
            schema:
              '^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$',
            parentSchema: schema47,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/image',
          schemaPath: '#/$defs/Image/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema47.type,
          parentSchema: schema47,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.port !== undefined) {
      let data1 = data.port;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err5 = {
          instancePath: instancePath + '/port',
          schemaPath: '#/$defs/Port/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema48.type,
          parentSchema: schema48,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data1 == 'number' && isFinite(data1)) {
        if (data1 > 65535 || isNaN(data1)) {
          const err6 = {
            instancePath: instancePath + '/port',
            schemaPath: '#/$defs/Port/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 65535 },
            message: 'must be <= 65535',
            schema: 65535,
            parentSchema: schema48,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err7 = {
            instancePath: instancePath + '/port',
            schemaPath: '#/$defs/Port/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
            schema: 1,
            parentSchema: schema48,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.route !== undefined) {
      let data2 = data.route;
      if (typeof data2 === 'string') {
        if (func2(data2) > 200) {
          const err8 = {
            instancePath: instancePath + '/route',
            schemaPath: '#/$defs/RoutePath/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
            schema: 200,
            parentSchema: schema49,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern17.test(data2)) {
          const err9 = {
            instancePath: instancePath + '/route',
            schemaPath: '#/$defs/RoutePath/pattern',
            keyword: 'pattern',
            params: { pattern: '^/([A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*)?$' },
            message: 'must match pattern "' + '^/([A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*)?$' + '"',
            schema: '^/([A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*)?$',
            parentSchema: schema49,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/route',
          schemaPath: '#/$defs/RoutePath/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema49.type,
          parentSchema: schema49,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    let data3 = data.stripPrefix;
    if (typeof data3 !== 'boolean') {
      const err11 = {
        instancePath: instancePath + '/stripPrefix',
        schemaPath: '#/properties/stripPrefix/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
        schema: schema46.properties.stripPrefix.type,
        parentSchema: schema46.properties.stripPrefix,
        data: data3,
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.health !== undefined) {
      if (
        !validate26(data.health, {
          instancePath: instancePath + '/health',
          parentData: data,
          parentDataProperty: 'health',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.env !== undefined) {
      let data5 = data.env;
      if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
        if (Object.keys(data5).length > 200) {
          const err12 = {
            instancePath: instancePath + '/env',
            schemaPath: '#/properties/env/maxProperties',
            keyword: 'maxProperties',
            params: { limit: 200 },
            message: 'must NOT have more than 200 properties',
            schema: 200,
            parentSchema: schema46.properties.env,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key1 in data5) {
          const _errs18 = errors;
          if (typeof key1 === 'string') {
            if (!pattern22.test(key1)) {
              const err13 = {
                instancePath: instancePath + '/env',
                schemaPath: '#/properties/env/propertyNames/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z_][A-Za-z0-9_]{0,127}$' },
                message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]{0,127}$' + '"',
                schema: '^[A-Za-z_][A-Za-z0-9_]{0,127}$',
                parentSchema: schema46.properties.env.propertyNames,
                data: key1,
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
          var valid4 = _errs18 === errors;
          if (!valid4) {
            const err14 = {
              instancePath: instancePath + '/env',
              schemaPath: '#/properties/env/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key1 },
              message: 'property name must be valid',
              schema: schema46.properties.env.propertyNames,
              parentSchema: schema46.properties.env,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        for (const key2 in data5) {
          let data6 = data5[key2];
          if (
            typeof data6 !== 'string' &&
            !(typeof data6 == 'number' && isFinite(data6)) &&
            typeof data6 !== 'boolean'
          ) {
            const err15 = {
              instancePath: instancePath + '/env/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/env/additionalProperties/type',
              keyword: 'type',
              params: { type: schema46.properties.env.additionalProperties.type },
              message: 'must be string,number,boolean',
              schema: schema46.properties.env.additionalProperties.type,
              parentSchema: schema46.properties.env.additionalProperties,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/env',
          schemaPath: '#/properties/env/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema46.properties.env.type,
          parentSchema: schema46.properties.env,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.secrets !== undefined) {
      let data7 = data.secrets;
      if (Array.isArray(data7)) {
        if (data7.length > 50) {
          const err17 = {
            instancePath: instancePath + '/secrets',
            schemaPath: '#/properties/secrets/maxItems',
            keyword: 'maxItems',
            params: { limit: 50 },
            message: 'must NOT have more than 50 items',
            schema: 50,
            parentSchema: schema46.properties.secrets,
            data: data7,
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (typeof data8 === 'string') {
            if (!pattern23.test(data8)) {
              const err18 = {
                instancePath: instancePath + '/secrets/' + i0,
                schemaPath: '#/$defs/SecretName/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Z][A-Z0-9_]{0,63}$' },
                message: 'must match pattern "' + '^[A-Z][A-Z0-9_]{0,63}$' + '"',
                schema: '^[A-Z][A-Z0-9_]{0,63}$',
                parentSchema: schema54,
                data: data8,
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = {
              instancePath: instancePath + '/secrets/' + i0,
              schemaPath: '#/$defs/SecretName/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema54.type,
              parentSchema: schema54,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        let i1 = data7.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data7[i1], data7[j0])) {
                const err20 = {
                  instancePath: instancePath + '/secrets',
                  schemaPath: '#/properties/secrets/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i1, j: j0 },
                  message:
                    'must NOT have duplicate items (items ## ' +
                    j0 +
                    ' and ' +
                    i1 +
                    ' are identical)',
                  schema: true,
                  parentSchema: schema46.properties.secrets,
                  data: data7,
                };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err21 = {
          instancePath: instancePath + '/secrets',
          schemaPath: '#/properties/secrets/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema46.properties.secrets.type,
          parentSchema: schema46.properties.secrets,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    let data9 = data.replicas;
    if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
      const err22 = {
        instancePath: instancePath + '/replicas',
        schemaPath: '#/properties/replicas/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
        schema: schema46.properties.replicas.type,
        parentSchema: schema46.properties.replicas,
        data: data9,
      };
      if (vErrors === null) {
        vErrors = [err22];
      } else {
        vErrors.push(err22);
      }
      errors++;
    }
    if (typeof data9 == 'number' && isFinite(data9)) {
      if (data9 > 50 || isNaN(data9)) {
        const err23 = {
          instancePath: instancePath + '/replicas',
          schemaPath: '#/properties/replicas/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 50 },
          message: 'must be <= 50',
          schema: 50,
          parentSchema: schema46.properties.replicas,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (data9 < 0 || isNaN(data9)) {
        const err24 = {
          instancePath: instancePath + '/replicas',
          schemaPath: '#/properties/replicas/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 0 },
          message: 'must be >= 0',
          schema: 0,
          parentSchema: schema46.properties.replicas,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.resources !== undefined) {
      let data10 = data.resources;
      if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
        for (const key3 in data10) {
          if (!(key3 === 'cpus' || key3 === 'memory')) {
            const err25 = {
              instancePath: instancePath + '/resources',
              schemaPath: '#/$defs/Resources/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key3 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema55,
              data: data10,
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data10.cpus !== undefined) {
          let data11 = data10.cpus;
          if (typeof data11 == 'number' && isFinite(data11)) {
            if (data11 > 256 || isNaN(data11)) {
              const err26 = {
                instancePath: instancePath + '/resources/cpus',
                schemaPath: '#/$defs/Resources/properties/cpus/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 256 },
                message: 'must be <= 256',
                schema: 256,
                parentSchema: schema55.properties.cpus,
                data: data11,
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data11 <= 0 || isNaN(data11)) {
              const err27 = {
                instancePath: instancePath + '/resources/cpus',
                schemaPath: '#/$defs/Resources/properties/cpus/exclusiveMinimum',
                keyword: 'exclusiveMinimum',
                params: { comparison: '>', limit: 0 },
                message: 'must be > 0',
                schema: 0,
                parentSchema: schema55.properties.cpus,
                data: data11,
              };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = {
              instancePath: instancePath + '/resources/cpus',
              schemaPath: '#/$defs/Resources/properties/cpus/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema55.properties.cpus.type,
              parentSchema: schema55.properties.cpus,
              data: data11,
            };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data10.memory !== undefined) {
          let data12 = data10.memory;
          if (typeof data12 === 'string') {
            if (!pattern24.test(data12)) {
              const err29 = {
                instancePath: instancePath + '/resources/memory',
                schemaPath: '#/$defs/Resources/properties/memory/pattern',
                keyword: 'pattern',
                params: { pattern: '^[0-9]{1,6}(k|m|g|K|M|G)$' },
                message: 'must match pattern "' + '^[0-9]{1,6}(k|m|g|K|M|G)$' + '"',
                schema: '^[0-9]{1,6}(k|m|g|K|M|G)$',
                parentSchema: schema55.properties.memory,
                data: data12,
              };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          } else {
            const err30 = {
              instancePath: instancePath + '/resources/memory',
              schemaPath: '#/$defs/Resources/properties/memory/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema55.properties.memory.type,
              parentSchema: schema55.properties.memory,
              data: data12,
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = {
          instancePath: instancePath + '/resources',
          schemaPath: '#/$defs/Resources/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema55.type,
          parentSchema: schema55,
          data: data10,
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.command !== undefined) {
      let data13 = data.command;
      if (Array.isArray(data13)) {
        if (data13.length > 100) {
          const err32 = {
            instancePath: instancePath + '/command',
            schemaPath: '#/properties/command/maxItems',
            keyword: 'maxItems',
            params: { limit: 100 },
            message: 'must NOT have more than 100 items',
            schema: 100,
            parentSchema: schema46.properties.command,
            data: data13,
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (data13.length < 1) {
          const err33 = {
            instancePath: instancePath + '/command',
            schemaPath: '#/properties/command/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema46.properties.command,
            data: data13,
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        const len1 = data13.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data14 = data13[i2];
          if (typeof data14 === 'string') {
            if (func2(data14) > 4000) {
              const err34 = {
                instancePath: instancePath + '/command/' + i2,
                schemaPath: '#/properties/command/items/maxLength',
                keyword: 'maxLength',
                params: { limit: 4000 },
                message: 'must NOT have more than 4000 characters',
                schema: 4000,
                parentSchema: schema46.properties.command.items,
                data: data14,
              };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          } else {
            const err35 = {
              instancePath: instancePath + '/command/' + i2,
              schemaPath: '#/properties/command/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema46.properties.command.items.type,
              parentSchema: schema46.properties.command.items,
              data: data14,
            };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = {
          instancePath: instancePath + '/command',
          schemaPath: '#/properties/command/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema46.properties.command.type,
          parentSchema: schema46.properties.command,
          data: data13,
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.dependsOn !== undefined) {
      let data15 = data.dependsOn;
      if (Array.isArray(data15)) {
        if (data15.length > 50) {
          const err37 = {
            instancePath: instancePath + '/dependsOn',
            schemaPath: '#/properties/dependsOn/maxItems',
            keyword: 'maxItems',
            params: { limit: 50 },
            message: 'must NOT have more than 50 items',
            schema: 50,
            parentSchema: schema46.properties.dependsOn,
            data: data15,
          };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        const len2 = data15.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data16 = data15[i3];
          if (typeof data16 === 'string') {
            if (!pattern7.test(data16)) {
              const err38 = {
                instancePath: instancePath + '/dependsOn/' + i3,
                schemaPath: '#/$defs/Name/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z][a-z0-9-]{0,38}[a-z0-9]$|^[a-z]$' },
                message: 'must match pattern "' + '^[a-z][a-z0-9-]{0,38}[a-z0-9]$|^[a-z]$' + '"',
                schema: '^[a-z][a-z0-9-]{0,38}[a-z0-9]$|^[a-z]$',
                parentSchema: schema35,
                data: data16,
              };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = {
              instancePath: instancePath + '/dependsOn/' + i3,
              schemaPath: '#/$defs/Name/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema35.type,
              parentSchema: schema35,
              data: data16,
            };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        let i4 = data15.length;
        let j1;
        if (i4 > 1) {
          outer1: for (; i4--;) {
            for (j1 = i4; j1--;) {
              if (func0(data15[i4], data15[j1])) {
                const err40 = {
                  instancePath: instancePath + '/dependsOn',
                  schemaPath: '#/properties/dependsOn/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i4, j: j1 },
                  message:
                    'must NOT have duplicate items (items ## ' +
                    j1 +
                    ' and ' +
                    i4 +
                    ' are identical)',
                  schema: true,
                  parentSchema: schema46.properties.dependsOn,
                  data: data15,
                };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err41 = {
          instancePath: instancePath + '/dependsOn',
          schemaPath: '#/properties/dependsOn/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema46.properties.dependsOn.type,
          parentSchema: schema46.properties.dependsOn,
          data: data15,
        };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
  } else {
    const err42 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema46.type,
      parentSchema: schema46,
      data,
    };
    if (vErrors === null) {
      vErrors = [err42];
    } else {
      vErrors.push(err42);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema57 = {
  title: 'Postgres',
  description:
    'PostgreSQL behind PgBouncer. Local (in the infra project, data in a named volume) unless `external` is set.',
  type: 'object',
  additionalProperties: false,
  required: ['database', 'user', 'passwordSecret'],
  properties: {
    image: {
      $ref: '#/$defs/Image',
      default: 'postgres:16',
      description: 'Image of the local server. Not allowed with `external`.',
    },
    database: {
      type: 'string',
      pattern: '^[a-z_][a-z0-9_]{0,62}$',
      'x-hint':
        'use lowercase letters, digits and underscores (at most 63), starting with a letter or underscore',
      description: 'Database the apps use.',
    },
    user: {
      type: 'string',
      pattern: '^[a-z_][a-z0-9_]{0,62}$',
      'x-hint':
        'use lowercase letters, digits and underscores (at most 63), starting with a letter or underscore',
      description: 'Role the apps log in as.',
    },
    passwordSecret: {
      $ref: '#/$defs/SecretName',
      description: "Name of the secret that holds the role's password.",
    },
    volume: {
      $ref: '#/$defs/VolumeKey',
      default: 'pgdata',
      description: "Named volume of the local server's data. Not allowed with `external`.",
    },
    seed: {
      $ref: '#/$defs/RepoPath',
      description:
        "SQL file of this repository run once, as the role in its database, when the local server's data volume is first created. Not allowed with `external`.",
    },
    external: { $ref: '#/$defs/ExternalPostgres' },
    pgbouncer: { $ref: '#/$defs/PgBouncer', default: {} },
  },
};
const pattern27 = new RegExp('^[a-z_][a-z0-9_]{0,62}$', 'u');
const schema62 = {
  title: 'ExternalPostgres',
  description:
    "A managed PostgreSQL outside the host (the `hybrid` topology). Reached only through the host's PgBouncer.",
  type: 'object',
  additionalProperties: false,
  required: ['host'],
  properties: {
    host: { $ref: '#/$defs/Hostname', description: 'Hostname of the managed server.' },
    port: { $ref: '#/$defs/Port', default: 5432, description: 'Port of the managed server.' },
    sslmode: {
      enum: ['disable', 'prefer', 'require', 'verify-ca', 'verify-full'],
      default: 'require',
      description: 'TLS mode PgBouncer uses towards the managed server.',
    },
    caFile: {
      $ref: '#/$defs/RepoPath',
      description:
        "PEM file of this repository with the certificate authority that signed the managed server's certificate (providers publish theirs), for `verify-ca` and `verify-full`. Without it, the image's system authorities.",
    },
  },
};
function validate30(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.port === undefined) {
      data.port = 5432;
    }
    if (data.sslmode === undefined) {
      data.sslmode = 'require';
    }
    if (data.host === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'host' },
        message: "must have required property '" + 'host' + "'",
        schema: schema62.required,
        parentSchema: schema62,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'host' || key0 === 'port' || key0 === 'sslmode' || key0 === 'caFile')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema62,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.host !== undefined) {
      let data0 = data.host;
      if (typeof data0 === 'string') {
        if (func2(data0) > 253) {
          const err2 = {
            instancePath: instancePath + '/host',
            schemaPath: '#/$defs/Hostname/maxLength',
            keyword: 'maxLength',
            params: { limit: 253 },
            message: 'must NOT have more than 253 characters',
            schema: 253,
            parentSchema: schema33,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/host',
            schemaPath: '#/$defs/Hostname/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$',
            },
            message:
              'must match pattern "' +
              '^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$' +
              '"',
            schema:
              '^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$',
            parentSchema: schema33,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/host',
          schemaPath: '#/$defs/Hostname/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
          parentSchema: schema33,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    let data1 = data.port;
    if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
      const err5 = {
        instancePath: instancePath + '/port',
        schemaPath: '#/$defs/Port/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
        schema: schema48.type,
        parentSchema: schema48,
        data: data1,
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (typeof data1 == 'number' && isFinite(data1)) {
      if (data1 > 65535 || isNaN(data1)) {
        const err6 = {
          instancePath: instancePath + '/port',
          schemaPath: '#/$defs/Port/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 65535 },
          message: 'must be <= 65535',
          schema: 65535,
          parentSchema: schema48,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data1 < 1 || isNaN(data1)) {
        const err7 = {
          instancePath: instancePath + '/port',
          schemaPath: '#/$defs/Port/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
          schema: 1,
          parentSchema: schema48,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    let data2 = data.sslmode;
    if (!(
      data2 === 'disable' ||
      data2 === 'prefer' ||
      data2 === 'require' ||
      data2 === 'verify-ca' ||
      data2 === 'verify-full'
    )) {
      const err8 = {
        instancePath: instancePath + '/sslmode',
        schemaPath: '#/properties/sslmode/enum',
        keyword: 'enum',
        params: { allowedValues: schema62.properties.sslmode.enum },
        message: 'must be equal to one of the allowed values',
        schema: schema62.properties.sslmode.enum,
        parentSchema: schema62.properties.sslmode,
        data: data2,
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.caFile !== undefined) {
      let data3 = data.caFile;
      if (typeof data3 === 'string') {
        if (func2(data3) > 500) {
          const err9 = {
            instancePath: instancePath + '/caFile',
            schemaPath: '#/$defs/RepoPath/maxLength',
            keyword: 'maxLength',
            params: { limit: 500 },
            message: 'must NOT have more than 500 characters',
            schema: 500,
            parentSchema: schema43,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err10 = {
            instancePath: instancePath + '/caFile',
            schemaPath: '#/$defs/RepoPath/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema43,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern13.test(data3)) {
          const err11 = {
            instancePath: instancePath + '/caFile',
            schemaPath: '#/$defs/RepoPath/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^/\\\\\\u0000][^\\\\\\u0000]*$' },
            message: 'must match pattern "' + '^[^/\\\\\\u0000][^\\\\\\u0000]*$' + '"',
            schema: '^[^/\\\\\\u0000][^\\\\\\u0000]*$',
            parentSchema: schema43,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/caFile',
          schemaPath: '#/$defs/RepoPath/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema43.type,
          parentSchema: schema43,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema62.type,
      parentSchema: schema62,
      data,
    };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema66 = {
  title: 'PgBouncer',
  description: 'The connection pooler every app connects through.',
  type: 'object',
  additionalProperties: false,
  properties: {
    image: {
      $ref: '#/$defs/Image',
      default: 'edoburu/pgbouncer:v1.23.1-p2',
      description: 'PgBouncer image.',
    },
    poolMode: {
      enum: ['session', 'transaction', 'statement'],
      default: 'transaction',
      description:
        'When a server connection returns to the pool: after the client disconnects, after each transaction, or after each statement.',
    },
    maxClientConn: {
      type: 'integer',
      minimum: 1,
      maximum: 100000,
      default: 500,
      description: 'Most client connections PgBouncer accepts.',
    },
    defaultPoolSize: {
      type: 'integer',
      minimum: 1,
      maximum: 10000,
      default: 20,
      description: 'Server connections per database and user pair.',
    },
    reservePoolSize: {
      type: 'integer',
      minimum: 0,
      maximum: 10000,
      default: 0,
      description: 'Extra server connections allowed when a pool is exhausted.',
    },
  },
};
function validate32(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.image === undefined) {
      data.image = 'edoburu/pgbouncer:v1.23.1-p2';
    }
    if (data.poolMode === undefined) {
      data.poolMode = 'transaction';
    }
    if (data.maxClientConn === undefined) {
      data.maxClientConn = 500;
    }
    if (data.defaultPoolSize === undefined) {
      data.defaultPoolSize = 20;
    }
    if (data.reservePoolSize === undefined) {
      data.reservePoolSize = 0;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'image' ||
        key0 === 'poolMode' ||
        key0 === 'maxClientConn' ||
        key0 === 'defaultPoolSize' ||
        key0 === 'reservePoolSize'
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema66,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    let data0 = data.image;
    if (typeof data0 === 'string') {
      if (func2(data0) > 255) {
        const err1 = {
          instancePath: instancePath + '/image',
          schemaPath: '#/$defs/Image/maxLength',
          keyword: 'maxLength',
          params: { limit: 255 },
          message: 'must NOT have more than 255 characters',
          schema: 255,
          parentSchema: schema47,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!pattern16.test(data0)) {
        const err2 = {
          instancePath: instancePath + '/image',
          schemaPath: '#/$defs/Image/pattern',
          keyword: 'pattern',
          params: {
            pattern:
              '^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$',
          },
          message:
            'must match pattern "' +
            '^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$' +
            '"',
          schema:
            '^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$',
          parentSchema: schema47,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    } else {
      const err3 = {
        instancePath: instancePath + '/image',
        schemaPath: '#/$defs/Image/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema47.type,
        parentSchema: schema47,
        data: data0,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    let data1 = data.poolMode;
    if (!(data1 === 'session' || data1 === 'transaction' || data1 === 'statement')) {
      const err4 = {
        instancePath: instancePath + '/poolMode',
        schemaPath: '#/properties/poolMode/enum',
        keyword: 'enum',
        params: { allowedValues: schema66.properties.poolMode.enum },
        message: 'must be equal to one of the allowed values',
        schema: schema66.properties.poolMode.enum,
        parentSchema: schema66.properties.poolMode,
        data: data1,
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    let data2 = data.maxClientConn;
    if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
      const err5 = {
        instancePath: instancePath + '/maxClientConn',
        schemaPath: '#/properties/maxClientConn/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
        schema: schema66.properties.maxClientConn.type,
        parentSchema: schema66.properties.maxClientConn,
        data: data2,
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (typeof data2 == 'number' && isFinite(data2)) {
      if (data2 > 100000 || isNaN(data2)) {
        const err6 = {
          instancePath: instancePath + '/maxClientConn',
          schemaPath: '#/properties/maxClientConn/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 100000 },
          message: 'must be <= 100000',
          schema: 100000,
          parentSchema: schema66.properties.maxClientConn,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data2 < 1 || isNaN(data2)) {
        const err7 = {
          instancePath: instancePath + '/maxClientConn',
          schemaPath: '#/properties/maxClientConn/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
          schema: 1,
          parentSchema: schema66.properties.maxClientConn,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    let data3 = data.defaultPoolSize;
    if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
      const err8 = {
        instancePath: instancePath + '/defaultPoolSize',
        schemaPath: '#/properties/defaultPoolSize/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
        schema: schema66.properties.defaultPoolSize.type,
        parentSchema: schema66.properties.defaultPoolSize,
        data: data3,
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (typeof data3 == 'number' && isFinite(data3)) {
      if (data3 > 10000 || isNaN(data3)) {
        const err9 = {
          instancePath: instancePath + '/defaultPoolSize',
          schemaPath: '#/properties/defaultPoolSize/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 10000 },
          message: 'must be <= 10000',
          schema: 10000,
          parentSchema: schema66.properties.defaultPoolSize,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (data3 < 1 || isNaN(data3)) {
        const err10 = {
          instancePath: instancePath + '/defaultPoolSize',
          schemaPath: '#/properties/defaultPoolSize/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
          schema: 1,
          parentSchema: schema66.properties.defaultPoolSize,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    let data4 = data.reservePoolSize;
    if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
      const err11 = {
        instancePath: instancePath + '/reservePoolSize',
        schemaPath: '#/properties/reservePoolSize/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
        schema: schema66.properties.reservePoolSize.type,
        parentSchema: schema66.properties.reservePoolSize,
        data: data4,
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (typeof data4 == 'number' && isFinite(data4)) {
      if (data4 > 10000 || isNaN(data4)) {
        const err12 = {
          instancePath: instancePath + '/reservePoolSize',
          schemaPath: '#/properties/reservePoolSize/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 10000 },
          message: 'must be <= 10000',
          schema: 10000,
          parentSchema: schema66.properties.reservePoolSize,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (data4 < 0 || isNaN(data4)) {
        const err13 = {
          instancePath: instancePath + '/reservePoolSize',
          schemaPath: '#/properties/reservePoolSize/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 0 },
          message: 'must be >= 0',
          schema: 0,
          parentSchema: schema66.properties.reservePoolSize,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema66.type,
      parentSchema: schema66,
      data,
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate29(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.image === undefined) {
      data.image = 'postgres:16';
    }
    if (data.volume === undefined) {
      data.volume = 'pgdata';
    }
    if (data.pgbouncer === undefined) {
      data.pgbouncer = {};
    }
    if (data.database === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'database' },
        message: "must have required property '" + 'database' + "'",
        schema: schema57.required,
        parentSchema: schema57,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.user === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'user' },
        message: "must have required property '" + 'user' + "'",
        schema: schema57.required,
        parentSchema: schema57,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.passwordSecret === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'passwordSecret' },
        message: "must have required property '" + 'passwordSecret' + "'",
        schema: schema57.required,
        parentSchema: schema57,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'image' ||
        key0 === 'database' ||
        key0 === 'user' ||
        key0 === 'passwordSecret' ||
        key0 === 'volume' ||
        key0 === 'seed' ||
        key0 === 'external' ||
        key0 === 'pgbouncer'
      )) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema57,
          data,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    let data0 = data.image;
    if (typeof data0 === 'string') {
      if (func2(data0) > 255) {
        const err4 = {
          instancePath: instancePath + '/image',
          schemaPath: '#/$defs/Image/maxLength',
          keyword: 'maxLength',
          params: { limit: 255 },
          message: 'must NOT have more than 255 characters',
          schema: 255,
          parentSchema: schema47,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!pattern16.test(data0)) {
        const err5 = {
          instancePath: instancePath + '/image',
          schemaPath: '#/$defs/Image/pattern',
          keyword: 'pattern',
          params: {
            pattern:
              '^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$',
          },
          message:
            'must match pattern "' +
            '^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$' +
            '"',
          schema:
            '^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$',
          parentSchema: schema47,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    } else {
      const err6 = {
        instancePath: instancePath + '/image',
        schemaPath: '#/$defs/Image/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema47.type,
        parentSchema: schema47,
        data: data0,
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.database !== undefined) {
      let data1 = data.database;
      if (typeof data1 === 'string') {
        if (!pattern27.test(data1)) {
          const err7 = {
            instancePath: instancePath + '/database',
            schemaPath: '#/properties/database/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z_][a-z0-9_]{0,62}$' },
            message: 'must match pattern "' + '^[a-z_][a-z0-9_]{0,62}$' + '"',
            schema: '^[a-z_][a-z0-9_]{0,62}$',
            parentSchema: schema57.properties.database,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/database',
          schemaPath: '#/properties/database/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema57.properties.database.type,
          parentSchema: schema57.properties.database,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.user !== undefined) {
      let data2 = data.user;
      if (typeof data2 === 'string') {
        if (!pattern27.test(data2)) {
          const err9 = {
            instancePath: instancePath + '/user',
            schemaPath: '#/properties/user/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z_][a-z0-9_]{0,62}$' },
            message: 'must match pattern "' + '^[a-z_][a-z0-9_]{0,62}$' + '"',
            schema: '^[a-z_][a-z0-9_]{0,62}$',
            parentSchema: schema57.properties.user,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/user',
          schemaPath: '#/properties/user/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema57.properties.user.type,
          parentSchema: schema57.properties.user,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.passwordSecret !== undefined) {
      let data3 = data.passwordSecret;
      if (typeof data3 === 'string') {
        if (!pattern23.test(data3)) {
          const err11 = {
            instancePath: instancePath + '/passwordSecret',
            schemaPath: '#/$defs/SecretName/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Z][A-Z0-9_]{0,63}$' },
            message: 'must match pattern "' + '^[A-Z][A-Z0-9_]{0,63}$' + '"',
            schema: '^[A-Z][A-Z0-9_]{0,63}$',
            parentSchema: schema54,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/passwordSecret',
          schemaPath: '#/$defs/SecretName/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema54.type,
          parentSchema: schema54,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    let data4 = data.volume;
    if (typeof data4 === 'string') {
      if (!pattern30.test(data4)) {
        const err13 = {
          instancePath: instancePath + '/volume',
          schemaPath: '#/$defs/VolumeKey/pattern',
          keyword: 'pattern',
          params: { pattern: '^(?!data$)(?:[a-z][a-z0-9]{0,39}|[a-z][a-z0-9]{0,34}-data)$' },
          message:
            'must match pattern "' +
            '^(?!data$)(?:[a-z][a-z0-9]{0,39}|[a-z][a-z0-9]{0,34}-data)$' +
            '"',
          schema: '^(?!data$)(?:[a-z][a-z0-9]{0,39}|[a-z][a-z0-9]{0,34}-data)$',
          parentSchema: schema60,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    } else {
      const err14 = {
        instancePath: instancePath + '/volume',
        schemaPath: '#/$defs/VolumeKey/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema60.type,
        parentSchema: schema60,
        data: data4,
      };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.seed !== undefined) {
      let data5 = data.seed;
      if (typeof data5 === 'string') {
        if (func2(data5) > 500) {
          const err15 = {
            instancePath: instancePath + '/seed',
            schemaPath: '#/$defs/RepoPath/maxLength',
            keyword: 'maxLength',
            params: { limit: 500 },
            message: 'must NOT have more than 500 characters',
            schema: 500,
            parentSchema: schema43,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (func2(data5) < 1) {
          const err16 = {
            instancePath: instancePath + '/seed',
            schemaPath: '#/$defs/RepoPath/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema43,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern13.test(data5)) {
          const err17 = {
            instancePath: instancePath + '/seed',
            schemaPath: '#/$defs/RepoPath/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^/\\\\\\u0000][^\\\\\\u0000]*$' },
            message: 'must match pattern "' + '^[^/\\\\\\u0000][^\\\\\\u0000]*$' + '"',
            schema: '^[^/\\\\\\u0000][^\\\\\\u0000]*$',
            parentSchema: schema43,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/seed',
          schemaPath: '#/$defs/RepoPath/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema43.type,
          parentSchema: schema43,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.external !== undefined) {
      if (
        !validate30(data.external, {
          instancePath: instancePath + '/external',
          parentData: data,
          parentDataProperty: 'external',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
      }
    }
    if (
      !validate32(data.pgbouncer, {
        instancePath: instancePath + '/pgbouncer',
        parentData: data,
        parentDataProperty: 'pgbouncer',
        rootData,
        dynamicAnchors,
      })
    ) {
      vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
      errors = vErrors.length;
    }
  } else {
    const err19 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema57.type,
      parentSchema: schema57,
      data,
    };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema68 = {
  title: 'RabbitMQ',
  description: 'The message broker, with its management UI routed through the edge.',
  type: 'object',
  additionalProperties: false,
  required: ['user', 'passwordSecret'],
  properties: {
    image: {
      $ref: '#/$defs/Image',
      default: 'rabbitmq:3.13-management',
      description: 'RabbitMQ image, with the management plugin.',
    },
    user: {
      type: 'string',
      pattern: '^[A-Za-z0-9_.-]{1,64}$',
      'x-hint': 'use 1 to 64 letters, digits, dots, dashes or underscores',
      description: 'User the apps log in as.',
    },
    passwordSecret: {
      $ref: '#/$defs/SecretName',
      description: "Name of the secret that holds the user's password.",
    },
    vhost: {
      type: 'string',
      default: '/',
      maxLength: 100,
      description: 'Virtual host the apps use.',
    },
    volume: {
      $ref: '#/$defs/VolumeKey',
      default: 'rabbitmq-data',
      description: "Named volume of the broker's data.",
    },
    management: {
      type: 'object',
      additionalProperties: false,
      description: 'The management UI.',
      properties: {
        route: {
          $ref: '#/$defs/RoutePath',
          default: '/rabbitmq',
          description: 'Path the edge serves the management UI on.',
        },
      },
      default: {},
    },
  },
};
const pattern36 = new RegExp('^[A-Za-z0-9_.-]{1,64}$', 'u');
function validate35(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.image === undefined) {
      data.image = 'rabbitmq:3.13-management';
    }
    if (data.vhost === undefined) {
      data.vhost = '/';
    }
    if (data.volume === undefined) {
      data.volume = 'rabbitmq-data';
    }
    if (data.management === undefined) {
      data.management = {};
    }
    if (data.user === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'user' },
        message: "must have required property '" + 'user' + "'",
        schema: schema68.required,
        parentSchema: schema68,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.passwordSecret === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'passwordSecret' },
        message: "must have required property '" + 'passwordSecret' + "'",
        schema: schema68.required,
        parentSchema: schema68,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'image' ||
        key0 === 'user' ||
        key0 === 'passwordSecret' ||
        key0 === 'vhost' ||
        key0 === 'volume' ||
        key0 === 'management'
      )) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema68,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    let data0 = data.image;
    if (typeof data0 === 'string') {
      if (func2(data0) > 255) {
        const err3 = {
          instancePath: instancePath + '/image',
          schemaPath: '#/$defs/Image/maxLength',
          keyword: 'maxLength',
          params: { limit: 255 },
          message: 'must NOT have more than 255 characters',
          schema: 255,
          parentSchema: schema47,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!pattern16.test(data0)) {
        const err4 = {
          instancePath: instancePath + '/image',
          schemaPath: '#/$defs/Image/pattern',
          keyword: 'pattern',
          params: {
            pattern:
              '^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$',
          },
          message:
            'must match pattern "' +
            '^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$' +
            '"',
          schema:
            '^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$',
          parentSchema: schema47,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    } else {
      const err5 = {
        instancePath: instancePath + '/image',
        schemaPath: '#/$defs/Image/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema47.type,
        parentSchema: schema47,
        data: data0,
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.user !== undefined) {
      let data1 = data.user;
      if (typeof data1 === 'string') {
        if (!pattern36.test(data1)) {
          const err6 = {
            instancePath: instancePath + '/user',
            schemaPath: '#/properties/user/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9_.-]{1,64}$' },
            message: 'must match pattern "' + '^[A-Za-z0-9_.-]{1,64}$' + '"',
            schema: '^[A-Za-z0-9_.-]{1,64}$',
            parentSchema: schema68.properties.user,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/user',
          schemaPath: '#/properties/user/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema68.properties.user.type,
          parentSchema: schema68.properties.user,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.passwordSecret !== undefined) {
      let data2 = data.passwordSecret;
      if (typeof data2 === 'string') {
        if (!pattern23.test(data2)) {
          const err8 = {
            instancePath: instancePath + '/passwordSecret',
            schemaPath: '#/$defs/SecretName/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Z][A-Z0-9_]{0,63}$' },
            message: 'must match pattern "' + '^[A-Z][A-Z0-9_]{0,63}$' + '"',
            schema: '^[A-Z][A-Z0-9_]{0,63}$',
            parentSchema: schema54,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/passwordSecret',
          schemaPath: '#/$defs/SecretName/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema54.type,
          parentSchema: schema54,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    let data3 = data.vhost;
    if (typeof data3 === 'string') {
      if (func2(data3) > 100) {
        const err10 = {
          instancePath: instancePath + '/vhost',
          schemaPath: '#/properties/vhost/maxLength',
          keyword: 'maxLength',
          params: { limit: 100 },
          message: 'must NOT have more than 100 characters',
          schema: 100,
          parentSchema: schema68.properties.vhost,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    } else {
      const err11 = {
        instancePath: instancePath + '/vhost',
        schemaPath: '#/properties/vhost/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema68.properties.vhost.type,
        parentSchema: schema68.properties.vhost,
        data: data3,
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    let data4 = data.volume;
    if (typeof data4 === 'string') {
      if (!pattern30.test(data4)) {
        const err12 = {
          instancePath: instancePath + '/volume',
          schemaPath: '#/$defs/VolumeKey/pattern',
          keyword: 'pattern',
          params: { pattern: '^(?!data$)(?:[a-z][a-z0-9]{0,39}|[a-z][a-z0-9]{0,34}-data)$' },
          message:
            'must match pattern "' +
            '^(?!data$)(?:[a-z][a-z0-9]{0,39}|[a-z][a-z0-9]{0,34}-data)$' +
            '"',
          schema: '^(?!data$)(?:[a-z][a-z0-9]{0,39}|[a-z][a-z0-9]{0,34}-data)$',
          parentSchema: schema60,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    } else {
      const err13 = {
        instancePath: instancePath + '/volume',
        schemaPath: '#/$defs/VolumeKey/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema60.type,
        parentSchema: schema60,
        data: data4,
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    let data5 = data.management;
    if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
      if (data5.route === undefined) {
        data5.route = '/rabbitmq';
      }
      for (const key1 in data5) {
        if (!(key1 === 'route')) {
          const err14 = {
            instancePath: instancePath + '/management',
            schemaPath: '#/properties/management/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
            message: 'must NOT have additional properties',
            schema: false,
            parentSchema: schema68.properties.management,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
      let data6 = data5.route;
      if (typeof data6 === 'string') {
        if (func2(data6) > 200) {
          const err15 = {
            instancePath: instancePath + '/management/route',
            schemaPath: '#/$defs/RoutePath/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
            schema: 200,
            parentSchema: schema49,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (!pattern17.test(data6)) {
          const err16 = {
            instancePath: instancePath + '/management/route',
            schemaPath: '#/$defs/RoutePath/pattern',
            keyword: 'pattern',
            params: { pattern: '^/([A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*)?$' },
            message: 'must match pattern "' + '^/([A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*)?$' + '"',
            schema: '^/([A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*)?$',
            parentSchema: schema49,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/management/route',
          schemaPath: '#/$defs/RoutePath/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema49.type,
          parentSchema: schema49,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    } else {
      const err18 = {
        instancePath: instancePath + '/management',
        schemaPath: '#/properties/management/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
        schema: schema68.properties.management.type,
        parentSchema: schema68.properties.management,
        data: data5,
      };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
  } else {
    const err19 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema68.type,
      parentSchema: schema68,
      data,
    };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema73 = {
  title: 'Monitoring',
  description: 'Prometheus and Grafana (the `complete` topology).',
  type: 'object',
  additionalProperties: false,
  properties: { prometheus: { $ref: '#/$defs/Prometheus' }, grafana: { $ref: '#/$defs/Grafana' } },
};
const schema74 = {
  title: 'Prometheus',
  type: 'object',
  additionalProperties: false,
  properties: {
    image: {
      $ref: '#/$defs/Image',
      default: 'prom/prometheus:v2.53.2',
      description: 'Prometheus image.',
    },
    retention: {
      $ref: '#/$defs/Duration',
      default: '15d',
      description: 'How long samples are kept.',
    },
    scrapeInterval: {
      $ref: '#/$defs/Duration',
      default: '15s',
      description: 'How often targets are scraped.',
    },
    volume: {
      $ref: '#/$defs/VolumeKey',
      default: 'prometheus-data',
      description: 'Named volume of the time-series data.',
    },
    rules: {
      type: 'array',
      maxItems: 50,
      items: { $ref: '#/$defs/RepoPath' },
      description: 'Alerting and recording rule files in the repository.',
    },
  },
  description:
    'Prometheus, scraping Nginx, RabbitMQ, PostgreSQL and wharf; data in a named volume.',
};
function validate38(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate38.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.image === undefined) {
      data.image = 'prom/prometheus:v2.53.2';
    }
    if (data.retention === undefined) {
      data.retention = '15d';
    }
    if (data.scrapeInterval === undefined) {
      data.scrapeInterval = '15s';
    }
    if (data.volume === undefined) {
      data.volume = 'prometheus-data';
    }
    for (const key0 in data) {
      if (!(
        key0 === 'image' ||
        key0 === 'retention' ||
        key0 === 'scrapeInterval' ||
        key0 === 'volume' ||
        key0 === 'rules'
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema74,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    let data0 = data.image;
    if (typeof data0 === 'string') {
      if (func2(data0) > 255) {
        const err1 = {
          instancePath: instancePath + '/image',
          schemaPath: '#/$defs/Image/maxLength',
          keyword: 'maxLength',
          params: { limit: 255 },
          message: 'must NOT have more than 255 characters',
          schema: 255,
          parentSchema: schema47,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!pattern16.test(data0)) {
        const err2 = {
          instancePath: instancePath + '/image',
          schemaPath: '#/$defs/Image/pattern',
          keyword: 'pattern',
          params: {
            pattern:
              '^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$',
          },
          message:
            'must match pattern "' +
            '^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$' +
            '"',
          schema:
            '^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$',
          parentSchema: schema47,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    } else {
      const err3 = {
        instancePath: instancePath + '/image',
        schemaPath: '#/$defs/Image/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema47.type,
        parentSchema: schema47,
        data: data0,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    let data1 = data.retention;
    if (typeof data1 === 'string') {
      if (!pattern10.test(data1)) {
        const err4 = {
          instancePath: instancePath + '/retention',
          schemaPath: '#/$defs/Duration/pattern',
          keyword: 'pattern',
          params: { pattern: '^[0-9]{1,6}(ms|s|m|h|d)$' },
          message: 'must match pattern "' + '^[0-9]{1,6}(ms|s|m|h|d)$' + '"',
          schema: '^[0-9]{1,6}(ms|s|m|h|d)$',
          parentSchema: schema39,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    } else {
      const err5 = {
        instancePath: instancePath + '/retention',
        schemaPath: '#/$defs/Duration/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema39.type,
        parentSchema: schema39,
        data: data1,
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    let data2 = data.scrapeInterval;
    if (typeof data2 === 'string') {
      if (!pattern10.test(data2)) {
        const err6 = {
          instancePath: instancePath + '/scrapeInterval',
          schemaPath: '#/$defs/Duration/pattern',
          keyword: 'pattern',
          params: { pattern: '^[0-9]{1,6}(ms|s|m|h|d)$' },
          message: 'must match pattern "' + '^[0-9]{1,6}(ms|s|m|h|d)$' + '"',
          schema: '^[0-9]{1,6}(ms|s|m|h|d)$',
          parentSchema: schema39,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    } else {
      const err7 = {
        instancePath: instancePath + '/scrapeInterval',
        schemaPath: '#/$defs/Duration/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema39.type,
        parentSchema: schema39,
        data: data2,
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    let data3 = data.volume;
    if (typeof data3 === 'string') {
      if (!pattern30.test(data3)) {
        const err8 = {
          instancePath: instancePath + '/volume',
          schemaPath: '#/$defs/VolumeKey/pattern',
          keyword: 'pattern',
          params: { pattern: '^(?!data$)(?:[a-z][a-z0-9]{0,39}|[a-z][a-z0-9]{0,34}-data)$' },
          message:
            'must match pattern "' +
            '^(?!data$)(?:[a-z][a-z0-9]{0,39}|[a-z][a-z0-9]{0,34}-data)$' +
            '"',
          schema: '^(?!data$)(?:[a-z][a-z0-9]{0,39}|[a-z][a-z0-9]{0,34}-data)$',
          parentSchema: schema60,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    } else {
      const err9 = {
        instancePath: instancePath + '/volume',
        schemaPath: '#/$defs/VolumeKey/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema60.type,
        parentSchema: schema60,
        data: data3,
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.rules !== undefined) {
      let data4 = data.rules;
      if (Array.isArray(data4)) {
        if (data4.length > 50) {
          const err10 = {
            instancePath: instancePath + '/rules',
            schemaPath: '#/properties/rules/maxItems',
            keyword: 'maxItems',
            params: { limit: 50 },
            message: 'must NOT have more than 50 items',
            schema: 50,
            parentSchema: schema74.properties.rules,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 === 'string') {
            if (func2(data5) > 500) {
              const err11 = {
                instancePath: instancePath + '/rules/' + i0,
                schemaPath: '#/$defs/RepoPath/maxLength',
                keyword: 'maxLength',
                params: { limit: 500 },
                message: 'must NOT have more than 500 characters',
                schema: 500,
                parentSchema: schema43,
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (func2(data5) < 1) {
              const err12 = {
                instancePath: instancePath + '/rules/' + i0,
                schemaPath: '#/$defs/RepoPath/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema43,
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (!pattern13.test(data5)) {
              const err13 = {
                instancePath: instancePath + '/rules/' + i0,
                schemaPath: '#/$defs/RepoPath/pattern',
                keyword: 'pattern',
                params: { pattern: '^[^/\\\\\\u0000][^\\\\\\u0000]*$' },
                message: 'must match pattern "' + '^[^/\\\\\\u0000][^\\\\\\u0000]*$' + '"',
                schema: '^[^/\\\\\\u0000][^\\\\\\u0000]*$',
                parentSchema: schema43,
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = {
              instancePath: instancePath + '/rules/' + i0,
              schemaPath: '#/$defs/RepoPath/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema43.type,
              parentSchema: schema43,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/rules',
          schemaPath: '#/properties/rules/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema74.properties.rules.type,
          parentSchema: schema74.properties.rules,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema74.type,
      parentSchema: schema74,
      data,
    };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
validate38.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema80 = {
  title: 'Grafana',
  type: 'object',
  additionalProperties: false,
  required: ['adminPasswordSecret'],
  properties: {
    image: {
      $ref: '#/$defs/Image',
      default: 'grafana/grafana:11.2.0',
      description: 'Grafana image.',
    },
    route: {
      $ref: '#/$defs/RoutePath',
      default: '/grafana',
      description: 'Path the edge serves Grafana on.',
    },
    adminPasswordSecret: {
      $ref: '#/$defs/SecretName',
      description: 'Name of the secret that holds the Grafana admin password.',
    },
    volume: {
      $ref: '#/$defs/VolumeKey',
      default: 'grafana-data',
      description: "Named volume of Grafana's own database.",
    },
    dashboards: {
      type: 'array',
      maxItems: 100,
      items: { $ref: '#/$defs/RepoPath' },
      description: 'Dashboard JSON files in the repository, provisioned into Grafana.',
    },
  },
  description:
    'Grafana, routed through the edge and provisioned with the Prometheus data source and dashboards.',
};
function validate40(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate40.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.image === undefined) {
      data.image = 'grafana/grafana:11.2.0';
    }
    if (data.route === undefined) {
      data.route = '/grafana';
    }
    if (data.volume === undefined) {
      data.volume = 'grafana-data';
    }
    if (data.adminPasswordSecret === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'adminPasswordSecret' },
        message: "must have required property '" + 'adminPasswordSecret' + "'",
        schema: schema80.required,
        parentSchema: schema80,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'image' ||
        key0 === 'route' ||
        key0 === 'adminPasswordSecret' ||
        key0 === 'volume' ||
        key0 === 'dashboards'
      )) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema80,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let data0 = data.image;
    if (typeof data0 === 'string') {
      if (func2(data0) > 255) {
        const err2 = {
          instancePath: instancePath + '/image',
          schemaPath: '#/$defs/Image/maxLength',
          keyword: 'maxLength',
          params: { limit: 255 },
          message: 'must NOT have more than 255 characters',
          schema: 255,
          parentSchema: schema47,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!pattern16.test(data0)) {
        const err3 = {
          instancePath: instancePath + '/image',
          schemaPath: '#/$defs/Image/pattern',
          keyword: 'pattern',
          params: {
            pattern:
              '^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$',
          },
          message:
            'must match pattern "' +
            '^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$' +
            '"',
          schema:
            '^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$',
          parentSchema: schema47,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    } else {
      const err4 = {
        instancePath: instancePath + '/image',
        schemaPath: '#/$defs/Image/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema47.type,
        parentSchema: schema47,
        data: data0,
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    let data1 = data.route;
    if (typeof data1 === 'string') {
      if (func2(data1) > 200) {
        const err5 = {
          instancePath: instancePath + '/route',
          schemaPath: '#/$defs/RoutePath/maxLength',
          keyword: 'maxLength',
          params: { limit: 200 },
          message: 'must NOT have more than 200 characters',
          schema: 200,
          parentSchema: schema49,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!pattern17.test(data1)) {
        const err6 = {
          instancePath: instancePath + '/route',
          schemaPath: '#/$defs/RoutePath/pattern',
          keyword: 'pattern',
          params: { pattern: '^/([A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*)?$' },
          message: 'must match pattern "' + '^/([A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*)?$' + '"',
          schema: '^/([A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*)?$',
          parentSchema: schema49,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    } else {
      const err7 = {
        instancePath: instancePath + '/route',
        schemaPath: '#/$defs/RoutePath/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema49.type,
        parentSchema: schema49,
        data: data1,
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.adminPasswordSecret !== undefined) {
      let data2 = data.adminPasswordSecret;
      if (typeof data2 === 'string') {
        if (!pattern23.test(data2)) {
          const err8 = {
            instancePath: instancePath + '/adminPasswordSecret',
            schemaPath: '#/$defs/SecretName/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Z][A-Z0-9_]{0,63}$' },
            message: 'must match pattern "' + '^[A-Z][A-Z0-9_]{0,63}$' + '"',
            schema: '^[A-Z][A-Z0-9_]{0,63}$',
            parentSchema: schema54,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/adminPasswordSecret',
          schemaPath: '#/$defs/SecretName/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema54.type,
          parentSchema: schema54,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    let data3 = data.volume;
    if (typeof data3 === 'string') {
      if (!pattern30.test(data3)) {
        const err10 = {
          instancePath: instancePath + '/volume',
          schemaPath: '#/$defs/VolumeKey/pattern',
          keyword: 'pattern',
          params: { pattern: '^(?!data$)(?:[a-z][a-z0-9]{0,39}|[a-z][a-z0-9]{0,34}-data)$' },
          message:
            'must match pattern "' +
            '^(?!data$)(?:[a-z][a-z0-9]{0,39}|[a-z][a-z0-9]{0,34}-data)$' +
            '"',
          schema: '^(?!data$)(?:[a-z][a-z0-9]{0,39}|[a-z][a-z0-9]{0,34}-data)$',
          parentSchema: schema60,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    } else {
      const err11 = {
        instancePath: instancePath + '/volume',
        schemaPath: '#/$defs/VolumeKey/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema60.type,
        parentSchema: schema60,
        data: data3,
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.dashboards !== undefined) {
      let data4 = data.dashboards;
      if (Array.isArray(data4)) {
        if (data4.length > 100) {
          const err12 = {
            instancePath: instancePath + '/dashboards',
            schemaPath: '#/properties/dashboards/maxItems',
            keyword: 'maxItems',
            params: { limit: 100 },
            message: 'must NOT have more than 100 items',
            schema: 100,
            parentSchema: schema80.properties.dashboards,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 === 'string') {
            if (func2(data5) > 500) {
              const err13 = {
                instancePath: instancePath + '/dashboards/' + i0,
                schemaPath: '#/$defs/RepoPath/maxLength',
                keyword: 'maxLength',
                params: { limit: 500 },
                message: 'must NOT have more than 500 characters',
                schema: 500,
                parentSchema: schema43,
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (func2(data5) < 1) {
              const err14 = {
                instancePath: instancePath + '/dashboards/' + i0,
                schemaPath: '#/$defs/RepoPath/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema43,
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (!pattern13.test(data5)) {
              const err15 = {
                instancePath: instancePath + '/dashboards/' + i0,
                schemaPath: '#/$defs/RepoPath/pattern',
                keyword: 'pattern',
                params: { pattern: '^[^/\\\\\\u0000][^\\\\\\u0000]*$' },
                message: 'must match pattern "' + '^[^/\\\\\\u0000][^\\\\\\u0000]*$' + '"',
                schema: '^[^/\\\\\\u0000][^\\\\\\u0000]*$',
                parentSchema: schema43,
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = {
              instancePath: instancePath + '/dashboards/' + i0,
              schemaPath: '#/$defs/RepoPath/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema43.type,
              parentSchema: schema43,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/dashboards',
          schemaPath: '#/properties/dashboards/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema80.properties.dashboards.type,
          parentSchema: schema80.properties.dashboards,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema80.type,
      parentSchema: schema80,
      data,
    };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
validate40.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate37(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate37.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === 'prometheus' || key0 === 'grafana')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema73,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.prometheus !== undefined) {
      if (
        !validate38(data.prometheus, {
          instancePath: instancePath + '/prometheus',
          parentData: data,
          parentDataProperty: 'prometheus',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.grafana !== undefined) {
      if (
        !validate40(data.grafana, {
          instancePath: instancePath + '/grafana',
          parentData: data,
          parentDataProperty: 'grafana',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema73.type,
      parentSchema: schema73,
      data,
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
validate37.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema88 = {
  title: 'SecretSource',
  description: "Where a secret's value comes from.",
  type: 'object',
  additionalProperties: false,
  required: ['source'],
  properties: {
    source: {
      enum: ['store', 'file'],
      description:
        '`store`: a file under the state directory (`secrets/<environment>/<NAME>`), written by the operator. `file`: an age-encrypted file in this repository, decrypted at apply time.',
    },
    path: {
      $ref: '#/$defs/RepoPath',
      description: 'With `source: file`: the encrypted file, relative to the repository root.',
    },
  },
  if: { properties: { source: { const: 'file' } } },
  then: { required: ['path'] },
};
function validate43(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate43.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.source !== undefined) {
      if ('file' !== data.source) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.path === undefined) {
        const err1 = {
          instancePath,
          schemaPath: '#/then/required',
          keyword: 'required',
          params: { missingProperty: 'path' },
          message: "must have required property '" + 'path' + "'",
          schema: schema88.then.required,
          parentSchema: schema88.then,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err2 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
      schema: schema88.if,
      parentSchema: schema88,
      data,
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.source === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'source' },
        message: "must have required property '" + 'source' + "'",
        schema: schema88.required,
        parentSchema: schema88,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'source' || key0 === 'path')) {
        const err4 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema88,
          data,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.source !== undefined) {
      let data1 = data.source;
      if (!(data1 === 'store' || data1 === 'file')) {
        const err5 = {
          instancePath: instancePath + '/source',
          schemaPath: '#/properties/source/enum',
          keyword: 'enum',
          params: { allowedValues: schema88.properties.source.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema88.properties.source.enum,
          parentSchema: schema88.properties.source,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.path !== undefined) {
      let data2 = data.path;
      if (typeof data2 === 'string') {
        if (func2(data2) > 500) {
          const err6 = {
            instancePath: instancePath + '/path',
            schemaPath: '#/$defs/RepoPath/maxLength',
            keyword: 'maxLength',
            params: { limit: 500 },
            message: 'must NOT have more than 500 characters',
            schema: 500,
            parentSchema: schema43,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func2(data2) < 1) {
          const err7 = {
            instancePath: instancePath + '/path',
            schemaPath: '#/$defs/RepoPath/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema43,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern13.test(data2)) {
          const err8 = {
            instancePath: instancePath + '/path',
            schemaPath: '#/$defs/RepoPath/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^/\\\\\\u0000][^\\\\\\u0000]*$' },
            message: 'must match pattern "' + '^[^/\\\\\\u0000][^\\\\\\u0000]*$' + '"',
            schema: '^[^/\\\\\\u0000][^\\\\\\u0000]*$',
            parentSchema: schema43,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/path',
          schemaPath: '#/$defs/RepoPath/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema43.type,
          parentSchema: schema43,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema88.type,
      parentSchema: schema88,
      data,
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
validate43.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema91 = {
  title: 'Job',
  description: "A command run to completion in an app service's image.",
  type: 'object',
  additionalProperties: false,
  required: ['service', 'command'],
  properties: {
    service: {
      $ref: '#/$defs/ServiceName',
      description:
        "The app service (a key of `services`) whose image of the revision being deployed, env and secrets the job runs with, on the environment's network.",
    },
    command: {
      type: 'array',
      minItems: 1,
      maxItems: 100,
      items: { type: 'string', maxLength: 4000 },
      description: "The command, replacing the image's; exit 0 is success.",
    },
    phase: {
      enum: ['before-cutover', 'after-cutover', 'on-failure'],
      description:
        "When a deploy runs it. `before-cutover`: once the new version's containers have started, before its health gate and before traffic moves to it (migrations: the new version may need them to be healthy at all); a failure stops the deploy and the old version keeps serving. `after-cutover`: once traffic has moved, before verification; a failure switches traffic back. `on-failure`: after a deploy failed or was rolled back; its own failure changes nothing. A job has either `phase` or `schedule`, not both.",
    },
    schedule: {
      type: 'string',
      maxLength: 100,
      pattern: '^(@(hourly|daily|weekly|monthly|yearly)|(\\S+\\s+){4,5}\\S+)$',
      'x-hint':
        'write a cron expression of five fields such as `*/15 * * * *`, six with seconds first such as `*/5 * * * * *`, or `@hourly`/`@daily`/`@weekly`/`@monthly`/`@yearly`',
      description:
        'Run the job on this cron schedule (host time) instead of with deploys: five fields, or six with seconds first. One wharf process of the host or cluster runs each tick once, in the live colour at the applied revision; a tick that comes while the previous run still goes, or while no wharf runs, is missed and reported, never run later. A job has either `phase` or `schedule`, not both.',
    },
    timeout: {
      $ref: '#/$defs/Duration',
      default: '10m',
      description: 'How long the job may run; then it is stopped and counts as failed.',
    },
    maintenance: {
      type: 'boolean',
      default: false,
      description:
        "Put the environment's maintenance page up before this job runs (see `maintenance`); it comes down when the deploy ends, whatever its outcome. For jobs with a `phase` only: a scheduled job runs outside deploys.",
    },
  },
};
const pattern55 = new RegExp('^(@(hourly|daily|weekly|monthly|yearly)|(\\S+\\s+){4,5}\\S+)$', 'u');
function validate45(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate45.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.timeout === undefined) {
      data.timeout = '10m';
    }
    if (data.maintenance === undefined) {
      data.maintenance = false;
    }
    if (data.service === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'service' },
        message: "must have required property '" + 'service' + "'",
        schema: schema91.required,
        parentSchema: schema91,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.command === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'command' },
        message: "must have required property '" + 'command' + "'",
        schema: schema91.required,
        parentSchema: schema91,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'service' ||
        key0 === 'command' ||
        key0 === 'phase' ||
        key0 === 'schedule' ||
        key0 === 'timeout' ||
        key0 === 'maintenance'
      )) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema91,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.service !== undefined) {
      let data0 = data.service;
      if (typeof data0 === 'string') {
        if (!pattern15.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/service',
            schemaPath: '#/$defs/ServiceName/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(?!wharf(?:-|$))(?!(?:.*-)?(?:blue|green|infra)(?:-|$))(?:[a-z][a-z0-9-]{0,38}[a-z0-9]|[a-z])$',
            },
            message:
              'must match pattern "' +
              '^(?!wharf(?:-|$))(?!(?:.*-)?(?:blue|green|infra)(?:-|$))(?:[a-z][a-z0-9-]{0,38}[a-z0-9]|[a-z])$' +
              '"',
            schema:
              '^(?!wharf(?:-|$))(?!(?:.*-)?(?:blue|green|infra)(?:-|$))(?:[a-z][a-z0-9-]{0,38}[a-z0-9]|[a-z])$',
            parentSchema: schema45,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/service',
          schemaPath: '#/$defs/ServiceName/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema45.type,
          parentSchema: schema45,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.command !== undefined) {
      let data1 = data.command;
      if (Array.isArray(data1)) {
        if (data1.length > 100) {
          const err5 = {
            instancePath: instancePath + '/command',
            schemaPath: '#/properties/command/maxItems',
            keyword: 'maxItems',
            params: { limit: 100 },
            message: 'must NOT have more than 100 items',
            schema: 100,
            parentSchema: schema91.properties.command,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1.length < 1) {
          const err6 = {
            instancePath: instancePath + '/command',
            schemaPath: '#/properties/command/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema91.properties.command,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === 'string') {
            if (func2(data2) > 4000) {
              const err7 = {
                instancePath: instancePath + '/command/' + i0,
                schemaPath: '#/properties/command/items/maxLength',
                keyword: 'maxLength',
                params: { limit: 4000 },
                message: 'must NOT have more than 4000 characters',
                schema: 4000,
                parentSchema: schema91.properties.command.items,
                data: data2,
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = {
              instancePath: instancePath + '/command/' + i0,
              schemaPath: '#/properties/command/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema91.properties.command.items.type,
              parentSchema: schema91.properties.command.items,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/command',
          schemaPath: '#/properties/command/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema91.properties.command.type,
          parentSchema: schema91.properties.command,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.phase !== undefined) {
      let data3 = data.phase;
      if (!(data3 === 'before-cutover' || data3 === 'after-cutover' || data3 === 'on-failure')) {
        const err10 = {
          instancePath: instancePath + '/phase',
          schemaPath: '#/properties/phase/enum',
          keyword: 'enum',
          params: { allowedValues: schema91.properties.phase.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema91.properties.phase.enum,
          parentSchema: schema91.properties.phase,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.schedule !== undefined) {
      let data4 = data.schedule;
      if (typeof data4 === 'string') {
        if (func2(data4) > 100) {
          const err11 = {
            instancePath: instancePath + '/schedule',
            schemaPath: '#/properties/schedule/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
            schema: 100,
            parentSchema: schema91.properties.schedule,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!pattern55.test(data4)) {
          const err12 = {
            instancePath: instancePath + '/schedule',
            schemaPath: '#/properties/schedule/pattern',
            keyword: 'pattern',
            params: { pattern: '^(@(hourly|daily|weekly|monthly|yearly)|(\\S+\\s+){4,5}\\S+)$' },
            message:
              'must match pattern "' +
              '^(@(hourly|daily|weekly|monthly|yearly)|(\\S+\\s+){4,5}\\S+)$' +
              '"',
            schema: '^(@(hourly|daily|weekly|monthly|yearly)|(\\S+\\s+){4,5}\\S+)$',
            parentSchema: schema91.properties.schedule,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = {
          instancePath: instancePath + '/schedule',
          schemaPath: '#/properties/schedule/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema91.properties.schedule.type,
          parentSchema: schema91.properties.schedule,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    let data5 = data.timeout;
    if (typeof data5 === 'string') {
      if (!pattern10.test(data5)) {
        const err14 = {
          instancePath: instancePath + '/timeout',
          schemaPath: '#/$defs/Duration/pattern',
          keyword: 'pattern',
          params: { pattern: '^[0-9]{1,6}(ms|s|m|h|d)$' },
          message: 'must match pattern "' + '^[0-9]{1,6}(ms|s|m|h|d)$' + '"',
          schema: '^[0-9]{1,6}(ms|s|m|h|d)$',
          parentSchema: schema39,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    } else {
      const err15 = {
        instancePath: instancePath + '/timeout',
        schemaPath: '#/$defs/Duration/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema39.type,
        parentSchema: schema39,
        data: data5,
      };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    let data6 = data.maintenance;
    if (typeof data6 !== 'boolean') {
      const err16 = {
        instancePath: instancePath + '/maintenance',
        schemaPath: '#/properties/maintenance/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
        schema: schema91.properties.maintenance.type,
        parentSchema: schema91.properties.maintenance,
        data: data6,
      };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
  } else {
    const err17 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema91.type,
      parentSchema: schema91,
      data,
    };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
validate45.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate20(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://wharf.dev/schemas/environment.schema.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.runtime === undefined) {
      data.runtime = 'compose';
    }
    if (data.tls === undefined) {
      data.tls = { mode: 'none' };
    }
    if (data.deploy === undefined) {
      data.deploy = {};
    }
    if (data.maintenance === undefined) {
      data.maintenance = {};
    }
    if (data.apiVersion === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'apiVersion' },
        message: "must have required property '" + 'apiVersion' + "'",
        schema: schema31.required,
        parentSchema: schema31,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
        schema: schema31.required,
        parentSchema: schema31,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
        schema: schema31.required,
        parentSchema: schema31,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.topology === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'topology' },
        message: "must have required property '" + 'topology' + "'",
        schema: schema31.required,
        parentSchema: schema31,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.host === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'host' },
        message: "must have required property '" + 'host' + "'",
        schema: schema31.required,
        parentSchema: schema31,
        data,
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.services === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'services' },
        message: "must have required property '" + 'services' + "'",
        schema: schema31.required,
        parentSchema: schema31,
        data,
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err6 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema31,
          data,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.$schema !== undefined) {
      let data0 = data.$schema;
      if (typeof data0 !== 'string') {
        const err7 = {
          instancePath: instancePath + '/$schema',
          schemaPath: '#/properties/%24schema/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema31.properties.$schema.type,
          parentSchema: schema31.properties.$schema,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.apiVersion !== undefined) {
      let data1 = data.apiVersion;
      if ('wharf/v1' !== data1) {
        const err8 = {
          instancePath: instancePath + '/apiVersion',
          schemaPath: '#/properties/apiVersion/const',
          keyword: 'const',
          params: { allowedValue: 'wharf/v1' },
          message: 'must be equal to constant',
          schema: 'wharf/v1',
          parentSchema: schema31.properties.apiVersion,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.kind !== undefined) {
      let data2 = data.kind;
      if ('Environment' !== data2) {
        const err9 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/const',
          keyword: 'const',
          params: { allowedValue: 'Environment' },
          message: 'must be equal to constant',
          schema: 'Environment',
          parentSchema: schema31.properties.kind,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      let data3 = data.name;
      if (typeof data3 === 'string') {
        if (!pattern4.test(data3)) {
          const err10 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/EnvironmentName/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(?!edge$)(?!(?:.*-)?(?:blue|green|infra)(?:-|$))(?:[a-z][a-z0-9-]{0,38}[a-z0-9]|[a-z])$',
            },
            message:
              'must match pattern "' +
              '^(?!edge$)(?!(?:.*-)?(?:blue|green|infra)(?:-|$))(?:[a-z][a-z0-9-]{0,38}[a-z0-9]|[a-z])$' +
              '"',
            schema:
              '^(?!edge$)(?!(?:.*-)?(?:blue|green|infra)(?:-|$))(?:[a-z][a-z0-9-]{0,38}[a-z0-9]|[a-z])$',
            parentSchema: schema32,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/$defs/EnvironmentName/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema32.type,
          parentSchema: schema32,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.topology !== undefined) {
      let data4 = data.topology;
      if (!(data4 === 'minimal' || data4 === 'hybrid' || data4 === 'complete')) {
        const err12 = {
          instancePath: instancePath + '/topology',
          schemaPath: '#/properties/topology/enum',
          keyword: 'enum',
          params: { allowedValues: schema31.properties.topology.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema31.properties.topology.enum,
          parentSchema: schema31.properties.topology,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.host !== undefined) {
      let data5 = data.host;
      if (typeof data5 === 'string') {
        if (func2(data5) > 253) {
          const err13 = {
            instancePath: instancePath + '/host',
            schemaPath: '#/$defs/Hostname/maxLength',
            keyword: 'maxLength',
            params: { limit: 253 },
            message: 'must NOT have more than 253 characters',
            schema: 253,
            parentSchema: schema33,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern5.test(data5)) {
          const err14 = {
            instancePath: instancePath + '/host',
            schemaPath: '#/$defs/Hostname/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$',
            },
            message:
              'must match pattern "' +
              '^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$' +
              '"',
            schema:
              '^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$',
            parentSchema: schema33,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/host',
          schemaPath: '#/$defs/Hostname/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
          parentSchema: schema33,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.aliases !== undefined) {
      let data6 = data.aliases;
      if (Array.isArray(data6)) {
        if (data6.length > 20) {
          const err16 = {
            instancePath: instancePath + '/aliases',
            schemaPath: '#/properties/aliases/maxItems',
            keyword: 'maxItems',
            params: { limit: 20 },
            message: 'must NOT have more than 20 items',
            schema: 20,
            parentSchema: schema31.properties.aliases,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (typeof data7 === 'string') {
            if (func2(data7) > 253) {
              const err17 = {
                instancePath: instancePath + '/aliases/' + i0,
                schemaPath: '#/$defs/Hostname/maxLength',
                keyword: 'maxLength',
                params: { limit: 253 },
                message: 'must NOT have more than 253 characters',
                schema: 253,
                parentSchema: schema33,
                data: data7,
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (!pattern5.test(data7)) {
              const err18 = {
                instancePath: instancePath + '/aliases/' + i0,
                schemaPath: '#/$defs/Hostname/pattern',
                keyword: 'pattern',
                params: {
                  pattern:
                    '^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$',
                },
                message:
                  'must match pattern "' +
                  '^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$' +
                  '"',
                schema:
                  '^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$',
                parentSchema: schema33,
                data: data7,
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = {
              instancePath: instancePath + '/aliases/' + i0,
              schemaPath: '#/$defs/Hostname/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema33.type,
              parentSchema: schema33,
              data: data7,
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        let i1 = data6.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data6[i1], data6[j0])) {
                const err20 = {
                  instancePath: instancePath + '/aliases',
                  schemaPath: '#/properties/aliases/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i1, j: j0 },
                  message:
                    'must NOT have duplicate items (items ## ' +
                    j0 +
                    ' and ' +
                    i1 +
                    ' are identical)',
                  schema: true,
                  parentSchema: schema31.properties.aliases,
                  data: data6,
                };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err21 = {
          instancePath: instancePath + '/aliases',
          schemaPath: '#/properties/aliases/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema31.properties.aliases.type,
          parentSchema: schema31.properties.aliases,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.node !== undefined) {
      let data8 = data.node;
      if (typeof data8 === 'string') {
        if (!pattern7.test(data8)) {
          const err22 = {
            instancePath: instancePath + '/node',
            schemaPath: '#/$defs/Name/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z][a-z0-9-]{0,38}[a-z0-9]$|^[a-z]$' },
            message: 'must match pattern "' + '^[a-z][a-z0-9-]{0,38}[a-z0-9]$|^[a-z]$' + '"',
            schema: '^[a-z][a-z0-9-]{0,38}[a-z0-9]$|^[a-z]$',
            parentSchema: schema35,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = {
          instancePath: instancePath + '/node',
          schemaPath: '#/$defs/Name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema35.type,
          parentSchema: schema35,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    let data9 = data.runtime;
    if (!(data9 === 'compose' || data9 === 'swarm')) {
      const err24 = {
        instancePath: instancePath + '/runtime',
        schemaPath: '#/properties/runtime/enum',
        keyword: 'enum',
        params: { allowedValues: schema31.properties.runtime.enum },
        message: 'must be equal to one of the allowed values',
        schema: schema31.properties.runtime.enum,
        parentSchema: schema31.properties.runtime,
        data: data9,
      };
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    }
    let data10 = data.tls;
    if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
      if (data10.redirectHttp === undefined) {
        data10.redirectHttp = true;
      }
      if (data10.mode === undefined) {
        const err25 = {
          instancePath: instancePath + '/tls',
          schemaPath: '#/$defs/Tls/required',
          keyword: 'required',
          params: { missingProperty: 'mode' },
          message: "must have required property '" + 'mode' + "'",
          schema: schema36.required,
          parentSchema: schema36,
          data: data10,
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      for (const key1 in data10) {
        if (!(
          key1 === 'mode' ||
          key1 === 'email' ||
          key1 === 'acmeDirectory' ||
          key1 === 'redirectHttp'
        )) {
          const err26 = {
            instancePath: instancePath + '/tls',
            schemaPath: '#/$defs/Tls/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
            message: 'must NOT have additional properties',
            schema: false,
            parentSchema: schema36,
            data: data10,
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      }
      if (data10.mode !== undefined) {
        let data11 = data10.mode;
        if (!(data11 === 'letsencrypt' || data11 === 'self-signed' || data11 === 'none')) {
          const err27 = {
            instancePath: instancePath + '/tls/mode',
            schemaPath: '#/$defs/Tls/properties/mode/enum',
            keyword: 'enum',
            params: { allowedValues: schema36.properties.mode.enum },
            message: 'must be equal to one of the allowed values',
            schema: schema36.properties.mode.enum,
            parentSchema: schema36.properties.mode,
            data: data11,
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
      if (data10.email !== undefined) {
        let data12 = data10.email;
        if (typeof data12 === 'string') {
          if (func2(data12) > 254) {
            const err28 = {
              instancePath: instancePath + '/tls/email',
              schemaPath: '#/$defs/Tls/properties/email/maxLength',
              keyword: 'maxLength',
              params: { limit: 254 },
              message: 'must NOT have more than 254 characters',
              schema: 254,
              parentSchema: schema36.properties.email,
              data: data12,
            };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          if (!pattern8.test(data12)) {
            const err29 = {
              instancePath: instancePath + '/tls/email',
              schemaPath: '#/$defs/Tls/properties/email/pattern',
              keyword: 'pattern',
              params: { pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' },
              message: 'must match pattern "' + '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' + '"',
              schema: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
              parentSchema: schema36.properties.email,
              data: data12,
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        } else {
          const err30 = {
            instancePath: instancePath + '/tls/email',
            schemaPath: '#/$defs/Tls/properties/email/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
            schema: schema36.properties.email.type,
            parentSchema: schema36.properties.email,
            data: data12,
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
      if (data10.acmeDirectory !== undefined) {
        let data13 = data10.acmeDirectory;
        if (typeof data13 === 'string') {
          if (!pattern9.test(data13)) {
            const err31 = {
              instancePath: instancePath + '/tls/acmeDirectory',
              schemaPath: '#/$defs/Tls/properties/acmeDirectory/pattern',
              keyword: 'pattern',
              params: { pattern: '^https://' },
              message: 'must match pattern "' + '^https://' + '"',
              schema: '^https://',
              parentSchema: schema36.properties.acmeDirectory,
              data: data13,
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        } else {
          const err32 = {
            instancePath: instancePath + '/tls/acmeDirectory',
            schemaPath: '#/$defs/Tls/properties/acmeDirectory/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
            schema: schema36.properties.acmeDirectory.type,
            parentSchema: schema36.properties.acmeDirectory,
            data: data13,
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      }
      let data14 = data10.redirectHttp;
      if (typeof data14 !== 'boolean') {
        const err33 = {
          instancePath: instancePath + '/tls/redirectHttp',
          schemaPath: '#/$defs/Tls/properties/redirectHttp/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
          schema: schema36.properties.redirectHttp.type,
          parentSchema: schema36.properties.redirectHttp,
          data: data14,
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    } else {
      const err34 = {
        instancePath: instancePath + '/tls',
        schemaPath: '#/$defs/Tls/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
        schema: schema36.type,
        parentSchema: schema36,
        data: data10,
      };
      if (vErrors === null) {
        vErrors = [err34];
      } else {
        vErrors.push(err34);
      }
      errors++;
    }
    if (
      !validate21(data.deploy, {
        instancePath: instancePath + '/deploy',
        parentData: data,
        parentDataProperty: 'deploy',
        rootData,
        dynamicAnchors,
      })
    ) {
      vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
      errors = vErrors.length;
    }
    if (
      !validate23(data.maintenance, {
        instancePath: instancePath + '/maintenance',
        parentData: data,
        parentDataProperty: 'maintenance',
        rootData,
        dynamicAnchors,
      })
    ) {
      vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
      errors = vErrors.length;
    }
    if (data.services !== undefined) {
      let data17 = data.services;
      if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
        if (Object.keys(data17).length > 50) {
          const err35 = {
            instancePath: instancePath + '/services',
            schemaPath: '#/properties/services/maxProperties',
            keyword: 'maxProperties',
            params: { limit: 50 },
            message: 'must NOT have more than 50 properties',
            schema: 50,
            parentSchema: schema31.properties.services,
            data: data17,
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (Object.keys(data17).length < 1) {
          const err36 = {
            instancePath: instancePath + '/services',
            schemaPath: '#/properties/services/minProperties',
            keyword: 'minProperties',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 properties',
            schema: 1,
            parentSchema: schema31.properties.services,
            data: data17,
          };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        for (const key2 in data17) {
          const _errs43 = errors;
          if (typeof key2 === 'string') {
            if (!pattern15.test(key2)) {
              const err37 = {
                instancePath: instancePath + '/services',
                schemaPath: '#/$defs/ServiceName/pattern',
                keyword: 'pattern',
                params: {
                  pattern:
                    '^(?!wharf(?:-|$))(?!(?:.*-)?(?:blue|green|infra)(?:-|$))(?:[a-z][a-z0-9-]{0,38}[a-z0-9]|[a-z])$',
                },
                message:
                  'must match pattern "' +
                  '^(?!wharf(?:-|$))(?!(?:.*-)?(?:blue|green|infra)(?:-|$))(?:[a-z][a-z0-9-]{0,38}[a-z0-9]|[a-z])$' +
                  '"',
                schema:
                  '^(?!wharf(?:-|$))(?!(?:.*-)?(?:blue|green|infra)(?:-|$))(?:[a-z][a-z0-9-]{0,38}[a-z0-9]|[a-z])$',
                parentSchema: schema45,
                data: key2,
                propertyName: key2,
              };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          } else {
            const err38 = {
              instancePath: instancePath + '/services',
              schemaPath: '#/$defs/ServiceName/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema45.type,
              parentSchema: schema45,
              data: key2,
              propertyName: key2,
            };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          var valid10 = _errs43 === errors;
          if (!valid10) {
            const err39 = {
              instancePath: instancePath + '/services',
              schemaPath: '#/properties/services/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key2 },
              message: 'property name must be valid',
              schema: schema31.properties.services.propertyNames,
              parentSchema: schema31.properties.services,
              data: data17,
            };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        for (const key3 in data17) {
          if (
            !validate25(data17[key3], {
              instancePath:
                instancePath + '/services/' + key3.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data17,
              parentDataProperty: key3,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err40 = {
          instancePath: instancePath + '/services',
          schemaPath: '#/properties/services/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.services.type,
          parentSchema: schema31.properties.services,
          data: data17,
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.postgres !== undefined) {
      if (
        !validate29(data.postgres, {
          instancePath: instancePath + '/postgres',
          parentData: data,
          parentDataProperty: 'postgres',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.rabbitmq !== undefined) {
      if (
        !validate35(data.rabbitmq, {
          instancePath: instancePath + '/rabbitmq',
          parentData: data,
          parentDataProperty: 'rabbitmq',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.monitoring !== undefined) {
      if (
        !validate37(data.monitoring, {
          instancePath: instancePath + '/monitoring',
          parentData: data,
          parentDataProperty: 'monitoring',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
    if (data.backups !== undefined) {
      let data22 = data.backups;
      if (data22 && typeof data22 == 'object' && !Array.isArray(data22)) {
        if (data22.keep === undefined) {
          data22.keep = 7;
        }
        if (data22.include === undefined) {
          data22.include = ['postgres', 'rabbitmq', 'config'];
        }
        if (data22.schedule === undefined) {
          const err41 = {
            instancePath: instancePath + '/backups',
            schemaPath: '#/$defs/Backups/required',
            keyword: 'required',
            params: { missingProperty: 'schedule' },
            message: "must have required property '" + 'schedule' + "'",
            schema: schema86.required,
            parentSchema: schema86,
            data: data22,
          };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        for (const key4 in data22) {
          if (!(key4 === 'schedule' || key4 === 'keep' || key4 === 'include')) {
            const err42 = {
              instancePath: instancePath + '/backups',
              schemaPath: '#/$defs/Backups/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key4 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema86,
              data: data22,
            };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data22.schedule !== undefined) {
          let data23 = data22.schedule;
          if (typeof data23 === 'string') {
            if (func2(data23) > 100) {
              const err43 = {
                instancePath: instancePath + '/backups/schedule',
                schemaPath: '#/$defs/Backups/properties/schedule/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
                message: 'must NOT have more than 100 characters',
                schema: 100,
                parentSchema: schema86.properties.schedule,
                data: data23,
              };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (!pattern50.test(data23)) {
              const err44 = {
                instancePath: instancePath + '/backups/schedule',
                schemaPath: '#/$defs/Backups/properties/schedule/pattern',
                keyword: 'pattern',
                params: { pattern: '^(@(hourly|daily|weekly|monthly))|((\\S+\\s+){4}\\S+)$' },
                message:
                  'must match pattern "' +
                  '^(@(hourly|daily|weekly|monthly))|((\\S+\\s+){4}\\S+)$' +
                  '"',
                schema: '^(@(hourly|daily|weekly|monthly))|((\\S+\\s+){4}\\S+)$',
                parentSchema: schema86.properties.schedule,
                data: data23,
              };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = {
              instancePath: instancePath + '/backups/schedule',
              schemaPath: '#/$defs/Backups/properties/schedule/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema86.properties.schedule.type,
              parentSchema: schema86.properties.schedule,
              data: data23,
            };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        let data24 = data22.keep;
        if (!(typeof data24 == 'number' && !(data24 % 1) && !isNaN(data24) && isFinite(data24))) {
          const err46 = {
            instancePath: instancePath + '/backups/keep',
            schemaPath: '#/$defs/Backups/properties/keep/type',
            keyword: 'type',
            params: { type: 'integer' },
            message: 'must be integer',
            schema: schema86.properties.keep.type,
            parentSchema: schema86.properties.keep,
            data: data24,
          };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        if (typeof data24 == 'number' && isFinite(data24)) {
          if (data24 > 1000 || isNaN(data24)) {
            const err47 = {
              instancePath: instancePath + '/backups/keep',
              schemaPath: '#/$defs/Backups/properties/keep/maximum',
              keyword: 'maximum',
              params: { comparison: '<=', limit: 1000 },
              message: 'must be <= 1000',
              schema: 1000,
              parentSchema: schema86.properties.keep,
              data: data24,
            };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          if (data24 < 1 || isNaN(data24)) {
            const err48 = {
              instancePath: instancePath + '/backups/keep',
              schemaPath: '#/$defs/Backups/properties/keep/minimum',
              keyword: 'minimum',
              params: { comparison: '>=', limit: 1 },
              message: 'must be >= 1',
              schema: 1,
              parentSchema: schema86.properties.keep,
              data: data24,
            };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        let data25 = data22.include;
        if (Array.isArray(data25)) {
          const len1 = data25.length;
          for (let i2 = 0; i2 < len1; i2++) {
            let data26 = data25[i2];
            if (!(data26 === 'postgres' || data26 === 'rabbitmq' || data26 === 'config')) {
              const err49 = {
                instancePath: instancePath + '/backups/include/' + i2,
                schemaPath: '#/$defs/Backups/properties/include/items/enum',
                keyword: 'enum',
                params: { allowedValues: schema86.properties.include.items.enum },
                message: 'must be equal to one of the allowed values',
                schema: schema86.properties.include.items.enum,
                parentSchema: schema86.properties.include.items,
                data: data26,
              };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          }
          let i3 = data25.length;
          let j1;
          if (i3 > 1) {
            outer1: for (; i3--;) {
              for (j1 = i3; j1--;) {
                if (func0(data25[i3], data25[j1])) {
                  const err50 = {
                    instancePath: instancePath + '/backups/include',
                    schemaPath: '#/$defs/Backups/properties/include/uniqueItems',
                    keyword: 'uniqueItems',
                    params: { i: i3, j: j1 },
                    message:
                      'must NOT have duplicate items (items ## ' +
                      j1 +
                      ' and ' +
                      i3 +
                      ' are identical)',
                    schema: true,
                    parentSchema: schema86.properties.include,
                    data: data25,
                  };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                  break outer1;
                }
              }
            }
          }
        } else {
          const err51 = {
            instancePath: instancePath + '/backups/include',
            schemaPath: '#/$defs/Backups/properties/include/type',
            keyword: 'type',
            params: { type: 'array' },
            message: 'must be array',
            schema: schema86.properties.include.type,
            parentSchema: schema86.properties.include,
            data: data25,
          };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
      } else {
        const err52 = {
          instancePath: instancePath + '/backups',
          schemaPath: '#/$defs/Backups/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema86.type,
          parentSchema: schema86,
          data: data22,
        };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.secrets !== undefined) {
      let data27 = data.secrets;
      if (data27 && typeof data27 == 'object' && !Array.isArray(data27)) {
        if (Object.keys(data27).length > 100) {
          const err53 = {
            instancePath: instancePath + '/secrets',
            schemaPath: '#/properties/secrets/maxProperties',
            keyword: 'maxProperties',
            params: { limit: 100 },
            message: 'must NOT have more than 100 properties',
            schema: 100,
            parentSchema: schema31.properties.secrets,
            data: data27,
          };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        for (const key5 in data27) {
          const _errs66 = errors;
          if (typeof key5 === 'string') {
            if (!pattern23.test(key5)) {
              const err54 = {
                instancePath: instancePath + '/secrets',
                schemaPath: '#/$defs/SecretName/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Z][A-Z0-9_]{0,63}$' },
                message: 'must match pattern "' + '^[A-Z][A-Z0-9_]{0,63}$' + '"',
                schema: '^[A-Z][A-Z0-9_]{0,63}$',
                parentSchema: schema54,
                data: key5,
                propertyName: key5,
              };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          } else {
            const err55 = {
              instancePath: instancePath + '/secrets',
              schemaPath: '#/$defs/SecretName/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema54.type,
              parentSchema: schema54,
              data: key5,
              propertyName: key5,
            };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
          var valid18 = _errs66 === errors;
          if (!valid18) {
            const err56 = {
              instancePath: instancePath + '/secrets',
              schemaPath: '#/properties/secrets/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key5 },
              message: 'property name must be valid',
              schema: schema31.properties.secrets.propertyNames,
              parentSchema: schema31.properties.secrets,
              data: data27,
            };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        for (const key6 in data27) {
          if (
            !validate43(data27[key6], {
              instancePath:
                instancePath + '/secrets/' + key6.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data27,
              parentDataProperty: key6,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err57 = {
          instancePath: instancePath + '/secrets',
          schemaPath: '#/properties/secrets/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.secrets.type,
          parentSchema: schema31.properties.secrets,
          data: data27,
        };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.jobs !== undefined) {
      let data29 = data.jobs;
      if (data29 && typeof data29 == 'object' && !Array.isArray(data29)) {
        if (Object.keys(data29).length > 20) {
          const err58 = {
            instancePath: instancePath + '/jobs',
            schemaPath: '#/properties/jobs/maxProperties',
            keyword: 'maxProperties',
            params: { limit: 20 },
            message: 'must NOT have more than 20 properties',
            schema: 20,
            parentSchema: schema31.properties.jobs,
            data: data29,
          };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
        for (const key7 in data29) {
          const _errs74 = errors;
          if (typeof key7 === 'string') {
            if (!pattern15.test(key7)) {
              const err59 = {
                instancePath: instancePath + '/jobs',
                schemaPath: '#/$defs/ServiceName/pattern',
                keyword: 'pattern',
                params: {
                  pattern:
                    '^(?!wharf(?:-|$))(?!(?:.*-)?(?:blue|green|infra)(?:-|$))(?:[a-z][a-z0-9-]{0,38}[a-z0-9]|[a-z])$',
                },
                message:
                  'must match pattern "' +
                  '^(?!wharf(?:-|$))(?!(?:.*-)?(?:blue|green|infra)(?:-|$))(?:[a-z][a-z0-9-]{0,38}[a-z0-9]|[a-z])$' +
                  '"',
                schema:
                  '^(?!wharf(?:-|$))(?!(?:.*-)?(?:blue|green|infra)(?:-|$))(?:[a-z][a-z0-9-]{0,38}[a-z0-9]|[a-z])$',
                parentSchema: schema45,
                data: key7,
                propertyName: key7,
              };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          } else {
            const err60 = {
              instancePath: instancePath + '/jobs',
              schemaPath: '#/$defs/ServiceName/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema45.type,
              parentSchema: schema45,
              data: key7,
              propertyName: key7,
            };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          var valid21 = _errs74 === errors;
          if (!valid21) {
            const err61 = {
              instancePath: instancePath + '/jobs',
              schemaPath: '#/properties/jobs/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key7 },
              message: 'property name must be valid',
              schema: schema31.properties.jobs.propertyNames,
              parentSchema: schema31.properties.jobs,
              data: data29,
            };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        for (const key8 in data29) {
          if (
            !validate45(data29[key8], {
              instancePath: instancePath + '/jobs/' + key8.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data29,
              parentDataProperty: key8,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err62 = {
          instancePath: instancePath + '/jobs',
          schemaPath: '#/properties/jobs/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.jobs.type,
          parentSchema: schema31.properties.jobs,
          data: data29,
        };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
    if (data.pruneVolumes !== undefined) {
      let data31 = data.pruneVolumes;
      if (Array.isArray(data31)) {
        if (data31.length > 20) {
          const err63 = {
            instancePath: instancePath + '/pruneVolumes',
            schemaPath: '#/properties/pruneVolumes/maxItems',
            keyword: 'maxItems',
            params: { limit: 20 },
            message: 'must NOT have more than 20 items',
            schema: 20,
            parentSchema: schema31.properties.pruneVolumes,
            data: data31,
          };
          if (vErrors === null) {
            vErrors = [err63];
          } else {
            vErrors.push(err63);
          }
          errors++;
        }
        const len2 = data31.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data32 = data31[i4];
          if (typeof data32 === 'string') {
            if (!pattern30.test(data32)) {
              const err64 = {
                instancePath: instancePath + '/pruneVolumes/' + i4,
                schemaPath: '#/$defs/VolumeKey/pattern',
                keyword: 'pattern',
                params: { pattern: '^(?!data$)(?:[a-z][a-z0-9]{0,39}|[a-z][a-z0-9]{0,34}-data)$' },
                message:
                  'must match pattern "' +
                  '^(?!data$)(?:[a-z][a-z0-9]{0,39}|[a-z][a-z0-9]{0,34}-data)$' +
                  '"',
                schema: '^(?!data$)(?:[a-z][a-z0-9]{0,39}|[a-z][a-z0-9]{0,34}-data)$',
                parentSchema: schema60,
                data: data32,
              };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          } else {
            const err65 = {
              instancePath: instancePath + '/pruneVolumes/' + i4,
              schemaPath: '#/$defs/VolumeKey/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema60.type,
              parentSchema: schema60,
              data: data32,
            };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        let i5 = data31.length;
        let j2;
        if (i5 > 1) {
          outer2: for (; i5--;) {
            for (j2 = i5; j2--;) {
              if (func0(data31[i5], data31[j2])) {
                const err66 = {
                  instancePath: instancePath + '/pruneVolumes',
                  schemaPath: '#/properties/pruneVolumes/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i5, j: j2 },
                  message:
                    'must NOT have duplicate items (items ## ' +
                    j2 +
                    ' and ' +
                    i5 +
                    ' are identical)',
                  schema: true,
                  parentSchema: schema31.properties.pruneVolumes,
                  data: data31,
                };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
                break outer2;
              }
            }
          }
        }
      } else {
        const err67 = {
          instancePath: instancePath + '/pruneVolumes',
          schemaPath: '#/properties/pruneVolumes/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema31.properties.pruneVolumes.type,
          parentSchema: schema31.properties.pruneVolumes,
          data: data31,
        };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
    if (data.compose !== undefined) {
      let data33 = data.compose;
      if (data33 && typeof data33 == 'object' && !Array.isArray(data33)) {
        for (const key9 in data33) {
          if (!(key9 === 'services' || key9 === 'volumes')) {
            const err68 = {
              instancePath: instancePath + '/compose',
              schemaPath: '#/properties/compose/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key9 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.compose,
              data: data33,
            };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data33.services !== undefined) {
          let data34 = data33.services;
          if (data34 && typeof data34 == 'object' && !Array.isArray(data34)) {
            for (const key10 in data34) {
              const _errs91 = errors;
              if (typeof key10 === 'string') {
                if (!pattern15.test(key10)) {
                  const err69 = {
                    instancePath: instancePath + '/compose/services',
                    schemaPath: '#/$defs/ServiceName/pattern',
                    keyword: 'pattern',
                    params: {
                      pattern:
                        '^(?!wharf(?:-|$))(?!(?:.*-)?(?:blue|green|infra)(?:-|$))(?:[a-z][a-z0-9-]{0,38}[a-z0-9]|[a-z])$',
                    },
                    message:
                      'must match pattern "' +
                      '^(?!wharf(?:-|$))(?!(?:.*-)?(?:blue|green|infra)(?:-|$))(?:[a-z][a-z0-9-]{0,38}[a-z0-9]|[a-z])$' +
                      '"',
                    schema:
                      '^(?!wharf(?:-|$))(?!(?:.*-)?(?:blue|green|infra)(?:-|$))(?:[a-z][a-z0-9-]{0,38}[a-z0-9]|[a-z])$',
                    parentSchema: schema45,
                    data: key10,
                    propertyName: key10,
                  };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
              } else {
                const err70 = {
                  instancePath: instancePath + '/compose/services',
                  schemaPath: '#/$defs/ServiceName/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema45.type,
                  parentSchema: schema45,
                  data: key10,
                  propertyName: key10,
                };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
              var valid29 = _errs91 === errors;
              if (!valid29) {
                const err71 = {
                  instancePath: instancePath + '/compose/services',
                  schemaPath: '#/properties/compose/properties/services/propertyNames',
                  keyword: 'propertyNames',
                  params: { propertyName: key10 },
                  message: 'property name must be valid',
                  schema: schema31.properties.compose.properties.services.propertyNames,
                  parentSchema: schema31.properties.compose.properties.services,
                  data: data34,
                };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            for (const key11 in data34) {
              let data35 = data34[key11];
              if (data35 && typeof data35 == 'object' && !Array.isArray(data35)) {
                if (data35.image !== undefined) {
                  let data36 = data35.image;
                  if (typeof data36 === 'string') {
                    if (func2(data36) > 255) {
                      const err72 = {
                        instancePath:
                          instancePath +
                          '/compose/services/' +
                          key11.replace(/~/g, '~0').replace(/\//g, '~1') +
                          '/image',
                        schemaPath: '#/$defs/Image/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 255 },
                        message: 'must NOT have more than 255 characters',
                        schema: 255,
                        parentSchema: schema47,
                        data: data36,
                      };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                    if (!pattern16.test(data36)) {
                      const err73 = {
                        instancePath:
                          instancePath +
                          '/compose/services/' +
                          key11.replace(/~/g, '~0').replace(/\//g, '~1') +
                          '/image',
                        schemaPath: '#/$defs/Image/pattern',
                        keyword: 'pattern',
                        params: {
                          pattern:
                            '^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$',
                        },
                        message:
                          'must match pattern "' +
                          '^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$' +
                          '"',
                        schema:
                          '^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$',
                        parentSchema: schema47,
                        data: data36,
                      };
                      if (vErrors === null) {
                        vErrors = [err73];
                      } else {
                        vErrors.push(err73);
                      }
                      errors++;
                    }
                  } else {
                    const err74 = {
                      instancePath:
                        instancePath +
                        '/compose/services/' +
                        key11.replace(/~/g, '~0').replace(/\//g, '~1') +
                        '/image',
                      schemaPath: '#/$defs/Image/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema47.type,
                      parentSchema: schema47,
                      data: data36,
                    };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
              } else {
                const err75 = {
                  instancePath:
                    instancePath +
                    '/compose/services/' +
                    key11.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: '#/properties/compose/properties/services/additionalProperties/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema31.properties.compose.properties.services.additionalProperties.type,
                  parentSchema:
                    schema31.properties.compose.properties.services.additionalProperties,
                  data: data35,
                };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
          } else {
            const err76 = {
              instancePath: instancePath + '/compose/services',
              schemaPath: '#/properties/compose/properties/services/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema31.properties.compose.properties.services.type,
              parentSchema: schema31.properties.compose.properties.services,
              data: data34,
            };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data33.volumes !== undefined) {
          let data37 = data33.volumes;
          if (data37 && typeof data37 == 'object' && !Array.isArray(data37)) {
            for (const key12 in data37) {
              const _errs105 = errors;
              if (typeof key12 === 'string') {
                if (!pattern30.test(key12)) {
                  const err77 = {
                    instancePath: instancePath + '/compose/volumes',
                    schemaPath: '#/$defs/VolumeKey/pattern',
                    keyword: 'pattern',
                    params: {
                      pattern: '^(?!data$)(?:[a-z][a-z0-9]{0,39}|[a-z][a-z0-9]{0,34}-data)$',
                    },
                    message:
                      'must match pattern "' +
                      '^(?!data$)(?:[a-z][a-z0-9]{0,39}|[a-z][a-z0-9]{0,34}-data)$' +
                      '"',
                    schema: '^(?!data$)(?:[a-z][a-z0-9]{0,39}|[a-z][a-z0-9]{0,34}-data)$',
                    parentSchema: schema60,
                    data: key12,
                    propertyName: key12,
                  };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
              } else {
                const err78 = {
                  instancePath: instancePath + '/compose/volumes',
                  schemaPath: '#/$defs/VolumeKey/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema60.type,
                  parentSchema: schema60,
                  data: key12,
                  propertyName: key12,
                };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
              var valid34 = _errs105 === errors;
              if (!valid34) {
                const err79 = {
                  instancePath: instancePath + '/compose/volumes',
                  schemaPath: '#/properties/compose/properties/volumes/propertyNames',
                  keyword: 'propertyNames',
                  params: { propertyName: key12 },
                  message: 'property name must be valid',
                  schema: schema31.properties.compose.properties.volumes.propertyNames,
                  parentSchema: schema31.properties.compose.properties.volumes,
                  data: data37,
                };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
          } else {
            const err80 = {
              instancePath: instancePath + '/compose/volumes',
              schemaPath: '#/properties/compose/properties/volumes/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema31.properties.compose.properties.volumes.type,
              parentSchema: schema31.properties.compose.properties.volumes,
              data: data37,
            };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
      } else {
        const err81 = {
          instancePath: instancePath + '/compose',
          schemaPath: '#/properties/compose/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.compose.type,
          parentSchema: schema31.properties.compose,
          data: data33,
        };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
  } else {
    const err82 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema31.type,
      parentSchema: schema31,
      data,
    };
    if (vErrors === null) {
      vErrors = [err82];
    } else {
      vErrors.push(err82);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const Repository: ValidateFunction = validate47;
const schema98 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://wharf.dev/schemas/repository.schema.json',
  title: 'Repository',
  description:
    '`wharf.yaml` at the root of an environments repository: which environments exist, the branch each follows, previews for pull requests, and the policy exceptions each environment is granted.',
  type: 'object',
  additionalProperties: false,
  required: ['apiVersion', 'kind', 'environments'],
  properties: {
    $schema: { type: 'string', description: 'Editor hint; ignored by wharf.' },
    apiVersion: {
      const: 'wharf/v1',
      description: 'Version of the manifest format. Always `wharf/v1`.',
    },
    kind: { const: 'Repository', description: 'Always `Repository` for `wharf.yaml`.' },
    environments: {
      type: 'object',
      description:
        'The environments of this repository. Keys are environment names; each must match the `name` in its manifest.',
      minProperties: 1,
      maxProperties: 1000,
      propertyNames: { $ref: 'environment.schema.json#/$defs/EnvironmentName' },
      additionalProperties: { $ref: '#/$defs/EnvironmentBinding' },
    },
    previews: { $ref: '#/$defs/Previews' },
    policy: {
      type: 'object',
      description:
        "Exceptions to wharf's default-deny policy, per environment name. Anything not granted here is refused at render time.",
      maxProperties: 1000,
      propertyNames: { $ref: 'environment.schema.json#/$defs/Name' },
      additionalProperties: { $ref: '#/$defs/PolicyGrant' },
    },
  },
  $defs: {
    Branch: {
      type: 'string',
      maxLength: 200,
      pattern: '^(?!/|.*([/.]\\.|//|@\\{|\\\\))[^\\u0000-\\u0020~^:?*\\[\\u007f]+(?<![/.])$',
      'x-hint':
        'write a git branch name such as `main` or `release/2.x` (no spaces, `..`, `~`, `^`, `:`, `?`, `*` or `[`)',
    },
    EnvironmentBinding: {
      title: 'EnvironmentBinding',
      description: "Where an environment's manifest is and which git ref it follows.",
      type: 'object',
      additionalProperties: false,
      required: ['manifest', 'branch'],
      properties: {
        manifest: {
          $ref: 'environment.schema.json#/$defs/RepoPath',
          description: "The environment's manifest file, relative to the repository root.",
        },
        branch: {
          $ref: '#/$defs/Branch',
          description: 'Branch whose pushes deploy this environment.',
        },
        tags: {
          type: 'string',
          maxLength: 100,
          pattern: '^[A-Za-z0-9._/*-]+$',
          'x-hint': 'write a tag glob such as `v*`',
          description: 'Also deploy pushed tags matching this glob (tags are ignored otherwise).',
        },
        autoDeploy: {
          type: 'boolean',
          default: true,
          description:
            'Deploy on push and resync. When false, wharf only plans; `wharf deploy` applies.',
        },
        production: {
          type: 'boolean',
          description:
            "Report this environment's GitHub Deployments as production. Default: true for an environment named `production`.",
        },
      },
    },
    PreviewOverrides: {
      title: 'PreviewOverrides',
      description: 'Changes applied to the `from` environment when rendering a preview.',
      type: 'object',
      additionalProperties: false,
      properties: {
        deploy: { $ref: '#/$defs/DeployOverrides' },
        services: {
          type: 'object',
          description: 'Per-service changes, by service name.',
          maxProperties: 50,
          propertyNames: { $ref: 'environment.schema.json#/$defs/Name' },
          additionalProperties: {
            type: 'object',
            additionalProperties: false,
            properties: {
              env: {
                $ref: 'environment.schema.json#/$defs/AppService/properties/env',
                description: "Environment variables added to or replacing the service's own.",
              },
              replicas: {
                type: 'integer',
                minimum: 0,
                maximum: 10,
                description: 'Containers of this service in a preview.',
              },
              resources: { $ref: 'environment.schema.json#/$defs/Resources' },
            },
            description: 'Changes to one service of a preview.',
          },
        },
        postgres: {
          type: 'object',
          additionalProperties: false,
          properties: {
            seed: {
              $ref: 'environment.schema.json#/$defs/RepoPath',
              description: "SQL file run once when the preview's empty database is created.",
            },
          },
          description: "Changes to the preview's own database.",
        },
      },
    },
    DeployOverrides: {
      title: 'DeployOverrides',
      description:
        "Deploy settings of previews that replace the `from` environment's; a field left out keeps its value.",
      type: 'object',
      additionalProperties: false,
      properties: {
        strategy: {
          $ref: 'environment.schema.json#/$defs/DeployStrategy',
          description:
            "`blue-green`: start the idle colour, gate on health, switch the edge, keep the old colour warm. `recreate`: replace containers in place (brief downtime). Default: the `from` environment's `deploy.strategy`.",
        },
        healthTimeout: {
          $ref: 'environment.schema.json#/$defs/Duration',
          description:
            "How long the new colour may take to become healthy before the deploy fails and is undone. Default: the `from` environment's `deploy.healthTimeout`.",
        },
        verify: {
          $ref: 'environment.schema.json#/$defs/Duration',
          description:
            "How long traffic is watched through the live route after cutover; a failure switches back. Default: the `from` environment's `deploy.verify`.",
        },
        keepPrevious: {
          $ref: 'environment.schema.json#/$defs/Duration',
          description:
            "How long the previous colour stays warm for an instant rollback. Default: the `from` environment's `deploy.keepPrevious`.",
        },
        selfHeal: {
          type: 'boolean',
          description:
            "Repair drift (a container stopped or changed by hand) on resync. When false, drift is only reported. Default: the `from` environment's `deploy.selfHeal`.",
        },
        allowDataLoss: {
          type: 'boolean',
          description:
            "Let a deploy start a stateful service on other data than it has now: a new data volume, or a new PostgreSQL major version (which cannot read the old data directory). Refused otherwise. Default: the `from` environment's `deploy.allowDataLoss`.",
        },
      },
    },
    Previews: {
      title: 'Previews',
      description: 'A staging environment `pr-<number>` for each open pull request.',
      type: 'object',
      additionalProperties: false,
      required: ['from', 'host'],
      properties: {
        enabled: {
          type: 'boolean',
          default: true,
          description: 'Turn previews on or off without removing the settings.',
        },
        from: {
          $ref: 'environment.schema.json#/$defs/Name',
          description:
            "Environment whose manifest (at the pull request's head) a preview is rendered from.",
        },
        host: {
          type: 'string',
          maxLength: 253,
          pattern: '^[a-z0-9{}.-]+$',
          'x-hint': 'write a hostname template such as `pr-{number}.staging.app.ar`',
          description: 'Hostname template; `{number}` becomes the pull request number.',
        },
        maxActive: {
          type: 'integer',
          minimum: 1,
          maximum: 100,
          default: 3,
          description: 'Most previews running at once; further pull requests wait for a free slot.',
        },
        ttl: {
          $ref: 'environment.schema.json#/$defs/Duration',
          default: '72h',
          description: 'A preview with no new commit for this long is removed.',
        },
        allowForks: {
          type: 'boolean',
          default: false,
          description: 'Give previews to pull requests from forks (their manifests are untrusted).',
        },
        tls: {
          enum: ['self-signed', 'letsencrypt', 'none'],
          default: 'self-signed',
          description: 'TLS mode of previews.',
        },
        allowCompose: {
          type: 'boolean',
          default: false,
          description:
            "Render previews of a manifest that has a raw `compose` block. Off by default: a pull request's head is deployed before review, and its preview is refused while the manifest has one.",
        },
        overrides: { $ref: '#/$defs/PreviewOverrides' },
      },
    },
    PolicyGrant: {
      title: 'PolicyGrant',
      description: 'What one environment may do beyond the default policy.',
      type: 'object',
      additionalProperties: false,
      properties: {
        privileged: {
          type: 'boolean',
          default: false,
          description:
            "Allow what reaches the host's kernel: `privileged`, `cap_add`, `security_opt`, `devices`, `device_cgroup_rules`, `gpus`, `sysctls`, `runtime`, `cgroup_parent`, `oom_kill_disable`, `oom_score_adj`, `storage_opt`, device reservations, and the host's PID, IPC, UTS, user and cgroup namespaces (`pid: host` and the like).",
        },
        hostNetwork: {
          type: 'boolean',
          default: false,
          description:
            'Allow `network_mode: host`: the container sees every interface and port of the host.',
        },
        dockerSocket: {
          type: 'boolean',
          default: false,
          description:
            'Allow bind-mounting the Docker socket, or a folder that holds it (`/`, `/var`, `/run`, `/var/run`): full control of the host.',
        },
        hostPaths: {
          type: 'array',
          uniqueItems: true,
          maxItems: 50,
          items: {
            type: 'string',
            pattern: '^/',
            maxLength: 500,
            'x-hint': 'write an absolute host path such as `/srv/uploads`',
          },
          description:
            "Host paths (and what is below them) that may be bind-mounted. A relative source is resolved against the project's folder under the state directory, as Compose does, and needs a grant like any other.",
        },
        hostPorts: {
          type: 'array',
          uniqueItems: true,
          maxItems: 50,
          items: { $ref: 'environment.schema.json#/$defs/Port' },
          description: "Host ports, besides the edge's, that services may publish (`ports`).",
        },
        sharedNamespaces: {
          type: 'boolean',
          default: false,
          description:
            "Allow joining another container's namespaces or volumes: `network_mode`, `pid` or `ipc` set to `container:NAME` or `service:NAME`, and `volumes_from`. Such a container reaches whatever the other one reaches, in any environment.",
        },
        composeKeys: {
          type: 'array',
          uniqueItems: true,
          maxItems: 50,
          items: {
            type: 'string',
            pattern: '^[a-z_]+(\\.[a-z_]+)*$',
            maxLength: 100,
            'x-hint':
              'write a Compose service key such as `extra_hosts`, or a dotted key under `deploy` such as `deploy.restart_policy`',
          },
          description:
            'Further Compose service keys the raw `compose` block may set beyond the allowlist (docs/security.md), such as `extra_hosts`, `dns`, `logging`, `networks` or `deploy.restart_policy`. Keys that have a grant of their own (above) are granted there; `build`, `extends`, `env_file`, `container_name` and `profiles` are never allowed.',
        },
        secrets: {
          type: 'array',
          uniqueItems: true,
          maxItems: 100,
          items: { $ref: 'environment.schema.json#/$defs/RepoPath' },
          description:
            "Encrypted repository files (`source: file` secrets) the environment may decrypt besides its own under `secrets/<environment>/`: a file's path, or a folder ending in `/` for everything below it.",
        },
      },
    },
  },
};
const schema100 = {
  title: 'EnvironmentBinding',
  description: "Where an environment's manifest is and which git ref it follows.",
  type: 'object',
  additionalProperties: false,
  required: ['manifest', 'branch'],
  properties: {
    manifest: {
      $ref: 'environment.schema.json#/$defs/RepoPath',
      description: "The environment's manifest file, relative to the repository root.",
    },
    branch: { $ref: '#/$defs/Branch', description: 'Branch whose pushes deploy this environment.' },
    tags: {
      type: 'string',
      maxLength: 100,
      pattern: '^[A-Za-z0-9._/*-]+$',
      'x-hint': 'write a tag glob such as `v*`',
      description: 'Also deploy pushed tags matching this glob (tags are ignored otherwise).',
    },
    autoDeploy: {
      type: 'boolean',
      default: true,
      description:
        'Deploy on push and resync. When false, wharf only plans; `wharf deploy` applies.',
    },
    production: {
      type: 'boolean',
      description:
        "Report this environment's GitHub Deployments as production. Default: true for an environment named `production`.",
    },
  },
};
const schema102 = {
  type: 'string',
  maxLength: 200,
  pattern: '^(?!/|.*([/.]\\.|//|@\\{|\\\\))[^\\u0000-\\u0020~^:?*\\[\\u007f]+(?<![/.])$',
  'x-hint':
    'write a git branch name such as `main` or `release/2.x` (no spaces, `..`, `~`, `^`, `:`, `?`, `*` or `[`)',
};
const pattern63 = new RegExp(
  '^(?!/|.*([/.]\\.|//|@\\{|\\\\))[^\\u0000-\\u0020~^:?*\\[\\u007f]+(?<![/.])$',
  'u',
);
const pattern64 = new RegExp('^[A-Za-z0-9._/*-]+$', 'u');
function validate48(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate48.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.autoDeploy === undefined) {
      data.autoDeploy = true;
    }
    if (data.manifest === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'manifest' },
        message: "must have required property '" + 'manifest' + "'",
        schema: schema100.required,
        parentSchema: schema100,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.branch === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'branch' },
        message: "must have required property '" + 'branch' + "'",
        schema: schema100.required,
        parentSchema: schema100,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'manifest' ||
        key0 === 'branch' ||
        key0 === 'tags' ||
        key0 === 'autoDeploy' ||
        key0 === 'production'
      )) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema100,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.manifest !== undefined) {
      let data0 = data.manifest;
      if (typeof data0 === 'string') {
        if (func2(data0) > 500) {
          const err3 = {
            instancePath: instancePath + '/manifest',
            schemaPath: 'environment.schema.json#/$defs/RepoPath/maxLength',
            keyword: 'maxLength',
            params: { limit: 500 },
            message: 'must NOT have more than 500 characters',
            schema: 500,
            parentSchema: schema43,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err4 = {
            instancePath: instancePath + '/manifest',
            schemaPath: 'environment.schema.json#/$defs/RepoPath/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema43,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern13.test(data0)) {
          const err5 = {
            instancePath: instancePath + '/manifest',
            schemaPath: 'environment.schema.json#/$defs/RepoPath/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^/\\\\\\u0000][^\\\\\\u0000]*$' },
            message: 'must match pattern "' + '^[^/\\\\\\u0000][^\\\\\\u0000]*$' + '"',
            schema: '^[^/\\\\\\u0000][^\\\\\\u0000]*$',
            parentSchema: schema43,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/manifest',
          schemaPath: 'environment.schema.json#/$defs/RepoPath/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema43.type,
          parentSchema: schema43,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.branch !== undefined) {
      let data1 = data.branch;
      if (typeof data1 === 'string') {
        if (func2(data1) > 200) {
          const err7 = {
            instancePath: instancePath + '/branch',
            schemaPath: '#/$defs/Branch/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
            schema: 200,
            parentSchema: schema102,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern63.test(data1)) {
          const err8 = {
            instancePath: instancePath + '/branch',
            schemaPath: '#/$defs/Branch/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(?!/|.*([/.]\\.|//|@\\{|\\\\))[^\\u0000-\\u0020~^:?*\\[\\u007f]+(?<![/.])$',
            },
            message:
              'must match pattern "' +
              '^(?!/|.*([/.]\\.|//|@\\{|\\\\))[^\\u0000-\\u0020~^:?*\\[\\u007f]+(?<![/.])$' +
              '"',
            schema: '^(?!/|.*([/.]\\.|//|@\\{|\\\\))[^\\u0000-\\u0020~^:?*\\[\\u007f]+(?<![/.])$',
            parentSchema: schema102,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/branch',
          schemaPath: '#/$defs/Branch/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema102.type,
          parentSchema: schema102,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.tags !== undefined) {
      let data2 = data.tags;
      if (typeof data2 === 'string') {
        if (func2(data2) > 100) {
          const err10 = {
            instancePath: instancePath + '/tags',
            schemaPath: '#/properties/tags/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
            schema: 100,
            parentSchema: schema100.properties.tags,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern64.test(data2)) {
          const err11 = {
            instancePath: instancePath + '/tags',
            schemaPath: '#/properties/tags/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9._/*-]+$' },
            message: 'must match pattern "' + '^[A-Za-z0-9._/*-]+$' + '"',
            schema: '^[A-Za-z0-9._/*-]+$',
            parentSchema: schema100.properties.tags,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/tags',
          schemaPath: '#/properties/tags/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema100.properties.tags.type,
          parentSchema: schema100.properties.tags,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    let data3 = data.autoDeploy;
    if (typeof data3 !== 'boolean') {
      const err13 = {
        instancePath: instancePath + '/autoDeploy',
        schemaPath: '#/properties/autoDeploy/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
        schema: schema100.properties.autoDeploy.type,
        parentSchema: schema100.properties.autoDeploy,
        data: data3,
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.production !== undefined) {
      let data4 = data.production;
      if (typeof data4 !== 'boolean') {
        const err14 = {
          instancePath: instancePath + '/production',
          schemaPath: '#/properties/production/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
          schema: schema100.properties.production.type,
          parentSchema: schema100.properties.production,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema100.type,
      parentSchema: schema100,
      data,
    };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
validate48.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema103 = {
  title: 'Previews',
  description: 'A staging environment `pr-<number>` for each open pull request.',
  type: 'object',
  additionalProperties: false,
  required: ['from', 'host'],
  properties: {
    enabled: {
      type: 'boolean',
      default: true,
      description: 'Turn previews on or off without removing the settings.',
    },
    from: {
      $ref: 'environment.schema.json#/$defs/Name',
      description:
        "Environment whose manifest (at the pull request's head) a preview is rendered from.",
    },
    host: {
      type: 'string',
      maxLength: 253,
      pattern: '^[a-z0-9{}.-]+$',
      'x-hint': 'write a hostname template such as `pr-{number}.staging.app.ar`',
      description: 'Hostname template; `{number}` becomes the pull request number.',
    },
    maxActive: {
      type: 'integer',
      minimum: 1,
      maximum: 100,
      default: 3,
      description: 'Most previews running at once; further pull requests wait for a free slot.',
    },
    ttl: {
      $ref: 'environment.schema.json#/$defs/Duration',
      default: '72h',
      description: 'A preview with no new commit for this long is removed.',
    },
    allowForks: {
      type: 'boolean',
      default: false,
      description: 'Give previews to pull requests from forks (their manifests are untrusted).',
    },
    tls: {
      enum: ['self-signed', 'letsencrypt', 'none'],
      default: 'self-signed',
      description: 'TLS mode of previews.',
    },
    allowCompose: {
      type: 'boolean',
      default: false,
      description:
        "Render previews of a manifest that has a raw `compose` block. Off by default: a pull request's head is deployed before review, and its preview is refused while the manifest has one.",
    },
    overrides: { $ref: '#/$defs/PreviewOverrides' },
  },
};
const pattern66 = new RegExp('^[a-z0-9{}.-]+$', 'u');
const schema106 = {
  title: 'PreviewOverrides',
  description: 'Changes applied to the `from` environment when rendering a preview.',
  type: 'object',
  additionalProperties: false,
  properties: {
    deploy: { $ref: '#/$defs/DeployOverrides' },
    services: {
      type: 'object',
      description: 'Per-service changes, by service name.',
      maxProperties: 50,
      propertyNames: { $ref: 'environment.schema.json#/$defs/Name' },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {
          env: {
            $ref: 'environment.schema.json#/$defs/AppService/properties/env',
            description: "Environment variables added to or replacing the service's own.",
          },
          replicas: {
            type: 'integer',
            minimum: 0,
            maximum: 10,
            description: 'Containers of this service in a preview.',
          },
          resources: { $ref: 'environment.schema.json#/$defs/Resources' },
        },
        description: 'Changes to one service of a preview.',
      },
    },
    postgres: {
      type: 'object',
      additionalProperties: false,
      properties: {
        seed: {
          $ref: 'environment.schema.json#/$defs/RepoPath',
          description: "SQL file run once when the preview's empty database is created.",
        },
      },
      description: "Changes to the preview's own database.",
    },
  },
};
const schema113 = {
  type: 'object',
  maxProperties: 200,
  propertyNames: {
    pattern: '^[A-Za-z_][A-Za-z0-9_]{0,127}$',
    'x-hint':
      'environment variable names use letters, digits and underscores, starting with a letter or underscore',
  },
  additionalProperties: {
    type: ['string', 'number', 'boolean'],
    'x-hint': 'give a string, number or boolean value (quote it if in doubt)',
  },
  description: 'Environment variables. Use `secrets` for passwords and keys.',
};
const schema107 = {
  title: 'DeployOverrides',
  description:
    "Deploy settings of previews that replace the `from` environment's; a field left out keeps its value.",
  type: 'object',
  additionalProperties: false,
  properties: {
    strategy: {
      $ref: 'environment.schema.json#/$defs/DeployStrategy',
      description:
        "`blue-green`: start the idle colour, gate on health, switch the edge, keep the old colour warm. `recreate`: replace containers in place (brief downtime). Default: the `from` environment's `deploy.strategy`.",
    },
    healthTimeout: {
      $ref: 'environment.schema.json#/$defs/Duration',
      description:
        "How long the new colour may take to become healthy before the deploy fails and is undone. Default: the `from` environment's `deploy.healthTimeout`.",
    },
    verify: {
      $ref: 'environment.schema.json#/$defs/Duration',
      description:
        "How long traffic is watched through the live route after cutover; a failure switches back. Default: the `from` environment's `deploy.verify`.",
    },
    keepPrevious: {
      $ref: 'environment.schema.json#/$defs/Duration',
      description:
        "How long the previous colour stays warm for an instant rollback. Default: the `from` environment's `deploy.keepPrevious`.",
    },
    selfHeal: {
      type: 'boolean',
      description:
        "Repair drift (a container stopped or changed by hand) on resync. When false, drift is only reported. Default: the `from` environment's `deploy.selfHeal`.",
    },
    allowDataLoss: {
      type: 'boolean',
      description:
        "Let a deploy start a stateful service on other data than it has now: a new data volume, or a new PostgreSQL major version (which cannot read the old data directory). Refused otherwise. Default: the `from` environment's `deploy.allowDataLoss`.",
    },
  },
};
function validate52(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate52.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === 'strategy' ||
        key0 === 'healthTimeout' ||
        key0 === 'verify' ||
        key0 === 'keepPrevious' ||
        key0 === 'selfHeal' ||
        key0 === 'allowDataLoss'
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema107,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.strategy !== undefined) {
      let data0 = data.strategy;
      if (!(data0 === 'blue-green' || data0 === 'recreate')) {
        const err1 = {
          instancePath: instancePath + '/strategy',
          schemaPath: 'environment.schema.json#/$defs/DeployStrategy/enum',
          keyword: 'enum',
          params: { allowedValues: schema38.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema38.enum,
          parentSchema: schema38,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.healthTimeout !== undefined) {
      let data1 = data.healthTimeout;
      if (typeof data1 === 'string') {
        if (!pattern10.test(data1)) {
          const err2 = {
            instancePath: instancePath + '/healthTimeout',
            schemaPath: 'environment.schema.json#/$defs/Duration/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9]{1,6}(ms|s|m|h|d)$' },
            message: 'must match pattern "' + '^[0-9]{1,6}(ms|s|m|h|d)$' + '"',
            schema: '^[0-9]{1,6}(ms|s|m|h|d)$',
            parentSchema: schema39,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/healthTimeout',
          schemaPath: 'environment.schema.json#/$defs/Duration/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema39.type,
          parentSchema: schema39,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.verify !== undefined) {
      let data2 = data.verify;
      if (typeof data2 === 'string') {
        if (!pattern10.test(data2)) {
          const err4 = {
            instancePath: instancePath + '/verify',
            schemaPath: 'environment.schema.json#/$defs/Duration/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9]{1,6}(ms|s|m|h|d)$' },
            message: 'must match pattern "' + '^[0-9]{1,6}(ms|s|m|h|d)$' + '"',
            schema: '^[0-9]{1,6}(ms|s|m|h|d)$',
            parentSchema: schema39,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/verify',
          schemaPath: 'environment.schema.json#/$defs/Duration/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema39.type,
          parentSchema: schema39,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.keepPrevious !== undefined) {
      let data3 = data.keepPrevious;
      if (typeof data3 === 'string') {
        if (!pattern10.test(data3)) {
          const err6 = {
            instancePath: instancePath + '/keepPrevious',
            schemaPath: 'environment.schema.json#/$defs/Duration/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9]{1,6}(ms|s|m|h|d)$' },
            message: 'must match pattern "' + '^[0-9]{1,6}(ms|s|m|h|d)$' + '"',
            schema: '^[0-9]{1,6}(ms|s|m|h|d)$',
            parentSchema: schema39,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/keepPrevious',
          schemaPath: 'environment.schema.json#/$defs/Duration/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema39.type,
          parentSchema: schema39,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.selfHeal !== undefined) {
      let data4 = data.selfHeal;
      if (typeof data4 !== 'boolean') {
        const err8 = {
          instancePath: instancePath + '/selfHeal',
          schemaPath: '#/properties/selfHeal/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
          schema: schema107.properties.selfHeal.type,
          parentSchema: schema107.properties.selfHeal,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.allowDataLoss !== undefined) {
      let data5 = data.allowDataLoss;
      if (typeof data5 !== 'boolean') {
        const err9 = {
          instancePath: instancePath + '/allowDataLoss',
          schemaPath: '#/properties/allowDataLoss/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
          schema: schema107.properties.allowDataLoss.type,
          parentSchema: schema107.properties.allowDataLoss,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema107.type,
      parentSchema: schema107,
      data,
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate51(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate51.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === 'deploy' || key0 === 'services' || key0 === 'postgres')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema106,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.deploy !== undefined) {
      if (
        !validate52(data.deploy, {
          instancePath: instancePath + '/deploy',
          parentData: data,
          parentDataProperty: 'deploy',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
        errors = vErrors.length;
      }
    }
    if (data.services !== undefined) {
      let data1 = data.services;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        if (Object.keys(data1).length > 50) {
          const err1 = {
            instancePath: instancePath + '/services',
            schemaPath: '#/properties/services/maxProperties',
            keyword: 'maxProperties',
            params: { limit: 50 },
            message: 'must NOT have more than 50 properties',
            schema: 50,
            parentSchema: schema106.properties.services,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key1 in data1) {
          const _errs5 = errors;
          if (typeof key1 === 'string') {
            if (!pattern7.test(key1)) {
              const err2 = {
                instancePath: instancePath + '/services',
                schemaPath: 'environment.schema.json#/$defs/Name/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z][a-z0-9-]{0,38}[a-z0-9]$|^[a-z]$' },
                message: 'must match pattern "' + '^[a-z][a-z0-9-]{0,38}[a-z0-9]$|^[a-z]$' + '"',
                schema: '^[a-z][a-z0-9-]{0,38}[a-z0-9]$|^[a-z]$',
                parentSchema: schema35,
                data: key1,
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          } else {
            const err3 = {
              instancePath: instancePath + '/services',
              schemaPath: 'environment.schema.json#/$defs/Name/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema35.type,
              parentSchema: schema35,
              data: key1,
              propertyName: key1,
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          var valid1 = _errs5 === errors;
          if (!valid1) {
            const err4 = {
              instancePath: instancePath + '/services',
              schemaPath: '#/properties/services/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key1 },
              message: 'property name must be valid',
              schema: schema106.properties.services.propertyNames,
              parentSchema: schema106.properties.services,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        for (const key2 in data1) {
          let data2 = data1[key2];
          if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
            for (const key3 in data2) {
              if (!(key3 === 'env' || key3 === 'replicas' || key3 === 'resources')) {
                const err5 = {
                  instancePath:
                    instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: '#/properties/services/additionalProperties/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key3 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema106.properties.services.additionalProperties,
                  data: data2,
                };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data2.env !== undefined) {
              let data3 = data2.env;
              if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
                if (Object.keys(data3).length > 200) {
                  const err6 = {
                    instancePath:
                      instancePath +
                      '/services/' +
                      key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/env',
                    schemaPath:
                      'environment.schema.json#/$defs/AppService/properties/env/maxProperties',
                    keyword: 'maxProperties',
                    params: { limit: 200 },
                    message: 'must NOT have more than 200 properties',
                    schema: 200,
                    parentSchema: schema113,
                    data: data3,
                  };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
                for (const key4 in data3) {
                  const _errs16 = errors;
                  if (typeof key4 === 'string') {
                    if (!pattern22.test(key4)) {
                      const err7 = {
                        instancePath:
                          instancePath +
                          '/services/' +
                          key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                          '/env',
                        schemaPath:
                          'environment.schema.json#/$defs/AppService/properties/env/propertyNames/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[A-Za-z_][A-Za-z0-9_]{0,127}$' },
                        message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]{0,127}$' + '"',
                        schema: '^[A-Za-z_][A-Za-z0-9_]{0,127}$',
                        parentSchema: schema113.propertyNames,
                        data: key4,
                        propertyName: key4,
                      };
                      if (vErrors === null) {
                        vErrors = [err7];
                      } else {
                        vErrors.push(err7);
                      }
                      errors++;
                    }
                  }
                  var valid6 = _errs16 === errors;
                  if (!valid6) {
                    const err8 = {
                      instancePath:
                        instancePath +
                        '/services/' +
                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                        '/env',
                      schemaPath:
                        'environment.schema.json#/$defs/AppService/properties/env/propertyNames',
                      keyword: 'propertyNames',
                      params: { propertyName: key4 },
                      message: 'property name must be valid',
                      schema: schema113.propertyNames,
                      parentSchema: schema113,
                      data: data3,
                    };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                }
                for (const key5 in data3) {
                  let data4 = data3[key5];
                  if (
                    typeof data4 !== 'string' &&
                    !(typeof data4 == 'number' && isFinite(data4)) &&
                    typeof data4 !== 'boolean'
                  ) {
                    const err9 = {
                      instancePath:
                        instancePath +
                        '/services/' +
                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                        '/env/' +
                        key5.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath:
                        'environment.schema.json#/$defs/AppService/properties/env/additionalProperties/type',
                      keyword: 'type',
                      params: { type: schema113.additionalProperties.type },
                      message: 'must be string,number,boolean',
                      schema: schema113.additionalProperties.type,
                      parentSchema: schema113.additionalProperties,
                      data: data4,
                    };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                }
              } else {
                const err10 = {
                  instancePath:
                    instancePath +
                    '/services/' +
                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                    '/env',
                  schemaPath: 'environment.schema.json#/$defs/AppService/properties/env/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema113.type,
                  parentSchema: schema113,
                  data: data3,
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data2.replicas !== undefined) {
              let data5 = data2.replicas;
              if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
                const err11 = {
                  instancePath:
                    instancePath +
                    '/services/' +
                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                    '/replicas',
                  schemaPath: '#/properties/services/additionalProperties/properties/replicas/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema:
                    schema106.properties.services.additionalProperties.properties.replicas.type,
                  parentSchema:
                    schema106.properties.services.additionalProperties.properties.replicas,
                  data: data5,
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
              if (typeof data5 == 'number' && isFinite(data5)) {
                if (data5 > 10 || isNaN(data5)) {
                  const err12 = {
                    instancePath:
                      instancePath +
                      '/services/' +
                      key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/replicas',
                    schemaPath:
                      '#/properties/services/additionalProperties/properties/replicas/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 10 },
                    message: 'must be <= 10',
                    schema: 10,
                    parentSchema:
                      schema106.properties.services.additionalProperties.properties.replicas,
                    data: data5,
                  };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
                if (data5 < 0 || isNaN(data5)) {
                  const err13 = {
                    instancePath:
                      instancePath +
                      '/services/' +
                      key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/replicas',
                    schemaPath:
                      '#/properties/services/additionalProperties/properties/replicas/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                    schema: 0,
                    parentSchema:
                      schema106.properties.services.additionalProperties.properties.replicas,
                    data: data5,
                  };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
            }
            if (data2.resources !== undefined) {
              let data6 = data2.resources;
              if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
                for (const key6 in data6) {
                  if (!(key6 === 'cpus' || key6 === 'memory')) {
                    const err14 = {
                      instancePath:
                        instancePath +
                        '/services/' +
                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                        '/resources',
                      schemaPath: 'environment.schema.json#/$defs/Resources/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key6 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema: schema55,
                      data: data6,
                    };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
                if (data6.cpus !== undefined) {
                  let data7 = data6.cpus;
                  if (typeof data7 == 'number' && isFinite(data7)) {
                    if (data7 > 256 || isNaN(data7)) {
                      const err15 = {
                        instancePath:
                          instancePath +
                          '/services/' +
                          key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                          '/resources/cpus',
                        schemaPath:
                          'environment.schema.json#/$defs/Resources/properties/cpus/maximum',
                        keyword: 'maximum',
                        params: { comparison: '<=', limit: 256 },
                        message: 'must be <= 256',
                        schema: 256,
                        parentSchema: schema55.properties.cpus,
                        data: data7,
                      };
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                    if (data7 <= 0 || isNaN(data7)) {
                      const err16 = {
                        instancePath:
                          instancePath +
                          '/services/' +
                          key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                          '/resources/cpus',
                        schemaPath:
                          'environment.schema.json#/$defs/Resources/properties/cpus/exclusiveMinimum',
                        keyword: 'exclusiveMinimum',
                        params: { comparison: '>', limit: 0 },
                        message: 'must be > 0',
                        schema: 0,
                        parentSchema: schema55.properties.cpus,
                        data: data7,
                      };
                      if (vErrors === null) {
                        vErrors = [err16];
                      } else {
                        vErrors.push(err16);
                      }
                      errors++;
                    }
                  } else {
                    const err17 = {
                      instancePath:
                        instancePath +
                        '/services/' +
                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                        '/resources/cpus',
                      schemaPath: 'environment.schema.json#/$defs/Resources/properties/cpus/type',
                      keyword: 'type',
                      params: { type: 'number' },
                      message: 'must be number',
                      schema: schema55.properties.cpus.type,
                      parentSchema: schema55.properties.cpus,
                      data: data7,
                    };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
                if (data6.memory !== undefined) {
                  let data8 = data6.memory;
                  if (typeof data8 === 'string') {
                    if (!pattern24.test(data8)) {
                      const err18 = {
                        instancePath:
                          instancePath +
                          '/services/' +
                          key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                          '/resources/memory',
                        schemaPath:
                          'environment.schema.json#/$defs/Resources/properties/memory/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[0-9]{1,6}(k|m|g|K|M|G)$' },
                        message: 'must match pattern "' + '^[0-9]{1,6}(k|m|g|K|M|G)$' + '"',
                        schema: '^[0-9]{1,6}(k|m|g|K|M|G)$',
                        parentSchema: schema55.properties.memory,
                        data: data8,
                      };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                  } else {
                    const err19 = {
                      instancePath:
                        instancePath +
                        '/services/' +
                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                        '/resources/memory',
                      schemaPath: 'environment.schema.json#/$defs/Resources/properties/memory/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema55.properties.memory.type,
                      parentSchema: schema55.properties.memory,
                      data: data8,
                    };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
              } else {
                const err20 = {
                  instancePath:
                    instancePath +
                    '/services/' +
                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                    '/resources',
                  schemaPath: 'environment.schema.json#/$defs/Resources/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema55.type,
                  parentSchema: schema55,
                  data: data6,
                };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = {
              instancePath:
                instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/services/additionalProperties/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema106.properties.services.additionalProperties.type,
              parentSchema: schema106.properties.services.additionalProperties,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = {
          instancePath: instancePath + '/services',
          schemaPath: '#/properties/services/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema106.properties.services.type,
          parentSchema: schema106.properties.services,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.postgres !== undefined) {
      let data9 = data.postgres;
      if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
        for (const key7 in data9) {
          if (!(key7 === 'seed')) {
            const err23 = {
              instancePath: instancePath + '/postgres',
              schemaPath: '#/properties/postgres/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key7 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema106.properties.postgres,
              data: data9,
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data9.seed !== undefined) {
          let data10 = data9.seed;
          if (typeof data10 === 'string') {
            if (func2(data10) > 500) {
              const err24 = {
                instancePath: instancePath + '/postgres/seed',
                schemaPath: 'environment.schema.json#/$defs/RepoPath/maxLength',
                keyword: 'maxLength',
                params: { limit: 500 },
                message: 'must NOT have more than 500 characters',
                schema: 500,
                parentSchema: schema43,
                data: data10,
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (func2(data10) < 1) {
              const err25 = {
                instancePath: instancePath + '/postgres/seed',
                schemaPath: 'environment.schema.json#/$defs/RepoPath/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema43,
                data: data10,
              };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (!pattern13.test(data10)) {
              const err26 = {
                instancePath: instancePath + '/postgres/seed',
                schemaPath: 'environment.schema.json#/$defs/RepoPath/pattern',
                keyword: 'pattern',
                params: { pattern: '^[^/\\\\\\u0000][^\\\\\\u0000]*$' },
                message: 'must match pattern "' + '^[^/\\\\\\u0000][^\\\\\\u0000]*$' + '"',
                schema: '^[^/\\\\\\u0000][^\\\\\\u0000]*$',
                parentSchema: schema43,
                data: data10,
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = {
              instancePath: instancePath + '/postgres/seed',
              schemaPath: 'environment.schema.json#/$defs/RepoPath/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema43.type,
              parentSchema: schema43,
              data: data10,
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = {
          instancePath: instancePath + '/postgres',
          schemaPath: '#/properties/postgres/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema106.properties.postgres.type,
          parentSchema: schema106.properties.postgres,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
  } else {
    const err29 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema106.type,
      parentSchema: schema106,
      data,
    };
    if (vErrors === null) {
      vErrors = [err29];
    } else {
      vErrors.push(err29);
    }
    errors++;
  }
  validate51.errors = vErrors;
  return errors === 0;
}
validate51.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate50(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate50.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.enabled === undefined) {
      data.enabled = true;
    }
    if (data.maxActive === undefined) {
      data.maxActive = 3;
    }
    if (data.ttl === undefined) {
      data.ttl = '72h';
    }
    if (data.allowForks === undefined) {
      data.allowForks = false;
    }
    if (data.tls === undefined) {
      data.tls = 'self-signed';
    }
    if (data.allowCompose === undefined) {
      data.allowCompose = false;
    }
    if (data.from === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'from' },
        message: "must have required property '" + 'from' + "'",
        schema: schema103.required,
        parentSchema: schema103,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.host === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'host' },
        message: "must have required property '" + 'host' + "'",
        schema: schema103.required,
        parentSchema: schema103,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema103.properties, key0)) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema103,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    let data0 = data.enabled;
    if (typeof data0 !== 'boolean') {
      const err3 = {
        instancePath: instancePath + '/enabled',
        schemaPath: '#/properties/enabled/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
        schema: schema103.properties.enabled.type,
        parentSchema: schema103.properties.enabled,
        data: data0,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.from !== undefined) {
      let data1 = data.from;
      if (typeof data1 === 'string') {
        if (!pattern7.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/from',
            schemaPath: 'environment.schema.json#/$defs/Name/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z][a-z0-9-]{0,38}[a-z0-9]$|^[a-z]$' },
            message: 'must match pattern "' + '^[a-z][a-z0-9-]{0,38}[a-z0-9]$|^[a-z]$' + '"',
            schema: '^[a-z][a-z0-9-]{0,38}[a-z0-9]$|^[a-z]$',
            parentSchema: schema35,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/from',
          schemaPath: 'environment.schema.json#/$defs/Name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema35.type,
          parentSchema: schema35,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.host !== undefined) {
      let data2 = data.host;
      if (typeof data2 === 'string') {
        if (func2(data2) > 253) {
          const err6 = {
            instancePath: instancePath + '/host',
            schemaPath: '#/properties/host/maxLength',
            keyword: 'maxLength',
            params: { limit: 253 },
            message: 'must NOT have more than 253 characters',
            schema: 253,
            parentSchema: schema103.properties.host,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern66.test(data2)) {
          const err7 = {
            instancePath: instancePath + '/host',
            schemaPath: '#/properties/host/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9{}.-]+$' },
            message: 'must match pattern "' + '^[a-z0-9{}.-]+$' + '"',
            schema: '^[a-z0-9{}.-]+$',
            parentSchema: schema103.properties.host,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/host',
          schemaPath: '#/properties/host/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema103.properties.host.type,
          parentSchema: schema103.properties.host,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    let data3 = data.maxActive;
    if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
      const err9 = {
        instancePath: instancePath + '/maxActive',
        schemaPath: '#/properties/maxActive/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
        schema: schema103.properties.maxActive.type,
        parentSchema: schema103.properties.maxActive,
        data: data3,
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (typeof data3 == 'number' && isFinite(data3)) {
      if (data3 > 100 || isNaN(data3)) {
        const err10 = {
          instancePath: instancePath + '/maxActive',
          schemaPath: '#/properties/maxActive/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 100 },
          message: 'must be <= 100',
          schema: 100,
          parentSchema: schema103.properties.maxActive,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (data3 < 1 || isNaN(data3)) {
        const err11 = {
          instancePath: instancePath + '/maxActive',
          schemaPath: '#/properties/maxActive/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
          schema: 1,
          parentSchema: schema103.properties.maxActive,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    let data4 = data.ttl;
    if (typeof data4 === 'string') {
      if (!pattern10.test(data4)) {
        const err12 = {
          instancePath: instancePath + '/ttl',
          schemaPath: 'environment.schema.json#/$defs/Duration/pattern',
          keyword: 'pattern',
          params: { pattern: '^[0-9]{1,6}(ms|s|m|h|d)$' },
          message: 'must match pattern "' + '^[0-9]{1,6}(ms|s|m|h|d)$' + '"',
          schema: '^[0-9]{1,6}(ms|s|m|h|d)$',
          parentSchema: schema39,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    } else {
      const err13 = {
        instancePath: instancePath + '/ttl',
        schemaPath: 'environment.schema.json#/$defs/Duration/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema39.type,
        parentSchema: schema39,
        data: data4,
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    let data5 = data.allowForks;
    if (typeof data5 !== 'boolean') {
      const err14 = {
        instancePath: instancePath + '/allowForks',
        schemaPath: '#/properties/allowForks/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
        schema: schema103.properties.allowForks.type,
        parentSchema: schema103.properties.allowForks,
        data: data5,
      };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    let data6 = data.tls;
    if (!(data6 === 'self-signed' || data6 === 'letsencrypt' || data6 === 'none')) {
      const err15 = {
        instancePath: instancePath + '/tls',
        schemaPath: '#/properties/tls/enum',
        keyword: 'enum',
        params: { allowedValues: schema103.properties.tls.enum },
        message: 'must be equal to one of the allowed values',
        schema: schema103.properties.tls.enum,
        parentSchema: schema103.properties.tls,
        data: data6,
      };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    let data7 = data.allowCompose;
    if (typeof data7 !== 'boolean') {
      const err16 = {
        instancePath: instancePath + '/allowCompose',
        schemaPath: '#/properties/allowCompose/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
        schema: schema103.properties.allowCompose.type,
        parentSchema: schema103.properties.allowCompose,
        data: data7,
      };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    if (data.overrides !== undefined) {
      if (
        !validate51(data.overrides, {
          instancePath: instancePath + '/overrides',
          parentData: data,
          parentDataProperty: 'overrides',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err17 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema103.type,
      parentSchema: schema103,
      data,
    };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
validate50.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema117 = {
  title: 'PolicyGrant',
  description: 'What one environment may do beyond the default policy.',
  type: 'object',
  additionalProperties: false,
  properties: {
    privileged: {
      type: 'boolean',
      default: false,
      description:
        "Allow what reaches the host's kernel: `privileged`, `cap_add`, `security_opt`, `devices`, `device_cgroup_rules`, `gpus`, `sysctls`, `runtime`, `cgroup_parent`, `oom_kill_disable`, `oom_score_adj`, `storage_opt`, device reservations, and the host's PID, IPC, UTS, user and cgroup namespaces (`pid: host` and the like).",
    },
    hostNetwork: {
      type: 'boolean',
      default: false,
      description:
        'Allow `network_mode: host`: the container sees every interface and port of the host.',
    },
    dockerSocket: {
      type: 'boolean',
      default: false,
      description:
        'Allow bind-mounting the Docker socket, or a folder that holds it (`/`, `/var`, `/run`, `/var/run`): full control of the host.',
    },
    hostPaths: {
      type: 'array',
      uniqueItems: true,
      maxItems: 50,
      items: {
        type: 'string',
        pattern: '^/',
        maxLength: 500,
        'x-hint': 'write an absolute host path such as `/srv/uploads`',
      },
      description:
        "Host paths (and what is below them) that may be bind-mounted. A relative source is resolved against the project's folder under the state directory, as Compose does, and needs a grant like any other.",
    },
    hostPorts: {
      type: 'array',
      uniqueItems: true,
      maxItems: 50,
      items: { $ref: 'environment.schema.json#/$defs/Port' },
      description: "Host ports, besides the edge's, that services may publish (`ports`).",
    },
    sharedNamespaces: {
      type: 'boolean',
      default: false,
      description:
        "Allow joining another container's namespaces or volumes: `network_mode`, `pid` or `ipc` set to `container:NAME` or `service:NAME`, and `volumes_from`. Such a container reaches whatever the other one reaches, in any environment.",
    },
    composeKeys: {
      type: 'array',
      uniqueItems: true,
      maxItems: 50,
      items: {
        type: 'string',
        pattern: '^[a-z_]+(\\.[a-z_]+)*$',
        maxLength: 100,
        'x-hint':
          'write a Compose service key such as `extra_hosts`, or a dotted key under `deploy` such as `deploy.restart_policy`',
      },
      description:
        'Further Compose service keys the raw `compose` block may set beyond the allowlist (docs/security.md), such as `extra_hosts`, `dns`, `logging`, `networks` or `deploy.restart_policy`. Keys that have a grant of their own (above) are granted there; `build`, `extends`, `env_file`, `container_name` and `profiles` are never allowed.',
    },
    secrets: {
      type: 'array',
      uniqueItems: true,
      maxItems: 100,
      items: { $ref: 'environment.schema.json#/$defs/RepoPath' },
      description:
        "Encrypted repository files (`source: file` secrets) the environment may decrypt besides its own under `secrets/<environment>/`: a file's path, or a folder ending in `/` for everything below it.",
    },
  },
};
const pattern76 = new RegExp('^/', 'u');
const pattern77 = new RegExp('^[a-z_]+(\\.[a-z_]+)*$', 'u');
function validate56(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate56.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.privileged === undefined) {
      data.privileged = false;
    }
    if (data.hostNetwork === undefined) {
      data.hostNetwork = false;
    }
    if (data.dockerSocket === undefined) {
      data.dockerSocket = false;
    }
    if (data.sharedNamespaces === undefined) {
      data.sharedNamespaces = false;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'privileged' ||
        key0 === 'hostNetwork' ||
        key0 === 'dockerSocket' ||
        key0 === 'hostPaths' ||
        key0 === 'hostPorts' ||
        key0 === 'sharedNamespaces' ||
        key0 === 'composeKeys' ||
        key0 === 'secrets'
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema117,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    let data0 = data.privileged;
    if (typeof data0 !== 'boolean') {
      const err1 = {
        instancePath: instancePath + '/privileged',
        schemaPath: '#/properties/privileged/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
        schema: schema117.properties.privileged.type,
        parentSchema: schema117.properties.privileged,
        data: data0,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    let data1 = data.hostNetwork;
    if (typeof data1 !== 'boolean') {
      const err2 = {
        instancePath: instancePath + '/hostNetwork',
        schemaPath: '#/properties/hostNetwork/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
        schema: schema117.properties.hostNetwork.type,
        parentSchema: schema117.properties.hostNetwork,
        data: data1,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    let data2 = data.dockerSocket;
    if (typeof data2 !== 'boolean') {
      const err3 = {
        instancePath: instancePath + '/dockerSocket',
        schemaPath: '#/properties/dockerSocket/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
        schema: schema117.properties.dockerSocket.type,
        parentSchema: schema117.properties.dockerSocket,
        data: data2,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.hostPaths !== undefined) {
      let data3 = data.hostPaths;
      if (Array.isArray(data3)) {
        if (data3.length > 50) {
          const err4 = {
            instancePath: instancePath + '/hostPaths',
            schemaPath: '#/properties/hostPaths/maxItems',
            keyword: 'maxItems',
            params: { limit: 50 },
            message: 'must NOT have more than 50 items',
            schema: 50,
            parentSchema: schema117.properties.hostPaths,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === 'string') {
            if (func2(data4) > 500) {
              const err5 = {
                instancePath: instancePath + '/hostPaths/' + i0,
                schemaPath: '#/properties/hostPaths/items/maxLength',
                keyword: 'maxLength',
                params: { limit: 500 },
                message: 'must NOT have more than 500 characters',
                schema: 500,
                parentSchema: schema117.properties.hostPaths.items,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (!pattern76.test(data4)) {
              const err6 = {
                instancePath: instancePath + '/hostPaths/' + i0,
                schemaPath: '#/properties/hostPaths/items/pattern',
                keyword: 'pattern',
                params: { pattern: '^/' },
                message: 'must match pattern "' + '^/' + '"',
                schema: '^/',
                parentSchema: schema117.properties.hostPaths.items,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = {
              instancePath: instancePath + '/hostPaths/' + i0,
              schemaPath: '#/properties/hostPaths/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema117.properties.hostPaths.items.type,
              parentSchema: schema117.properties.hostPaths.items,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        let i1 = data3.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--;) {
            let item0 = data3[i1];
            if (typeof item0 !== 'string') {
              continue;
            }
            if (typeof indices0[item0] == 'number') {
              j0 = indices0[item0];
              const err8 = {
                instancePath: instancePath + '/hostPaths',
                schemaPath: '#/properties/hostPaths/uniqueItems',
                keyword: 'uniqueItems',
                params: { i: i1, j: j0 },
                message:
                  'must NOT have duplicate items (items ## ' +
                  j0 +
                  ' and ' +
                  i1 +
                  ' are identical)',
                schema: true,
                parentSchema: schema117.properties.hostPaths,
                data: data3,
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/hostPaths',
          schemaPath: '#/properties/hostPaths/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema117.properties.hostPaths.type,
          parentSchema: schema117.properties.hostPaths,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.hostPorts !== undefined) {
      let data5 = data.hostPorts;
      if (Array.isArray(data5)) {
        if (data5.length > 50) {
          const err10 = {
            instancePath: instancePath + '/hostPorts',
            schemaPath: '#/properties/hostPorts/maxItems',
            keyword: 'maxItems',
            params: { limit: 50 },
            message: 'must NOT have more than 50 items',
            schema: 50,
            parentSchema: schema117.properties.hostPorts,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        const len1 = data5.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data6 = data5[i2];
          if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
            const err11 = {
              instancePath: instancePath + '/hostPorts/' + i2,
              schemaPath: 'environment.schema.json#/$defs/Port/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema48.type,
              parentSchema: schema48,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          if (typeof data6 == 'number' && isFinite(data6)) {
            if (data6 > 65535 || isNaN(data6)) {
              const err12 = {
                instancePath: instancePath + '/hostPorts/' + i2,
                schemaPath: 'environment.schema.json#/$defs/Port/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 65535 },
                message: 'must be <= 65535',
                schema: 65535,
                parentSchema: schema48,
                data: data6,
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data6 < 1 || isNaN(data6)) {
              const err13 = {
                instancePath: instancePath + '/hostPorts/' + i2,
                schemaPath: 'environment.schema.json#/$defs/Port/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema48,
                data: data6,
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
        }
        let i3 = data5.length;
        let j1;
        if (i3 > 1) {
          outer0: for (; i3--;) {
            for (j1 = i3; j1--;) {
              if (func0(data5[i3], data5[j1])) {
                const err14 = {
                  instancePath: instancePath + '/hostPorts',
                  schemaPath: '#/properties/hostPorts/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i3, j: j1 },
                  message:
                    'must NOT have duplicate items (items ## ' +
                    j1 +
                    ' and ' +
                    i3 +
                    ' are identical)',
                  schema: true,
                  parentSchema: schema117.properties.hostPorts,
                  data: data5,
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/hostPorts',
          schemaPath: '#/properties/hostPorts/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema117.properties.hostPorts.type,
          parentSchema: schema117.properties.hostPorts,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    let data7 = data.sharedNamespaces;
    if (typeof data7 !== 'boolean') {
      const err16 = {
        instancePath: instancePath + '/sharedNamespaces',
        schemaPath: '#/properties/sharedNamespaces/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
        schema: schema117.properties.sharedNamespaces.type,
        parentSchema: schema117.properties.sharedNamespaces,
        data: data7,
      };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    if (data.composeKeys !== undefined) {
      let data8 = data.composeKeys;
      if (Array.isArray(data8)) {
        if (data8.length > 50) {
          const err17 = {
            instancePath: instancePath + '/composeKeys',
            schemaPath: '#/properties/composeKeys/maxItems',
            keyword: 'maxItems',
            params: { limit: 50 },
            message: 'must NOT have more than 50 items',
            schema: 50,
            parentSchema: schema117.properties.composeKeys,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        const len2 = data8.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data9 = data8[i4];
          if (typeof data9 === 'string') {
            if (func2(data9) > 100) {
              const err18 = {
                instancePath: instancePath + '/composeKeys/' + i4,
                schemaPath: '#/properties/composeKeys/items/maxLength',
                keyword: 'maxLength',
                params: { limit: 100 },
                message: 'must NOT have more than 100 characters',
                schema: 100,
                parentSchema: schema117.properties.composeKeys.items,
                data: data9,
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (!pattern77.test(data9)) {
              const err19 = {
                instancePath: instancePath + '/composeKeys/' + i4,
                schemaPath: '#/properties/composeKeys/items/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z_]+(\\.[a-z_]+)*$' },
                message: 'must match pattern "' + '^[a-z_]+(\\.[a-z_]+)*$' + '"',
                schema: '^[a-z_]+(\\.[a-z_]+)*$',
                parentSchema: schema117.properties.composeKeys.items,
                data: data9,
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = {
              instancePath: instancePath + '/composeKeys/' + i4,
              schemaPath: '#/properties/composeKeys/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema117.properties.composeKeys.items.type,
              parentSchema: schema117.properties.composeKeys.items,
              data: data9,
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        let i5 = data8.length;
        let j2;
        if (i5 > 1) {
          const indices1 = {};
          for (; i5--;) {
            let item1 = data8[i5];
            if (typeof item1 !== 'string') {
              continue;
            }
            if (typeof indices1[item1] == 'number') {
              j2 = indices1[item1];
              const err21 = {
                instancePath: instancePath + '/composeKeys',
                schemaPath: '#/properties/composeKeys/uniqueItems',
                keyword: 'uniqueItems',
                params: { i: i5, j: j2 },
                message:
                  'must NOT have duplicate items (items ## ' +
                  j2 +
                  ' and ' +
                  i5 +
                  ' are identical)',
                schema: true,
                parentSchema: schema117.properties.composeKeys,
                data: data8,
              };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
              break;
            }
            indices1[item1] = i5;
          }
        }
      } else {
        const err22 = {
          instancePath: instancePath + '/composeKeys',
          schemaPath: '#/properties/composeKeys/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema117.properties.composeKeys.type,
          parentSchema: schema117.properties.composeKeys,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.secrets !== undefined) {
      let data10 = data.secrets;
      if (Array.isArray(data10)) {
        if (data10.length > 100) {
          const err23 = {
            instancePath: instancePath + '/secrets',
            schemaPath: '#/properties/secrets/maxItems',
            keyword: 'maxItems',
            params: { limit: 100 },
            message: 'must NOT have more than 100 items',
            schema: 100,
            parentSchema: schema117.properties.secrets,
            data: data10,
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        const len3 = data10.length;
        for (let i6 = 0; i6 < len3; i6++) {
          let data11 = data10[i6];
          if (typeof data11 === 'string') {
            if (func2(data11) > 500) {
              const err24 = {
                instancePath: instancePath + '/secrets/' + i6,
                schemaPath: 'environment.schema.json#/$defs/RepoPath/maxLength',
                keyword: 'maxLength',
                params: { limit: 500 },
                message: 'must NOT have more than 500 characters',
                schema: 500,
                parentSchema: schema43,
                data: data11,
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (func2(data11) < 1) {
              const err25 = {
                instancePath: instancePath + '/secrets/' + i6,
                schemaPath: 'environment.schema.json#/$defs/RepoPath/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema43,
                data: data11,
              };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (!pattern13.test(data11)) {
              const err26 = {
                instancePath: instancePath + '/secrets/' + i6,
                schemaPath: 'environment.schema.json#/$defs/RepoPath/pattern',
                keyword: 'pattern',
                params: { pattern: '^[^/\\\\\\u0000][^\\\\\\u0000]*$' },
                message: 'must match pattern "' + '^[^/\\\\\\u0000][^\\\\\\u0000]*$' + '"',
                schema: '^[^/\\\\\\u0000][^\\\\\\u0000]*$',
                parentSchema: schema43,
                data: data11,
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = {
              instancePath: instancePath + '/secrets/' + i6,
              schemaPath: 'environment.schema.json#/$defs/RepoPath/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema43.type,
              parentSchema: schema43,
              data: data11,
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        let i7 = data10.length;
        let j3;
        if (i7 > 1) {
          outer1: for (; i7--;) {
            for (j3 = i7; j3--;) {
              if (func0(data10[i7], data10[j3])) {
                const err28 = {
                  instancePath: instancePath + '/secrets',
                  schemaPath: '#/properties/secrets/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i7, j: j3 },
                  message:
                    'must NOT have duplicate items (items ## ' +
                    j3 +
                    ' and ' +
                    i7 +
                    ' are identical)',
                  schema: true,
                  parentSchema: schema117.properties.secrets,
                  data: data10,
                };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err29 = {
          instancePath: instancePath + '/secrets',
          schemaPath: '#/properties/secrets/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema117.properties.secrets.type,
          parentSchema: schema117.properties.secrets,
          data: data10,
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema117.type,
      parentSchema: schema117,
      data,
    };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
validate56.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate47(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://wharf.dev/schemas/repository.schema.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate47.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.apiVersion === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'apiVersion' },
        message: "must have required property '" + 'apiVersion' + "'",
        schema: schema98.required,
        parentSchema: schema98,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
        schema: schema98.required,
        parentSchema: schema98,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.environments === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'environments' },
        message: "must have required property '" + 'environments' + "'",
        schema: schema98.required,
        parentSchema: schema98,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === '$schema' ||
        key0 === 'apiVersion' ||
        key0 === 'kind' ||
        key0 === 'environments' ||
        key0 === 'previews' ||
        key0 === 'policy'
      )) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema98,
          data,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.$schema !== undefined) {
      let data0 = data.$schema;
      if (typeof data0 !== 'string') {
        const err4 = {
          instancePath: instancePath + '/$schema',
          schemaPath: '#/properties/%24schema/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema98.properties.$schema.type,
          parentSchema: schema98.properties.$schema,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== undefined) {
      let data1 = data.apiVersion;
      if ('wharf/v1' !== data1) {
        const err5 = {
          instancePath: instancePath + '/apiVersion',
          schemaPath: '#/properties/apiVersion/const',
          keyword: 'const',
          params: { allowedValue: 'wharf/v1' },
          message: 'must be equal to constant',
          schema: 'wharf/v1',
          parentSchema: schema98.properties.apiVersion,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.kind !== undefined) {
      let data2 = data.kind;
      if ('Repository' !== data2) {
        const err6 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/const',
          keyword: 'const',
          params: { allowedValue: 'Repository' },
          message: 'must be equal to constant',
          schema: 'Repository',
          parentSchema: schema98.properties.kind,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.environments !== undefined) {
      let data3 = data.environments;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        if (Object.keys(data3).length > 1000) {
          const err7 = {
            instancePath: instancePath + '/environments',
            schemaPath: '#/properties/environments/maxProperties',
            keyword: 'maxProperties',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 properties',
            schema: 1000,
            parentSchema: schema98.properties.environments,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (Object.keys(data3).length < 1) {
          const err8 = {
            instancePath: instancePath + '/environments',
            schemaPath: '#/properties/environments/minProperties',
            keyword: 'minProperties',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 properties',
            schema: 1,
            parentSchema: schema98.properties.environments,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key1 in data3) {
          const _errs8 = errors;
          if (typeof key1 === 'string') {
            if (!pattern4.test(key1)) {
              const err9 = {
                instancePath: instancePath + '/environments',
                schemaPath: 'environment.schema.json#/$defs/EnvironmentName/pattern',
                keyword: 'pattern',
                params: {
                  pattern:
                    '^(?!edge$)(?!(?:.*-)?(?:blue|green|infra)(?:-|$))(?:[a-z][a-z0-9-]{0,38}[a-z0-9]|[a-z])$',
                },
                message:
                  'must match pattern "' +
                  '^(?!edge$)(?!(?:.*-)?(?:blue|green|infra)(?:-|$))(?:[a-z][a-z0-9-]{0,38}[a-z0-9]|[a-z])$' +
                  '"',
                schema:
                  '^(?!edge$)(?!(?:.*-)?(?:blue|green|infra)(?:-|$))(?:[a-z][a-z0-9-]{0,38}[a-z0-9]|[a-z])$',
                parentSchema: schema32,
                data: key1,
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = {
              instancePath: instancePath + '/environments',
              schemaPath: 'environment.schema.json#/$defs/EnvironmentName/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema32.type,
              parentSchema: schema32,
              data: key1,
              propertyName: key1,
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          var valid1 = _errs8 === errors;
          if (!valid1) {
            const err11 = {
              instancePath: instancePath + '/environments',
              schemaPath: '#/properties/environments/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key1 },
              message: 'property name must be valid',
              schema: schema98.properties.environments.propertyNames,
              parentSchema: schema98.properties.environments,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        for (const key2 in data3) {
          if (
            !validate48(data3[key2], {
              instancePath:
                instancePath + '/environments/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data3,
              parentDataProperty: key2,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/environments',
          schemaPath: '#/properties/environments/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema98.properties.environments.type,
          parentSchema: schema98.properties.environments,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.previews !== undefined) {
      if (
        !validate50(data.previews, {
          instancePath: instancePath + '/previews',
          parentData: data,
          parentDataProperty: 'previews',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.policy !== undefined) {
      let data6 = data.policy;
      if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
        if (Object.keys(data6).length > 1000) {
          const err13 = {
            instancePath: instancePath + '/policy',
            schemaPath: '#/properties/policy/maxProperties',
            keyword: 'maxProperties',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 properties',
            schema: 1000,
            parentSchema: schema98.properties.policy,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        for (const key3 in data6) {
          const _errs17 = errors;
          if (typeof key3 === 'string') {
            if (!pattern7.test(key3)) {
              const err14 = {
                instancePath: instancePath + '/policy',
                schemaPath: 'environment.schema.json#/$defs/Name/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z][a-z0-9-]{0,38}[a-z0-9]$|^[a-z]$' },
                message: 'must match pattern "' + '^[a-z][a-z0-9-]{0,38}[a-z0-9]$|^[a-z]$' + '"',
                schema: '^[a-z][a-z0-9-]{0,38}[a-z0-9]$|^[a-z]$',
                parentSchema: schema35,
                data: key3,
                propertyName: key3,
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = {
              instancePath: instancePath + '/policy',
              schemaPath: 'environment.schema.json#/$defs/Name/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema35.type,
              parentSchema: schema35,
              data: key3,
              propertyName: key3,
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          var valid4 = _errs17 === errors;
          if (!valid4) {
            const err16 = {
              instancePath: instancePath + '/policy',
              schemaPath: '#/properties/policy/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key3 },
              message: 'property name must be valid',
              schema: schema98.properties.policy.propertyNames,
              parentSchema: schema98.properties.policy,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        for (const key4 in data6) {
          if (
            !validate56(data6[key4], {
              instancePath:
                instancePath + '/policy/' + key4.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data6,
              parentDataProperty: key4,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/policy',
          schemaPath: '#/properties/policy/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema98.properties.policy.type,
          parentSchema: schema98.properties.policy,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema98.type,
      parentSchema: schema98,
      data,
    };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate47.errors = vErrors;
  return errors === 0;
}
validate47.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const WharfConfig: ValidateFunction = validate58;
const schema120 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://wharf.dev/schemas/config.schema.json',
  title: 'WharfConfig',
  description:
    'Settings of one wharf installation (one host): where the environments repository is, where wharf keeps its state, how to reach Redis, and how the edge listens. Secrets (tokens) are named by file, never written here.',
  type: 'object',
  additionalProperties: false,
  required: ['repository'],
  properties: {
    $schema: { type: 'string', description: 'Editor hint; ignored by wharf.' },
    repository: {
      type: 'object',
      additionalProperties: false,
      required: ['url'],
      description: 'The environments repository.',
      properties: {
        url: {
          type: 'string',
          minLength: 1,
          maxLength: 2000,
          description:
            'Clone URL (https://, ssh://, file://) or local path of the environments repository.',
        },
        tokenFile: {
          type: 'string',
          pattern: '^/',
          'x-hint': 'write an absolute path such as `/etc/wharf/github-token`',
          description:
            'File holding a token for HTTPS clones (a GitHub token with read access to the repository).',
        },
      },
    },
    stateDir: {
      type: 'string',
      pattern: '^/',
      default: '/var/lib/wharf',
      'x-hint': 'write an absolute path such as `/var/lib/wharf`',
      description:
        'Where wharf keeps rendered Compose projects, the repository mirror and the secret store.',
    },
    installationId: {
      type: 'string',
      pattern: '^[a-z0-9][a-z0-9-]{0,62}$',
      'x-hint': 'use up to 63 lowercase letters, digits and dashes, such as `prod-1`',
      description:
        'Identity of this wharf installation, carried by the edge and every container it deploys (label `wharf.installation`): another installation on the same Docker host refuses to adopt them. Default: the id kept in `<stateDir>/installation-id`, written at random the first time wharf starts.',
    },
    redis: {
      type: 'object',
      additionalProperties: false,
      description: 'Redis for history, locks and (with `wharf serve`) the job queue.',
      properties: {
        url: {
          type: 'string',
          pattern: '^rediss?://',
          default: 'redis://127.0.0.1:6379',
          'x-hint': 'write a URL such as `redis://127.0.0.1:6379`',
          description: 'Redis URL.',
        },
        prefix: {
          type: 'string',
          pattern: '^[A-Za-z0-9_.-]{1,50}$',
          default: 'wharf',
          'x-hint': 'use letters, digits, dots, dashes and underscores',
          description:
            'Prefix of every key wharf writes, so several installations can share a Redis.',
        },
      },
      default: {},
    },
    edge: {
      type: 'object',
      additionalProperties: false,
      description: "The host's Nginx, the only entry point of every environment.",
      properties: {
        project: {
          type: 'string',
          pattern: '^[a-z][a-z0-9-]{0,38}[a-z0-9]$',
          default: 'wharf-edge',
          'x-hint': 'use lowercase letters, digits and dashes, such as `wharf-edge`',
          description:
            'Compose project of the edge (its container is `<project>-nginx-1`). One per Docker host for the installation that serves it; a second installation on the same host needs its own project and ports.',
        },
        image: {
          type: 'string',
          minLength: 1,
          default: 'nginx:1.27',
          description:
            'Nginx image of the edge: Nginx 1.27.3 or newer (upstream servers are resolved at run time, with `resolve`).',
        },
        bind: {
          type: 'string',
          pattern: '^[0-9.]+$|^\\[[0-9a-f:]+\\]$',
          default: '0.0.0.0',
          'x-hint': 'write an IP address such as `0.0.0.0` or `127.0.0.1`',
          description: "Address the edge's ports are published on.",
        },
        httpPort: {
          type: 'integer',
          minimum: 1,
          maximum: 65535,
          default: 80,
          description: 'Host port for HTTP.',
        },
        httpsPort: {
          type: 'integer',
          minimum: 1,
          maximum: 65535,
          default: 443,
          description: 'Host port for HTTPS.',
        },
        previewPort: {
          type: 'integer',
          minimum: 1,
          maximum: 65535,
          default: 8099,
          description:
            'Host port of the preview listener, where wharf probes a new colour before it gets traffic. Always bound to 127.0.0.1.',
        },
        renewBefore: {
          type: 'string',
          pattern: '^[0-9]{1,6}(ms|s|m|h|d)$',
          default: '30d',
          'x-hint': 'write a duration such as `30d`',
          description:
            'Certificates are renewed when they expire sooner than this (checked on every reconcile).',
        },
        acmeTimeout: {
          type: 'string',
          pattern: '^[1-9][0-9]{0,5}(ms|s|m)$',
          default: '30s',
          'x-hint': 'write a duration such as `30s`',
          description:
            'Longest one request to the ACME server may take before the issuance gives up (retried at the next reconcile).',
        },
        acmeDeadline: {
          type: 'string',
          pattern: '^[1-9][0-9]{0,5}(ms|s|m|h)$',
          default: '3m',
          'x-hint': 'write a duration such as `3m`',
          description:
            "Longest a whole ACME issuance (order, challenges, polling) may take. It runs after the deploy released the environment's lock, so it never holds a deploy.",
        },
        acmeCaFile: {
          type: 'string',
          pattern: '^/',
          'x-hint': 'write an absolute path',
          description:
            "PEM file of a certificate authority to trust for the ACME server's own HTTPS (a private or test ACME server); the system's authorities otherwise.",
        },
        acmeDirectory: {
          type: 'string',
          pattern: '^https://',
          'x-hint': 'write the https:// URL of the ACME directory',
          description:
            "ACME directory for environments whose manifest names none (for example Let's Encrypt's staging server while trying wharf out). Default: Let's Encrypt production.",
        },
      },
      default: {},
    },
    images: {
      type: 'object',
      maxProperties: 500,
      additionalProperties: { type: 'string', minLength: 1 },
      description:
        'Image substitutions on this host: the image a manifest names -> the image run instead (a local mirror, or test images).',
      default: {},
    },
    registries: {
      type: 'array',
      maxItems: 50,
      default: [],
      description:
        'Private registries and the credentials to pull from them. For each deploy wharf writes a Docker client configuration holding only these logins, passes it to `docker compose`, and removes it when the command ends; the password is read from its file each time and never logged. Credentials live here, not in manifests: a pull request cannot send them to a registry of its choosing.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['server', 'username', 'passwordFile'],
        properties: {
          server: {
            type: 'string',
            pattern: '^[A-Za-z0-9.-]+(:[0-9]{1,5})?$',
            'x-hint':
              "write the registry's host, with its port if not 443, such as `registry.example.com` or `10.0.0.5:5000`",
            description:
              "The registry's host (and port) as image names begin with it: `registry.example.com/app:1` is pulled from `registry.example.com`.",
          },
          username: {
            type: 'string',
            minLength: 1,
            description:
              'The account wharf logs in with (a read-only, pull-only account or token name is enough).',
          },
          passwordFile: {
            type: 'string',
            pattern: '^/',
            'x-hint': 'write an absolute path',
            description: 'File holding the password or access token (mode 0600).',
          },
        },
      },
    },
    composeTimeout: {
      type: 'string',
      pattern: '^[0-9]{1,6}(s|m|h)$',
      default: '10m',
      'x-hint': 'write a duration such as `300s` or `10m`',
      description: 'Longest one `docker compose` call may take (health waits come on top).',
    },
    backupTimeout: {
      type: 'string',
      pattern: '^[1-9][0-9]{0,5}(s|m|h)$',
      default: '1h',
      'x-hint': 'write a duration such as `30m` or `2h`',
      description:
        'Longest one backup or restore command (`pg_dump`, `pg_restore`, the RabbitMQ export) may take; it is stopped after that, inside the container too, and the backup fails, retryable.',
    },
    server: {
      type: 'object',
      additionalProperties: false,
      description:
        'The HTTP server of `wharf serve`: GitHub webhooks, health, metrics, the dashboard and the queue view.',
      properties: {
        bind: {
          type: 'string',
          default: '127.0.0.1',
          pattern: '^[0-9.]+$|^\\[[0-9a-f:]+\\]$',
          'x-hint': 'write an IP address such as `0.0.0.0` or `127.0.0.1`',
          description:
            'Address to listen on; put a TLS-terminating proxy (or the edge) in front for GitHub.',
        },
        port: {
          type: 'integer',
          minimum: 1,
          maximum: 65535,
          default: 8787,
          description: 'Port to listen on.',
        },
        bridgeMetricsPort: {
          type: 'integer',
          minimum: 0,
          maximum: 65535,
          default: 8788,
          description:
            "Port of a second listener, on the Docker bridge's gateway address (what `host.docker.internal` resolves to in a container), that answers only `GET /metrics`: an environment's Prometheus scrapes wharf there. 0 turns it off.",
        },
        adminTokenFile: {
          type: 'string',
          pattern: '^/',
          'x-hint': 'write an absolute path',
          description:
            'File holding the token that opens the dashboard (`/`) and the queue view (`/admin/queues`); `WHARF_ADMIN_TOKEN` overrides it. Without one, both stay closed.',
        },
      },
      default: {},
    },
    secrets: {
      type: 'object',
      additionalProperties: false,
      description:
        'Secrets kept in the environments repository, encrypted with age (`source: file` in a manifest).',
      properties: {
        ageIdentityFile: {
          type: 'string',
          pattern: '^/',
          'x-hint': 'write an absolute path',
          description:
            "File with this host's age identities (`AGE-SECRET-KEY-1…` lines, as `age-keygen` writes them), read at each deploy. Encrypt a secret to its recipient (`age-keygen -y FILE`) and commit it; wharf decrypts it into the environment's secret store when it applies the environment. Without it, an environment with such a secret does not deploy.",
        },
      },
    },
    webhook: {
      type: 'object',
      additionalProperties: false,
      description:
        'Forge webhooks (GitHub, GitLab, Gitea, Forgejo): one secret for all, one allow-list of repositories.',
      properties: {
        secretFile: {
          type: 'string',
          pattern: '^/',
          'x-hint': 'write an absolute path such as `/etc/wharf/webhook-secret`',
          description:
            'File holding the webhook secret (also read from WHARF_WEBHOOK_SECRET). Required by `wharf serve`.',
        },
        previousSecretFile: {
          type: 'string',
          pattern: '^/',
          'x-hint': 'write an absolute path',
          description: 'While rotating the secret: the old one, still accepted.',
        },
        repositories: {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: {
            type: 'string',
            pattern: '^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$',
            'x-hint': 'write a repository as `owner/name` (GitLab: `group/sub/name`)',
          },
          description:
            'Repositories (`owner/name`; on GitLab the project path, which may be nested: `group/sub/name`) whose webhooks are accepted; others get 403.',
        },
        deployTags: {
          type: 'boolean',
          default: false,
          description:
            'Route pushed tags to environments whose `tags` glob matches (ignored otherwise).',
        },
      },
      default: {},
    },
    github: {
      type: 'object',
      additionalProperties: false,
      required: ['repository'],
      description:
        'Feedback on GitHub: commit statuses and Deployments. Without it, wharf reports nothing to GitHub.',
      properties: {
        apiUrl: {
          type: 'string',
          pattern: '^https?://',
          default: 'https://api.github.com',
          'x-hint': 'write the API base URL such as `https://api.github.com`',
          description: 'GitHub API base URL (GitHub Enterprise: `https://HOST/api/v3`).',
        },
        tokenFile: {
          type: 'string',
          pattern: '^/',
          'x-hint': 'write an absolute path',
          description:
            'File holding a token with the `repo` scope (fine-grained: Commit statuses, Deployments, Pull requests and Issues, read and write: statuses, Deployments, the pull-request comment).',
        },
        repository: {
          type: 'string',
          pattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$',
          'x-hint': 'write a repository as `owner/name`',
          description: 'The environments repository on GitHub, where statuses and Deployments go.',
        },
        environmentUrl: {
          type: 'string',
          default: 'https://{host}',
          description: "URL shown on each Deployment; `{host}` becomes the environment's host.",
        },
        webUrl: {
          type: 'string',
          pattern: '^https?://',
          default: 'https://github.com',
          'x-hint': 'write the web address such as `https://github.com`',
          description:
            "GitHub's web address, for links to commits and pull requests from the dashboard.",
        },
      },
    },
    forge: {
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'apiUrl', 'webUrl', 'repository'],
      description:
        'Feedback on GitLab, Gitea or Forgejo: commit statuses, the plan comment on the merge or pull request, and (GitLab only) deployments. Takes the place of `github`: one forge gets feedback at a time. See docs/forges.md.',
      properties: {
        kind: {
          enum: ['gitlab', 'gitea', 'forgejo'],
          'x-hint': 'write `gitlab`, `gitea` or `forgejo`',
          description: 'Which forge the environments repository lives on.',
        },
        apiUrl: {
          type: 'string',
          pattern: '^https?://',
          'x-hint':
            'write the API base URL such as `https://gitlab.com/api/v4` or `https://codeberg.org/api/v1`',
          description:
            "The forge's REST API base URL: GitLab `https://HOST/api/v4`, Gitea and Forgejo `https://HOST/api/v1`.",
        },
        webUrl: {
          type: 'string',
          pattern: '^https?://',
          'x-hint': 'write the web address such as `https://gitlab.com`',
          description: "The forge's web address, for links to commits and merge or pull requests.",
        },
        tokenFile: {
          type: 'string',
          pattern: '^/',
          'x-hint': 'write an absolute path',
          description:
            'File holding the API token (GitLab: a project access token with the `api` scope and the Developer role; Gitea and Forgejo: a token with `write:repository` and `write:issue`).',
        },
        repository: {
          type: 'string',
          pattern: '^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$',
          'x-hint': 'write a repository as `owner/name` (GitLab: `group/sub/name`)',
          description:
            "The environments repository on the forge: `owner/name`, or GitLab's project path (`group/sub/name`).",
        },
      },
    },
    node: {
      type: 'string',
      pattern: '^[a-z][a-z0-9-]{0,38}[a-z0-9]$|^[a-z]$',
      default: 'local',
      description:
        'The node (host) this process deploys for: it takes only the deploys of environments whose manifest names this node (`wharf agent --node` and `wharf serve --node` override it). The node of `wharf serve` is also the default node, where environments that name none go.',
    },
    queue: {
      type: 'object',
      additionalProperties: false,
      description: 'The BullMQ job queue that runs deploys.',
      properties: {
        concurrency: {
          type: 'integer',
          minimum: 1,
          maximum: 32,
          default: 2,
          description:
            'Environments one process deploys at the same time (one deploy per environment across all processes, always).',
        },
        resyncInterval: {
          type: 'string',
          pattern: '^[0-9]{1,6}(s|m|h)$',
          default: '3m',
          'x-hint': 'write a duration such as `3m`',
          description:
            'How often every environment is reconciled with git, so a lost webhook costs at most this long.',
        },
        attempts: {
          type: 'integer',
          minimum: 1,
          maximum: 100,
          default: 5,
          description:
            'Tries of a deploy that fails for a reason that may pass (network, Docker busy), with exponential backoff.',
        },
      },
      default: {},
    },
    notifications: {
      type: 'object',
      additionalProperties: false,
      description:
        'Who hears about deploys: Slack-compatible webhooks, Microsoft Teams, email, a signed JSON webhook. Delivered from a Redis queue with retries; a failed delivery never changes the deploy it reports. See docs/notifications.md.',
      properties: {
        attempts: {
          type: 'integer',
          minimum: 1,
          maximum: 30,
          default: 8,
          description: 'Tries of one delivery, the first included.',
        },
        backoff: {
          type: 'string',
          pattern: '^[1-9][0-9]{0,5}(ms|s|m)$',
          default: '5s',
          'x-hint': 'write a duration such as `5s`',
          description: 'Wait before the second try; it doubles before each next one.',
        },
        timeout: {
          type: 'string',
          pattern: '^[1-9][0-9]{0,5}(ms|s|m)$',
          default: '10s',
          'x-hint': 'write a duration such as `10s`',
          description: 'Longest one try may take (connect, send, answer).',
        },
        receivers: {
          type: 'array',
          maxItems: 50,
          default: [],
          description: 'The receivers; each gets the events its filters let through.',
          items: {
            oneOf: [
              {
                type: 'object',
                additionalProperties: false,
                required: ['name', 'kind', 'urlFile'],
                description:
                  "A Slack incoming webhook, or one that speaks its format (Mattermost, Discord's `/slack` endpoint).",
                properties: {
                  name: {
                    type: 'string',
                    pattern: '^[A-Za-z0-9_.-]{1,60}$',
                    'x-hint': 'use letters, digits, dots, dashes and underscores',
                    description: 'Name of the receiver, shown in logs, metrics and the dashboard.',
                  },
                  environments: {
                    type: 'array',
                    minItems: 1,
                    items: { type: 'string', minLength: 1, maxLength: 100 },
                    description:
                      'Environment globs (`*` any run of characters) this receiver hears about; every environment without it.',
                  },
                  events: {
                    type: 'array',
                    minItems: 1,
                    uniqueItems: true,
                    items: {
                      enum: [
                        'deploy-succeeded',
                        'deploy-failed',
                        'rolled-back',
                        'blocked',
                        'waiting',
                        'preview-ready',
                        'preview-removed',
                        'certificate-failed',
                        'backup-failed',
                      ],
                    },
                    description: 'Events this receiver hears about; every event without it.',
                  },
                  kind: { const: 'slack' },
                  urlFile: {
                    type: 'string',
                    pattern: '^/',
                    'x-hint': 'write an absolute path',
                    description:
                      'File holding the webhook URL (it carries the secret, so it is never written in the configuration).',
                  },
                },
              },
              {
                type: 'object',
                additionalProperties: false,
                required: ['name', 'kind', 'urlFile'],
                description:
                  'A Microsoft Teams Workflows webhook ("When a Teams webhook request is received"); wharf posts an Adaptive Card.',
                properties: {
                  name: {
                    type: 'string',
                    pattern: '^[A-Za-z0-9_.-]{1,60}$',
                    'x-hint': 'use letters, digits, dots, dashes and underscores',
                    description: 'Name of the receiver, shown in logs, metrics and the dashboard.',
                  },
                  environments: {
                    type: 'array',
                    minItems: 1,
                    items: { type: 'string', minLength: 1, maxLength: 100 },
                    description:
                      'Environment globs (`*` any run of characters) this receiver hears about; every environment without it.',
                  },
                  events: {
                    type: 'array',
                    minItems: 1,
                    uniqueItems: true,
                    items: {
                      enum: [
                        'deploy-succeeded',
                        'deploy-failed',
                        'rolled-back',
                        'blocked',
                        'waiting',
                        'preview-ready',
                        'preview-removed',
                        'certificate-failed',
                        'backup-failed',
                      ],
                    },
                    description: 'Events this receiver hears about; every event without it.',
                  },
                  kind: { const: 'teams' },
                  urlFile: {
                    type: 'string',
                    pattern: '^/',
                    'x-hint': 'write an absolute path',
                    description:
                      'File holding the webhook URL (it carries the secret, so it is never written in the configuration).',
                  },
                },
              },
              {
                type: 'object',
                additionalProperties: false,
                required: ['name', 'kind', 'url', 'secretFile'],
                description:
                  'A JSON webhook signed with HMAC-SHA256 of the body (`X-Wharf-Signature-256`).',
                properties: {
                  name: {
                    type: 'string',
                    pattern: '^[A-Za-z0-9_.-]{1,60}$',
                    'x-hint': 'use letters, digits, dots, dashes and underscores',
                    description: 'Name of the receiver, shown in logs, metrics and the dashboard.',
                  },
                  environments: {
                    type: 'array',
                    minItems: 1,
                    items: { type: 'string', minLength: 1, maxLength: 100 },
                    description:
                      'Environment globs (`*` any run of characters) this receiver hears about; every environment without it.',
                  },
                  events: {
                    type: 'array',
                    minItems: 1,
                    uniqueItems: true,
                    items: {
                      enum: [
                        'deploy-succeeded',
                        'deploy-failed',
                        'rolled-back',
                        'blocked',
                        'waiting',
                        'preview-ready',
                        'preview-removed',
                        'certificate-failed',
                        'backup-failed',
                      ],
                    },
                    description: 'Events this receiver hears about; every event without it.',
                  },
                  kind: { const: 'webhook' },
                  url: {
                    type: 'string',
                    pattern: '^https?://',
                    maxLength: 2000,
                    'x-hint': 'write an http(s):// URL',
                    description:
                      'Where the JSON is posted (keep secrets out of it: the signature authenticates).',
                  },
                  secretFile: {
                    type: 'string',
                    pattern: '^/',
                    'x-hint': 'write an absolute path',
                    description: 'File holding the signing secret.',
                  },
                },
              },
              {
                type: 'object',
                additionalProperties: false,
                required: ['name', 'kind', 'smtp', 'from', 'to'],
                description: 'Email over SMTP.',
                properties: {
                  name: {
                    type: 'string',
                    pattern: '^[A-Za-z0-9_.-]{1,60}$',
                    'x-hint': 'use letters, digits, dots, dashes and underscores',
                    description: 'Name of the receiver, shown in logs, metrics and the dashboard.',
                  },
                  environments: {
                    type: 'array',
                    minItems: 1,
                    items: { type: 'string', minLength: 1, maxLength: 100 },
                    description:
                      'Environment globs (`*` any run of characters) this receiver hears about; every environment without it.',
                  },
                  events: {
                    type: 'array',
                    minItems: 1,
                    uniqueItems: true,
                    items: {
                      enum: [
                        'deploy-succeeded',
                        'deploy-failed',
                        'rolled-back',
                        'blocked',
                        'waiting',
                        'preview-ready',
                        'preview-removed',
                        'certificate-failed',
                        'backup-failed',
                      ],
                    },
                    description: 'Events this receiver hears about; every event without it.',
                  },
                  kind: { const: 'email' },
                  smtp: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['host'],
                    description: 'The SMTP server.',
                    properties: {
                      host: { type: 'string', minLength: 1, description: 'SMTP host.' },
                      port: {
                        type: 'integer',
                        minimum: 1,
                        maximum: 65535,
                        description: 'SMTP port; 587 (465 with `secure`) without it.',
                      },
                      secure: {
                        type: 'boolean',
                        description:
                          'TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. Default: true on port 465 only.',
                      },
                      user: { type: 'string', minLength: 1, description: 'User to log in as.' },
                      passwordFile: {
                        type: 'string',
                        pattern: '^/',
                        'x-hint': 'write an absolute path',
                        description: 'File holding the SMTP password.',
                      },
                    },
                  },
                  from: { type: 'string', minLength: 3, description: 'Sender address.' },
                  to: {
                    type: 'array',
                    minItems: 1,
                    items: { type: 'string', minLength: 3 },
                    description: 'Recipient addresses.',
                  },
                },
              },
            ],
          },
        },
      },
      default: {},
    },
  },
};
const pattern81 = new RegExp('^[a-z0-9][a-z0-9-]{0,62}$', 'u');
const pattern82 = new RegExp('^rediss?://', 'u');
const pattern83 = new RegExp('^[A-Za-z0-9_.-]{1,50}$', 'u');
const pattern84 = new RegExp('^[a-z][a-z0-9-]{0,38}[a-z0-9]$', 'u');
const pattern85 = new RegExp('^[0-9.]+$|^\\[[0-9a-f:]+\\]$', 'u');
const pattern87 = new RegExp('^[1-9][0-9]{0,5}(ms|s|m)$', 'u');
const pattern88 = new RegExp('^[1-9][0-9]{0,5}(ms|s|m|h)$', 'u');
const pattern91 = new RegExp('^[A-Za-z0-9.-]+(:[0-9]{1,5})?$', 'u');
const pattern93 = new RegExp('^[0-9]{1,6}(s|m|h)$', 'u');
const pattern94 = new RegExp('^[1-9][0-9]{0,5}(s|m|h)$', 'u');
const pattern100 = new RegExp('^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$', 'u');
const pattern101 = new RegExp('^https?://', 'u');
const pattern103 = new RegExp('^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$', 'u');
const pattern113 = new RegExp('^[A-Za-z0-9_.-]{1,60}$', 'u');
function validate58(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://wharf.dev/schemas/config.schema.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate58.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.stateDir === undefined) {
      data.stateDir = '/var/lib/wharf';
    }
    if (data.redis === undefined) {
      data.redis = {};
    }
    if (data.edge === undefined) {
      data.edge = {};
    }
    if (data.images === undefined) {
      data.images = {};
    }
    if (data.registries === undefined) {
      data.registries = [];
    }
    if (data.composeTimeout === undefined) {
      data.composeTimeout = '10m';
    }
    if (data.backupTimeout === undefined) {
      data.backupTimeout = '1h';
    }
    if (data.server === undefined) {
      data.server = {};
    }
    if (data.webhook === undefined) {
      data.webhook = {};
    }
    if (data.node === undefined) {
      data.node = 'local';
    }
    if (data.queue === undefined) {
      data.queue = {};
    }
    if (data.notifications === undefined) {
      data.notifications = {};
    }
    if (data.repository === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'repository' },
        message: "must have required property '" + 'repository' + "'",
        schema: schema120.required,
        parentSchema: schema120,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema120.properties, key0)) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema120,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.$schema !== undefined) {
      let data0 = data.$schema;
      if (typeof data0 !== 'string') {
        const err2 = {
          instancePath: instancePath + '/$schema',
          schemaPath: '#/properties/%24schema/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema120.properties.$schema.type,
          parentSchema: schema120.properties.$schema,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.repository !== undefined) {
      let data1 = data.repository;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        if (data1.url === undefined) {
          const err3 = {
            instancePath: instancePath + '/repository',
            schemaPath: '#/properties/repository/required',
            keyword: 'required',
            params: { missingProperty: 'url' },
            message: "must have required property '" + 'url' + "'",
            schema: schema120.properties.repository.required,
            parentSchema: schema120.properties.repository,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === 'url' || key1 === 'tokenFile')) {
            const err4 = {
              instancePath: instancePath + '/repository',
              schemaPath: '#/properties/repository/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema120.properties.repository,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data1.url !== undefined) {
          let data2 = data1.url;
          if (typeof data2 === 'string') {
            if (func2(data2) > 2000) {
              const err5 = {
                instancePath: instancePath + '/repository/url',
                schemaPath: '#/properties/repository/properties/url/maxLength',
                keyword: 'maxLength',
                params: { limit: 2000 },
                message: 'must NOT have more than 2000 characters',
                schema: 2000,
                parentSchema: schema120.properties.repository.properties.url,
                data: data2,
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (func2(data2) < 1) {
              const err6 = {
                instancePath: instancePath + '/repository/url',
                schemaPath: '#/properties/repository/properties/url/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema120.properties.repository.properties.url,
                data: data2,
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = {
              instancePath: instancePath + '/repository/url',
              schemaPath: '#/properties/repository/properties/url/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema120.properties.repository.properties.url.type,
              parentSchema: schema120.properties.repository.properties.url,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data1.tokenFile !== undefined) {
          let data3 = data1.tokenFile;
          if (typeof data3 === 'string') {
            if (!pattern76.test(data3)) {
              const err8 = {
                instancePath: instancePath + '/repository/tokenFile',
                schemaPath: '#/properties/repository/properties/tokenFile/pattern',
                keyword: 'pattern',
                params: { pattern: '^/' },
                message: 'must match pattern "' + '^/' + '"',
                schema: '^/',
                parentSchema: schema120.properties.repository.properties.tokenFile,
                data: data3,
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = {
              instancePath: instancePath + '/repository/tokenFile',
              schemaPath: '#/properties/repository/properties/tokenFile/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema120.properties.repository.properties.tokenFile.type,
              parentSchema: schema120.properties.repository.properties.tokenFile,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/repository',
          schemaPath: '#/properties/repository/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema120.properties.repository.type,
          parentSchema: schema120.properties.repository,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    let data4 = data.stateDir;
    if (typeof data4 === 'string') {
      if (!pattern76.test(data4)) {
        const err11 = {
          instancePath: instancePath + '/stateDir',
          schemaPath: '#/properties/stateDir/pattern',
          keyword: 'pattern',
          params: { pattern: '^/' },
          message: 'must match pattern "' + '^/' + '"',
          schema: '^/',
          parentSchema: schema120.properties.stateDir,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    } else {
      const err12 = {
        instancePath: instancePath + '/stateDir',
        schemaPath: '#/properties/stateDir/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema120.properties.stateDir.type,
        parentSchema: schema120.properties.stateDir,
        data: data4,
      };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.installationId !== undefined) {
      let data5 = data.installationId;
      if (typeof data5 === 'string') {
        if (!pattern81.test(data5)) {
          const err13 = {
            instancePath: instancePath + '/installationId',
            schemaPath: '#/properties/installationId/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9-]{0,62}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9-]{0,62}$' + '"',
            schema: '^[a-z0-9][a-z0-9-]{0,62}$',
            parentSchema: schema120.properties.installationId,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/installationId',
          schemaPath: '#/properties/installationId/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema120.properties.installationId.type,
          parentSchema: schema120.properties.installationId,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    let data6 = data.redis;
    if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
      if (data6.url === undefined) {
        data6.url = 'redis://127.0.0.1:6379';
      }
      if (data6.prefix === undefined) {
        data6.prefix = 'wharf';
      }
      for (const key2 in data6) {
        if (!(key2 === 'url' || key2 === 'prefix')) {
          const err15 = {
            instancePath: instancePath + '/redis',
            schemaPath: '#/properties/redis/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key2 },
            message: 'must NOT have additional properties',
            schema: false,
            parentSchema: schema120.properties.redis,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
      let data7 = data6.url;
      if (typeof data7 === 'string') {
        if (!pattern82.test(data7)) {
          const err16 = {
            instancePath: instancePath + '/redis/url',
            schemaPath: '#/properties/redis/properties/url/pattern',
            keyword: 'pattern',
            params: { pattern: '^rediss?://' },
            message: 'must match pattern "' + '^rediss?://' + '"',
            schema: '^rediss?://',
            parentSchema: schema120.properties.redis.properties.url,
            data: data7,
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/redis/url',
          schemaPath: '#/properties/redis/properties/url/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema120.properties.redis.properties.url.type,
          parentSchema: schema120.properties.redis.properties.url,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      let data8 = data6.prefix;
      if (typeof data8 === 'string') {
        if (!pattern83.test(data8)) {
          const err18 = {
            instancePath: instancePath + '/redis/prefix',
            schemaPath: '#/properties/redis/properties/prefix/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9_.-]{1,50}$' },
            message: 'must match pattern "' + '^[A-Za-z0-9_.-]{1,50}$' + '"',
            schema: '^[A-Za-z0-9_.-]{1,50}$',
            parentSchema: schema120.properties.redis.properties.prefix,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/redis/prefix',
          schemaPath: '#/properties/redis/properties/prefix/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema120.properties.redis.properties.prefix.type,
          parentSchema: schema120.properties.redis.properties.prefix,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    } else {
      const err20 = {
        instancePath: instancePath + '/redis',
        schemaPath: '#/properties/redis/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
        schema: schema120.properties.redis.type,
        parentSchema: schema120.properties.redis,
        data: data6,
      };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
    let data9 = data.edge;
    if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
      if (data9.project === undefined) {
        data9.project = 'wharf-edge';
      }
      if (data9.image === undefined) {
        data9.image = 'nginx:1.27';
      }
      if (data9.bind === undefined) {
        data9.bind = '0.0.0.0';
      }
      if (data9.httpPort === undefined) {
        data9.httpPort = 80;
      }
      if (data9.httpsPort === undefined) {
        data9.httpsPort = 443;
      }
      if (data9.previewPort === undefined) {
        data9.previewPort = 8099;
      }
      if (data9.renewBefore === undefined) {
        data9.renewBefore = '30d';
      }
      if (data9.acmeTimeout === undefined) {
        data9.acmeTimeout = '30s';
      }
      if (data9.acmeDeadline === undefined) {
        data9.acmeDeadline = '3m';
      }
      for (const key3 in data9) {
        if (!func1.call(schema120.properties.edge.properties, key3)) {
          const err21 = {
            instancePath: instancePath + '/edge',
            schemaPath: '#/properties/edge/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key3 },
            message: 'must NOT have additional properties',
            schema: false,
            parentSchema: schema120.properties.edge,
            data: data9,
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
      let data10 = data9.project;
      if (typeof data10 === 'string') {
        if (!pattern84.test(data10)) {
          const err22 = {
            instancePath: instancePath + '/edge/project',
            schemaPath: '#/properties/edge/properties/project/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z][a-z0-9-]{0,38}[a-z0-9]$' },
            message: 'must match pattern "' + '^[a-z][a-z0-9-]{0,38}[a-z0-9]$' + '"',
            schema: '^[a-z][a-z0-9-]{0,38}[a-z0-9]$',
            parentSchema: schema120.properties.edge.properties.project,
            data: data10,
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = {
          instancePath: instancePath + '/edge/project',
          schemaPath: '#/properties/edge/properties/project/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema120.properties.edge.properties.project.type,
          parentSchema: schema120.properties.edge.properties.project,
          data: data10,
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      let data11 = data9.image;
      if (typeof data11 === 'string') {
        if (func2(data11) < 1) {
          const err24 = {
            instancePath: instancePath + '/edge/image',
            schemaPath: '#/properties/edge/properties/image/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema120.properties.edge.properties.image,
            data: data11,
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = {
          instancePath: instancePath + '/edge/image',
          schemaPath: '#/properties/edge/properties/image/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema120.properties.edge.properties.image.type,
          parentSchema: schema120.properties.edge.properties.image,
          data: data11,
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      let data12 = data9.bind;
      if (typeof data12 === 'string') {
        if (!pattern85.test(data12)) {
          const err26 = {
            instancePath: instancePath + '/edge/bind',
            schemaPath: '#/properties/edge/properties/bind/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9.]+$|^\\[[0-9a-f:]+\\]$' },
            message: 'must match pattern "' + '^[0-9.]+$|^\\[[0-9a-f:]+\\]$' + '"',
            schema: '^[0-9.]+$|^\\[[0-9a-f:]+\\]$',
            parentSchema: schema120.properties.edge.properties.bind,
            data: data12,
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = {
          instancePath: instancePath + '/edge/bind',
          schemaPath: '#/properties/edge/properties/bind/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema120.properties.edge.properties.bind.type,
          parentSchema: schema120.properties.edge.properties.bind,
          data: data12,
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      let data13 = data9.httpPort;
      if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13) && isFinite(data13))) {
        const err28 = {
          instancePath: instancePath + '/edge/httpPort',
          schemaPath: '#/properties/edge/properties/httpPort/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema120.properties.edge.properties.httpPort.type,
          parentSchema: schema120.properties.edge.properties.httpPort,
          data: data13,
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      if (typeof data13 == 'number' && isFinite(data13)) {
        if (data13 > 65535 || isNaN(data13)) {
          const err29 = {
            instancePath: instancePath + '/edge/httpPort',
            schemaPath: '#/properties/edge/properties/httpPort/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 65535 },
            message: 'must be <= 65535',
            schema: 65535,
            parentSchema: schema120.properties.edge.properties.httpPort,
            data: data13,
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data13 < 1 || isNaN(data13)) {
          const err30 = {
            instancePath: instancePath + '/edge/httpPort',
            schemaPath: '#/properties/edge/properties/httpPort/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
            schema: 1,
            parentSchema: schema120.properties.edge.properties.httpPort,
            data: data13,
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
      let data14 = data9.httpsPort;
      if (!(typeof data14 == 'number' && !(data14 % 1) && !isNaN(data14) && isFinite(data14))) {
        const err31 = {
          instancePath: instancePath + '/edge/httpsPort',
          schemaPath: '#/properties/edge/properties/httpsPort/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema120.properties.edge.properties.httpsPort.type,
          parentSchema: schema120.properties.edge.properties.httpsPort,
          data: data14,
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (typeof data14 == 'number' && isFinite(data14)) {
        if (data14 > 65535 || isNaN(data14)) {
          const err32 = {
            instancePath: instancePath + '/edge/httpsPort',
            schemaPath: '#/properties/edge/properties/httpsPort/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 65535 },
            message: 'must be <= 65535',
            schema: 65535,
            parentSchema: schema120.properties.edge.properties.httpsPort,
            data: data14,
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (data14 < 1 || isNaN(data14)) {
          const err33 = {
            instancePath: instancePath + '/edge/httpsPort',
            schemaPath: '#/properties/edge/properties/httpsPort/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
            schema: 1,
            parentSchema: schema120.properties.edge.properties.httpsPort,
            data: data14,
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
      let data15 = data9.previewPort;
      if (!(typeof data15 == 'number' && !(data15 % 1) && !isNaN(data15) && isFinite(data15))) {
        const err34 = {
          instancePath: instancePath + '/edge/previewPort',
          schemaPath: '#/properties/edge/properties/previewPort/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema120.properties.edge.properties.previewPort.type,
          parentSchema: schema120.properties.edge.properties.previewPort,
          data: data15,
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      if (typeof data15 == 'number' && isFinite(data15)) {
        if (data15 > 65535 || isNaN(data15)) {
          const err35 = {
            instancePath: instancePath + '/edge/previewPort',
            schemaPath: '#/properties/edge/properties/previewPort/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 65535 },
            message: 'must be <= 65535',
            schema: 65535,
            parentSchema: schema120.properties.edge.properties.previewPort,
            data: data15,
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (data15 < 1 || isNaN(data15)) {
          const err36 = {
            instancePath: instancePath + '/edge/previewPort',
            schemaPath: '#/properties/edge/properties/previewPort/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
            schema: 1,
            parentSchema: schema120.properties.edge.properties.previewPort,
            data: data15,
          };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      }
      let data16 = data9.renewBefore;
      if (typeof data16 === 'string') {
        if (!pattern10.test(data16)) {
          const err37 = {
            instancePath: instancePath + '/edge/renewBefore',
            schemaPath: '#/properties/edge/properties/renewBefore/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9]{1,6}(ms|s|m|h|d)$' },
            message: 'must match pattern "' + '^[0-9]{1,6}(ms|s|m|h|d)$' + '"',
            schema: '^[0-9]{1,6}(ms|s|m|h|d)$',
            parentSchema: schema120.properties.edge.properties.renewBefore,
            data: data16,
          };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      } else {
        const err38 = {
          instancePath: instancePath + '/edge/renewBefore',
          schemaPath: '#/properties/edge/properties/renewBefore/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema120.properties.edge.properties.renewBefore.type,
          parentSchema: schema120.properties.edge.properties.renewBefore,
          data: data16,
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
      let data17 = data9.acmeTimeout;
      if (typeof data17 === 'string') {
        if (!pattern87.test(data17)) {
          const err39 = {
            instancePath: instancePath + '/edge/acmeTimeout',
            schemaPath: '#/properties/edge/properties/acmeTimeout/pattern',
            keyword: 'pattern',
            params: { pattern: '^[1-9][0-9]{0,5}(ms|s|m)$' },
            message: 'must match pattern "' + '^[1-9][0-9]{0,5}(ms|s|m)$' + '"',
            schema: '^[1-9][0-9]{0,5}(ms|s|m)$',
            parentSchema: schema120.properties.edge.properties.acmeTimeout,
            data: data17,
          };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = {
          instancePath: instancePath + '/edge/acmeTimeout',
          schemaPath: '#/properties/edge/properties/acmeTimeout/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema120.properties.edge.properties.acmeTimeout.type,
          parentSchema: schema120.properties.edge.properties.acmeTimeout,
          data: data17,
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
      let data18 = data9.acmeDeadline;
      if (typeof data18 === 'string') {
        if (!pattern88.test(data18)) {
          const err41 = {
            instancePath: instancePath + '/edge/acmeDeadline',
            schemaPath: '#/properties/edge/properties/acmeDeadline/pattern',
            keyword: 'pattern',
            params: { pattern: '^[1-9][0-9]{0,5}(ms|s|m|h)$' },
            message: 'must match pattern "' + '^[1-9][0-9]{0,5}(ms|s|m|h)$' + '"',
            schema: '^[1-9][0-9]{0,5}(ms|s|m|h)$',
            parentSchema: schema120.properties.edge.properties.acmeDeadline,
            data: data18,
          };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      } else {
        const err42 = {
          instancePath: instancePath + '/edge/acmeDeadline',
          schemaPath: '#/properties/edge/properties/acmeDeadline/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema120.properties.edge.properties.acmeDeadline.type,
          parentSchema: schema120.properties.edge.properties.acmeDeadline,
          data: data18,
        };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      if (data9.acmeCaFile !== undefined) {
        let data19 = data9.acmeCaFile;
        if (typeof data19 === 'string') {
          if (!pattern76.test(data19)) {
            const err43 = {
              instancePath: instancePath + '/edge/acmeCaFile',
              schemaPath: '#/properties/edge/properties/acmeCaFile/pattern',
              keyword: 'pattern',
              params: { pattern: '^/' },
              message: 'must match pattern "' + '^/' + '"',
              schema: '^/',
              parentSchema: schema120.properties.edge.properties.acmeCaFile,
              data: data19,
            };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        } else {
          const err44 = {
            instancePath: instancePath + '/edge/acmeCaFile',
            schemaPath: '#/properties/edge/properties/acmeCaFile/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
            schema: schema120.properties.edge.properties.acmeCaFile.type,
            parentSchema: schema120.properties.edge.properties.acmeCaFile,
            data: data19,
          };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      }
      if (data9.acmeDirectory !== undefined) {
        let data20 = data9.acmeDirectory;
        if (typeof data20 === 'string') {
          if (!pattern9.test(data20)) {
            const err45 = {
              instancePath: instancePath + '/edge/acmeDirectory',
              schemaPath: '#/properties/edge/properties/acmeDirectory/pattern',
              keyword: 'pattern',
              params: { pattern: '^https://' },
              message: 'must match pattern "' + '^https://' + '"',
              schema: '^https://',
              parentSchema: schema120.properties.edge.properties.acmeDirectory,
              data: data20,
            };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        } else {
          const err46 = {
            instancePath: instancePath + '/edge/acmeDirectory',
            schemaPath: '#/properties/edge/properties/acmeDirectory/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
            schema: schema120.properties.edge.properties.acmeDirectory.type,
            parentSchema: schema120.properties.edge.properties.acmeDirectory,
            data: data20,
          };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      }
    } else {
      const err47 = {
        instancePath: instancePath + '/edge',
        schemaPath: '#/properties/edge/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
        schema: schema120.properties.edge.type,
        parentSchema: schema120.properties.edge,
        data: data9,
      };
      if (vErrors === null) {
        vErrors = [err47];
      } else {
        vErrors.push(err47);
      }
      errors++;
    }
    let data21 = data.images;
    if (data21 && typeof data21 == 'object' && !Array.isArray(data21)) {
      if (Object.keys(data21).length > 500) {
        const err48 = {
          instancePath: instancePath + '/images',
          schemaPath: '#/properties/images/maxProperties',
          keyword: 'maxProperties',
          params: { limit: 500 },
          message: 'must NOT have more than 500 properties',
          schema: 500,
          parentSchema: schema120.properties.images,
          data: data21,
        };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
      for (const key4 in data21) {
        let data22 = data21[key4];
        if (typeof data22 === 'string') {
          if (func2(data22) < 1) {
            const err49 = {
              instancePath:
                instancePath + '/images/' + key4.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/images/additionalProperties/minLength',
              keyword: 'minLength',
              params: { limit: 1 },
              message: 'must NOT have fewer than 1 characters',
              schema: 1,
              parentSchema: schema120.properties.images.additionalProperties,
              data: data22,
            };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        } else {
          const err50 = {
            instancePath: instancePath + '/images/' + key4.replace(/~/g, '~0').replace(/\//g, '~1'),
            schemaPath: '#/properties/images/additionalProperties/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
            schema: schema120.properties.images.additionalProperties.type,
            parentSchema: schema120.properties.images.additionalProperties,
            data: data22,
          };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
      }
    } else {
      const err51 = {
        instancePath: instancePath + '/images',
        schemaPath: '#/properties/images/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
        schema: schema120.properties.images.type,
        parentSchema: schema120.properties.images,
        data: data21,
      };
      if (vErrors === null) {
        vErrors = [err51];
      } else {
        vErrors.push(err51);
      }
      errors++;
    }
    let data23 = data.registries;
    if (Array.isArray(data23)) {
      if (data23.length > 50) {
        const err52 = {
          instancePath: instancePath + '/registries',
          schemaPath: '#/properties/registries/maxItems',
          keyword: 'maxItems',
          params: { limit: 50 },
          message: 'must NOT have more than 50 items',
          schema: 50,
          parentSchema: schema120.properties.registries,
          data: data23,
        };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
      const len0 = data23.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data24 = data23[i0];
        if (data24 && typeof data24 == 'object' && !Array.isArray(data24)) {
          if (data24.server === undefined) {
            const err53 = {
              instancePath: instancePath + '/registries/' + i0,
              schemaPath: '#/properties/registries/items/required',
              keyword: 'required',
              params: { missingProperty: 'server' },
              message: "must have required property '" + 'server' + "'",
              schema: schema120.properties.registries.items.required,
              parentSchema: schema120.properties.registries.items,
              data: data24,
            };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
          if (data24.username === undefined) {
            const err54 = {
              instancePath: instancePath + '/registries/' + i0,
              schemaPath: '#/properties/registries/items/required',
              keyword: 'required',
              params: { missingProperty: 'username' },
              message: "must have required property '" + 'username' + "'",
              schema: schema120.properties.registries.items.required,
              parentSchema: schema120.properties.registries.items,
              data: data24,
            };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
          if (data24.passwordFile === undefined) {
            const err55 = {
              instancePath: instancePath + '/registries/' + i0,
              schemaPath: '#/properties/registries/items/required',
              keyword: 'required',
              params: { missingProperty: 'passwordFile' },
              message: "must have required property '" + 'passwordFile' + "'",
              schema: schema120.properties.registries.items.required,
              parentSchema: schema120.properties.registries.items,
              data: data24,
            };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
          for (const key5 in data24) {
            if (!(key5 === 'server' || key5 === 'username' || key5 === 'passwordFile')) {
              const err56 = {
                instancePath: instancePath + '/registries/' + i0,
                schemaPath: '#/properties/registries/items/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key5 },
                message: 'must NOT have additional properties',
                schema: false,
                parentSchema: schema120.properties.registries.items,
                data: data24,
              };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          }
          if (data24.server !== undefined) {
            let data25 = data24.server;
            if (typeof data25 === 'string') {
              if (!pattern91.test(data25)) {
                const err57 = {
                  instancePath: instancePath + '/registries/' + i0 + '/server',
                  schemaPath: '#/properties/registries/items/properties/server/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^[A-Za-z0-9.-]+(:[0-9]{1,5})?$' },
                  message: 'must match pattern "' + '^[A-Za-z0-9.-]+(:[0-9]{1,5})?$' + '"',
                  schema: '^[A-Za-z0-9.-]+(:[0-9]{1,5})?$',
                  parentSchema: schema120.properties.registries.items.properties.server,
                  data: data25,
                };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            } else {
              const err58 = {
                instancePath: instancePath + '/registries/' + i0 + '/server',
                schemaPath: '#/properties/registries/items/properties/server/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
                schema: schema120.properties.registries.items.properties.server.type,
                parentSchema: schema120.properties.registries.items.properties.server,
                data: data25,
              };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          }
          if (data24.username !== undefined) {
            let data26 = data24.username;
            if (typeof data26 === 'string') {
              if (func2(data26) < 1) {
                const err59 = {
                  instancePath: instancePath + '/registries/' + i0 + '/username',
                  schemaPath: '#/properties/registries/items/properties/username/minLength',
                  keyword: 'minLength',
                  params: { limit: 1 },
                  message: 'must NOT have fewer than 1 characters',
                  schema: 1,
                  parentSchema: schema120.properties.registries.items.properties.username,
                  data: data26,
                };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            } else {
              const err60 = {
                instancePath: instancePath + '/registries/' + i0 + '/username',
                schemaPath: '#/properties/registries/items/properties/username/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
                schema: schema120.properties.registries.items.properties.username.type,
                parentSchema: schema120.properties.registries.items.properties.username,
                data: data26,
              };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
          }
          if (data24.passwordFile !== undefined) {
            let data27 = data24.passwordFile;
            if (typeof data27 === 'string') {
              if (!pattern76.test(data27)) {
                const err61 = {
                  instancePath: instancePath + '/registries/' + i0 + '/passwordFile',
                  schemaPath: '#/properties/registries/items/properties/passwordFile/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^/' },
                  message: 'must match pattern "' + '^/' + '"',
                  schema: '^/',
                  parentSchema: schema120.properties.registries.items.properties.passwordFile,
                  data: data27,
                };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            } else {
              const err62 = {
                instancePath: instancePath + '/registries/' + i0 + '/passwordFile',
                schemaPath: '#/properties/registries/items/properties/passwordFile/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
                schema: schema120.properties.registries.items.properties.passwordFile.type,
                parentSchema: schema120.properties.registries.items.properties.passwordFile,
                data: data27,
              };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          }
        } else {
          const err63 = {
            instancePath: instancePath + '/registries/' + i0,
            schemaPath: '#/properties/registries/items/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema120.properties.registries.items.type,
            parentSchema: schema120.properties.registries.items,
            data: data24,
          };
          if (vErrors === null) {
            vErrors = [err63];
          } else {
            vErrors.push(err63);
          }
          errors++;
        }
      }
    } else {
      const err64 = {
        instancePath: instancePath + '/registries',
        schemaPath: '#/properties/registries/type',
        keyword: 'type',
        params: { type: 'array' },
        message: 'must be array',
        schema: schema120.properties.registries.type,
        parentSchema: schema120.properties.registries,
        data: data23,
      };
      if (vErrors === null) {
        vErrors = [err64];
      } else {
        vErrors.push(err64);
      }
      errors++;
    }
    let data28 = data.composeTimeout;
    if (typeof data28 === 'string') {
      if (!pattern93.test(data28)) {
        const err65 = {
          instancePath: instancePath + '/composeTimeout',
          schemaPath: '#/properties/composeTimeout/pattern',
          keyword: 'pattern',
          params: { pattern: '^[0-9]{1,6}(s|m|h)$' },
          message: 'must match pattern "' + '^[0-9]{1,6}(s|m|h)$' + '"',
          schema: '^[0-9]{1,6}(s|m|h)$',
          parentSchema: schema120.properties.composeTimeout,
          data: data28,
        };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    } else {
      const err66 = {
        instancePath: instancePath + '/composeTimeout',
        schemaPath: '#/properties/composeTimeout/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema120.properties.composeTimeout.type,
        parentSchema: schema120.properties.composeTimeout,
        data: data28,
      };
      if (vErrors === null) {
        vErrors = [err66];
      } else {
        vErrors.push(err66);
      }
      errors++;
    }
    let data29 = data.backupTimeout;
    if (typeof data29 === 'string') {
      if (!pattern94.test(data29)) {
        const err67 = {
          instancePath: instancePath + '/backupTimeout',
          schemaPath: '#/properties/backupTimeout/pattern',
          keyword: 'pattern',
          params: { pattern: '^[1-9][0-9]{0,5}(s|m|h)$' },
          message: 'must match pattern "' + '^[1-9][0-9]{0,5}(s|m|h)$' + '"',
          schema: '^[1-9][0-9]{0,5}(s|m|h)$',
          parentSchema: schema120.properties.backupTimeout,
          data: data29,
        };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    } else {
      const err68 = {
        instancePath: instancePath + '/backupTimeout',
        schemaPath: '#/properties/backupTimeout/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema120.properties.backupTimeout.type,
        parentSchema: schema120.properties.backupTimeout,
        data: data29,
      };
      if (vErrors === null) {
        vErrors = [err68];
      } else {
        vErrors.push(err68);
      }
      errors++;
    }
    let data30 = data.server;
    if (data30 && typeof data30 == 'object' && !Array.isArray(data30)) {
      if (data30.bind === undefined) {
        data30.bind = '127.0.0.1';
      }
      if (data30.port === undefined) {
        data30.port = 8787;
      }
      if (data30.bridgeMetricsPort === undefined) {
        data30.bridgeMetricsPort = 8788;
      }
      for (const key6 in data30) {
        if (!(
          key6 === 'bind' ||
          key6 === 'port' ||
          key6 === 'bridgeMetricsPort' ||
          key6 === 'adminTokenFile'
        )) {
          const err69 = {
            instancePath: instancePath + '/server',
            schemaPath: '#/properties/server/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key6 },
            message: 'must NOT have additional properties',
            schema: false,
            parentSchema: schema120.properties.server,
            data: data30,
          };
          if (vErrors === null) {
            vErrors = [err69];
          } else {
            vErrors.push(err69);
          }
          errors++;
        }
      }
      let data31 = data30.bind;
      if (typeof data31 === 'string') {
        if (!pattern85.test(data31)) {
          const err70 = {
            instancePath: instancePath + '/server/bind',
            schemaPath: '#/properties/server/properties/bind/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9.]+$|^\\[[0-9a-f:]+\\]$' },
            message: 'must match pattern "' + '^[0-9.]+$|^\\[[0-9a-f:]+\\]$' + '"',
            schema: '^[0-9.]+$|^\\[[0-9a-f:]+\\]$',
            parentSchema: schema120.properties.server.properties.bind,
            data: data31,
          };
          if (vErrors === null) {
            vErrors = [err70];
          } else {
            vErrors.push(err70);
          }
          errors++;
        }
      } else {
        const err71 = {
          instancePath: instancePath + '/server/bind',
          schemaPath: '#/properties/server/properties/bind/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema120.properties.server.properties.bind.type,
          parentSchema: schema120.properties.server.properties.bind,
          data: data31,
        };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
      let data32 = data30.port;
      if (!(typeof data32 == 'number' && !(data32 % 1) && !isNaN(data32) && isFinite(data32))) {
        const err72 = {
          instancePath: instancePath + '/server/port',
          schemaPath: '#/properties/server/properties/port/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema120.properties.server.properties.port.type,
          parentSchema: schema120.properties.server.properties.port,
          data: data32,
        };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
      if (typeof data32 == 'number' && isFinite(data32)) {
        if (data32 > 65535 || isNaN(data32)) {
          const err73 = {
            instancePath: instancePath + '/server/port',
            schemaPath: '#/properties/server/properties/port/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 65535 },
            message: 'must be <= 65535',
            schema: 65535,
            parentSchema: schema120.properties.server.properties.port,
            data: data32,
          };
          if (vErrors === null) {
            vErrors = [err73];
          } else {
            vErrors.push(err73);
          }
          errors++;
        }
        if (data32 < 1 || isNaN(data32)) {
          const err74 = {
            instancePath: instancePath + '/server/port',
            schemaPath: '#/properties/server/properties/port/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
            schema: 1,
            parentSchema: schema120.properties.server.properties.port,
            data: data32,
          };
          if (vErrors === null) {
            vErrors = [err74];
          } else {
            vErrors.push(err74);
          }
          errors++;
        }
      }
      let data33 = data30.bridgeMetricsPort;
      if (!(typeof data33 == 'number' && !(data33 % 1) && !isNaN(data33) && isFinite(data33))) {
        const err75 = {
          instancePath: instancePath + '/server/bridgeMetricsPort',
          schemaPath: '#/properties/server/properties/bridgeMetricsPort/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema120.properties.server.properties.bridgeMetricsPort.type,
          parentSchema: schema120.properties.server.properties.bridgeMetricsPort,
          data: data33,
        };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
      if (typeof data33 == 'number' && isFinite(data33)) {
        if (data33 > 65535 || isNaN(data33)) {
          const err76 = {
            instancePath: instancePath + '/server/bridgeMetricsPort',
            schemaPath: '#/properties/server/properties/bridgeMetricsPort/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 65535 },
            message: 'must be <= 65535',
            schema: 65535,
            parentSchema: schema120.properties.server.properties.bridgeMetricsPort,
            data: data33,
          };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
        if (data33 < 0 || isNaN(data33)) {
          const err77 = {
            instancePath: instancePath + '/server/bridgeMetricsPort',
            schemaPath: '#/properties/server/properties/bridgeMetricsPort/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
            schema: 0,
            parentSchema: schema120.properties.server.properties.bridgeMetricsPort,
            data: data33,
          };
          if (vErrors === null) {
            vErrors = [err77];
          } else {
            vErrors.push(err77);
          }
          errors++;
        }
      }
      if (data30.adminTokenFile !== undefined) {
        let data34 = data30.adminTokenFile;
        if (typeof data34 === 'string') {
          if (!pattern76.test(data34)) {
            const err78 = {
              instancePath: instancePath + '/server/adminTokenFile',
              schemaPath: '#/properties/server/properties/adminTokenFile/pattern',
              keyword: 'pattern',
              params: { pattern: '^/' },
              message: 'must match pattern "' + '^/' + '"',
              schema: '^/',
              parentSchema: schema120.properties.server.properties.adminTokenFile,
              data: data34,
            };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        } else {
          const err79 = {
            instancePath: instancePath + '/server/adminTokenFile',
            schemaPath: '#/properties/server/properties/adminTokenFile/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
            schema: schema120.properties.server.properties.adminTokenFile.type,
            parentSchema: schema120.properties.server.properties.adminTokenFile,
            data: data34,
          };
          if (vErrors === null) {
            vErrors = [err79];
          } else {
            vErrors.push(err79);
          }
          errors++;
        }
      }
    } else {
      const err80 = {
        instancePath: instancePath + '/server',
        schemaPath: '#/properties/server/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
        schema: schema120.properties.server.type,
        parentSchema: schema120.properties.server,
        data: data30,
      };
      if (vErrors === null) {
        vErrors = [err80];
      } else {
        vErrors.push(err80);
      }
      errors++;
    }
    if (data.secrets !== undefined) {
      let data35 = data.secrets;
      if (data35 && typeof data35 == 'object' && !Array.isArray(data35)) {
        for (const key7 in data35) {
          if (!(key7 === 'ageIdentityFile')) {
            const err81 = {
              instancePath: instancePath + '/secrets',
              schemaPath: '#/properties/secrets/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key7 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema120.properties.secrets,
              data: data35,
            };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data35.ageIdentityFile !== undefined) {
          let data36 = data35.ageIdentityFile;
          if (typeof data36 === 'string') {
            if (!pattern76.test(data36)) {
              const err82 = {
                instancePath: instancePath + '/secrets/ageIdentityFile',
                schemaPath: '#/properties/secrets/properties/ageIdentityFile/pattern',
                keyword: 'pattern',
                params: { pattern: '^/' },
                message: 'must match pattern "' + '^/' + '"',
                schema: '^/',
                parentSchema: schema120.properties.secrets.properties.ageIdentityFile,
                data: data36,
              };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
          } else {
            const err83 = {
              instancePath: instancePath + '/secrets/ageIdentityFile',
              schemaPath: '#/properties/secrets/properties/ageIdentityFile/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema120.properties.secrets.properties.ageIdentityFile.type,
              parentSchema: schema120.properties.secrets.properties.ageIdentityFile,
              data: data36,
            };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
      } else {
        const err84 = {
          instancePath: instancePath + '/secrets',
          schemaPath: '#/properties/secrets/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema120.properties.secrets.type,
          parentSchema: schema120.properties.secrets,
          data: data35,
        };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
    }
    let data37 = data.webhook;
    if (data37 && typeof data37 == 'object' && !Array.isArray(data37)) {
      if (data37.deployTags === undefined) {
        data37.deployTags = false;
      }
      for (const key8 in data37) {
        if (!(
          key8 === 'secretFile' ||
          key8 === 'previousSecretFile' ||
          key8 === 'repositories' ||
          key8 === 'deployTags'
        )) {
          const err85 = {
            instancePath: instancePath + '/webhook',
            schemaPath: '#/properties/webhook/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key8 },
            message: 'must NOT have additional properties',
            schema: false,
            parentSchema: schema120.properties.webhook,
            data: data37,
          };
          if (vErrors === null) {
            vErrors = [err85];
          } else {
            vErrors.push(err85);
          }
          errors++;
        }
      }
      if (data37.secretFile !== undefined) {
        let data38 = data37.secretFile;
        if (typeof data38 === 'string') {
          if (!pattern76.test(data38)) {
            const err86 = {
              instancePath: instancePath + '/webhook/secretFile',
              schemaPath: '#/properties/webhook/properties/secretFile/pattern',
              keyword: 'pattern',
              params: { pattern: '^/' },
              message: 'must match pattern "' + '^/' + '"',
              schema: '^/',
              parentSchema: schema120.properties.webhook.properties.secretFile,
              data: data38,
            };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        } else {
          const err87 = {
            instancePath: instancePath + '/webhook/secretFile',
            schemaPath: '#/properties/webhook/properties/secretFile/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
            schema: schema120.properties.webhook.properties.secretFile.type,
            parentSchema: schema120.properties.webhook.properties.secretFile,
            data: data38,
          };
          if (vErrors === null) {
            vErrors = [err87];
          } else {
            vErrors.push(err87);
          }
          errors++;
        }
      }
      if (data37.previousSecretFile !== undefined) {
        let data39 = data37.previousSecretFile;
        if (typeof data39 === 'string') {
          if (!pattern76.test(data39)) {
            const err88 = {
              instancePath: instancePath + '/webhook/previousSecretFile',
              schemaPath: '#/properties/webhook/properties/previousSecretFile/pattern',
              keyword: 'pattern',
              params: { pattern: '^/' },
              message: 'must match pattern "' + '^/' + '"',
              schema: '^/',
              parentSchema: schema120.properties.webhook.properties.previousSecretFile,
              data: data39,
            };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        } else {
          const err89 = {
            instancePath: instancePath + '/webhook/previousSecretFile',
            schemaPath: '#/properties/webhook/properties/previousSecretFile/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
            schema: schema120.properties.webhook.properties.previousSecretFile.type,
            parentSchema: schema120.properties.webhook.properties.previousSecretFile,
            data: data39,
          };
          if (vErrors === null) {
            vErrors = [err89];
          } else {
            vErrors.push(err89);
          }
          errors++;
        }
      }
      if (data37.repositories !== undefined) {
        let data40 = data37.repositories;
        if (Array.isArray(data40)) {
          if (data40.length < 1) {
            const err90 = {
              instancePath: instancePath + '/webhook/repositories',
              schemaPath: '#/properties/webhook/properties/repositories/minItems',
              keyword: 'minItems',
              params: { limit: 1 },
              message: 'must NOT have fewer than 1 items',
              schema: 1,
              parentSchema: schema120.properties.webhook.properties.repositories,
              data: data40,
            };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
          const len1 = data40.length;
          for (let i1 = 0; i1 < len1; i1++) {
            let data41 = data40[i1];
            if (typeof data41 === 'string') {
              if (!pattern100.test(data41)) {
                const err91 = {
                  instancePath: instancePath + '/webhook/repositories/' + i1,
                  schemaPath: '#/properties/webhook/properties/repositories/items/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$' },
                  message: 'must match pattern "' + '^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$' + '"',
                  schema: '^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$',
                  parentSchema: schema120.properties.webhook.properties.repositories.items,
                  data: data41,
                };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
            } else {
              const err92 = {
                instancePath: instancePath + '/webhook/repositories/' + i1,
                schemaPath: '#/properties/webhook/properties/repositories/items/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
                schema: schema120.properties.webhook.properties.repositories.items.type,
                parentSchema: schema120.properties.webhook.properties.repositories.items,
                data: data41,
              };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
          }
          let i2 = data40.length;
          let j0;
          if (i2 > 1) {
            const indices0 = {};
            for (; i2--;) {
              let item0 = data40[i2];
              if (typeof item0 !== 'string') {
                continue;
              }
              if (typeof indices0[item0] == 'number') {
                j0 = indices0[item0];
                const err93 = {
                  instancePath: instancePath + '/webhook/repositories',
                  schemaPath: '#/properties/webhook/properties/repositories/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i2, j: j0 },
                  message:
                    'must NOT have duplicate items (items ## ' +
                    j0 +
                    ' and ' +
                    i2 +
                    ' are identical)',
                  schema: true,
                  parentSchema: schema120.properties.webhook.properties.repositories,
                  data: data40,
                };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
                break;
              }
              indices0[item0] = i2;
            }
          }
        } else {
          const err94 = {
            instancePath: instancePath + '/webhook/repositories',
            schemaPath: '#/properties/webhook/properties/repositories/type',
            keyword: 'type',
            params: { type: 'array' },
            message: 'must be array',
            schema: schema120.properties.webhook.properties.repositories.type,
            parentSchema: schema120.properties.webhook.properties.repositories,
            data: data40,
          };
          if (vErrors === null) {
            vErrors = [err94];
          } else {
            vErrors.push(err94);
          }
          errors++;
        }
      }
      let data42 = data37.deployTags;
      if (typeof data42 !== 'boolean') {
        const err95 = {
          instancePath: instancePath + '/webhook/deployTags',
          schemaPath: '#/properties/webhook/properties/deployTags/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
          schema: schema120.properties.webhook.properties.deployTags.type,
          parentSchema: schema120.properties.webhook.properties.deployTags,
          data: data42,
        };
        if (vErrors === null) {
          vErrors = [err95];
        } else {
          vErrors.push(err95);
        }
        errors++;
      }
    } else {
      const err96 = {
        instancePath: instancePath + '/webhook',
        schemaPath: '#/properties/webhook/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
        schema: schema120.properties.webhook.type,
        parentSchema: schema120.properties.webhook,
        data: data37,
      };
      if (vErrors === null) {
        vErrors = [err96];
      } else {
        vErrors.push(err96);
      }
      errors++;
    }
    if (data.github !== undefined) {
      let data43 = data.github;
      if (data43 && typeof data43 == 'object' && !Array.isArray(data43)) {
        if (data43.apiUrl === undefined) {
          data43.apiUrl = 'https://api.github.com';
        }
        if (data43.environmentUrl === undefined) {
          data43.environmentUrl = 'https://{host}';
        }
        if (data43.webUrl === undefined) {
          data43.webUrl = 'https://github.com';
        }
        if (data43.repository === undefined) {
          const err97 = {
            instancePath: instancePath + '/github',
            schemaPath: '#/properties/github/required',
            keyword: 'required',
            params: { missingProperty: 'repository' },
            message: "must have required property '" + 'repository' + "'",
            schema: schema120.properties.github.required,
            parentSchema: schema120.properties.github,
            data: data43,
          };
          if (vErrors === null) {
            vErrors = [err97];
          } else {
            vErrors.push(err97);
          }
          errors++;
        }
        for (const key9 in data43) {
          if (!(
            key9 === 'apiUrl' ||
            key9 === 'tokenFile' ||
            key9 === 'repository' ||
            key9 === 'environmentUrl' ||
            key9 === 'webUrl'
          )) {
            const err98 = {
              instancePath: instancePath + '/github',
              schemaPath: '#/properties/github/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key9 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema120.properties.github,
              data: data43,
            };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
        let data44 = data43.apiUrl;
        if (typeof data44 === 'string') {
          if (!pattern101.test(data44)) {
            const err99 = {
              instancePath: instancePath + '/github/apiUrl',
              schemaPath: '#/properties/github/properties/apiUrl/pattern',
              keyword: 'pattern',
              params: { pattern: '^https?://' },
              message: 'must match pattern "' + '^https?://' + '"',
              schema: '^https?://',
              parentSchema: schema120.properties.github.properties.apiUrl,
              data: data44,
            };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          }
        } else {
          const err100 = {
            instancePath: instancePath + '/github/apiUrl',
            schemaPath: '#/properties/github/properties/apiUrl/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
            schema: schema120.properties.github.properties.apiUrl.type,
            parentSchema: schema120.properties.github.properties.apiUrl,
            data: data44,
          };
          if (vErrors === null) {
            vErrors = [err100];
          } else {
            vErrors.push(err100);
          }
          errors++;
        }
        if (data43.tokenFile !== undefined) {
          let data45 = data43.tokenFile;
          if (typeof data45 === 'string') {
            if (!pattern76.test(data45)) {
              const err101 = {
                instancePath: instancePath + '/github/tokenFile',
                schemaPath: '#/properties/github/properties/tokenFile/pattern',
                keyword: 'pattern',
                params: { pattern: '^/' },
                message: 'must match pattern "' + '^/' + '"',
                schema: '^/',
                parentSchema: schema120.properties.github.properties.tokenFile,
                data: data45,
              };
              if (vErrors === null) {
                vErrors = [err101];
              } else {
                vErrors.push(err101);
              }
              errors++;
            }
          } else {
            const err102 = {
              instancePath: instancePath + '/github/tokenFile',
              schemaPath: '#/properties/github/properties/tokenFile/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema120.properties.github.properties.tokenFile.type,
              parentSchema: schema120.properties.github.properties.tokenFile,
              data: data45,
            };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
        if (data43.repository !== undefined) {
          let data46 = data43.repository;
          if (typeof data46 === 'string') {
            if (!pattern103.test(data46)) {
              const err103 = {
                instancePath: instancePath + '/github/repository',
                schemaPath: '#/properties/github/properties/repository/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$' },
                message: 'must match pattern "' + '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$' + '"',
                schema: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$',
                parentSchema: schema120.properties.github.properties.repository,
                data: data46,
              };
              if (vErrors === null) {
                vErrors = [err103];
              } else {
                vErrors.push(err103);
              }
              errors++;
            }
          } else {
            const err104 = {
              instancePath: instancePath + '/github/repository',
              schemaPath: '#/properties/github/properties/repository/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema120.properties.github.properties.repository.type,
              parentSchema: schema120.properties.github.properties.repository,
              data: data46,
            };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
        }
        let data47 = data43.environmentUrl;
        if (typeof data47 !== 'string') {
          const err105 = {
            instancePath: instancePath + '/github/environmentUrl',
            schemaPath: '#/properties/github/properties/environmentUrl/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
            schema: schema120.properties.github.properties.environmentUrl.type,
            parentSchema: schema120.properties.github.properties.environmentUrl,
            data: data47,
          };
          if (vErrors === null) {
            vErrors = [err105];
          } else {
            vErrors.push(err105);
          }
          errors++;
        }
        let data48 = data43.webUrl;
        if (typeof data48 === 'string') {
          if (!pattern101.test(data48)) {
            const err106 = {
              instancePath: instancePath + '/github/webUrl',
              schemaPath: '#/properties/github/properties/webUrl/pattern',
              keyword: 'pattern',
              params: { pattern: '^https?://' },
              message: 'must match pattern "' + '^https?://' + '"',
              schema: '^https?://',
              parentSchema: schema120.properties.github.properties.webUrl,
              data: data48,
            };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
        } else {
          const err107 = {
            instancePath: instancePath + '/github/webUrl',
            schemaPath: '#/properties/github/properties/webUrl/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
            schema: schema120.properties.github.properties.webUrl.type,
            parentSchema: schema120.properties.github.properties.webUrl,
            data: data48,
          };
          if (vErrors === null) {
            vErrors = [err107];
          } else {
            vErrors.push(err107);
          }
          errors++;
        }
      } else {
        const err108 = {
          instancePath: instancePath + '/github',
          schemaPath: '#/properties/github/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema120.properties.github.type,
          parentSchema: schema120.properties.github,
          data: data43,
        };
        if (vErrors === null) {
          vErrors = [err108];
        } else {
          vErrors.push(err108);
        }
        errors++;
      }
    }
    if (data.forge !== undefined) {
      let data49 = data.forge;
      if (data49 && typeof data49 == 'object' && !Array.isArray(data49)) {
        if (data49.kind === undefined) {
          const err109 = {
            instancePath: instancePath + '/forge',
            schemaPath: '#/properties/forge/required',
            keyword: 'required',
            params: { missingProperty: 'kind' },
            message: "must have required property '" + 'kind' + "'",
            schema: schema120.properties.forge.required,
            parentSchema: schema120.properties.forge,
            data: data49,
          };
          if (vErrors === null) {
            vErrors = [err109];
          } else {
            vErrors.push(err109);
          }
          errors++;
        }
        if (data49.apiUrl === undefined) {
          const err110 = {
            instancePath: instancePath + '/forge',
            schemaPath: '#/properties/forge/required',
            keyword: 'required',
            params: { missingProperty: 'apiUrl' },
            message: "must have required property '" + 'apiUrl' + "'",
            schema: schema120.properties.forge.required,
            parentSchema: schema120.properties.forge,
            data: data49,
          };
          if (vErrors === null) {
            vErrors = [err110];
          } else {
            vErrors.push(err110);
          }
          errors++;
        }
        if (data49.webUrl === undefined) {
          const err111 = {
            instancePath: instancePath + '/forge',
            schemaPath: '#/properties/forge/required',
            keyword: 'required',
            params: { missingProperty: 'webUrl' },
            message: "must have required property '" + 'webUrl' + "'",
            schema: schema120.properties.forge.required,
            parentSchema: schema120.properties.forge,
            data: data49,
          };
          if (vErrors === null) {
            vErrors = [err111];
          } else {
            vErrors.push(err111);
          }
          errors++;
        }
        if (data49.repository === undefined) {
          const err112 = {
            instancePath: instancePath + '/forge',
            schemaPath: '#/properties/forge/required',
            keyword: 'required',
            params: { missingProperty: 'repository' },
            message: "must have required property '" + 'repository' + "'",
            schema: schema120.properties.forge.required,
            parentSchema: schema120.properties.forge,
            data: data49,
          };
          if (vErrors === null) {
            vErrors = [err112];
          } else {
            vErrors.push(err112);
          }
          errors++;
        }
        for (const key10 in data49) {
          if (!(
            key10 === 'kind' ||
            key10 === 'apiUrl' ||
            key10 === 'webUrl' ||
            key10 === 'tokenFile' ||
            key10 === 'repository'
          )) {
            const err113 = {
              instancePath: instancePath + '/forge',
              schemaPath: '#/properties/forge/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key10 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema120.properties.forge,
              data: data49,
            };
            if (vErrors === null) {
              vErrors = [err113];
            } else {
              vErrors.push(err113);
            }
            errors++;
          }
        }
        if (data49.kind !== undefined) {
          let data50 = data49.kind;
          if (!(data50 === 'gitlab' || data50 === 'gitea' || data50 === 'forgejo')) {
            const err114 = {
              instancePath: instancePath + '/forge/kind',
              schemaPath: '#/properties/forge/properties/kind/enum',
              keyword: 'enum',
              params: { allowedValues: schema120.properties.forge.properties.kind.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema120.properties.forge.properties.kind.enum,
              parentSchema: schema120.properties.forge.properties.kind,
              data: data50,
            };
            if (vErrors === null) {
              vErrors = [err114];
            } else {
              vErrors.push(err114);
            }
            errors++;
          }
        }
        if (data49.apiUrl !== undefined) {
          let data51 = data49.apiUrl;
          if (typeof data51 === 'string') {
            if (!pattern101.test(data51)) {
              const err115 = {
                instancePath: instancePath + '/forge/apiUrl',
                schemaPath: '#/properties/forge/properties/apiUrl/pattern',
                keyword: 'pattern',
                params: { pattern: '^https?://' },
                message: 'must match pattern "' + '^https?://' + '"',
                schema: '^https?://',
                parentSchema: schema120.properties.forge.properties.apiUrl,
                data: data51,
              };
              if (vErrors === null) {
                vErrors = [err115];
              } else {
                vErrors.push(err115);
              }
              errors++;
            }
          } else {
            const err116 = {
              instancePath: instancePath + '/forge/apiUrl',
              schemaPath: '#/properties/forge/properties/apiUrl/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema120.properties.forge.properties.apiUrl.type,
              parentSchema: schema120.properties.forge.properties.apiUrl,
              data: data51,
            };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
        }
        if (data49.webUrl !== undefined) {
          let data52 = data49.webUrl;
          if (typeof data52 === 'string') {
            if (!pattern101.test(data52)) {
              const err117 = {
                instancePath: instancePath + '/forge/webUrl',
                schemaPath: '#/properties/forge/properties/webUrl/pattern',
                keyword: 'pattern',
                params: { pattern: '^https?://' },
                message: 'must match pattern "' + '^https?://' + '"',
                schema: '^https?://',
                parentSchema: schema120.properties.forge.properties.webUrl,
                data: data52,
              };
              if (vErrors === null) {
                vErrors = [err117];
              } else {
                vErrors.push(err117);
              }
              errors++;
            }
          } else {
            const err118 = {
              instancePath: instancePath + '/forge/webUrl',
              schemaPath: '#/properties/forge/properties/webUrl/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema120.properties.forge.properties.webUrl.type,
              parentSchema: schema120.properties.forge.properties.webUrl,
              data: data52,
            };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
        }
        if (data49.tokenFile !== undefined) {
          let data53 = data49.tokenFile;
          if (typeof data53 === 'string') {
            if (!pattern76.test(data53)) {
              const err119 = {
                instancePath: instancePath + '/forge/tokenFile',
                schemaPath: '#/properties/forge/properties/tokenFile/pattern',
                keyword: 'pattern',
                params: { pattern: '^/' },
                message: 'must match pattern "' + '^/' + '"',
                schema: '^/',
                parentSchema: schema120.properties.forge.properties.tokenFile,
                data: data53,
              };
              if (vErrors === null) {
                vErrors = [err119];
              } else {
                vErrors.push(err119);
              }
              errors++;
            }
          } else {
            const err120 = {
              instancePath: instancePath + '/forge/tokenFile',
              schemaPath: '#/properties/forge/properties/tokenFile/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema120.properties.forge.properties.tokenFile.type,
              parentSchema: schema120.properties.forge.properties.tokenFile,
              data: data53,
            };
            if (vErrors === null) {
              vErrors = [err120];
            } else {
              vErrors.push(err120);
            }
            errors++;
          }
        }
        if (data49.repository !== undefined) {
          let data54 = data49.repository;
          if (typeof data54 === 'string') {
            if (!pattern100.test(data54)) {
              const err121 = {
                instancePath: instancePath + '/forge/repository',
                schemaPath: '#/properties/forge/properties/repository/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$' },
                message: 'must match pattern "' + '^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$' + '"',
                schema: '^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$',
                parentSchema: schema120.properties.forge.properties.repository,
                data: data54,
              };
              if (vErrors === null) {
                vErrors = [err121];
              } else {
                vErrors.push(err121);
              }
              errors++;
            }
          } else {
            const err122 = {
              instancePath: instancePath + '/forge/repository',
              schemaPath: '#/properties/forge/properties/repository/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema120.properties.forge.properties.repository.type,
              parentSchema: schema120.properties.forge.properties.repository,
              data: data54,
            };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors++;
          }
        }
      } else {
        const err123 = {
          instancePath: instancePath + '/forge',
          schemaPath: '#/properties/forge/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema120.properties.forge.type,
          parentSchema: schema120.properties.forge,
          data: data49,
        };
        if (vErrors === null) {
          vErrors = [err123];
        } else {
          vErrors.push(err123);
        }
        errors++;
      }
    }
    let data55 = data.node;
    if (typeof data55 === 'string') {
      if (!pattern7.test(data55)) {
        const err124 = {
          instancePath: instancePath + '/node',
          schemaPath: '#/properties/node/pattern',
          keyword: 'pattern',
          params: { pattern: '^[a-z][a-z0-9-]{0,38}[a-z0-9]$|^[a-z]$' },
          message: 'must match pattern "' + '^[a-z][a-z0-9-]{0,38}[a-z0-9]$|^[a-z]$' + '"',
          schema: '^[a-z][a-z0-9-]{0,38}[a-z0-9]$|^[a-z]$',
          parentSchema: schema120.properties.node,
          data: data55,
        };
        if (vErrors === null) {
          vErrors = [err124];
        } else {
          vErrors.push(err124);
        }
        errors++;
      }
    } else {
      const err125 = {
        instancePath: instancePath + '/node',
        schemaPath: '#/properties/node/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema120.properties.node.type,
        parentSchema: schema120.properties.node,
        data: data55,
      };
      if (vErrors === null) {
        vErrors = [err125];
      } else {
        vErrors.push(err125);
      }
      errors++;
    }
    let data56 = data.queue;
    if (data56 && typeof data56 == 'object' && !Array.isArray(data56)) {
      if (data56.concurrency === undefined) {
        data56.concurrency = 2;
      }
      if (data56.resyncInterval === undefined) {
        data56.resyncInterval = '3m';
      }
      if (data56.attempts === undefined) {
        data56.attempts = 5;
      }
      for (const key11 in data56) {
        if (!(key11 === 'concurrency' || key11 === 'resyncInterval' || key11 === 'attempts')) {
          const err126 = {
            instancePath: instancePath + '/queue',
            schemaPath: '#/properties/queue/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key11 },
            message: 'must NOT have additional properties',
            schema: false,
            parentSchema: schema120.properties.queue,
            data: data56,
          };
          if (vErrors === null) {
            vErrors = [err126];
          } else {
            vErrors.push(err126);
          }
          errors++;
        }
      }
      let data57 = data56.concurrency;
      if (!(typeof data57 == 'number' && !(data57 % 1) && !isNaN(data57) && isFinite(data57))) {
        const err127 = {
          instancePath: instancePath + '/queue/concurrency',
          schemaPath: '#/properties/queue/properties/concurrency/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema120.properties.queue.properties.concurrency.type,
          parentSchema: schema120.properties.queue.properties.concurrency,
          data: data57,
        };
        if (vErrors === null) {
          vErrors = [err127];
        } else {
          vErrors.push(err127);
        }
        errors++;
      }
      if (typeof data57 == 'number' && isFinite(data57)) {
        if (data57 > 32 || isNaN(data57)) {
          const err128 = {
            instancePath: instancePath + '/queue/concurrency',
            schemaPath: '#/properties/queue/properties/concurrency/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 32 },
            message: 'must be <= 32',
            schema: 32,
            parentSchema: schema120.properties.queue.properties.concurrency,
            data: data57,
          };
          if (vErrors === null) {
            vErrors = [err128];
          } else {
            vErrors.push(err128);
          }
          errors++;
        }
        if (data57 < 1 || isNaN(data57)) {
          const err129 = {
            instancePath: instancePath + '/queue/concurrency',
            schemaPath: '#/properties/queue/properties/concurrency/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
            schema: 1,
            parentSchema: schema120.properties.queue.properties.concurrency,
            data: data57,
          };
          if (vErrors === null) {
            vErrors = [err129];
          } else {
            vErrors.push(err129);
          }
          errors++;
        }
      }
      let data58 = data56.resyncInterval;
      if (typeof data58 === 'string') {
        if (!pattern93.test(data58)) {
          const err130 = {
            instancePath: instancePath + '/queue/resyncInterval',
            schemaPath: '#/properties/queue/properties/resyncInterval/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9]{1,6}(s|m|h)$' },
            message: 'must match pattern "' + '^[0-9]{1,6}(s|m|h)$' + '"',
            schema: '^[0-9]{1,6}(s|m|h)$',
            parentSchema: schema120.properties.queue.properties.resyncInterval,
            data: data58,
          };
          if (vErrors === null) {
            vErrors = [err130];
          } else {
            vErrors.push(err130);
          }
          errors++;
        }
      } else {
        const err131 = {
          instancePath: instancePath + '/queue/resyncInterval',
          schemaPath: '#/properties/queue/properties/resyncInterval/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema120.properties.queue.properties.resyncInterval.type,
          parentSchema: schema120.properties.queue.properties.resyncInterval,
          data: data58,
        };
        if (vErrors === null) {
          vErrors = [err131];
        } else {
          vErrors.push(err131);
        }
        errors++;
      }
      let data59 = data56.attempts;
      if (!(typeof data59 == 'number' && !(data59 % 1) && !isNaN(data59) && isFinite(data59))) {
        const err132 = {
          instancePath: instancePath + '/queue/attempts',
          schemaPath: '#/properties/queue/properties/attempts/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema120.properties.queue.properties.attempts.type,
          parentSchema: schema120.properties.queue.properties.attempts,
          data: data59,
        };
        if (vErrors === null) {
          vErrors = [err132];
        } else {
          vErrors.push(err132);
        }
        errors++;
      }
      if (typeof data59 == 'number' && isFinite(data59)) {
        if (data59 > 100 || isNaN(data59)) {
          const err133 = {
            instancePath: instancePath + '/queue/attempts',
            schemaPath: '#/properties/queue/properties/attempts/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 100 },
            message: 'must be <= 100',
            schema: 100,
            parentSchema: schema120.properties.queue.properties.attempts,
            data: data59,
          };
          if (vErrors === null) {
            vErrors = [err133];
          } else {
            vErrors.push(err133);
          }
          errors++;
        }
        if (data59 < 1 || isNaN(data59)) {
          const err134 = {
            instancePath: instancePath + '/queue/attempts',
            schemaPath: '#/properties/queue/properties/attempts/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
            schema: 1,
            parentSchema: schema120.properties.queue.properties.attempts,
            data: data59,
          };
          if (vErrors === null) {
            vErrors = [err134];
          } else {
            vErrors.push(err134);
          }
          errors++;
        }
      }
    } else {
      const err135 = {
        instancePath: instancePath + '/queue',
        schemaPath: '#/properties/queue/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
        schema: schema120.properties.queue.type,
        parentSchema: schema120.properties.queue,
        data: data56,
      };
      if (vErrors === null) {
        vErrors = [err135];
      } else {
        vErrors.push(err135);
      }
      errors++;
    }
    let data60 = data.notifications;
    if (data60 && typeof data60 == 'object' && !Array.isArray(data60)) {
      if (data60.attempts === undefined) {
        data60.attempts = 8;
      }
      if (data60.backoff === undefined) {
        data60.backoff = '5s';
      }
      if (data60.timeout === undefined) {
        data60.timeout = '10s';
      }
      if (data60.receivers === undefined) {
        data60.receivers = [];
      }
      for (const key12 in data60) {
        if (!(
          key12 === 'attempts' ||
          key12 === 'backoff' ||
          key12 === 'timeout' ||
          key12 === 'receivers'
        )) {
          const err136 = {
            instancePath: instancePath + '/notifications',
            schemaPath: '#/properties/notifications/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key12 },
            message: 'must NOT have additional properties',
            schema: false,
            parentSchema: schema120.properties.notifications,
            data: data60,
          };
          if (vErrors === null) {
            vErrors = [err136];
          } else {
            vErrors.push(err136);
          }
          errors++;
        }
      }
      let data61 = data60.attempts;
      if (!(typeof data61 == 'number' && !(data61 % 1) && !isNaN(data61) && isFinite(data61))) {
        const err137 = {
          instancePath: instancePath + '/notifications/attempts',
          schemaPath: '#/properties/notifications/properties/attempts/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema120.properties.notifications.properties.attempts.type,
          parentSchema: schema120.properties.notifications.properties.attempts,
          data: data61,
        };
        if (vErrors === null) {
          vErrors = [err137];
        } else {
          vErrors.push(err137);
        }
        errors++;
      }
      if (typeof data61 == 'number' && isFinite(data61)) {
        if (data61 > 30 || isNaN(data61)) {
          const err138 = {
            instancePath: instancePath + '/notifications/attempts',
            schemaPath: '#/properties/notifications/properties/attempts/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 30 },
            message: 'must be <= 30',
            schema: 30,
            parentSchema: schema120.properties.notifications.properties.attempts,
            data: data61,
          };
          if (vErrors === null) {
            vErrors = [err138];
          } else {
            vErrors.push(err138);
          }
          errors++;
        }
        if (data61 < 1 || isNaN(data61)) {
          const err139 = {
            instancePath: instancePath + '/notifications/attempts',
            schemaPath: '#/properties/notifications/properties/attempts/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
            schema: 1,
            parentSchema: schema120.properties.notifications.properties.attempts,
            data: data61,
          };
          if (vErrors === null) {
            vErrors = [err139];
          } else {
            vErrors.push(err139);
          }
          errors++;
        }
      }
      let data62 = data60.backoff;
      if (typeof data62 === 'string') {
        if (!pattern87.test(data62)) {
          const err140 = {
            instancePath: instancePath + '/notifications/backoff',
            schemaPath: '#/properties/notifications/properties/backoff/pattern',
            keyword: 'pattern',
            params: { pattern: '^[1-9][0-9]{0,5}(ms|s|m)$' },
            message: 'must match pattern "' + '^[1-9][0-9]{0,5}(ms|s|m)$' + '"',
            schema: '^[1-9][0-9]{0,5}(ms|s|m)$',
            parentSchema: schema120.properties.notifications.properties.backoff,
            data: data62,
          };
          if (vErrors === null) {
            vErrors = [err140];
          } else {
            vErrors.push(err140);
          }
          errors++;
        }
      } else {
        const err141 = {
          instancePath: instancePath + '/notifications/backoff',
          schemaPath: '#/properties/notifications/properties/backoff/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema120.properties.notifications.properties.backoff.type,
          parentSchema: schema120.properties.notifications.properties.backoff,
          data: data62,
        };
        if (vErrors === null) {
          vErrors = [err141];
        } else {
          vErrors.push(err141);
        }
        errors++;
      }
      let data63 = data60.timeout;
      if (typeof data63 === 'string') {
        if (!pattern87.test(data63)) {
          const err142 = {
            instancePath: instancePath + '/notifications/timeout',
            schemaPath: '#/properties/notifications/properties/timeout/pattern',
            keyword: 'pattern',
            params: { pattern: '^[1-9][0-9]{0,5}(ms|s|m)$' },
            message: 'must match pattern "' + '^[1-9][0-9]{0,5}(ms|s|m)$' + '"',
            schema: '^[1-9][0-9]{0,5}(ms|s|m)$',
            parentSchema: schema120.properties.notifications.properties.timeout,
            data: data63,
          };
          if (vErrors === null) {
            vErrors = [err142];
          } else {
            vErrors.push(err142);
          }
          errors++;
        }
      } else {
        const err143 = {
          instancePath: instancePath + '/notifications/timeout',
          schemaPath: '#/properties/notifications/properties/timeout/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema120.properties.notifications.properties.timeout.type,
          parentSchema: schema120.properties.notifications.properties.timeout,
          data: data63,
        };
        if (vErrors === null) {
          vErrors = [err143];
        } else {
          vErrors.push(err143);
        }
        errors++;
      }
      let data64 = data60.receivers;
      if (Array.isArray(data64)) {
        if (data64.length > 50) {
          const err144 = {
            instancePath: instancePath + '/notifications/receivers',
            schemaPath: '#/properties/notifications/properties/receivers/maxItems',
            keyword: 'maxItems',
            params: { limit: 50 },
            message: 'must NOT have more than 50 items',
            schema: 50,
            parentSchema: schema120.properties.notifications.properties.receivers,
            data: data64,
          };
          if (vErrors === null) {
            vErrors = [err144];
          } else {
            vErrors.push(err144);
          }
          errors++;
        }
        const len2 = data64.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data65 = data64[i3];
          const _errs178 = errors;
          let valid20 = false;
          let passing0 = null;
          const _errs179 = errors;
          if (data65 && typeof data65 == 'object' && !Array.isArray(data65)) {
            if (data65.name === undefined) {
              const err145 = {
                instancePath: instancePath + '/notifications/receivers/' + i3,
                schemaPath:
                  '#/properties/notifications/properties/receivers/items/oneOf/0/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
                schema:
                  schema120.properties.notifications.properties.receivers.items.oneOf[0].required,
                parentSchema:
                  schema120.properties.notifications.properties.receivers.items.oneOf[0],
                data: data65,
              };
              if (vErrors === null) {
                vErrors = [err145];
              } else {
                vErrors.push(err145);
              }
              errors++;
            }
            if (data65.kind === undefined) {
              const err146 = {
                instancePath: instancePath + '/notifications/receivers/' + i3,
                schemaPath:
                  '#/properties/notifications/properties/receivers/items/oneOf/0/required',
                keyword: 'required',
                params: { missingProperty: 'kind' },
                message: "must have required property '" + 'kind' + "'",
                schema:
                  schema120.properties.notifications.properties.receivers.items.oneOf[0].required,
                parentSchema:
                  schema120.properties.notifications.properties.receivers.items.oneOf[0],
                data: data65,
              };
              if (vErrors === null) {
                vErrors = [err146];
              } else {
                vErrors.push(err146);
              }
              errors++;
            }
            if (data65.urlFile === undefined) {
              const err147 = {
                instancePath: instancePath + '/notifications/receivers/' + i3,
                schemaPath:
                  '#/properties/notifications/properties/receivers/items/oneOf/0/required',
                keyword: 'required',
                params: { missingProperty: 'urlFile' },
                message: "must have required property '" + 'urlFile' + "'",
                schema:
                  schema120.properties.notifications.properties.receivers.items.oneOf[0].required,
                parentSchema:
                  schema120.properties.notifications.properties.receivers.items.oneOf[0],
                data: data65,
              };
              if (vErrors === null) {
                vErrors = [err147];
              } else {
                vErrors.push(err147);
              }
              errors++;
            }
            for (const key13 in data65) {
              if (!(
                key13 === 'name' ||
                key13 === 'environments' ||
                key13 === 'events' ||
                key13 === 'kind' ||
                key13 === 'urlFile'
              )) {
                const err148 = {
                  instancePath: instancePath + '/notifications/receivers/' + i3,
                  schemaPath:
                    '#/properties/notifications/properties/receivers/items/oneOf/0/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key13 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[0],
                  data: data65,
                };
                if (vErrors === null) {
                  vErrors = [err148];
                } else {
                  vErrors.push(err148);
                }
                errors++;
              }
            }
            if (data65.name !== undefined) {
              let data66 = data65.name;
              if (typeof data66 === 'string') {
                if (!pattern113.test(data66)) {
                  const err149 = {
                    instancePath: instancePath + '/notifications/receivers/' + i3 + '/name',
                    schemaPath:
                      '#/properties/notifications/properties/receivers/items/oneOf/0/properties/name/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[A-Za-z0-9_.-]{1,60}$' },
                    message: 'must match pattern "' + '^[A-Za-z0-9_.-]{1,60}$' + '"',
                    schema: '^[A-Za-z0-9_.-]{1,60}$',
                    parentSchema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[0]
                        .properties.name,
                    data: data66,
                  };
                  if (vErrors === null) {
                    vErrors = [err149];
                  } else {
                    vErrors.push(err149);
                  }
                  errors++;
                }
              } else {
                const err150 = {
                  instancePath: instancePath + '/notifications/receivers/' + i3 + '/name',
                  schemaPath:
                    '#/properties/notifications/properties/receivers/items/oneOf/0/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[0]
                      .properties.name.type,
                  parentSchema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[0]
                      .properties.name,
                  data: data66,
                };
                if (vErrors === null) {
                  vErrors = [err150];
                } else {
                  vErrors.push(err150);
                }
                errors++;
              }
            }
            if (data65.environments !== undefined) {
              let data67 = data65.environments;
              if (Array.isArray(data67)) {
                if (data67.length < 1) {
                  const err151 = {
                    instancePath: instancePath + '/notifications/receivers/' + i3 + '/environments',
                    schemaPath:
                      '#/properties/notifications/properties/receivers/items/oneOf/0/properties/environments/minItems',
                    keyword: 'minItems',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 items',
                    schema: 1,
                    parentSchema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[0]
                        .properties.environments,
                    data: data67,
                  };
                  if (vErrors === null) {
                    vErrors = [err151];
                  } else {
                    vErrors.push(err151);
                  }
                  errors++;
                }
                const len3 = data67.length;
                for (let i4 = 0; i4 < len3; i4++) {
                  let data68 = data67[i4];
                  if (typeof data68 === 'string') {
                    if (func2(data68) > 100) {
                      const err152 = {
                        instancePath:
                          instancePath + '/notifications/receivers/' + i3 + '/environments/' + i4,
                        schemaPath:
                          '#/properties/notifications/properties/receivers/items/oneOf/0/properties/environments/items/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 100 },
                        message: 'must NOT have more than 100 characters',
                        schema: 100,
                        parentSchema:
                          schema120.properties.notifications.properties.receivers.items.oneOf[0]
                            .properties.environments.items,
                        data: data68,
                      };
                      if (vErrors === null) {
                        vErrors = [err152];
                      } else {
                        vErrors.push(err152);
                      }
                      errors++;
                    }
                    if (func2(data68) < 1) {
                      const err153 = {
                        instancePath:
                          instancePath + '/notifications/receivers/' + i3 + '/environments/' + i4,
                        schemaPath:
                          '#/properties/notifications/properties/receivers/items/oneOf/0/properties/environments/items/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                        schema: 1,
                        parentSchema:
                          schema120.properties.notifications.properties.receivers.items.oneOf[0]
                            .properties.environments.items,
                        data: data68,
                      };
                      if (vErrors === null) {
                        vErrors = [err153];
                      } else {
                        vErrors.push(err153);
                      }
                      errors++;
                    }
                  } else {
                    const err154 = {
                      instancePath:
                        instancePath + '/notifications/receivers/' + i3 + '/environments/' + i4,
                      schemaPath:
                        '#/properties/notifications/properties/receivers/items/oneOf/0/properties/environments/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema:
                        schema120.properties.notifications.properties.receivers.items.oneOf[0]
                          .properties.environments.items.type,
                      parentSchema:
                        schema120.properties.notifications.properties.receivers.items.oneOf[0]
                          .properties.environments.items,
                      data: data68,
                    };
                    if (vErrors === null) {
                      vErrors = [err154];
                    } else {
                      vErrors.push(err154);
                    }
                    errors++;
                  }
                }
              } else {
                const err155 = {
                  instancePath: instancePath + '/notifications/receivers/' + i3 + '/environments',
                  schemaPath:
                    '#/properties/notifications/properties/receivers/items/oneOf/0/properties/environments/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[0]
                      .properties.environments.type,
                  parentSchema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[0]
                      .properties.environments,
                  data: data67,
                };
                if (vErrors === null) {
                  vErrors = [err155];
                } else {
                  vErrors.push(err155);
                }
                errors++;
              }
            }
            if (data65.events !== undefined) {
              let data69 = data65.events;
              if (Array.isArray(data69)) {
                if (data69.length < 1) {
                  const err156 = {
                    instancePath: instancePath + '/notifications/receivers/' + i3 + '/events',
                    schemaPath:
                      '#/properties/notifications/properties/receivers/items/oneOf/0/properties/events/minItems',
                    keyword: 'minItems',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 items',
                    schema: 1,
                    parentSchema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[0]
                        .properties.events,
                    data: data69,
                  };
                  if (vErrors === null) {
                    vErrors = [err156];
                  } else {
                    vErrors.push(err156);
                  }
                  errors++;
                }
                const len4 = data69.length;
                for (let i5 = 0; i5 < len4; i5++) {
                  let data70 = data69[i5];
                  if (!(
                    data70 === 'deploy-succeeded' ||
                    data70 === 'deploy-failed' ||
                    data70 === 'rolled-back' ||
                    data70 === 'blocked' ||
                    data70 === 'waiting' ||
                    data70 === 'preview-ready' ||
                    data70 === 'preview-removed' ||
                    data70 === 'certificate-failed' ||
                    data70 === 'backup-failed'
                  )) {
                    const err157 = {
                      instancePath:
                        instancePath + '/notifications/receivers/' + i3 + '/events/' + i5,
                      schemaPath:
                        '#/properties/notifications/properties/receivers/items/oneOf/0/properties/events/items/enum',
                      keyword: 'enum',
                      params: {
                        allowedValues:
                          schema120.properties.notifications.properties.receivers.items.oneOf[0]
                            .properties.events.items.enum,
                      },
                      message: 'must be equal to one of the allowed values',
                      schema:
                        schema120.properties.notifications.properties.receivers.items.oneOf[0]
                          .properties.events.items.enum,
                      parentSchema:
                        schema120.properties.notifications.properties.receivers.items.oneOf[0]
                          .properties.events.items,
                      data: data70,
                    };
                    if (vErrors === null) {
                      vErrors = [err157];
                    } else {
                      vErrors.push(err157);
                    }
                    errors++;
                  }
                }
                let i6 = data69.length;
                let j1;
                if (i6 > 1) {
                  outer0: for (; i6--;) {
                    for (j1 = i6; j1--;) {
                      if (func0(data69[i6], data69[j1])) {
                        const err158 = {
                          instancePath: instancePath + '/notifications/receivers/' + i3 + '/events',
                          schemaPath:
                            '#/properties/notifications/properties/receivers/items/oneOf/0/properties/events/uniqueItems',
                          keyword: 'uniqueItems',
                          params: { i: i6, j: j1 },
                          message:
                            'must NOT have duplicate items (items ## ' +
                            j1 +
                            ' and ' +
                            i6 +
                            ' are identical)',
                          schema: true,
                          parentSchema:
                            schema120.properties.notifications.properties.receivers.items.oneOf[0]
                              .properties.events,
                          data: data69,
                        };
                        if (vErrors === null) {
                          vErrors = [err158];
                        } else {
                          vErrors.push(err158);
                        }
                        errors++;
                        break outer0;
                      }
                    }
                  }
                }
              } else {
                const err159 = {
                  instancePath: instancePath + '/notifications/receivers/' + i3 + '/events',
                  schemaPath:
                    '#/properties/notifications/properties/receivers/items/oneOf/0/properties/events/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[0]
                      .properties.events.type,
                  parentSchema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[0]
                      .properties.events,
                  data: data69,
                };
                if (vErrors === null) {
                  vErrors = [err159];
                } else {
                  vErrors.push(err159);
                }
                errors++;
              }
            }
            if (data65.kind !== undefined) {
              let data71 = data65.kind;
              if ('slack' !== data71) {
                const err160 = {
                  instancePath: instancePath + '/notifications/receivers/' + i3 + '/kind',
                  schemaPath:
                    '#/properties/notifications/properties/receivers/items/oneOf/0/properties/kind/const',
                  keyword: 'const',
                  params: { allowedValue: 'slack' },
                  message: 'must be equal to constant',
                  schema: 'slack',
                  parentSchema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[0]
                      .properties.kind,
                  data: data71,
                };
                if (vErrors === null) {
                  vErrors = [err160];
                } else {
                  vErrors.push(err160);
                }
                errors++;
              }
            }
            if (data65.urlFile !== undefined) {
              let data72 = data65.urlFile;
              if (typeof data72 === 'string') {
                if (!pattern76.test(data72)) {
                  const err161 = {
                    instancePath: instancePath + '/notifications/receivers/' + i3 + '/urlFile',
                    schemaPath:
                      '#/properties/notifications/properties/receivers/items/oneOf/0/properties/urlFile/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^/' },
                    message: 'must match pattern "' + '^/' + '"',
                    schema: '^/',
                    parentSchema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[0]
                        .properties.urlFile,
                    data: data72,
                  };
                  if (vErrors === null) {
                    vErrors = [err161];
                  } else {
                    vErrors.push(err161);
                  }
                  errors++;
                }
              } else {
                const err162 = {
                  instancePath: instancePath + '/notifications/receivers/' + i3 + '/urlFile',
                  schemaPath:
                    '#/properties/notifications/properties/receivers/items/oneOf/0/properties/urlFile/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[0]
                      .properties.urlFile.type,
                  parentSchema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[0]
                      .properties.urlFile,
                  data: data72,
                };
                if (vErrors === null) {
                  vErrors = [err162];
                } else {
                  vErrors.push(err162);
                }
                errors++;
              }
            }
          } else {
            const err163 = {
              instancePath: instancePath + '/notifications/receivers/' + i3,
              schemaPath: '#/properties/notifications/properties/receivers/items/oneOf/0/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema120.properties.notifications.properties.receivers.items.oneOf[0].type,
              parentSchema: schema120.properties.notifications.properties.receivers.items.oneOf[0],
              data: data65,
            };
            if (vErrors === null) {
              vErrors = [err163];
            } else {
              vErrors.push(err163);
            }
            errors++;
          }
          var _valid0 = _errs179 === errors;
          if (_valid0) {
            valid20 = true;
            passing0 = 0;
            var props0 = true;
          }
          const _errs196 = errors;
          if (data65 && typeof data65 == 'object' && !Array.isArray(data65)) {
            if (data65.name === undefined) {
              const err164 = {
                instancePath: instancePath + '/notifications/receivers/' + i3,
                schemaPath:
                  '#/properties/notifications/properties/receivers/items/oneOf/1/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
                schema:
                  schema120.properties.notifications.properties.receivers.items.oneOf[1].required,
                parentSchema:
                  schema120.properties.notifications.properties.receivers.items.oneOf[1],
                data: data65,
              };
              if (vErrors === null) {
                vErrors = [err164];
              } else {
                vErrors.push(err164);
              }
              errors++;
            }
            if (data65.kind === undefined) {
              const err165 = {
                instancePath: instancePath + '/notifications/receivers/' + i3,
                schemaPath:
                  '#/properties/notifications/properties/receivers/items/oneOf/1/required',
                keyword: 'required',
                params: { missingProperty: 'kind' },
                message: "must have required property '" + 'kind' + "'",
                schema:
                  schema120.properties.notifications.properties.receivers.items.oneOf[1].required,
                parentSchema:
                  schema120.properties.notifications.properties.receivers.items.oneOf[1],
                data: data65,
              };
              if (vErrors === null) {
                vErrors = [err165];
              } else {
                vErrors.push(err165);
              }
              errors++;
            }
            if (data65.urlFile === undefined) {
              const err166 = {
                instancePath: instancePath + '/notifications/receivers/' + i3,
                schemaPath:
                  '#/properties/notifications/properties/receivers/items/oneOf/1/required',
                keyword: 'required',
                params: { missingProperty: 'urlFile' },
                message: "must have required property '" + 'urlFile' + "'",
                schema:
                  schema120.properties.notifications.properties.receivers.items.oneOf[1].required,
                parentSchema:
                  schema120.properties.notifications.properties.receivers.items.oneOf[1],
                data: data65,
              };
              if (vErrors === null) {
                vErrors = [err166];
              } else {
                vErrors.push(err166);
              }
              errors++;
            }
            for (const key14 in data65) {
              if (!(
                key14 === 'name' ||
                key14 === 'environments' ||
                key14 === 'events' ||
                key14 === 'kind' ||
                key14 === 'urlFile'
              )) {
                const err167 = {
                  instancePath: instancePath + '/notifications/receivers/' + i3,
                  schemaPath:
                    '#/properties/notifications/properties/receivers/items/oneOf/1/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key14 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[1],
                  data: data65,
                };
                if (vErrors === null) {
                  vErrors = [err167];
                } else {
                  vErrors.push(err167);
                }
                errors++;
              }
            }
            if (data65.name !== undefined) {
              let data73 = data65.name;
              if (typeof data73 === 'string') {
                if (!pattern113.test(data73)) {
                  const err168 = {
                    instancePath: instancePath + '/notifications/receivers/' + i3 + '/name',
                    schemaPath:
                      '#/properties/notifications/properties/receivers/items/oneOf/1/properties/name/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[A-Za-z0-9_.-]{1,60}$' },
                    message: 'must match pattern "' + '^[A-Za-z0-9_.-]{1,60}$' + '"',
                    schema: '^[A-Za-z0-9_.-]{1,60}$',
                    parentSchema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[1]
                        .properties.name,
                    data: data73,
                  };
                  if (vErrors === null) {
                    vErrors = [err168];
                  } else {
                    vErrors.push(err168);
                  }
                  errors++;
                }
              } else {
                const err169 = {
                  instancePath: instancePath + '/notifications/receivers/' + i3 + '/name',
                  schemaPath:
                    '#/properties/notifications/properties/receivers/items/oneOf/1/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[1]
                      .properties.name.type,
                  parentSchema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[1]
                      .properties.name,
                  data: data73,
                };
                if (vErrors === null) {
                  vErrors = [err169];
                } else {
                  vErrors.push(err169);
                }
                errors++;
              }
            }
            if (data65.environments !== undefined) {
              let data74 = data65.environments;
              if (Array.isArray(data74)) {
                if (data74.length < 1) {
                  const err170 = {
                    instancePath: instancePath + '/notifications/receivers/' + i3 + '/environments',
                    schemaPath:
                      '#/properties/notifications/properties/receivers/items/oneOf/1/properties/environments/minItems',
                    keyword: 'minItems',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 items',
                    schema: 1,
                    parentSchema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[1]
                        .properties.environments,
                    data: data74,
                  };
                  if (vErrors === null) {
                    vErrors = [err170];
                  } else {
                    vErrors.push(err170);
                  }
                  errors++;
                }
                const len5 = data74.length;
                for (let i7 = 0; i7 < len5; i7++) {
                  let data75 = data74[i7];
                  if (typeof data75 === 'string') {
                    if (func2(data75) > 100) {
                      const err171 = {
                        instancePath:
                          instancePath + '/notifications/receivers/' + i3 + '/environments/' + i7,
                        schemaPath:
                          '#/properties/notifications/properties/receivers/items/oneOf/1/properties/environments/items/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 100 },
                        message: 'must NOT have more than 100 characters',
                        schema: 100,
                        parentSchema:
                          schema120.properties.notifications.properties.receivers.items.oneOf[1]
                            .properties.environments.items,
                        data: data75,
                      };
                      if (vErrors === null) {
                        vErrors = [err171];
                      } else {
                        vErrors.push(err171);
                      }
                      errors++;
                    }
                    if (func2(data75) < 1) {
                      const err172 = {
                        instancePath:
                          instancePath + '/notifications/receivers/' + i3 + '/environments/' + i7,
                        schemaPath:
                          '#/properties/notifications/properties/receivers/items/oneOf/1/properties/environments/items/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                        schema: 1,
                        parentSchema:
                          schema120.properties.notifications.properties.receivers.items.oneOf[1]
                            .properties.environments.items,
                        data: data75,
                      };
                      if (vErrors === null) {
                        vErrors = [err172];
                      } else {
                        vErrors.push(err172);
                      }
                      errors++;
                    }
                  } else {
                    const err173 = {
                      instancePath:
                        instancePath + '/notifications/receivers/' + i3 + '/environments/' + i7,
                      schemaPath:
                        '#/properties/notifications/properties/receivers/items/oneOf/1/properties/environments/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema:
                        schema120.properties.notifications.properties.receivers.items.oneOf[1]
                          .properties.environments.items.type,
                      parentSchema:
                        schema120.properties.notifications.properties.receivers.items.oneOf[1]
                          .properties.environments.items,
                      data: data75,
                    };
                    if (vErrors === null) {
                      vErrors = [err173];
                    } else {
                      vErrors.push(err173);
                    }
                    errors++;
                  }
                }
              } else {
                const err174 = {
                  instancePath: instancePath + '/notifications/receivers/' + i3 + '/environments',
                  schemaPath:
                    '#/properties/notifications/properties/receivers/items/oneOf/1/properties/environments/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[1]
                      .properties.environments.type,
                  parentSchema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[1]
                      .properties.environments,
                  data: data74,
                };
                if (vErrors === null) {
                  vErrors = [err174];
                } else {
                  vErrors.push(err174);
                }
                errors++;
              }
            }
            if (data65.events !== undefined) {
              let data76 = data65.events;
              if (Array.isArray(data76)) {
                if (data76.length < 1) {
                  const err175 = {
                    instancePath: instancePath + '/notifications/receivers/' + i3 + '/events',
                    schemaPath:
                      '#/properties/notifications/properties/receivers/items/oneOf/1/properties/events/minItems',
                    keyword: 'minItems',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 items',
                    schema: 1,
                    parentSchema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[1]
                        .properties.events,
                    data: data76,
                  };
                  if (vErrors === null) {
                    vErrors = [err175];
                  } else {
                    vErrors.push(err175);
                  }
                  errors++;
                }
                const len6 = data76.length;
                for (let i8 = 0; i8 < len6; i8++) {
                  let data77 = data76[i8];
                  if (!(
                    data77 === 'deploy-succeeded' ||
                    data77 === 'deploy-failed' ||
                    data77 === 'rolled-back' ||
                    data77 === 'blocked' ||
                    data77 === 'waiting' ||
                    data77 === 'preview-ready' ||
                    data77 === 'preview-removed' ||
                    data77 === 'certificate-failed' ||
                    data77 === 'backup-failed'
                  )) {
                    const err176 = {
                      instancePath:
                        instancePath + '/notifications/receivers/' + i3 + '/events/' + i8,
                      schemaPath:
                        '#/properties/notifications/properties/receivers/items/oneOf/1/properties/events/items/enum',
                      keyword: 'enum',
                      params: {
                        allowedValues:
                          schema120.properties.notifications.properties.receivers.items.oneOf[1]
                            .properties.events.items.enum,
                      },
                      message: 'must be equal to one of the allowed values',
                      schema:
                        schema120.properties.notifications.properties.receivers.items.oneOf[1]
                          .properties.events.items.enum,
                      parentSchema:
                        schema120.properties.notifications.properties.receivers.items.oneOf[1]
                          .properties.events.items,
                      data: data77,
                    };
                    if (vErrors === null) {
                      vErrors = [err176];
                    } else {
                      vErrors.push(err176);
                    }
                    errors++;
                  }
                }
                let i9 = data76.length;
                let j2;
                if (i9 > 1) {
                  outer1: for (; i9--;) {
                    for (j2 = i9; j2--;) {
                      if (func0(data76[i9], data76[j2])) {
                        const err177 = {
                          instancePath: instancePath + '/notifications/receivers/' + i3 + '/events',
                          schemaPath:
                            '#/properties/notifications/properties/receivers/items/oneOf/1/properties/events/uniqueItems',
                          keyword: 'uniqueItems',
                          params: { i: i9, j: j2 },
                          message:
                            'must NOT have duplicate items (items ## ' +
                            j2 +
                            ' and ' +
                            i9 +
                            ' are identical)',
                          schema: true,
                          parentSchema:
                            schema120.properties.notifications.properties.receivers.items.oneOf[1]
                              .properties.events,
                          data: data76,
                        };
                        if (vErrors === null) {
                          vErrors = [err177];
                        } else {
                          vErrors.push(err177);
                        }
                        errors++;
                        break outer1;
                      }
                    }
                  }
                }
              } else {
                const err178 = {
                  instancePath: instancePath + '/notifications/receivers/' + i3 + '/events',
                  schemaPath:
                    '#/properties/notifications/properties/receivers/items/oneOf/1/properties/events/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[1]
                      .properties.events.type,
                  parentSchema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[1]
                      .properties.events,
                  data: data76,
                };
                if (vErrors === null) {
                  vErrors = [err178];
                } else {
                  vErrors.push(err178);
                }
                errors++;
              }
            }
            if (data65.kind !== undefined) {
              let data78 = data65.kind;
              if ('teams' !== data78) {
                const err179 = {
                  instancePath: instancePath + '/notifications/receivers/' + i3 + '/kind',
                  schemaPath:
                    '#/properties/notifications/properties/receivers/items/oneOf/1/properties/kind/const',
                  keyword: 'const',
                  params: { allowedValue: 'teams' },
                  message: 'must be equal to constant',
                  schema: 'teams',
                  parentSchema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[1]
                      .properties.kind,
                  data: data78,
                };
                if (vErrors === null) {
                  vErrors = [err179];
                } else {
                  vErrors.push(err179);
                }
                errors++;
              }
            }
            if (data65.urlFile !== undefined) {
              let data79 = data65.urlFile;
              if (typeof data79 === 'string') {
                if (!pattern76.test(data79)) {
                  const err180 = {
                    instancePath: instancePath + '/notifications/receivers/' + i3 + '/urlFile',
                    schemaPath:
                      '#/properties/notifications/properties/receivers/items/oneOf/1/properties/urlFile/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^/' },
                    message: 'must match pattern "' + '^/' + '"',
                    schema: '^/',
                    parentSchema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[1]
                        .properties.urlFile,
                    data: data79,
                  };
                  if (vErrors === null) {
                    vErrors = [err180];
                  } else {
                    vErrors.push(err180);
                  }
                  errors++;
                }
              } else {
                const err181 = {
                  instancePath: instancePath + '/notifications/receivers/' + i3 + '/urlFile',
                  schemaPath:
                    '#/properties/notifications/properties/receivers/items/oneOf/1/properties/urlFile/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[1]
                      .properties.urlFile.type,
                  parentSchema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[1]
                      .properties.urlFile,
                  data: data79,
                };
                if (vErrors === null) {
                  vErrors = [err181];
                } else {
                  vErrors.push(err181);
                }
                errors++;
              }
            }
          } else {
            const err182 = {
              instancePath: instancePath + '/notifications/receivers/' + i3,
              schemaPath: '#/properties/notifications/properties/receivers/items/oneOf/1/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema120.properties.notifications.properties.receivers.items.oneOf[1].type,
              parentSchema: schema120.properties.notifications.properties.receivers.items.oneOf[1],
              data: data65,
            };
            if (vErrors === null) {
              vErrors = [err182];
            } else {
              vErrors.push(err182);
            }
            errors++;
          }
          var _valid0 = _errs196 === errors;
          if (_valid0 && valid20) {
            valid20 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid20 = true;
              passing0 = 1;
              if (props0 !== true) {
                props0 = true;
              }
            }
            const _errs213 = errors;
            if (data65 && typeof data65 == 'object' && !Array.isArray(data65)) {
              if (data65.name === undefined) {
                const err183 = {
                  instancePath: instancePath + '/notifications/receivers/' + i3,
                  schemaPath:
                    '#/properties/notifications/properties/receivers/items/oneOf/2/required',
                  keyword: 'required',
                  params: { missingProperty: 'name' },
                  message: "must have required property '" + 'name' + "'",
                  schema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[2].required,
                  parentSchema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[2],
                  data: data65,
                };
                if (vErrors === null) {
                  vErrors = [err183];
                } else {
                  vErrors.push(err183);
                }
                errors++;
              }
              if (data65.kind === undefined) {
                const err184 = {
                  instancePath: instancePath + '/notifications/receivers/' + i3,
                  schemaPath:
                    '#/properties/notifications/properties/receivers/items/oneOf/2/required',
                  keyword: 'required',
                  params: { missingProperty: 'kind' },
                  message: "must have required property '" + 'kind' + "'",
                  schema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[2].required,
                  parentSchema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[2],
                  data: data65,
                };
                if (vErrors === null) {
                  vErrors = [err184];
                } else {
                  vErrors.push(err184);
                }
                errors++;
              }
              if (data65.url === undefined) {
                const err185 = {
                  instancePath: instancePath + '/notifications/receivers/' + i3,
                  schemaPath:
                    '#/properties/notifications/properties/receivers/items/oneOf/2/required',
                  keyword: 'required',
                  params: { missingProperty: 'url' },
                  message: "must have required property '" + 'url' + "'",
                  schema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[2].required,
                  parentSchema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[2],
                  data: data65,
                };
                if (vErrors === null) {
                  vErrors = [err185];
                } else {
                  vErrors.push(err185);
                }
                errors++;
              }
              if (data65.secretFile === undefined) {
                const err186 = {
                  instancePath: instancePath + '/notifications/receivers/' + i3,
                  schemaPath:
                    '#/properties/notifications/properties/receivers/items/oneOf/2/required',
                  keyword: 'required',
                  params: { missingProperty: 'secretFile' },
                  message: "must have required property '" + 'secretFile' + "'",
                  schema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[2].required,
                  parentSchema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[2],
                  data: data65,
                };
                if (vErrors === null) {
                  vErrors = [err186];
                } else {
                  vErrors.push(err186);
                }
                errors++;
              }
              for (const key15 in data65) {
                if (!(
                  key15 === 'name' ||
                  key15 === 'environments' ||
                  key15 === 'events' ||
                  key15 === 'kind' ||
                  key15 === 'url' ||
                  key15 === 'secretFile'
                )) {
                  const err187 = {
                    instancePath: instancePath + '/notifications/receivers/' + i3,
                    schemaPath:
                      '#/properties/notifications/properties/receivers/items/oneOf/2/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key15 },
                    message: 'must NOT have additional properties',
                    schema: false,
                    parentSchema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[2],
                    data: data65,
                  };
                  if (vErrors === null) {
                    vErrors = [err187];
                  } else {
                    vErrors.push(err187);
                  }
                  errors++;
                }
              }
              if (data65.name !== undefined) {
                let data80 = data65.name;
                if (typeof data80 === 'string') {
                  if (!pattern113.test(data80)) {
                    const err188 = {
                      instancePath: instancePath + '/notifications/receivers/' + i3 + '/name',
                      schemaPath:
                        '#/properties/notifications/properties/receivers/items/oneOf/2/properties/name/pattern',
                      keyword: 'pattern',
                      params: { pattern: '^[A-Za-z0-9_.-]{1,60}$' },
                      message: 'must match pattern "' + '^[A-Za-z0-9_.-]{1,60}$' + '"',
                      schema: '^[A-Za-z0-9_.-]{1,60}$',
                      parentSchema:
                        schema120.properties.notifications.properties.receivers.items.oneOf[2]
                          .properties.name,
                      data: data80,
                    };
                    if (vErrors === null) {
                      vErrors = [err188];
                    } else {
                      vErrors.push(err188);
                    }
                    errors++;
                  }
                } else {
                  const err189 = {
                    instancePath: instancePath + '/notifications/receivers/' + i3 + '/name',
                    schemaPath:
                      '#/properties/notifications/properties/receivers/items/oneOf/2/properties/name/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[2]
                        .properties.name.type,
                    parentSchema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[2]
                        .properties.name,
                    data: data80,
                  };
                  if (vErrors === null) {
                    vErrors = [err189];
                  } else {
                    vErrors.push(err189);
                  }
                  errors++;
                }
              }
              if (data65.environments !== undefined) {
                let data81 = data65.environments;
                if (Array.isArray(data81)) {
                  if (data81.length < 1) {
                    const err190 = {
                      instancePath:
                        instancePath + '/notifications/receivers/' + i3 + '/environments',
                      schemaPath:
                        '#/properties/notifications/properties/receivers/items/oneOf/2/properties/environments/minItems',
                      keyword: 'minItems',
                      params: { limit: 1 },
                      message: 'must NOT have fewer than 1 items',
                      schema: 1,
                      parentSchema:
                        schema120.properties.notifications.properties.receivers.items.oneOf[2]
                          .properties.environments,
                      data: data81,
                    };
                    if (vErrors === null) {
                      vErrors = [err190];
                    } else {
                      vErrors.push(err190);
                    }
                    errors++;
                  }
                  const len7 = data81.length;
                  for (let i10 = 0; i10 < len7; i10++) {
                    let data82 = data81[i10];
                    if (typeof data82 === 'string') {
                      if (func2(data82) > 100) {
                        const err191 = {
                          instancePath:
                            instancePath +
                            '/notifications/receivers/' +
                            i3 +
                            '/environments/' +
                            i10,
                          schemaPath:
                            '#/properties/notifications/properties/receivers/items/oneOf/2/properties/environments/items/maxLength',
                          keyword: 'maxLength',
                          params: { limit: 100 },
                          message: 'must NOT have more than 100 characters',
                          schema: 100,
                          parentSchema:
                            schema120.properties.notifications.properties.receivers.items.oneOf[2]
                              .properties.environments.items,
                          data: data82,
                        };
                        if (vErrors === null) {
                          vErrors = [err191];
                        } else {
                          vErrors.push(err191);
                        }
                        errors++;
                      }
                      if (func2(data82) < 1) {
                        const err192 = {
                          instancePath:
                            instancePath +
                            '/notifications/receivers/' +
                            i3 +
                            '/environments/' +
                            i10,
                          schemaPath:
                            '#/properties/notifications/properties/receivers/items/oneOf/2/properties/environments/items/minLength',
                          keyword: 'minLength',
                          params: { limit: 1 },
                          message: 'must NOT have fewer than 1 characters',
                          schema: 1,
                          parentSchema:
                            schema120.properties.notifications.properties.receivers.items.oneOf[2]
                              .properties.environments.items,
                          data: data82,
                        };
                        if (vErrors === null) {
                          vErrors = [err192];
                        } else {
                          vErrors.push(err192);
                        }
                        errors++;
                      }
                    } else {
                      const err193 = {
                        instancePath:
                          instancePath + '/notifications/receivers/' + i3 + '/environments/' + i10,
                        schemaPath:
                          '#/properties/notifications/properties/receivers/items/oneOf/2/properties/environments/items/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                        schema:
                          schema120.properties.notifications.properties.receivers.items.oneOf[2]
                            .properties.environments.items.type,
                        parentSchema:
                          schema120.properties.notifications.properties.receivers.items.oneOf[2]
                            .properties.environments.items,
                        data: data82,
                      };
                      if (vErrors === null) {
                        vErrors = [err193];
                      } else {
                        vErrors.push(err193);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err194 = {
                    instancePath: instancePath + '/notifications/receivers/' + i3 + '/environments',
                    schemaPath:
                      '#/properties/notifications/properties/receivers/items/oneOf/2/properties/environments/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                    schema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[2]
                        .properties.environments.type,
                    parentSchema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[2]
                        .properties.environments,
                    data: data81,
                  };
                  if (vErrors === null) {
                    vErrors = [err194];
                  } else {
                    vErrors.push(err194);
                  }
                  errors++;
                }
              }
              if (data65.events !== undefined) {
                let data83 = data65.events;
                if (Array.isArray(data83)) {
                  if (data83.length < 1) {
                    const err195 = {
                      instancePath: instancePath + '/notifications/receivers/' + i3 + '/events',
                      schemaPath:
                        '#/properties/notifications/properties/receivers/items/oneOf/2/properties/events/minItems',
                      keyword: 'minItems',
                      params: { limit: 1 },
                      message: 'must NOT have fewer than 1 items',
                      schema: 1,
                      parentSchema:
                        schema120.properties.notifications.properties.receivers.items.oneOf[2]
                          .properties.events,
                      data: data83,
                    };
                    if (vErrors === null) {
                      vErrors = [err195];
                    } else {
                      vErrors.push(err195);
                    }
                    errors++;
                  }
                  const len8 = data83.length;
                  for (let i11 = 0; i11 < len8; i11++) {
                    let data84 = data83[i11];
                    if (!(
                      data84 === 'deploy-succeeded' ||
                      data84 === 'deploy-failed' ||
                      data84 === 'rolled-back' ||
                      data84 === 'blocked' ||
                      data84 === 'waiting' ||
                      data84 === 'preview-ready' ||
                      data84 === 'preview-removed' ||
                      data84 === 'certificate-failed' ||
                      data84 === 'backup-failed'
                    )) {
                      const err196 = {
                        instancePath:
                          instancePath + '/notifications/receivers/' + i3 + '/events/' + i11,
                        schemaPath:
                          '#/properties/notifications/properties/receivers/items/oneOf/2/properties/events/items/enum',
                        keyword: 'enum',
                        params: {
                          allowedValues:
                            schema120.properties.notifications.properties.receivers.items.oneOf[2]
                              .properties.events.items.enum,
                        },
                        message: 'must be equal to one of the allowed values',
                        schema:
                          schema120.properties.notifications.properties.receivers.items.oneOf[2]
                            .properties.events.items.enum,
                        parentSchema:
                          schema120.properties.notifications.properties.receivers.items.oneOf[2]
                            .properties.events.items,
                        data: data84,
                      };
                      if (vErrors === null) {
                        vErrors = [err196];
                      } else {
                        vErrors.push(err196);
                      }
                      errors++;
                    }
                  }
                  let i12 = data83.length;
                  let j3;
                  if (i12 > 1) {
                    outer2: for (; i12--;) {
                      for (j3 = i12; j3--;) {
                        if (func0(data83[i12], data83[j3])) {
                          const err197 = {
                            instancePath:
                              instancePath + '/notifications/receivers/' + i3 + '/events',
                            schemaPath:
                              '#/properties/notifications/properties/receivers/items/oneOf/2/properties/events/uniqueItems',
                            keyword: 'uniqueItems',
                            params: { i: i12, j: j3 },
                            message:
                              'must NOT have duplicate items (items ## ' +
                              j3 +
                              ' and ' +
                              i12 +
                              ' are identical)',
                            schema: true,
                            parentSchema:
                              schema120.properties.notifications.properties.receivers.items.oneOf[2]
                                .properties.events,
                            data: data83,
                          };
                          if (vErrors === null) {
                            vErrors = [err197];
                          } else {
                            vErrors.push(err197);
                          }
                          errors++;
                          break outer2;
                        }
                      }
                    }
                  }
                } else {
                  const err198 = {
                    instancePath: instancePath + '/notifications/receivers/' + i3 + '/events',
                    schemaPath:
                      '#/properties/notifications/properties/receivers/items/oneOf/2/properties/events/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                    schema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[2]
                        .properties.events.type,
                    parentSchema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[2]
                        .properties.events,
                    data: data83,
                  };
                  if (vErrors === null) {
                    vErrors = [err198];
                  } else {
                    vErrors.push(err198);
                  }
                  errors++;
                }
              }
              if (data65.kind !== undefined) {
                let data85 = data65.kind;
                if ('webhook' !== data85) {
                  const err199 = {
                    instancePath: instancePath + '/notifications/receivers/' + i3 + '/kind',
                    schemaPath:
                      '#/properties/notifications/properties/receivers/items/oneOf/2/properties/kind/const',
                    keyword: 'const',
                    params: { allowedValue: 'webhook' },
                    message: 'must be equal to constant',
                    schema: 'webhook',
                    parentSchema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[2]
                        .properties.kind,
                    data: data85,
                  };
                  if (vErrors === null) {
                    vErrors = [err199];
                  } else {
                    vErrors.push(err199);
                  }
                  errors++;
                }
              }
              if (data65.url !== undefined) {
                let data86 = data65.url;
                if (typeof data86 === 'string') {
                  if (func2(data86) > 2000) {
                    const err200 = {
                      instancePath: instancePath + '/notifications/receivers/' + i3 + '/url',
                      schemaPath:
                        '#/properties/notifications/properties/receivers/items/oneOf/2/properties/url/maxLength',
                      keyword: 'maxLength',
                      params: { limit: 2000 },
                      message: 'must NOT have more than 2000 characters',
                      schema: 2000,
                      parentSchema:
                        schema120.properties.notifications.properties.receivers.items.oneOf[2]
                          .properties.url,
                      data: data86,
                    };
                    if (vErrors === null) {
                      vErrors = [err200];
                    } else {
                      vErrors.push(err200);
                    }
                    errors++;
                  }
                  if (!pattern101.test(data86)) {
                    const err201 = {
                      instancePath: instancePath + '/notifications/receivers/' + i3 + '/url',
                      schemaPath:
                        '#/properties/notifications/properties/receivers/items/oneOf/2/properties/url/pattern',
                      keyword: 'pattern',
                      params: { pattern: '^https?://' },
                      message: 'must match pattern "' + '^https?://' + '"',
                      schema: '^https?://',
                      parentSchema:
                        schema120.properties.notifications.properties.receivers.items.oneOf[2]
                          .properties.url,
                      data: data86,
                    };
                    if (vErrors === null) {
                      vErrors = [err201];
                    } else {
                      vErrors.push(err201);
                    }
                    errors++;
                  }
                } else {
                  const err202 = {
                    instancePath: instancePath + '/notifications/receivers/' + i3 + '/url',
                    schemaPath:
                      '#/properties/notifications/properties/receivers/items/oneOf/2/properties/url/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[2]
                        .properties.url.type,
                    parentSchema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[2]
                        .properties.url,
                    data: data86,
                  };
                  if (vErrors === null) {
                    vErrors = [err202];
                  } else {
                    vErrors.push(err202);
                  }
                  errors++;
                }
              }
              if (data65.secretFile !== undefined) {
                let data87 = data65.secretFile;
                if (typeof data87 === 'string') {
                  if (!pattern76.test(data87)) {
                    const err203 = {
                      instancePath: instancePath + '/notifications/receivers/' + i3 + '/secretFile',
                      schemaPath:
                        '#/properties/notifications/properties/receivers/items/oneOf/2/properties/secretFile/pattern',
                      keyword: 'pattern',
                      params: { pattern: '^/' },
                      message: 'must match pattern "' + '^/' + '"',
                      schema: '^/',
                      parentSchema:
                        schema120.properties.notifications.properties.receivers.items.oneOf[2]
                          .properties.secretFile,
                      data: data87,
                    };
                    if (vErrors === null) {
                      vErrors = [err203];
                    } else {
                      vErrors.push(err203);
                    }
                    errors++;
                  }
                } else {
                  const err204 = {
                    instancePath: instancePath + '/notifications/receivers/' + i3 + '/secretFile',
                    schemaPath:
                      '#/properties/notifications/properties/receivers/items/oneOf/2/properties/secretFile/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[2]
                        .properties.secretFile.type,
                    parentSchema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[2]
                        .properties.secretFile,
                    data: data87,
                  };
                  if (vErrors === null) {
                    vErrors = [err204];
                  } else {
                    vErrors.push(err204);
                  }
                  errors++;
                }
              }
            } else {
              const err205 = {
                instancePath: instancePath + '/notifications/receivers/' + i3,
                schemaPath: '#/properties/notifications/properties/receivers/items/oneOf/2/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
                schema: schema120.properties.notifications.properties.receivers.items.oneOf[2].type,
                parentSchema:
                  schema120.properties.notifications.properties.receivers.items.oneOf[2],
                data: data65,
              };
              if (vErrors === null) {
                vErrors = [err205];
              } else {
                vErrors.push(err205);
              }
              errors++;
            }
            var _valid0 = _errs213 === errors;
            if (_valid0 && valid20) {
              valid20 = false;
              passing0 = [passing0, 2];
            } else {
              if (_valid0) {
                valid20 = true;
                passing0 = 2;
                if (props0 !== true) {
                  props0 = true;
                }
              }
              const _errs233 = errors;
              if (data65 && typeof data65 == 'object' && !Array.isArray(data65)) {
                if (data65.name === undefined) {
                  const err206 = {
                    instancePath: instancePath + '/notifications/receivers/' + i3,
                    schemaPath:
                      '#/properties/notifications/properties/receivers/items/oneOf/3/required',
                    keyword: 'required',
                    params: { missingProperty: 'name' },
                    message: "must have required property '" + 'name' + "'",
                    schema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[3]
                        .required,
                    parentSchema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[3],
                    data: data65,
                  };
                  if (vErrors === null) {
                    vErrors = [err206];
                  } else {
                    vErrors.push(err206);
                  }
                  errors++;
                }
                if (data65.kind === undefined) {
                  const err207 = {
                    instancePath: instancePath + '/notifications/receivers/' + i3,
                    schemaPath:
                      '#/properties/notifications/properties/receivers/items/oneOf/3/required',
                    keyword: 'required',
                    params: { missingProperty: 'kind' },
                    message: "must have required property '" + 'kind' + "'",
                    schema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[3]
                        .required,
                    parentSchema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[3],
                    data: data65,
                  };
                  if (vErrors === null) {
                    vErrors = [err207];
                  } else {
                    vErrors.push(err207);
                  }
                  errors++;
                }
                if (data65.smtp === undefined) {
                  const err208 = {
                    instancePath: instancePath + '/notifications/receivers/' + i3,
                    schemaPath:
                      '#/properties/notifications/properties/receivers/items/oneOf/3/required',
                    keyword: 'required',
                    params: { missingProperty: 'smtp' },
                    message: "must have required property '" + 'smtp' + "'",
                    schema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[3]
                        .required,
                    parentSchema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[3],
                    data: data65,
                  };
                  if (vErrors === null) {
                    vErrors = [err208];
                  } else {
                    vErrors.push(err208);
                  }
                  errors++;
                }
                if (data65.from === undefined) {
                  const err209 = {
                    instancePath: instancePath + '/notifications/receivers/' + i3,
                    schemaPath:
                      '#/properties/notifications/properties/receivers/items/oneOf/3/required',
                    keyword: 'required',
                    params: { missingProperty: 'from' },
                    message: "must have required property '" + 'from' + "'",
                    schema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[3]
                        .required,
                    parentSchema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[3],
                    data: data65,
                  };
                  if (vErrors === null) {
                    vErrors = [err209];
                  } else {
                    vErrors.push(err209);
                  }
                  errors++;
                }
                if (data65.to === undefined) {
                  const err210 = {
                    instancePath: instancePath + '/notifications/receivers/' + i3,
                    schemaPath:
                      '#/properties/notifications/properties/receivers/items/oneOf/3/required',
                    keyword: 'required',
                    params: { missingProperty: 'to' },
                    message: "must have required property '" + 'to' + "'",
                    schema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[3]
                        .required,
                    parentSchema:
                      schema120.properties.notifications.properties.receivers.items.oneOf[3],
                    data: data65,
                  };
                  if (vErrors === null) {
                    vErrors = [err210];
                  } else {
                    vErrors.push(err210);
                  }
                  errors++;
                }
                for (const key16 in data65) {
                  if (!(
                    key16 === 'name' ||
                    key16 === 'environments' ||
                    key16 === 'events' ||
                    key16 === 'kind' ||
                    key16 === 'smtp' ||
                    key16 === 'from' ||
                    key16 === 'to'
                  )) {
                    const err211 = {
                      instancePath: instancePath + '/notifications/receivers/' + i3,
                      schemaPath:
                        '#/properties/notifications/properties/receivers/items/oneOf/3/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key16 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema:
                        schema120.properties.notifications.properties.receivers.items.oneOf[3],
                      data: data65,
                    };
                    if (vErrors === null) {
                      vErrors = [err211];
                    } else {
                      vErrors.push(err211);
                    }
                    errors++;
                  }
                }
                if (data65.name !== undefined) {
                  let data88 = data65.name;
                  if (typeof data88 === 'string') {
                    if (!pattern113.test(data88)) {
                      const err212 = {
                        instancePath: instancePath + '/notifications/receivers/' + i3 + '/name',
                        schemaPath:
                          '#/properties/notifications/properties/receivers/items/oneOf/3/properties/name/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[A-Za-z0-9_.-]{1,60}$' },
                        message: 'must match pattern "' + '^[A-Za-z0-9_.-]{1,60}$' + '"',
                        schema: '^[A-Za-z0-9_.-]{1,60}$',
                        parentSchema:
                          schema120.properties.notifications.properties.receivers.items.oneOf[3]
                            .properties.name,
                        data: data88,
                      };
                      if (vErrors === null) {
                        vErrors = [err212];
                      } else {
                        vErrors.push(err212);
                      }
                      errors++;
                    }
                  } else {
                    const err213 = {
                      instancePath: instancePath + '/notifications/receivers/' + i3 + '/name',
                      schemaPath:
                        '#/properties/notifications/properties/receivers/items/oneOf/3/properties/name/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema:
                        schema120.properties.notifications.properties.receivers.items.oneOf[3]
                          .properties.name.type,
                      parentSchema:
                        schema120.properties.notifications.properties.receivers.items.oneOf[3]
                          .properties.name,
                      data: data88,
                    };
                    if (vErrors === null) {
                      vErrors = [err213];
                    } else {
                      vErrors.push(err213);
                    }
                    errors++;
                  }
                }
                if (data65.environments !== undefined) {
                  let data89 = data65.environments;
                  if (Array.isArray(data89)) {
                    if (data89.length < 1) {
                      const err214 = {
                        instancePath:
                          instancePath + '/notifications/receivers/' + i3 + '/environments',
                        schemaPath:
                          '#/properties/notifications/properties/receivers/items/oneOf/3/properties/environments/minItems',
                        keyword: 'minItems',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 items',
                        schema: 1,
                        parentSchema:
                          schema120.properties.notifications.properties.receivers.items.oneOf[3]
                            .properties.environments,
                        data: data89,
                      };
                      if (vErrors === null) {
                        vErrors = [err214];
                      } else {
                        vErrors.push(err214);
                      }
                      errors++;
                    }
                    const len9 = data89.length;
                    for (let i13 = 0; i13 < len9; i13++) {
                      let data90 = data89[i13];
                      if (typeof data90 === 'string') {
                        if (func2(data90) > 100) {
                          const err215 = {
                            instancePath:
                              instancePath +
                              '/notifications/receivers/' +
                              i3 +
                              '/environments/' +
                              i13,
                            schemaPath:
                              '#/properties/notifications/properties/receivers/items/oneOf/3/properties/environments/items/maxLength',
                            keyword: 'maxLength',
                            params: { limit: 100 },
                            message: 'must NOT have more than 100 characters',
                            schema: 100,
                            parentSchema:
                              schema120.properties.notifications.properties.receivers.items.oneOf[3]
                                .properties.environments.items,
                            data: data90,
                          };
                          if (vErrors === null) {
                            vErrors = [err215];
                          } else {
                            vErrors.push(err215);
                          }
                          errors++;
                        }
                        if (func2(data90) < 1) {
                          const err216 = {
                            instancePath:
                              instancePath +
                              '/notifications/receivers/' +
                              i3 +
                              '/environments/' +
                              i13,
                            schemaPath:
                              '#/properties/notifications/properties/receivers/items/oneOf/3/properties/environments/items/minLength',
                            keyword: 'minLength',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 characters',
                            schema: 1,
                            parentSchema:
                              schema120.properties.notifications.properties.receivers.items.oneOf[3]
                                .properties.environments.items,
                            data: data90,
                          };
                          if (vErrors === null) {
                            vErrors = [err216];
                          } else {
                            vErrors.push(err216);
                          }
                          errors++;
                        }
                      } else {
                        const err217 = {
                          instancePath:
                            instancePath +
                            '/notifications/receivers/' +
                            i3 +
                            '/environments/' +
                            i13,
                          schemaPath:
                            '#/properties/notifications/properties/receivers/items/oneOf/3/properties/environments/items/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                          schema:
                            schema120.properties.notifications.properties.receivers.items.oneOf[3]
                              .properties.environments.items.type,
                          parentSchema:
                            schema120.properties.notifications.properties.receivers.items.oneOf[3]
                              .properties.environments.items,
                          data: data90,
                        };
                        if (vErrors === null) {
                          vErrors = [err217];
                        } else {
                          vErrors.push(err217);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err218 = {
                      instancePath:
                        instancePath + '/notifications/receivers/' + i3 + '/environments',
                      schemaPath:
                        '#/properties/notifications/properties/receivers/items/oneOf/3/properties/environments/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array',
                      schema:
                        schema120.properties.notifications.properties.receivers.items.oneOf[3]
                          .properties.environments.type,
                      parentSchema:
                        schema120.properties.notifications.properties.receivers.items.oneOf[3]
                          .properties.environments,
                      data: data89,
                    };
                    if (vErrors === null) {
                      vErrors = [err218];
                    } else {
                      vErrors.push(err218);
                    }
                    errors++;
                  }
                }
                if (data65.events !== undefined) {
                  let data91 = data65.events;
                  if (Array.isArray(data91)) {
                    if (data91.length < 1) {
                      const err219 = {
                        instancePath: instancePath + '/notifications/receivers/' + i3 + '/events',
                        schemaPath:
                          '#/properties/notifications/properties/receivers/items/oneOf/3/properties/events/minItems',
                        keyword: 'minItems',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 items',
                        schema: 1,
                        parentSchema:
                          schema120.properties.notifications.properties.receivers.items.oneOf[3]
                            .properties.events,
                        data: data91,
                      };
                      if (vErrors === null) {
                        vErrors = [err219];
                      } else {
                        vErrors.push(err219);
                      }
                      errors++;
                    }
                    const len10 = data91.length;
                    for (let i14 = 0; i14 < len10; i14++) {
                      let data92 = data91[i14];
                      if (!(
                        data92 === 'deploy-succeeded' ||
                        data92 === 'deploy-failed' ||
                        data92 === 'rolled-back' ||
                        data92 === 'blocked' ||
                        data92 === 'waiting' ||
                        data92 === 'preview-ready' ||
                        data92 === 'preview-removed' ||
                        data92 === 'certificate-failed' ||
                        data92 === 'backup-failed'
                      )) {
                        const err220 = {
                          instancePath:
                            instancePath + '/notifications/receivers/' + i3 + '/events/' + i14,
                          schemaPath:
                            '#/properties/notifications/properties/receivers/items/oneOf/3/properties/events/items/enum',
                          keyword: 'enum',
                          params: {
                            allowedValues:
                              schema120.properties.notifications.properties.receivers.items.oneOf[3]
                                .properties.events.items.enum,
                          },
                          message: 'must be equal to one of the allowed values',
                          schema:
                            schema120.properties.notifications.properties.receivers.items.oneOf[3]
                              .properties.events.items.enum,
                          parentSchema:
                            schema120.properties.notifications.properties.receivers.items.oneOf[3]
                              .properties.events.items,
                          data: data92,
                        };
                        if (vErrors === null) {
                          vErrors = [err220];
                        } else {
                          vErrors.push(err220);
                        }
                        errors++;
                      }
                    }
                    let i15 = data91.length;
                    let j4;
                    if (i15 > 1) {
                      outer3: for (; i15--;) {
                        for (j4 = i15; j4--;) {
                          if (func0(data91[i15], data91[j4])) {
                            const err221 = {
                              instancePath:
                                instancePath + '/notifications/receivers/' + i3 + '/events',
                              schemaPath:
                                '#/properties/notifications/properties/receivers/items/oneOf/3/properties/events/uniqueItems',
                              keyword: 'uniqueItems',
                              params: { i: i15, j: j4 },
                              message:
                                'must NOT have duplicate items (items ## ' +
                                j4 +
                                ' and ' +
                                i15 +
                                ' are identical)',
                              schema: true,
                              parentSchema:
                                schema120.properties.notifications.properties.receivers.items
                                  .oneOf[3].properties.events,
                              data: data91,
                            };
                            if (vErrors === null) {
                              vErrors = [err221];
                            } else {
                              vErrors.push(err221);
                            }
                            errors++;
                            break outer3;
                          }
                        }
                      }
                    }
                  } else {
                    const err222 = {
                      instancePath: instancePath + '/notifications/receivers/' + i3 + '/events',
                      schemaPath:
                        '#/properties/notifications/properties/receivers/items/oneOf/3/properties/events/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array',
                      schema:
                        schema120.properties.notifications.properties.receivers.items.oneOf[3]
                          .properties.events.type,
                      parentSchema:
                        schema120.properties.notifications.properties.receivers.items.oneOf[3]
                          .properties.events,
                      data: data91,
                    };
                    if (vErrors === null) {
                      vErrors = [err222];
                    } else {
                      vErrors.push(err222);
                    }
                    errors++;
                  }
                }
                if (data65.kind !== undefined) {
                  let data93 = data65.kind;
                  if ('email' !== data93) {
                    const err223 = {
                      instancePath: instancePath + '/notifications/receivers/' + i3 + '/kind',
                      schemaPath:
                        '#/properties/notifications/properties/receivers/items/oneOf/3/properties/kind/const',
                      keyword: 'const',
                      params: { allowedValue: 'email' },
                      message: 'must be equal to constant',
                      schema: 'email',
                      parentSchema:
                        schema120.properties.notifications.properties.receivers.items.oneOf[3]
                          .properties.kind,
                      data: data93,
                    };
                    if (vErrors === null) {
                      vErrors = [err223];
                    } else {
                      vErrors.push(err223);
                    }
                    errors++;
                  }
                }
                if (data65.smtp !== undefined) {
                  let data94 = data65.smtp;
                  if (data94 && typeof data94 == 'object' && !Array.isArray(data94)) {
                    if (data94.host === undefined) {
                      const err224 = {
                        instancePath: instancePath + '/notifications/receivers/' + i3 + '/smtp',
                        schemaPath:
                          '#/properties/notifications/properties/receivers/items/oneOf/3/properties/smtp/required',
                        keyword: 'required',
                        params: { missingProperty: 'host' },
                        message: "must have required property '" + 'host' + "'",
                        schema:
                          schema120.properties.notifications.properties.receivers.items.oneOf[3]
                            .properties.smtp.required,
                        parentSchema:
                          schema120.properties.notifications.properties.receivers.items.oneOf[3]
                            .properties.smtp,
                        data: data94,
                      };
                      if (vErrors === null) {
                        vErrors = [err224];
                      } else {
                        vErrors.push(err224);
                      }
                      errors++;
                    }
                    for (const key17 in data94) {
                      if (!(
                        key17 === 'host' ||
                        key17 === 'port' ||
                        key17 === 'secure' ||
                        key17 === 'user' ||
                        key17 === 'passwordFile'
                      )) {
                        const err225 = {
                          instancePath: instancePath + '/notifications/receivers/' + i3 + '/smtp',
                          schemaPath:
                            '#/properties/notifications/properties/receivers/items/oneOf/3/properties/smtp/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key17 },
                          message: 'must NOT have additional properties',
                          schema: false,
                          parentSchema:
                            schema120.properties.notifications.properties.receivers.items.oneOf[3]
                              .properties.smtp,
                          data: data94,
                        };
                        if (vErrors === null) {
                          vErrors = [err225];
                        } else {
                          vErrors.push(err225);
                        }
                        errors++;
                      }
                    }
                    if (data94.host !== undefined) {
                      let data95 = data94.host;
                      if (typeof data95 === 'string') {
                        if (func2(data95) < 1) {
                          const err226 = {
                            instancePath:
                              instancePath + '/notifications/receivers/' + i3 + '/smtp/host',
                            schemaPath:
                              '#/properties/notifications/properties/receivers/items/oneOf/3/properties/smtp/properties/host/minLength',
                            keyword: 'minLength',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 characters',
                            schema: 1,
                            parentSchema:
                              schema120.properties.notifications.properties.receivers.items.oneOf[3]
                                .properties.smtp.properties.host,
                            data: data95,
                          };
                          if (vErrors === null) {
                            vErrors = [err226];
                          } else {
                            vErrors.push(err226);
                          }
                          errors++;
                        }
                      } else {
                        const err227 = {
                          instancePath:
                            instancePath + '/notifications/receivers/' + i3 + '/smtp/host',
                          schemaPath:
                            '#/properties/notifications/properties/receivers/items/oneOf/3/properties/smtp/properties/host/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                          schema:
                            schema120.properties.notifications.properties.receivers.items.oneOf[3]
                              .properties.smtp.properties.host.type,
                          parentSchema:
                            schema120.properties.notifications.properties.receivers.items.oneOf[3]
                              .properties.smtp.properties.host,
                          data: data95,
                        };
                        if (vErrors === null) {
                          vErrors = [err227];
                        } else {
                          vErrors.push(err227);
                        }
                        errors++;
                      }
                    }
                    if (data94.port !== undefined) {
                      let data96 = data94.port;
                      if (!(
                        typeof data96 == 'number' &&
                        !(data96 % 1) &&
                        !isNaN(data96) &&
                        isFinite(data96)
                      )) {
                        const err228 = {
                          instancePath:
                            instancePath + '/notifications/receivers/' + i3 + '/smtp/port',
                          schemaPath:
                            '#/properties/notifications/properties/receivers/items/oneOf/3/properties/smtp/properties/port/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                          message: 'must be integer',
                          schema:
                            schema120.properties.notifications.properties.receivers.items.oneOf[3]
                              .properties.smtp.properties.port.type,
                          parentSchema:
                            schema120.properties.notifications.properties.receivers.items.oneOf[3]
                              .properties.smtp.properties.port,
                          data: data96,
                        };
                        if (vErrors === null) {
                          vErrors = [err228];
                        } else {
                          vErrors.push(err228);
                        }
                        errors++;
                      }
                      if (typeof data96 == 'number' && isFinite(data96)) {
                        if (data96 > 65535 || isNaN(data96)) {
                          const err229 = {
                            instancePath:
                              instancePath + '/notifications/receivers/' + i3 + '/smtp/port',
                            schemaPath:
                              '#/properties/notifications/properties/receivers/items/oneOf/3/properties/smtp/properties/port/maximum',
                            keyword: 'maximum',
                            params: { comparison: '<=', limit: 65535 },
                            message: 'must be <= 65535',
                            schema: 65535,
                            parentSchema:
                              schema120.properties.notifications.properties.receivers.items.oneOf[3]
                                .properties.smtp.properties.port,
                            data: data96,
                          };
                          if (vErrors === null) {
                            vErrors = [err229];
                          } else {
                            vErrors.push(err229);
                          }
                          errors++;
                        }
                        if (data96 < 1 || isNaN(data96)) {
                          const err230 = {
                            instancePath:
                              instancePath + '/notifications/receivers/' + i3 + '/smtp/port',
                            schemaPath:
                              '#/properties/notifications/properties/receivers/items/oneOf/3/properties/smtp/properties/port/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 1 },
                            message: 'must be >= 1',
                            schema: 1,
                            parentSchema:
                              schema120.properties.notifications.properties.receivers.items.oneOf[3]
                                .properties.smtp.properties.port,
                            data: data96,
                          };
                          if (vErrors === null) {
                            vErrors = [err230];
                          } else {
                            vErrors.push(err230);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data94.secure !== undefined) {
                      let data97 = data94.secure;
                      if (typeof data97 !== 'boolean') {
                        const err231 = {
                          instancePath:
                            instancePath + '/notifications/receivers/' + i3 + '/smtp/secure',
                          schemaPath:
                            '#/properties/notifications/properties/receivers/items/oneOf/3/properties/smtp/properties/secure/type',
                          keyword: 'type',
                          params: { type: 'boolean' },
                          message: 'must be boolean',
                          schema:
                            schema120.properties.notifications.properties.receivers.items.oneOf[3]
                              .properties.smtp.properties.secure.type,
                          parentSchema:
                            schema120.properties.notifications.properties.receivers.items.oneOf[3]
                              .properties.smtp.properties.secure,
                          data: data97,
                        };
                        if (vErrors === null) {
                          vErrors = [err231];
                        } else {
                          vErrors.push(err231);
                        }
                        errors++;
                      }
                    }
                    if (data94.user !== undefined) {
                      let data98 = data94.user;
                      if (typeof data98 === 'string') {
                        if (func2(data98) < 1) {
                          const err232 = {
                            instancePath:
                              instancePath + '/notifications/receivers/' + i3 + '/smtp/user',
                            schemaPath:
                              '#/properties/notifications/properties/receivers/items/oneOf/3/properties/smtp/properties/user/minLength',
                            keyword: 'minLength',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 characters',
                            schema: 1,
                            parentSchema:
                              schema120.properties.notifications.properties.receivers.items.oneOf[3]
                                .properties.smtp.properties.user,
                            data: data98,
                          };
                          if (vErrors === null) {
                            vErrors = [err232];
                          } else {
                            vErrors.push(err232);
                          }
                          errors++;
                        }
                      } else {
                        const err233 = {
                          instancePath:
                            instancePath + '/notifications/receivers/' + i3 + '/smtp/user',
                          schemaPath:
                            '#/properties/notifications/properties/receivers/items/oneOf/3/properties/smtp/properties/user/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                          schema:
                            schema120.properties.notifications.properties.receivers.items.oneOf[3]
                              .properties.smtp.properties.user.type,
                          parentSchema:
                            schema120.properties.notifications.properties.receivers.items.oneOf[3]
                              .properties.smtp.properties.user,
                          data: data98,
                        };
                        if (vErrors === null) {
                          vErrors = [err233];
                        } else {
                          vErrors.push(err233);
                        }
                        errors++;
                      }
                    }
                    if (data94.passwordFile !== undefined) {
                      let data99 = data94.passwordFile;
                      if (typeof data99 === 'string') {
                        if (!pattern76.test(data99)) {
                          const err234 = {
                            instancePath:
                              instancePath +
                              '/notifications/receivers/' +
                              i3 +
                              '/smtp/passwordFile',
                            schemaPath:
                              '#/properties/notifications/properties/receivers/items/oneOf/3/properties/smtp/properties/passwordFile/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^/' },
                            message: 'must match pattern "' + '^/' + '"',
                            schema: '^/',
                            parentSchema:
                              schema120.properties.notifications.properties.receivers.items.oneOf[3]
                                .properties.smtp.properties.passwordFile,
                            data: data99,
                          };
                          if (vErrors === null) {
                            vErrors = [err234];
                          } else {
                            vErrors.push(err234);
                          }
                          errors++;
                        }
                      } else {
                        const err235 = {
                          instancePath:
                            instancePath + '/notifications/receivers/' + i3 + '/smtp/passwordFile',
                          schemaPath:
                            '#/properties/notifications/properties/receivers/items/oneOf/3/properties/smtp/properties/passwordFile/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                          schema:
                            schema120.properties.notifications.properties.receivers.items.oneOf[3]
                              .properties.smtp.properties.passwordFile.type,
                          parentSchema:
                            schema120.properties.notifications.properties.receivers.items.oneOf[3]
                              .properties.smtp.properties.passwordFile,
                          data: data99,
                        };
                        if (vErrors === null) {
                          vErrors = [err235];
                        } else {
                          vErrors.push(err235);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err236 = {
                      instancePath: instancePath + '/notifications/receivers/' + i3 + '/smtp',
                      schemaPath:
                        '#/properties/notifications/properties/receivers/items/oneOf/3/properties/smtp/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                      schema:
                        schema120.properties.notifications.properties.receivers.items.oneOf[3]
                          .properties.smtp.type,
                      parentSchema:
                        schema120.properties.notifications.properties.receivers.items.oneOf[3]
                          .properties.smtp,
                      data: data94,
                    };
                    if (vErrors === null) {
                      vErrors = [err236];
                    } else {
                      vErrors.push(err236);
                    }
                    errors++;
                  }
                }
                if (data65.from !== undefined) {
                  let data100 = data65.from;
                  if (typeof data100 === 'string') {
                    if (func2(data100) < 3) {
                      const err237 = {
                        instancePath: instancePath + '/notifications/receivers/' + i3 + '/from',
                        schemaPath:
                          '#/properties/notifications/properties/receivers/items/oneOf/3/properties/from/minLength',
                        keyword: 'minLength',
                        params: { limit: 3 },
                        message: 'must NOT have fewer than 3 characters',
                        schema: 3,
                        parentSchema:
                          schema120.properties.notifications.properties.receivers.items.oneOf[3]
                            .properties.from,
                        data: data100,
                      };
                      if (vErrors === null) {
                        vErrors = [err237];
                      } else {
                        vErrors.push(err237);
                      }
                      errors++;
                    }
                  } else {
                    const err238 = {
                      instancePath: instancePath + '/notifications/receivers/' + i3 + '/from',
                      schemaPath:
                        '#/properties/notifications/properties/receivers/items/oneOf/3/properties/from/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema:
                        schema120.properties.notifications.properties.receivers.items.oneOf[3]
                          .properties.from.type,
                      parentSchema:
                        schema120.properties.notifications.properties.receivers.items.oneOf[3]
                          .properties.from,
                      data: data100,
                    };
                    if (vErrors === null) {
                      vErrors = [err238];
                    } else {
                      vErrors.push(err238);
                    }
                    errors++;
                  }
                }
                if (data65.to !== undefined) {
                  let data101 = data65.to;
                  if (Array.isArray(data101)) {
                    if (data101.length < 1) {
                      const err239 = {
                        instancePath: instancePath + '/notifications/receivers/' + i3 + '/to',
                        schemaPath:
                          '#/properties/notifications/properties/receivers/items/oneOf/3/properties/to/minItems',
                        keyword: 'minItems',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 items',
                        schema: 1,
                        parentSchema:
                          schema120.properties.notifications.properties.receivers.items.oneOf[3]
                            .properties.to,
                        data: data101,
                      };
                      if (vErrors === null) {
                        vErrors = [err239];
                      } else {
                        vErrors.push(err239);
                      }
                      errors++;
                    }
                    const len11 = data101.length;
                    for (let i16 = 0; i16 < len11; i16++) {
                      let data102 = data101[i16];
                      if (typeof data102 === 'string') {
                        if (func2(data102) < 3) {
                          const err240 = {
                            instancePath:
                              instancePath + '/notifications/receivers/' + i3 + '/to/' + i16,
                            schemaPath:
                              '#/properties/notifications/properties/receivers/items/oneOf/3/properties/to/items/minLength',
                            keyword: 'minLength',
                            params: { limit: 3 },
                            message: 'must NOT have fewer than 3 characters',
                            schema: 3,
                            parentSchema:
                              schema120.properties.notifications.properties.receivers.items.oneOf[3]
                                .properties.to.items,
                            data: data102,
                          };
                          if (vErrors === null) {
                            vErrors = [err240];
                          } else {
                            vErrors.push(err240);
                          }
                          errors++;
                        }
                      } else {
                        const err241 = {
                          instancePath:
                            instancePath + '/notifications/receivers/' + i3 + '/to/' + i16,
                          schemaPath:
                            '#/properties/notifications/properties/receivers/items/oneOf/3/properties/to/items/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                          schema:
                            schema120.properties.notifications.properties.receivers.items.oneOf[3]
                              .properties.to.items.type,
                          parentSchema:
                            schema120.properties.notifications.properties.receivers.items.oneOf[3]
                              .properties.to.items,
                          data: data102,
                        };
                        if (vErrors === null) {
                          vErrors = [err241];
                        } else {
                          vErrors.push(err241);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err242 = {
                      instancePath: instancePath + '/notifications/receivers/' + i3 + '/to',
                      schemaPath:
                        '#/properties/notifications/properties/receivers/items/oneOf/3/properties/to/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array',
                      schema:
                        schema120.properties.notifications.properties.receivers.items.oneOf[3]
                          .properties.to.type,
                      parentSchema:
                        schema120.properties.notifications.properties.receivers.items.oneOf[3]
                          .properties.to,
                      data: data101,
                    };
                    if (vErrors === null) {
                      vErrors = [err242];
                    } else {
                      vErrors.push(err242);
                    }
                    errors++;
                  }
                }
              } else {
                const err243 = {
                  instancePath: instancePath + '/notifications/receivers/' + i3,
                  schemaPath: '#/properties/notifications/properties/receivers/items/oneOf/3/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[3].type,
                  parentSchema:
                    schema120.properties.notifications.properties.receivers.items.oneOf[3],
                  data: data65,
                };
                if (vErrors === null) {
                  vErrors = [err243];
                } else {
                  vErrors.push(err243);
                }
                errors++;
              }
              var _valid0 = _errs233 === errors;
              if (_valid0 && valid20) {
                valid20 = false;
                passing0 = [passing0, 3];
              } else {
                if (_valid0) {
                  valid20 = true;
                  passing0 = 3;
                  if (props0 !== true) {
                    props0 = true;
                  }
                }
              }
            }
          }
          if (!valid20) {
            const err244 = {
              instancePath: instancePath + '/notifications/receivers/' + i3,
              schemaPath: '#/properties/notifications/properties/receivers/items/oneOf',
              keyword: 'oneOf',
              params: { passingSchemas: passing0 },
              message: 'must match exactly one schema in oneOf',
              schema: schema120.properties.notifications.properties.receivers.items.oneOf,
              parentSchema: schema120.properties.notifications.properties.receivers.items,
              data: data65,
            };
            if (vErrors === null) {
              vErrors = [err244];
            } else {
              vErrors.push(err244);
            }
            errors++;
          } else {
            errors = _errs178;
            if (vErrors !== null) {
              if (_errs178) {
                vErrors.length = _errs178;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err245 = {
          instancePath: instancePath + '/notifications/receivers',
          schemaPath: '#/properties/notifications/properties/receivers/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema120.properties.notifications.properties.receivers.type,
          parentSchema: schema120.properties.notifications.properties.receivers,
          data: data64,
        };
        if (vErrors === null) {
          vErrors = [err245];
        } else {
          vErrors.push(err245);
        }
        errors++;
      }
    } else {
      const err246 = {
        instancePath: instancePath + '/notifications',
        schemaPath: '#/properties/notifications/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
        schema: schema120.properties.notifications.type,
        parentSchema: schema120.properties.notifications,
        data: data60,
      };
      if (vErrors === null) {
        vErrors = [err246];
      } else {
        vErrors.push(err246);
      }
      errors++;
    }
  } else {
    const err247 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema120.type,
      parentSchema: schema120,
      data,
    };
    if (vErrors === null) {
      vErrors = [err247];
    } else {
      vErrors.push(err247);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
validate58.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const Environment__defs_Backups: ValidateFunction = validate59;
function validate59(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate59.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.keep === undefined) {
      data.keep = 7;
    }
    if (data.include === undefined) {
      data.include = ['postgres', 'rabbitmq', 'config'];
    }
    if (data.schedule === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'schedule' },
        message: "must have required property '" + 'schedule' + "'",
        schema: schema86.required,
        parentSchema: schema86,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'schedule' || key0 === 'keep' || key0 === 'include')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema86,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.schedule !== undefined) {
      let data0 = data.schedule;
      if (typeof data0 === 'string') {
        if (func2(data0) > 100) {
          const err2 = {
            instancePath: instancePath + '/schedule',
            schemaPath: '#/properties/schedule/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
            schema: 100,
            parentSchema: schema86.properties.schedule,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern50.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/schedule',
            schemaPath: '#/properties/schedule/pattern',
            keyword: 'pattern',
            params: { pattern: '^(@(hourly|daily|weekly|monthly))|((\\S+\\s+){4}\\S+)$' },
            message:
              'must match pattern "' +
              '^(@(hourly|daily|weekly|monthly))|((\\S+\\s+){4}\\S+)$' +
              '"',
            schema: '^(@(hourly|daily|weekly|monthly))|((\\S+\\s+){4}\\S+)$',
            parentSchema: schema86.properties.schedule,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/schedule',
          schemaPath: '#/properties/schedule/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema86.properties.schedule.type,
          parentSchema: schema86.properties.schedule,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    let data1 = data.keep;
    if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
      const err5 = {
        instancePath: instancePath + '/keep',
        schemaPath: '#/properties/keep/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
        schema: schema86.properties.keep.type,
        parentSchema: schema86.properties.keep,
        data: data1,
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (typeof data1 == 'number' && isFinite(data1)) {
      if (data1 > 1000 || isNaN(data1)) {
        const err6 = {
          instancePath: instancePath + '/keep',
          schemaPath: '#/properties/keep/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 1000 },
          message: 'must be <= 1000',
          schema: 1000,
          parentSchema: schema86.properties.keep,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data1 < 1 || isNaN(data1)) {
        const err7 = {
          instancePath: instancePath + '/keep',
          schemaPath: '#/properties/keep/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
          schema: 1,
          parentSchema: schema86.properties.keep,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    let data2 = data.include;
    if (Array.isArray(data2)) {
      const len0 = data2.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data3 = data2[i0];
        if (!(data3 === 'postgres' || data3 === 'rabbitmq' || data3 === 'config')) {
          const err8 = {
            instancePath: instancePath + '/include/' + i0,
            schemaPath: '#/properties/include/items/enum',
            keyword: 'enum',
            params: { allowedValues: schema86.properties.include.items.enum },
            message: 'must be equal to one of the allowed values',
            schema: schema86.properties.include.items.enum,
            parentSchema: schema86.properties.include.items,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      let i1 = data2.length;
      let j0;
      if (i1 > 1) {
        outer0: for (; i1--;) {
          for (j0 = i1; j0--;) {
            if (func0(data2[i1], data2[j0])) {
              const err9 = {
                instancePath: instancePath + '/include',
                schemaPath: '#/properties/include/uniqueItems',
                keyword: 'uniqueItems',
                params: { i: i1, j: j0 },
                message:
                  'must NOT have duplicate items (items ## ' +
                  j0 +
                  ' and ' +
                  i1 +
                  ' are identical)',
                schema: true,
                parentSchema: schema86.properties.include,
                data: data2,
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
              break outer0;
            }
          }
        }
      }
    } else {
      const err10 = {
        instancePath: instancePath + '/include',
        schemaPath: '#/properties/include/type',
        keyword: 'type',
        params: { type: 'array' },
        message: 'must be array',
        schema: schema86.properties.include.type,
        parentSchema: schema86.properties.include,
        data: data2,
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
  } else {
    const err11 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema86.type,
      parentSchema: schema86,
      data,
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate59.errors = vErrors;
  return errors === 0;
}
validate59.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const Environment__defs_Maintenance: ValidateFunction = validate60;
function validate60(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate60.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.retryAfter === undefined) {
      data.retryAfter = '120s';
    }
    for (const key0 in data) {
      if (!(key0 === 'page' || key0 === 'retryAfter')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema42,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.page !== undefined) {
      let data0 = data.page;
      if (typeof data0 === 'string') {
        if (func2(data0) > 500) {
          const err1 = {
            instancePath: instancePath + '/page',
            schemaPath: '#/$defs/RepoPath/maxLength',
            keyword: 'maxLength',
            params: { limit: 500 },
            message: 'must NOT have more than 500 characters',
            schema: 500,
            parentSchema: schema43,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err2 = {
            instancePath: instancePath + '/page',
            schemaPath: '#/$defs/RepoPath/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema43,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern13.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/page',
            schemaPath: '#/$defs/RepoPath/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^/\\\\\\u0000][^\\\\\\u0000]*$' },
            message: 'must match pattern "' + '^[^/\\\\\\u0000][^\\\\\\u0000]*$' + '"',
            schema: '^[^/\\\\\\u0000][^\\\\\\u0000]*$',
            parentSchema: schema43,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/page',
          schemaPath: '#/$defs/RepoPath/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema43.type,
          parentSchema: schema43,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    let data1 = data.retryAfter;
    if (typeof data1 === 'string') {
      if (!pattern10.test(data1)) {
        const err5 = {
          instancePath: instancePath + '/retryAfter',
          schemaPath: '#/$defs/Duration/pattern',
          keyword: 'pattern',
          params: { pattern: '^[0-9]{1,6}(ms|s|m|h|d)$' },
          message: 'must match pattern "' + '^[0-9]{1,6}(ms|s|m|h|d)$' + '"',
          schema: '^[0-9]{1,6}(ms|s|m|h|d)$',
          parentSchema: schema39,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    } else {
      const err6 = {
        instancePath: instancePath + '/retryAfter',
        schemaPath: '#/$defs/Duration/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema39.type,
        parentSchema: schema39,
        data: data1,
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema42.type,
      parentSchema: schema42,
      data,
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate60.errors = vErrors;
  return errors === 0;
}
validate60.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const Repository__defs_Previews: ValidateFunction = validate61;
function validate61(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate61.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.enabled === undefined) {
      data.enabled = true;
    }
    if (data.maxActive === undefined) {
      data.maxActive = 3;
    }
    if (data.ttl === undefined) {
      data.ttl = '72h';
    }
    if (data.allowForks === undefined) {
      data.allowForks = false;
    }
    if (data.tls === undefined) {
      data.tls = 'self-signed';
    }
    if (data.allowCompose === undefined) {
      data.allowCompose = false;
    }
    if (data.from === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'from' },
        message: "must have required property '" + 'from' + "'",
        schema: schema103.required,
        parentSchema: schema103,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.host === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'host' },
        message: "must have required property '" + 'host' + "'",
        schema: schema103.required,
        parentSchema: schema103,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema103.properties, key0)) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema103,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    let data0 = data.enabled;
    if (typeof data0 !== 'boolean') {
      const err3 = {
        instancePath: instancePath + '/enabled',
        schemaPath: '#/properties/enabled/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
        schema: schema103.properties.enabled.type,
        parentSchema: schema103.properties.enabled,
        data: data0,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.from !== undefined) {
      let data1 = data.from;
      if (typeof data1 === 'string') {
        if (!pattern7.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/from',
            schemaPath: 'environment.schema.json#/$defs/Name/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z][a-z0-9-]{0,38}[a-z0-9]$|^[a-z]$' },
            message: 'must match pattern "' + '^[a-z][a-z0-9-]{0,38}[a-z0-9]$|^[a-z]$' + '"',
            schema: '^[a-z][a-z0-9-]{0,38}[a-z0-9]$|^[a-z]$',
            parentSchema: schema35,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/from',
          schemaPath: 'environment.schema.json#/$defs/Name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema35.type,
          parentSchema: schema35,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.host !== undefined) {
      let data2 = data.host;
      if (typeof data2 === 'string') {
        if (func2(data2) > 253) {
          const err6 = {
            instancePath: instancePath + '/host',
            schemaPath: '#/properties/host/maxLength',
            keyword: 'maxLength',
            params: { limit: 253 },
            message: 'must NOT have more than 253 characters',
            schema: 253,
            parentSchema: schema103.properties.host,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern66.test(data2)) {
          const err7 = {
            instancePath: instancePath + '/host',
            schemaPath: '#/properties/host/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9{}.-]+$' },
            message: 'must match pattern "' + '^[a-z0-9{}.-]+$' + '"',
            schema: '^[a-z0-9{}.-]+$',
            parentSchema: schema103.properties.host,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/host',
          schemaPath: '#/properties/host/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema103.properties.host.type,
          parentSchema: schema103.properties.host,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    let data3 = data.maxActive;
    if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
      const err9 = {
        instancePath: instancePath + '/maxActive',
        schemaPath: '#/properties/maxActive/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
        schema: schema103.properties.maxActive.type,
        parentSchema: schema103.properties.maxActive,
        data: data3,
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (typeof data3 == 'number' && isFinite(data3)) {
      if (data3 > 100 || isNaN(data3)) {
        const err10 = {
          instancePath: instancePath + '/maxActive',
          schemaPath: '#/properties/maxActive/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 100 },
          message: 'must be <= 100',
          schema: 100,
          parentSchema: schema103.properties.maxActive,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (data3 < 1 || isNaN(data3)) {
        const err11 = {
          instancePath: instancePath + '/maxActive',
          schemaPath: '#/properties/maxActive/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
          schema: 1,
          parentSchema: schema103.properties.maxActive,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    let data4 = data.ttl;
    if (typeof data4 === 'string') {
      if (!pattern10.test(data4)) {
        const err12 = {
          instancePath: instancePath + '/ttl',
          schemaPath: 'environment.schema.json#/$defs/Duration/pattern',
          keyword: 'pattern',
          params: { pattern: '^[0-9]{1,6}(ms|s|m|h|d)$' },
          message: 'must match pattern "' + '^[0-9]{1,6}(ms|s|m|h|d)$' + '"',
          schema: '^[0-9]{1,6}(ms|s|m|h|d)$',
          parentSchema: schema39,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    } else {
      const err13 = {
        instancePath: instancePath + '/ttl',
        schemaPath: 'environment.schema.json#/$defs/Duration/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema39.type,
        parentSchema: schema39,
        data: data4,
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    let data5 = data.allowForks;
    if (typeof data5 !== 'boolean') {
      const err14 = {
        instancePath: instancePath + '/allowForks',
        schemaPath: '#/properties/allowForks/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
        schema: schema103.properties.allowForks.type,
        parentSchema: schema103.properties.allowForks,
        data: data5,
      };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    let data6 = data.tls;
    if (!(data6 === 'self-signed' || data6 === 'letsencrypt' || data6 === 'none')) {
      const err15 = {
        instancePath: instancePath + '/tls',
        schemaPath: '#/properties/tls/enum',
        keyword: 'enum',
        params: { allowedValues: schema103.properties.tls.enum },
        message: 'must be equal to one of the allowed values',
        schema: schema103.properties.tls.enum,
        parentSchema: schema103.properties.tls,
        data: data6,
      };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    let data7 = data.allowCompose;
    if (typeof data7 !== 'boolean') {
      const err16 = {
        instancePath: instancePath + '/allowCompose',
        schemaPath: '#/properties/allowCompose/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
        schema: schema103.properties.allowCompose.type,
        parentSchema: schema103.properties.allowCompose,
        data: data7,
      };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    if (data.overrides !== undefined) {
      if (
        !validate51(data.overrides, {
          instancePath: instancePath + '/overrides',
          parentData: data,
          parentDataProperty: 'overrides',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err17 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema103.type,
      parentSchema: schema103,
      data,
    };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
validate61.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const WharfConfig_properties_github: ValidateFunction = validate63;
const schema128 = {
  type: 'object',
  additionalProperties: false,
  required: ['repository'],
  description:
    'Feedback on GitHub: commit statuses and Deployments. Without it, wharf reports nothing to GitHub.',
  properties: {
    apiUrl: {
      type: 'string',
      pattern: '^https?://',
      default: 'https://api.github.com',
      'x-hint': 'write the API base URL such as `https://api.github.com`',
      description: 'GitHub API base URL (GitHub Enterprise: `https://HOST/api/v3`).',
    },
    tokenFile: {
      type: 'string',
      pattern: '^/',
      'x-hint': 'write an absolute path',
      description:
        'File holding a token with the `repo` scope (fine-grained: Commit statuses, Deployments, Pull requests and Issues, read and write: statuses, Deployments, the pull-request comment).',
    },
    repository: {
      type: 'string',
      pattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$',
      'x-hint': 'write a repository as `owner/name`',
      description: 'The environments repository on GitHub, where statuses and Deployments go.',
    },
    environmentUrl: {
      type: 'string',
      default: 'https://{host}',
      description: "URL shown on each Deployment; `{host}` becomes the environment's host.",
    },
    webUrl: {
      type: 'string',
      pattern: '^https?://',
      default: 'https://github.com',
      'x-hint': 'write the web address such as `https://github.com`',
      description:
        "GitHub's web address, for links to commits and pull requests from the dashboard.",
    },
  },
};
function validate63(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate63.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.apiUrl === undefined) {
      data.apiUrl = 'https://api.github.com';
    }
    if (data.environmentUrl === undefined) {
      data.environmentUrl = 'https://{host}';
    }
    if (data.webUrl === undefined) {
      data.webUrl = 'https://github.com';
    }
    if (data.repository === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'repository' },
        message: "must have required property '" + 'repository' + "'",
        schema: schema128.required,
        parentSchema: schema128,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'apiUrl' ||
        key0 === 'tokenFile' ||
        key0 === 'repository' ||
        key0 === 'environmentUrl' ||
        key0 === 'webUrl'
      )) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema128,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let data0 = data.apiUrl;
    if (typeof data0 === 'string') {
      if (!pattern101.test(data0)) {
        const err2 = {
          instancePath: instancePath + '/apiUrl',
          schemaPath: '#/properties/apiUrl/pattern',
          keyword: 'pattern',
          params: { pattern: '^https?://' },
          message: 'must match pattern "' + '^https?://' + '"',
          schema: '^https?://',
          parentSchema: schema128.properties.apiUrl,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    } else {
      const err3 = {
        instancePath: instancePath + '/apiUrl',
        schemaPath: '#/properties/apiUrl/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema128.properties.apiUrl.type,
        parentSchema: schema128.properties.apiUrl,
        data: data0,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.tokenFile !== undefined) {
      let data1 = data.tokenFile;
      if (typeof data1 === 'string') {
        if (!pattern76.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/tokenFile',
            schemaPath: '#/properties/tokenFile/pattern',
            keyword: 'pattern',
            params: { pattern: '^/' },
            message: 'must match pattern "' + '^/' + '"',
            schema: '^/',
            parentSchema: schema128.properties.tokenFile,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/tokenFile',
          schemaPath: '#/properties/tokenFile/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema128.properties.tokenFile.type,
          parentSchema: schema128.properties.tokenFile,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.repository !== undefined) {
      let data2 = data.repository;
      if (typeof data2 === 'string') {
        if (!pattern103.test(data2)) {
          const err6 = {
            instancePath: instancePath + '/repository',
            schemaPath: '#/properties/repository/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$' },
            message: 'must match pattern "' + '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$' + '"',
            schema: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$',
            parentSchema: schema128.properties.repository,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/repository',
          schemaPath: '#/properties/repository/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema128.properties.repository.type,
          parentSchema: schema128.properties.repository,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    let data3 = data.environmentUrl;
    if (typeof data3 !== 'string') {
      const err8 = {
        instancePath: instancePath + '/environmentUrl',
        schemaPath: '#/properties/environmentUrl/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema128.properties.environmentUrl.type,
        parentSchema: schema128.properties.environmentUrl,
        data: data3,
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    let data4 = data.webUrl;
    if (typeof data4 === 'string') {
      if (!pattern101.test(data4)) {
        const err9 = {
          instancePath: instancePath + '/webUrl',
          schemaPath: '#/properties/webUrl/pattern',
          keyword: 'pattern',
          params: { pattern: '^https?://' },
          message: 'must match pattern "' + '^https?://' + '"',
          schema: '^https?://',
          parentSchema: schema128.properties.webUrl,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    } else {
      const err10 = {
        instancePath: instancePath + '/webUrl',
        schemaPath: '#/properties/webUrl/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
        schema: schema128.properties.webUrl.type,
        parentSchema: schema128.properties.webUrl,
        data: data4,
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
  } else {
    const err11 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema128.type,
      parentSchema: schema128,
      data,
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate63.errors = vErrors;
  return errors === 0;
}
validate63.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
