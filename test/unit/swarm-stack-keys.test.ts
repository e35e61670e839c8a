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
      // The runtime itself is refused too, until wharf deploys stacks.
      expect(problems.some((p) => /runtime: swarm` is not available yet/.test(p.message))).toBe(
        true,
      );
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

  it('leaves a compose manifest alone', async () => {
    const problems = await problemsOf(manifest('restart', 'compose'));
    expect(problems.filter((p) => p.message.includes('stack'))).toEqual([]);
  });
});
