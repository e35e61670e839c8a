import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { execFile } from 'node:child_process';
import { freePort } from './docker-cli.js';

export interface Pebble {
  /** PEM of the authority pebble's own HTTPS uses: give it to wharf as `edge.acmeCaFile`. */
  readonly caFile: string;
  readonly directoryUrl: string;
  start(httpPort: number): Promise<void>;
  close(): Promise<void>;
}

async function waitForDirectory(url: string, caFile: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const ok = await promisify(execFile)('curl', ['-sf', '--cacert', caFile, url]).then(
      () => true,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`pebble did not answer ${url}`);
}

/**
 * Let's Encrypt's ACME test server (Debian's `pebble`) on 127.0.0.1, with its fake DNS
 * (`pebble-challtestsrv`) answering every name with 127.0.0.1. HTTP-01 challenges are checked
 * on `httpPort`: the edge's. Its certificate is made first (the caller's config needs its path),
 * the servers start once the edge's port is known.
 */
export async function preparePebble(): Promise<Pebble> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wharf-pebble-'));
  const caFile = path.join(dir, 'cert.pem');
  await promisify(execFile)('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '7',
    '-subj',
    '/CN=localhost',
    '-addext',
    'subjectAltName=DNS:localhost,IP:127.0.0.1',
    '-keyout',
    path.join(dir, 'key.pem'),
    '-out',
    caFile,
  ]);
  const [acmePort, managementPort, dnsPort, challManagementPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  const children: ChildProcess[] = [];
  const directoryUrl = `https://127.0.0.1:${acmePort}/dir`;
  return {
    caFile,
    directoryUrl,
    async start(httpPort) {
      await writeFile(
        path.join(dir, 'config.json'),
        JSON.stringify({
          pebble: {
            listenAddress: `127.0.0.1:${acmePort}`,
            managementListenAddress: `127.0.0.1:${managementPort}`,
            certificate: caFile,
            privateKey: path.join(dir, 'key.pem'),
            httpPort,
            tlsPort: await freePort(),
            ocspResponderURL: '',
            externalAccountBindingRequired: false,
          },
        }),
      );
      children.push(
        spawn(
          'pebble-challtestsrv',
          [
            '-defaultIPv4',
            '127.0.0.1',
            '-defaultIPv6',
            '',
            '-dns01',
            `127.0.0.1:${dnsPort}`,
            '-http01',
            '',
            '-https01',
            '',
            '-tlsalpn01',
            '',
            '-management',
            `127.0.0.1:${challManagementPort}`,
          ],
          { stdio: 'ignore' },
        ),
        spawn(
          'pebble',
          ['-config', path.join(dir, 'config.json'), '-dnsserver', `127.0.0.1:${dnsPort}`],
          {
            stdio: 'ignore',
            // Answers at once (no random sleeps) and never rejects a nonce on purpose.
            env: { ...process.env, PEBBLE_VA_NOSLEEP: '1', PEBBLE_WFE_NONCEREJECT: '0' },
          },
        ),
      );
      await waitForDirectory(directoryUrl, caFile);
    },
    async close() {
      for (const child of children) child.kill('SIGTERM');
      await rm(dir, { recursive: true, force: true });
    },
  };
}
