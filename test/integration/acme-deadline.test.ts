// An ACME server that accepts connections and never answers: issuing a certificate gives up
// within its deadline with a retryable error, so the deploy that asked goes on and TLS is
// tried again at the next reconcile. Real acme-client, real sockets on 127.0.0.1.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tlsCertificates } from '../../src/adapters/tls-certificates.js';
import type { Certificates } from '../../src/ports/certificates.js';
import { freePort } from '../helpers/docker-cli.js';

let silent: Server;
let port: number;
let dir: string;
const held: Socket[] = [];
let connections = 0;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'wharf-acme-deadline-'));
  port = await freePort();
  silent = createServer((socket) => {
    connections++;
    held.push(socket); // read nothing, answer nothing, close nothing
  });
  await new Promise<void>((resolve) => silent.listen(port, '127.0.0.1', resolve));
});

afterAll(async () => {
  for (const socket of held) socket.destroy();
  await new Promise<void>((resolve) => silent.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
});

/** Asks the silent server for a certificate: how it failed, and after how long. */
async function issueFromSilent(
  certificates: Certificates,
): Promise<{ failure: unknown; seconds: number }> {
  const started = performance.now();
  const failure = await certificates
    .issue({
      environment: 'shop',
      hosts: ['shop.test'],
      mode: 'letsencrypt',
      directoryUrl: `http://127.0.0.1:${port}/dir`,
    })
    .catch((error: unknown) => error);
  return { failure, seconds: (performance.now() - started) / 1000 };
}

describe('an ACME server that never answers', { timeout: 30_000 }, () => {
  it('each request gives up after its timeout, with a retryable error naming the server', async () => {
    const certificates = tlsCertificates({
      dir: path.join(dir, 'tls'),
      challengeDir: path.join(dir, 'acme'),
      acmeRequestTimeoutMs: 1500,
    });
    const { failure, seconds } = await issueFromSilent(certificates);
    expect(failure).toMatchObject({ code: 'tls-acme', retryable: true });
    expect((failure as Error).message).toContain(`127.0.0.1:${port}`);
    expect(connections).toBeGreaterThan(0);
    expect(seconds).toBeLessThan(10);
    expect(await certificates.current('shop')).toBeNull();
  });

  it('the whole issuance gives up at its deadline, however the requests are timed', async () => {
    const certificates = tlsCertificates({
      dir: path.join(dir, 'tls'),
      challengeDir: path.join(dir, 'acme'),
      acmeRequestTimeoutMs: 60_000,
      acmeDeadlineMs: 2000,
    });
    const { failure, seconds } = await issueFromSilent(certificates);
    expect(failure).toMatchObject({ code: 'tls-acme', retryable: true });
    expect((failure as Error).message).toContain('took longer than 2 s');
    expect(seconds).toBeGreaterThan(1.9);
    expect(seconds).toBeLessThan(8);
  });
});
