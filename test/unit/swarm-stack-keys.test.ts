import { describe, expect, it } from 'vitest';
import {
  stackForbiddenKeys,
  stackIgnoredKeys,
  stackKeyVerdict,
} from '../../src/core/swarm/stack-format.js';
import { validateEnvironmentFile } from '../../src/manifests/validate-repository.js';
import { memoryRepoFiles } from '../fakes/memory-repo-files.js';
import { envManifest } from '../helpers/manifest-text.js';
import { stackKeySamples, unknownStackKeys } from '../helpers/stack-key-samples.js';

/** A swarm (or compose) manifest whose raw block gives `web` one key; the key is on line 12. */
function manifest(key: string, runtime = 'swarm'): string {
  return envManifest(`
    runtime: ${runtime}
    services:
      web: { image: "registry.example/web:1", port: 8080, route: / }
    compose:
      services:
        web:
          ${key}: ${stackKeySamples[key] ?? 'x'}
  `);
}

async function problemsOf(text: string) {
  return (await validateEnvironmentFile(memoryRepoFiles({ 'shop.yaml': text }), 'shop.yaml'))
    .problems;
}

describe('a runtime: swarm manifest', () => {
  it('has docker/cli’s lists: 8 keys refused, 18 ignored', () => {
    expect(stackForbiddenKeys).toHaveLength(8);
    expect(stackIgnoredKeys).toHaveLength(18);
    expect(Object.keys(stackKeySamples).sort()).toEqual(
      [...stackForbiddenKeys, ...stackIgnoredKeys, ...unknownStackKeys].sort(),
    );
  });

  it.each(Object.keys(stackKeySamples))(
    'refuses `%s` in its compose block, at its line',
    async (key) => {
      const problems = await problemsOf(manifest(key));
      const kind = stackKeyVerdict(key)?.kind;
      const found = problems.find((p) => p.message.startsWith(`\`${key}\` `));
      expect(found, problems.map((p) => `${p.line} ${p.message}`).join('\n')).toMatchObject({
        file: 'shop.yaml',
        line: 12,
        path: `$.compose.services.web.${key}`,
      });
      expect(found?.message).toMatch(/\(runtime: swarm\): ./);
      expect(kind).toBeDefined();
    },
  );

  it('refuses depends_on with conditions, and takes it as a list', async () => {
    const conditions = await problemsOf(
      manifest('depends_on').replace(
        'depends_on: x',
        'depends_on: { db: { condition: service_healthy } }',
      ),
    );
    expect(conditions.map((p) => p.message).join('\n')).toMatch(
      /`depends_on` with conditions would be ignored by `docker stack deploy`/,
    );
    const list = await problemsOf(
      manifest('depends_on').replace('depends_on: x', 'depends_on: [db]'),
    );
    expect(list.filter((p) => p.message.includes('depends_on'))).toEqual([]);
  });

  it('takes the keys the stack format knows, and x- extensions', async () => {
    for (const key of ['healthcheck', 'deploy', 'labels', 'x-team']) {
      const problems = await problemsOf(manifest(key).replace(`${key}: x`, `${key}: {}`));
      expect(problems.filter((p) => p.message.startsWith(`\`${key}\``))).toEqual([]);
    }
  });

  // Rules of the runtime itself, beyond the raw block's keys.
  const health = 'health: { command: [wget, -q, -O, /dev/null, "http://127.0.0.1:8080/"] }';
  const swarmEnv = (
    extra: string,
    web = `{ image: "r.example/web:1", port: 8080, route: /, ${health} }`,
  ) =>
    envManifest(`
      runtime: swarm
      services:
        web: ${web}
      ${extra}
    `);
  it.each([
    [
      'deploy: { strategy: blue-green }',
      'swarm-strategy',
      '$.deploy.strategy',
      /`deploy.strategy` is for Compose/,
    ],
    [
      'deploy: { keepPrevious: 5m }',
      'swarm-keep-previous',
      '$.deploy.keepPrevious',
      /a stack has no colours/,
    ],
    [
      'deploy: { maintenance: true }',
      'swarm-unavailable-field',
      '$.deploy.maintenance',
      /`deploy.maintenance` is not available yet/,
    ],
    [
      'jobs: { report: { service: web, command: ["true"], schedule: "0 * * * *" } }',
      'swarm-unavailable-field',
      '$.jobs.report.schedule',
      /job report: scheduled jobs are not available yet/,
    ],
    [
      'jobs: { migrate: { service: web, command: ["true"], phase: before-cutover, maintenance: true } }',
      'swarm-unavailable-field',
      '$.jobs.migrate.maintenance',
      /job migrate: `maintenance` is not available yet/,
    ],
  ])('refuses %s', async (extra, rule, path, message) => {
    const problems = await problemsOf(swarmEnv(extra));
    expect(problems.find((p) => p.rule === rule)).toMatchObject({ file: 'shop.yaml', path });
    expect(problems.find((p) => p.rule === rule)?.message).toMatch(message);
  });

  it('refuses a routed service without a health command, naming where to put it', async () => {
    const problems = await problemsOf(
      swarmEnv(
        '',
        '{ image: "r.example/web:1", port: 3000, route: /, health: { path: /healthz } }',
      ),
    );
    const found = problems.find((p) => p.rule === 'swarm-needs-health-command');
    expect(found).toMatchObject({ path: '$.services.web.health' });
    expect(found?.message).toMatch(
      /`health.command` instead of `health.path`.*http:\/\/127.0.0.1:3000\/healthz/,
    );
  });

  it('takes a stack with health commands and nothing Compose-only', async () => {
    expect(await problemsOf(swarmEnv('deploy: { healthTimeout: 60s, verify: 5s }'))).toEqual([]);
  });

  it('takes a deploy’s jobs in every phase', async () => {
    const jobs = ['before-cutover', 'after-cutover', 'on-failure']
      .map((phase, i) => `j${i}: { service: web, command: ["true"], phase: ${phase} }`)
      .join(', ');
    expect(await problemsOf(swarmEnv(`jobs: { ${jobs} }`))).toEqual([]);
  });

  it('leaves a compose manifest alone', async () => {
    const problems = await problemsOf(manifest('restart', 'compose'));
    expect(problems.filter((p) => p.message.includes('stack'))).toEqual([]);
  });
});
