import { notify } from './notify.js';
import { renderTlsInclude } from '../core/edge/render-tls.js';
import type { Environment } from '../core/manifest.js';
import type { DeployDeps } from './deps.js';
import type { ProgressListener } from './progress.js';
import { messageOf } from '../core/message-of.js';

const day = 24 * 3600 * 1000;

type Certificate = Awaited<ReturnType<DeployDeps['certificates']['current']>>;

/** Why the environment needs a new certificate, or null while the current one serves. */
function renewalReason(
  deps: DeployDeps,
  current: Certificate,
  hosts: readonly string[],
): string | null {
  if (!current) return 'none yet';
  const lacking = hosts.filter((h) => !current.hosts.includes(h));
  if (lacking.length > 0) return `it lacks ${lacking.join(', ')}`;
  const left = current.notAfter.getTime() - deps.now().getTime();
  return left < deps.renewBeforeMs
    ? `it expires in ${Math.max(0, Math.floor(left / day))} day(s)`
    : null;
}

/** Whether ensureTls would change nothing: the certificate serves and the edge has its snippet. */
export async function tlsSettled(
  deps: DeployDeps,
  manifest: Environment,
  hosts: readonly string[],
): Promise<boolean> {
  const env = manifest.name;
  if (manifest.tls.mode === 'none') return (await deps.edge.currentTls(env)) === null;
  if (renewalReason(deps, await deps.certificates.current(env), hosts) !== null) return false;
  return (await deps.edge.currentTls(env)) === renderTlsInclude(env, manifest.tls.redirectHttp);
}

/** A certificate to obtain once the environment's lock is released. */
export interface TlsIssuance {
  readonly manifest: Environment;
  readonly hosts: readonly string[];
  readonly why: string;
}

/**
 * The part of TLS done holding the environment's lock, all of it quick: the edge's HTTPS
 * snippet for the certificate there is (none for `tls: none`). Returns what must still be
 * obtained, which `obtainTls` does after the lock is released, so that a slow ACME server
 * never holds a deploy, rollback or backup of the environment.
 */
export async function settleTls(
  deps: DeployDeps,
  manifest: Environment,
  hosts: readonly string[],
  onProgress: ProgressListener,
): Promise<TlsIssuance | null> {
  const env = manifest.name;
  if (manifest.tls.mode === 'none') {
    if ((await deps.edge.currentTls(env)) !== null) {
      onProgress({ environment: env, step: 'tls', message: 'tls is none: serving plain HTTP' });
      await deps.edge.applyTls(env, null);
    }
    return null;
  }
  const current = await deps.certificates.current(env);
  const why = renewalReason(deps, current, hosts);
  if (current) await applyInclude(deps, manifest, false);
  return why === null ? null : { manifest, hosts, why };
}

async function applyInclude(
  deps: DeployDeps,
  manifest: Environment,
  renewed: boolean,
): Promise<void> {
  const env = manifest.name;
  const include = renderTlsInclude(env, manifest.tls.redirectHttp);
  if ((await deps.edge.currentTls(env)) !== include) await deps.edge.applyTls(env, include);
  else if (renewed) await deps.edge.reload();
}

/**
 * Obtains the certificate `settleTls` asked for (ACME HTTP-01 through the edge, or
 * self-signed), with the environment's lock released; then, holding the lock again for a
 * moment through `relock`, serves it. A certificate that cannot be obtained leaves the site
 * as it was (plain HTTP, or the current certificate) and is tried again at the next
 * reconcile; one obtained while a newer revision deploys is served by that deploy.
 */
export async function obtainTls(
  deps: DeployDeps,
  issuance: TlsIssuance,
  relock: (serve: (locked: DeployDeps) => Promise<void>) => Promise<void>,
  onProgress: ProgressListener,
): Promise<void> {
  const { manifest, hosts, why } = issuance;
  const env = manifest.name;
  const mode = manifest.tls.mode;
  if (mode === 'none') return;
  const say = (message: string): void => onProgress({ environment: env, step: 'tls', message });
  say(`obtaining a ${mode} certificate for ${hosts.join(', ')} (${why})`);
  const had = (await deps.certificates.current(env)) !== null;
  try {
    const got = await deps.certificates.issue({
      environment: env,
      hosts,
      mode,
      ...(manifest.tls.email ? { email: manifest.tls.email } : {}),
      ...((manifest.tls.acmeDirectory ?? deps.acmeDirectory)
        ? { directoryUrl: manifest.tls.acmeDirectory ?? deps.acmeDirectory }
        : {}),
    });
    say(`certificate from ${got.issuer} valid until ${got.notAfter.toISOString()}`);
  } catch (error) {
    say(
      `${messageOf(error)}; ${had ? 'the current certificate stays' : 'serving plain HTTP'}, trying again at the next reconcile`,
    );
    notify(deps, {
      kind: 'certificate-failed',
      environment: env,
      reason: `${messageOf(error)} (hosts: ${hosts.join(', ')})`,
    });
    return;
  }
  try {
    await relock((locked) => applyInclude(locked, manifest, true));
  } catch (error) {
    say(`${messageOf(error)}; the certificate is served by the next reconcile`);
  }
}
