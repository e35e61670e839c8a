import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { containerIdentities, waitFor } from '../helpers/docker-cli.js';
import type { TestRepo } from '../helpers/git-repo.js';
import type { GitHubStandin } from '../helpers/github-standin.js';
import { startGitOpsHost, type GitOpsHost } from '../helpers/gitops-host.js';
import { webEnvironment } from '../helpers/manifest-text.js';
import type { TestHost } from '../helpers/wharf-host.js';

const env = 'e2e-claims';
const intruder = 'e2e-intruder';
const productionHost = 'claims.test';

const repository = (names: string[]): string =>
  [
    'apiVersion: wharf/v1',
    'kind: Repository',
    'environments:',
    ...names.map((n) => `  ${n}: { manifest: ${n}.yaml, branch: main }`),
    '',
  ].join('\n');

let gitops: GitOpsHost;
let standin: GitHubStandin;
let clone: TestRepo;
let host: TestHost;

beforeAll(async () => {
  gitops = await startGitOpsHost({
    environments: [env, intruder],
    files: {
      'wharf.yaml': repository([env]),
      [`${env}.yaml`]: webEnvironment({
        name: env,
        host: productionHost,
        body: 'production',
        verify: '1s',
      }),
    },
    environmentUrl: 'http://{host}:8080',
  });
  ({ standin, clone, host } = gitops);
  await clone.git('push', '-q', 'origin', 'main');
}, 60_000);

afterAll(() => gitops.close());

describe('a second environment claiming a host that is taken', { timeout: 240_000 }, () => {
  it('is refused at validation while the edge keeps serving the host’s owner', async () => {
    await waitFor(
      'production through the edge',
      () => host.get(productionHost, '/'),
      (r) => r.body === 'production\n',
      150_000,
    );
    const before = await containerIdentities(env);

    // Ask the edge for the host all along, from before the push until after the refusal.
    const answers: string[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const r = await host.get(productionHost, '/').catch((e: unknown) => ({
          status: 0,
          body: String(e),
        }));
        answers.push(`${r.status} ${r.body}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();

    const requestsBefore = standin.requests.length;
    const sha = await clone.commit('add an environment on production’s host', {
      'wharf.yaml': repository([env, intruder]),
      [`${intruder}.yaml`]: webEnvironment({
        name: intruder,
        host: productionHost,
        body: 'intruder',
        verify: '1s',
      }),
    });
    await clone.git('push', '-q', 'origin', 'main');
    const status = await waitFor(
      'the validate status of the commit',
      () =>
        Promise.resolve(
          standin.requests
            .slice(requestsBefore)
            .find((r) => r.operation === 'repos/create-commit-status' && r.params['sha'] === sha),
        ),
      Boolean,
      120_000,
    );
    // A resync after the refusal must not deploy it either: wait for the queue to settle.
    await waitFor(
      'the queue to settle',
      () => gitops.service!.counts(),
      (c) => c.waiting + c.active + c.delayed === 0,
      60_000,
    );
    polling = false;
    await poller;

    expect(status?.body['state']).toBe('failure');
    expect(String(status?.body['description'])).toMatch(
      new RegExp(`\`${productionHost}\` is already a host of environment \`${env}\``),
    );
    expect(answers.length).toBeGreaterThan(10);
    expect(new Set(answers)).toEqual(new Set(['200 production\n']));
    expect(await containerIdentities(intruder)).toEqual([]);
    expect(await containerIdentities(env)).toEqual(before);
  });
});
