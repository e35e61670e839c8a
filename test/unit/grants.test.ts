import { describe, expect, it } from 'vitest';
import { grantChanges, grantRefusal } from '../../src/core/grant-changes.js';
import type { PolicyGrant, Repository } from '../../src/core/manifest.js';
import { secretFileAllowed } from '../../src/manifests/secret-grant.js';
import { validateRepository } from '../../src/manifests/validate-repository.js';
import { memoryRepoFiles } from '../fakes/memory-repo-files.js';
import { dedent, envManifest } from '../helpers/manifest-text.js';
import { resolved } from '../helpers/resolved.js';

function repository(policy?: Record<string, PolicyGrant>): Repository {
  return resolved('Repository', {
    apiVersion: 'wharf/v1',
    kind: 'Repository',
    environments: {
      staging: { manifest: 'staging.yaml', branch: 'staging' },
      production: { manifest: 'production.yaml', branch: 'main' },
    },
    ...(policy ? { policy } : {}),
  });
}

describe('grantChanges', () => {
  it.each([
    ['no policy on either side', undefined, undefined, []],
    ['the same grant', { staging: { privileged: true } }, { staging: { privileged: true } }, []],
    ['an empty grant against none', { staging: {} }, undefined, []],
    [
      'false and empty values against none',
      { staging: { privileged: false, hostPaths: [] } },
      undefined,
      [],
    ],
    ['a new privileged grant', { staging: { privileged: true } }, undefined, ['policy.staging']],
    ['a grant taken away', undefined, { staging: { dockerSocket: true } }, ['policy.staging']],
    [
      'a secret grant added',
      { staging: { secrets: ['secrets/production/'] } },
      {},
      ['policy.staging'],
    ],
    ['another environment changed only', { production: { privileged: true } }, undefined, []],
  ] as const)('%s', (_name, revision, base, expected) => {
    expect(
      grantChanges(
        repository(revision as Record<string, PolicyGrant> | undefined),
        repository(base as Record<string, PolicyGrant> | undefined),
        ['staging'],
      ),
    ).toEqual(expected);
  });

  it('says where grants are read from and what to do', () => {
    expect(grantRefusal('main', ['policy.staging'])).toBe(
      "policy grants are read from wharf.yaml on the default branch (main); this revision's wharf.yaml changes policy.staging: merge that change to main first",
    );
  });
});

describe('secretFileAllowed', () => {
  it.each([
    ['its own folder', 'secrets/staging/db.age', undefined, true],
    ['deeper in its own folder', 'secrets/staging/a/b.age', undefined, true],
    ['another environment’s folder', 'secrets/production/db.age', undefined, false],
    ['a folder whose name starts like its own', 'secrets/staging-old/db.age', undefined, false],
    ['out of its folder with ..', 'secrets/staging/../production/db.age', undefined, false],
    ['into its folder with ./', './secrets/staging/db.age', undefined, true],
    ['a granted file', 'shared/api.age', { secrets: ['shared/api.age'] }, true],
    ['a file next to a granted one', 'shared/other.age', { secrets: ['shared/api.age'] }, false],
    ['under a granted folder', 'shared/x/api.age', { secrets: ['shared/'] }, true],
    ['a file named like a granted folder', 'shared-x/api.age', { secrets: ['shared/'] }, false],
    [
      'a granted file path without the slash is not a folder',
      'shared/api.age',
      { secrets: ['shared'] },
      false,
    ],
    ['outside the repository', '../secrets/staging/db.age', undefined, false],
  ] as const)('%s', (_name, file, grant, allowed) => {
    expect(secretFileAllowed('staging', file, grant as PolicyGrant | undefined)).toBe(allowed);
  });
});

describe('secret-not-granted', () => {
  const wharfYaml = (policy = ''): string =>
    dedent(`
      apiVersion: wharf/v1
      kind: Repository
      environments:
        staging:
          manifest: staging.yaml
          branch: staging
    `) + policy;
  // Lines 1 to 5 are the header; the secret's path is on line 12.
  const manifest = envManifest(
    `
    services:
      web:
        image: wharf-test/app:1
        port: 8080
        route: /
    secrets:
      SESSION: { source: file, path: secrets/production/session.age }
    `,
    { name: 'staging', host: 'staging.shop.test' },
  );
  const files = {
    'staging.yaml': manifest,
    'secrets/production/session.age': 'ciphertext',
  };

  it('reports an encrypted file outside the environment’s folder, with its line and the grant', async () => {
    const validation = await validateRepository(
      memoryRepoFiles({ ...files, 'wharf.yaml': wharfYaml() }),
    );
    expect(validation.problems).toEqual([
      expect.objectContaining({
        file: 'staging.yaml',
        line: 12,
        path: '$.secrets.SESSION.path',
        rule: 'secret-not-granted',
        message: expect.stringContaining(
          'policy: { staging: { secrets: [secrets/production/session.age] } }',
        ) as string,
      }),
    ]);
  });

  it('accepts it once wharf.yaml grants the folder', async () => {
    const validation = await validateRepository(
      memoryRepoFiles({
        ...files,
        'wharf.yaml': wharfYaml('policy:\n  staging:\n    secrets: [secrets/production/]\n'),
      }),
    );
    expect(validation.problems).toEqual([]);
  });
});
