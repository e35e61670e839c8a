import { X509Certificate } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import https from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WharfError } from '../core/errors.js';
import { messageOf } from '../core/message-of.js';
import type { CertificateInfo, Certificates, IssueRequest } from '../ports/certificates.js';
import { privateDir, writeAtomic } from './fs-state-files.js';
import { runCommand } from './run-command.js';
import { beforeDeadline } from './deadline.js';
import { withFileLock } from './host-file-lock.js';

const letsEncrypt = 'https://acme-v02.api.letsencrypt.org/directory';

export interface CertificateOptions {
  /** `<stateDir>/tls`: one folder per environment, mounted into the edge. */
  readonly dir: string;
  /** Served by the edge at `/.well-known/acme-challenge/` (its parent is the web root). */
  readonly challengeDir: string;
  /** Extra authority to trust for the ACME server's own HTTPS (pebble in tests). */
  readonly acmeCaFile?: string;
  /** Each request to the ACME server may take this long (default 30 s). */
  readonly acmeRequestTimeoutMs?: number;
  /** The whole issuance may take this long, challenge and polling included (default 3 min). */
  readonly acmeDeadlineMs?: number;
  /**
   * The edge's writer lock (`<stateDir>/edge/writer`): key and chain are replaced under it,
   * so no reload of the edge reads one without the other.
   */
  readonly writerLock?: string;
}

function info(pem: string): CertificateInfo {
  const cert = new X509Certificate(pem);
  const hosts = (cert.subjectAltName ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.startsWith('DNS:'))
    .map((s) => s.slice(4));
  return { hosts, notAfter: new Date(cert.validTo), issuer: cert.issuer.replace(/\n/g, ', ') };
}

/**
 * Certificates by ACME HTTP-01 (acme-client; the edge serves the challenge files) or
 * self-signed (openssl). Nginx reads key and certificate only when it (re)loads, so writing
 * both and then reloading (the caller's part) never serves a mismatched pair.
 */
