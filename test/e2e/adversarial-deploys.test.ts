import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { deployEnvironment } from '../../src/deploy/deploy-environment.js';
import { containerIdentities, docker } from '../helpers/docker-cli.js';
import { TestRepo } from '../helpers/git-repo.js';
import { dedent } from '../helpers/manifest-text.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

/** Every manifest of the adversarial corpus, deployed for real: each is refused, nothing starts. */
const corpusDir = 'test/fixtures/adversarial';
const env = 'e2e-corpus';
const wharfYaml = dedent(`
  apiVersion: wharf/v1
  kind: Repository
  environments:
    ${env}:
      manifest: hostile.yaml
      branch: main
`);

const attempts = await Promise.all(
  (await readdir(corpusDir))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map(async (file) => {
      const text = await readFile(path.join(corpusDir, file), 'utf8');
      const where = /^# refused: (\S+) /m.exec(text)?.[1] ?? '';
      return { file, where, text: text.replace(/^name: production$/m, `name: ${env}`) };
    }),
);

let repo: TestRepo;
let host: TestHost;

beforeAll(async () => {
  repo = await TestRepo.create();
  await repo.commit('start', { 'wharf.yaml': wharfYaml, 'hostile.yaml': attempts[0]?.text ?? '' });
  host = await createTestHost(repo.dir, [env]);
}, 60_000);

afterAll(async () => {
  await host.close();
  await repo.remove();
});

describe('deploying the adversarial corpus', () => {
  it('refuses every attempt before anything starts', async () => {
    const createdBefore = await docker(['ps', '-aq', '--filter', 'label=wharf.managed=true']);
    for (const attempt of attempts) {
      await repo.commit(attempt.file, { 'hostile.yaml': attempt.text });
      const error = await deployEnvironment(host.wired.deps, {
        environment: env,
        trigger: 'test',
      }).catch((e: unknown) => e);
      expect(error, attempt.file).toBeInstanceOf(ValidationError);
      const paths = (error as ValidationError).problems.map((p) => p.path);
      expect(paths, attempt.file).toContain(attempt.where);
      const [last] = await host.wired.deps.history.list(env, 1);
      expect(last?.result, attempt.file).toBe('failed');
    }
    expect(await containerIdentities(env)).toEqual([]);
    expect(await docker(['ps', '-aq', '--filter', 'label=wharf.managed=true'])).toBe(createdBefore);
    expect(await docker(['network', 'ls', '-q', '--filter', `name=wharf-${env}`])).toBe('');
  }, 300_000);
});
