import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker, waitFor } from '../helpers/docker-cli.js';
import type { TestRepo } from '../helpers/git-repo.js';
import type { GitHubStandin } from '../helpers/github-standin.js';
import { startGitOpsHost, type GitOpsHost } from '../helpers/gitops-host.js';
import { dedent } from '../helpers/manifest-text.js';
import { sendPullRequest } from '../helpers/signed-webhook.js';

// A pull request is untrusted input deployed before review. This one mounts the Docker socket
// behind a variable's default, in a repository whose default branch lets previews have a raw
// `compose` block at all: it must get a failed preview, an explanation that is only text, and
// no container.
const env = 'e2e-hostile-pr';
const pr = 9;
const preview = `pr-${pr}`;

const wharfYaml = dedent(`
  apiVersion: wharf/v1
  kind: Repository
  environments:
    ${env}:
      manifest: production.yaml
      branch: main
  previews:
    from: ${env}
    host: pr-{number}.hostile.test
    tls: none
    allowCompose: true
`);

function manifest(compose = ''): string {
  return (
    dedent(`
    apiVersion: wharf/v1
    kind: Environment
    name: ${env}
    topology: minimal
    host: hostile.test
    tls: { mode: none }
    services:
      web:
        image: ghcr.io/jupiter/web:1.8.0
        port: 8080
        route: /
  `) + compose
  );
}

const socketBlock = dedent(`
  compose:
    services:
      web:
        volumes: ["\${X:-/var/run/docker.sock}:/var/run/docker.sock"]
`);

let gitops: GitOpsHost;
let standin: GitHubStandin;
let clone: TestRepo;

function statusesOf(sha: string, context: string): { state: string; description: string }[] {
  return standin.requests
    .filter(
      (r) =>
        r.operation === 'repos/create-commit-status' &&
        r.params['sha'] === sha &&
        r.body['context'] === context,
    )
    .map((r) => ({ state: String(r.body['state']), description: String(r.body['description']) }));
}

beforeAll(async () => {
  gitops = await startGitOpsHost({
    environments: [env, preview],
    files: { 'wharf.yaml': wharfYaml, 'production.yaml': manifest() },
  });
  ({ standin, clone } = gitops);
}, 120_000);

afterAll(() => gitops.close());

describe('a hostile pull request', { timeout: 120_000 }, () => {
  it('mounting the Docker socket behind ${X:-...} gets a failed preview, an escaped comment and no container', async () => {
    await clone.git('push', '-q', 'origin', 'main');
    await clone.git('checkout', '-q', '-b', 'socket');
    await clone.commit('mount the socket', { 'production.yaml': manifest(socketBlock) });
    const sha = (await clone.git('rev-parse', 'HEAD')).trim();
    await clone.git('push', '-q', 'origin', 'socket:socket', `socket:refs/pull/${pr}/head`);
    standin.setPullRequest(pr, { state: 'open', headSha: sha });
    expect(
      await sendPullRequest(gitops.serverPort, gitops.secret, {
        number: pr,
        action: 'opened',
        head: sha,
        branch: 'socket',
      }),
    ).toBe(202);

    const comment = await waitFor(
      'the comment on the pull request',
      () => Promise.resolve(standin.comments(pr).find((c) => c.body.includes('wharf'))),
      (c) => c !== undefined && statusesOf(sha, 'wharf/preview').length > 0,
      60_000,
    );
    expect(statusesOf(sha, 'wharf/validate').at(-1)?.state).toBe('failure');
    expect(statusesOf(sha, 'wharf/preview').at(-1)?.state).toBe('failure');
    const body = comment?.body ?? '';
    // The explanation names the field and the grant, as inline code: text, never markup.
    const line = body.split('\n').find((l) => l.includes('docker.sock'));
    expect(line).toMatch(
      /^- `+.*volumes\[0\].*refused by policy; grant: policy\.e2e-hostile-pr\.dockerSocket/,
    );
    expect(await docker(['ps', '-aq', '--filter', `label=wharf.environment=${preview}`])).toBe('');
    expect(standin.requests.flatMap((r) => r.invalid)).toEqual([]);
  });
});