export function tlsCertificates(options: CertificateOptions): Certificates {
  const envDir = (env: string): string => path.join(options.dir, env);
  const accountKeyFile = path.join(options.dir, '_acme', 'account.key');

  async function accountKey(): Promise<Buffer> {
    try {
      return await readFile(accountKeyFile);
    } catch {
      const { default: acme } = await import('acme-client');
      const key = await acme.crypto.createPrivateKey();
      await privateDir(path.dirname(accountKeyFile));
      await writeAtomic(accountKeyFile, key.toString(), 0o600);
      return key;
    }
  }

  async function viaAcme(
    hosts: readonly string[],
    email: string | undefined,
    directoryUrl: string,
  ): Promise<{ key: string; chain: string }> {
    // Only hosts that issue certificates load the ACME client.
    const { default: acme } = await import('acme-client');
    acme.axios.defaults.timeout = options.acmeRequestTimeoutMs ?? 30_000;
    if (options.acmeCaFile)
      acme.axios.defaults.httpsAgent = new https.Agent({ ca: await readFile(options.acmeCaFile) });
    const client = new acme.Client({ directoryUrl, accountKey: await accountKey() });
    const [key, csr] = await acme.crypto.createCsr({ altNames: [...hosts] });
    await mkdir(options.challengeDir, { recursive: true });
    const chain = await client.auto({
      csr,
      ...(email ? { email } : {}),
      termsOfServiceAgreed: true,
      challengePriority: ['http-01'],
      // The ACME server itself checks the challenge through the edge; checking it from
      // here first would need the host to reach its own public address.
      skipChallengeVerification: true,
      challengeCreateFn: async (_authz, challenge, keyAuthorization) => {
        await writeFile(path.join(options.challengeDir, challenge.token), keyAuthorization, {
          mode: 0o644,
        });
      },
      challengeRemoveFn: async (_authz, challenge) => {
        await rm(path.join(options.challengeDir, challenge.token), { force: true });
      },
    });
    return { key: key.toString(), chain };
  }

  async function selfSigned(hosts: readonly string[]): Promise<{ key: string; chain: string }> {
    const work = await mkdtemp(path.join(tmpdir(), 'wharf-tls-'));
    try {
      const result = await runCommand(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-days',
          '90',
          '-subj',
          `/CN=${hosts[0] ?? 'localhost'}`,
          '-addext',
          `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`,
          '-keyout',
          path.join(work, 'key.pem'),
          '-out',
          path.join(work, 'cert.pem'),
        ],
        { timeoutMs: 60_000 },
      );
      if (result.code !== 0)
        throw new WharfError(
          'tls-self-signed',
          `openssl could not make a certificate: ${result.stderr.trim()}`,
        );
      return {
        key: await readFile(path.join(work, 'key.pem'), 'utf8'),
        chain: await readFile(path.join(work, 'cert.pem'), 'utf8'),
      };
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }

  async function current(environment: string): Promise<CertificateInfo | null> {
    try {
      return info(await readFile(path.join(envDir(environment), 'fullchain.pem'), 'utf8'));
    } catch {
      return null;
    }
  }

  /** The certificate written since `began` for all of `hosts`, by an issuance just before. */
  async function justIssued(request: IssueRequest, began: number): Promise<CertificateInfo | null> {
    const file = path.join(envDir(request.environment), 'fullchain.pem');
    const written = await stat(file).then(
      (s) => s.mtimeMs,
      () => 0,
    );
    const got = written >= began ? await current(request.environment) : null;
    return got && request.hosts.every((h) => got.hosts.includes(h)) ? got : null;
  }

  async function issueOnce(request: IssueRequest, began: number): Promise<CertificateInfo> {
    const already = await justIssued(request, began);
    if (already) return already;
    const acmeDeadlineMs = options.acmeDeadlineMs ?? 180_000;
    let made: { key: string; chain: string };
    try {
      made =
        request.mode === 'self-signed'
          ? await selfSigned(request.hosts)
          : await beforeDeadline(
              viaAcme(request.hosts, request.email, request.directoryUrl ?? letsEncrypt),
              acmeDeadlineMs,
              `the ACME issuance took longer than ${acmeDeadlineMs / 1000} s`,
            );
    } catch (error) {
      if (error instanceof WharfError) throw error;
      throw new WharfError(
        'tls-acme',
        `no certificate for ${request.hosts.join(', ')} from ${request.directoryUrl ?? letsEncrypt}: ${messageOf(error)}`,
        { retryable: true },
      );
    }
    const dir = envDir(request.environment);
    const write = async (): Promise<void> => {
      // Nginx's master process (root) reads key and chain when it loads; nobody else needs
      // them, so the folder is root's alone before the key is written, and the key 0600.
      await privateDir(dir);
      await writeAtomic(path.join(dir, 'key.pem'), made.key, 0o600);
      await writeAtomic(path.join(dir, 'fullchain.pem'), made.chain, 0o644);
    };
    if (options.writerLock)
      await withFileLock(options.writerLock, write, {
        busy: (detail) =>
          new WharfError('edge-busy', `the edge stayed busy for 60 s: ${detail}`, {
            retryable: true,
          }),
      });
    else await write();
    return info(made.chain);
  }

  return {
    current,
    async issue(request) {
      const dir = envDir(request.environment);
      const began = Date.now();
      // One issuance per environment and host at a time: another process's is not repeated
      // (an ACME server limits duplicates), and one of this process's waits for the first.
      return withFileLock(`${dir}.issuing`, () => issueOnce(request, began), {
        waitMs: 0,
        busy: () =>
          new WharfError(
            'tls-busy',
            `another wharf process is obtaining the certificate of ${request.environment}`,
            { retryable: true },
          ),
      });
    },
    async remove(environment) {
      await rm(envDir(environment), { recursive: true, force: true });
    },
  };
}
