import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signatureMatches } from '../../src/core/notifications/sign-body.js';
import { waitFor } from '../helpers/docker-cli.js';
import { repository, startGitOpsHost, type GitOpsHost } from '../helpers/gitops-host.js';
import { dedent } from '../helpers/manifest-text.js';

const env = 'e2e-notify';
const wharfYaml = dedent(`
  apiVersion: wharf/v1
  kind: Repository
  environments:
    ${env}:
      manifest: notify.yaml
      branch: main
`);
const manifest = dedent(`
  apiVersion: wharf/v1
  kind: Environment
  name: ${env}
  topology: minimal
  host: notify.test
  tls: { mode: none }
  deploy: { strategy: blue-green, healthTimeout: 30s, verify: 1s, keepPrevious: 0s }
  services:
    web:
      image: ghcr.io/jupiter/web:1.8.0
      port: 8080
      route: /
      health: { path: /healthz }
      env: { APP_BODY: "notified" }
`);

const got: { headers: IncomingHttpHeaders; body: string }[] = [];
const receiver = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    got.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
    res.writeHead(204).end();
  });
});
let gitops: GitOpsHost;
let dir: string;

beforeAll(async () => {
  receiver.listen(0, '127.0.0.1');
  await once(receiver, 'listening');
  dir = await mkdtemp(path.join(tmpdir(), 'wharf-notify-'));
  await writeFile(path.join(dir, 'signing'), 'e2e-signing-secret\n');
  gitops = await startGitOpsHost({
    environments: [env],
    files: { 'wharf.yaml': wharfYaml, 'notify.yaml': manifest },
    config: {
      notifications: {
        backoff: '200ms',
        timeout: '2s',
        receivers: [
          {
            name: 'e2e-hook',
            kind: 'webhook',
            url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/wharf`,
            secretFile: path.join(dir, 'signing'),
            environments: ['e2e-*'],
          },
        ],
      },
    },
  });
}, 60_000);

afterAll(async () => {
  await gitops.close();
  receiver.closeAllConnections();
  receiver.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a real deploy notifies (git push, Redis, Docker, Nginx)', { timeout: 90_000 }, () => {
  it('a pushed commit that goes live sends one signed deploy-succeeded with its facts', async () => {
    await gitops.clone.git('push', '-q', 'origin', 'main');
    const sha = (await gitops.clone.git('rev-parse', 'HEAD')).trim();
    await waitFor(
      'the version through the edge',
      () => gitops.host.get('notify.test', '/'),
      (r) => r.body === 'notified\n',
      60_000,
    );
    await waitFor(
      'the notification',
      () => Promise.resolve(got.length),
      (n) => n >= 1,
      20_000,
    );
    const [delivery] = got;
    expect(
      signatureMatches(
        delivery?.body ?? '',
        'e2e-signing-secret',
        String(delivery?.headers['x-wharf-signature-256']),
      ),
    ).toBe(true);
    const { event } = JSON.parse(delivery?.body ?? '{}') as { event: Record<string, unknown> };
    expect(event).toMatchObject({
      kind: 'deploy-succeeded',
      environment: env,
      revision: sha,
      revisionUrl: `https://github.com/${repository}/commit/${sha}`,
      url: 'http://notify.test',
    });
    expect(String(event['changes'])).toMatch(/^web \(create/);
    expect(got.filter((g) => g.headers['x-wharf-event'] === 'deploy-succeeded')).toHaveLength(1);
  });
});
