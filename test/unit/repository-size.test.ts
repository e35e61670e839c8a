import { describe, expect, it } from 'vitest';
import { validateRepository } from '../../src/manifests/validate-repository.js';
import { memoryRepoFiles } from '../fakes/memory-repo-files.js';

/** A repository binding `count` minimal environments, each with its own manifest. */
function repository(count: number): Record<string, string> {
  const names = Array.from({ length: count }, (_, i) => `env${i}`);
  return {
    'wharf.yaml': [
      'apiVersion: wharf/v1',
      'kind: Repository',
      'environments:',
      ...names.map((n) => `  ${n}: { manifest: environments/${n}.yaml, branch: main }`),
      '',
    ].join('\n'),
    ...Object.fromEntries(
      names.map((n) => [
        `environments/${n}.yaml`,
        `apiVersion: wharf/v1\nkind: Environment\nname: ${n}\ntopology: minimal\nhost: ${n}.example.test\nservices:\n  web: { image: ghcr.io/jupiter/web:1.8.0, port: 8080, route: /, health: { path: /healthz } }\n`,
      ]),
    ),
  };
}

describe('how many environments one wharf.yaml binds (docs/manifest.md, Sizes)', () => {
  it('takes 1,000', async () => {
    const validation = await validateRepository(memoryRepoFiles(repository(1000)));
    expect(validation.problems).toEqual([]);
    expect(validation.environments).toHaveLength(1000);
  });

  it('refuses 1,001 at the environments key of wharf.yaml', async () => {
    const validation = await validateRepository(memoryRepoFiles(repository(1001)));
    expect(validation.problems).toContainEqual(
      expect.objectContaining({
        file: 'wharf.yaml',
        line: 4,
        path: '$.environments',
        message: 'must have at most 1000 entries',
      }),
    );
  });
});
