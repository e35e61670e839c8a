import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitSource } from '../../src/adapters/git-source.js';
import { loadRevision } from '../../src/deploy/load-revision.js';
import { validateRepository } from '../../src/manifests/validate-repository.js';
import { TestRepo } from '../helpers/git-repo.js';
import { dedent, envManifest, webOnly } from '../helpers/manifest-text.js';

// A branch bound to staging could move production's host away in its own copy of
// production.yaml and take that host for staging: its own revision then validates. The deploy
// compares the hosts with the default branch's environments too.
const wharfYaml = dedent(`
  apiVersion: wharf/v1
  kind: Repository
  environments:
    production: { manifest: production.yaml, branch: main }
    staging: { manifest: staging.yaml, branch: staging }
`);

let repo: TestRepo;
beforeAll(async () => {
  repo = await TestRepo.create();
  await repo.commit('environments', {
    'wharf.yaml': wharfYaml,
    'production.yaml': envManifest(webOnly, { name: 'production', host: 'app.test' }),
    'staging.yaml': envManifest(webOnly, { name: 'staging', host: 'staging.app.test' }),
  });
});
afterAll(() => repo.remove());

describe('a hostname taken from a branch', () => {
  it('is refused at deploy time even when the branch moved the owner away', async () => {
    await repo.git('checkout', '-q', '-b', 'staging');
    const sha = await repo.commit('staging takes app.test', {
      'production.yaml': envManifest(webOnly, { name: 'production', host: 'elsewhere.test' }),
      'staging.yaml': envManifest(webOnly, { name: 'staging', host: 'app.test' }),
    });
    await repo.git('checkout', '-q', 'main');
    const git = gitSource({ url: repo.dir, mirrorDir: `${repo.dir}-mirror.git` });
    await git.fetch();
    // The branch is valid on its own ...
    expect((await validateRepository(git.files(sha))).problems).toEqual([]);
    // ... but app.test is production's on main.
    await expect(loadRevision(git, sha, 'staging')).rejects.toThrow(
      /not deploying staging: host app\.test belongs to environment production on the default branch \(main\)/,
    );
    const main = await git.resolve('main');
    await expect(loadRevision(git, main, 'staging')).resolves.toMatchObject({
      environment: { host: 'staging.app.test' },
    });
  });
});
