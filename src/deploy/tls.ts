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

/**
 * Gives an environment's hosts HTTPS as its manifest says: a certificate obtained (ACME
 * HTTP-01 through the edge, or self-signed) when there is none, it lacks a host, or it expires
 * within `renewBefore`; then the edge's HTTPS snippet and a graceful reload. Runs after every
 * successful reconcile, so renewal needs no scheduler of its own. A certificate that cannot be
 * obtained leaves the site as it was (plain HTTP, or the current certificate) and is tried
 * again at the next reconcile.
 */
export async function ensureTls(
  deps: DeployDeps,
  manifest: Environment,
  hosts: readonly string[],
  onProgress: ProgressListener,
): Promise<void> {
  const env = manifest.name;
  const say = (message: string): void => onProgress({ environment: env, step: 'tls', message });
  const mode = manifest.tls.mode;
  if (mode === 'none') {
    if ((await deps.edge.currentTls(env)) !== null) {
      say('tls is none: serving plain HTTP');
      await deps.edge.applyTls(env, null);
    }
    return;
  }
  let current = await deps.certificates.current(env);
  let renewed = false;
  const why = renewalReason(deps, current, hosts);
  if (why !== null) {
    say(`obtaining a ${mode} certificate for ${hosts.join(', ')} (${why})`);
    try {
      current = await deps.certificates.issue({
        environment: env,
        hosts,
        mode,
        ...(manifest.tls.email ? { email: manifest.tls.email } : {}),
        ...((manifest.tls.acmeDirectory ?? deps.acmeDirectory)
          ? { directoryUrl: manifest.tls.acmeDirectory ?? deps.acmeDirectory }
          : {}),
      });
      renewed = true;
      say(`certificate from ${current.issuer} valid until ${current.notAfter.toISOString()}`);
    } catch (error) {
      const message = messageOf(error);
      say(
        `${message}; ${current ? 'the current certificate stays' : 'serving plain HTTP'}, trying again at the next reconcile`,
      );
      if (!current) return;
    }
  }
  const include = renderTlsInclude(env, manifest.tls.redirectHttp);
  if ((await deps.edge.currentTls(env)) !== include) await deps.edge.applyTls(env, include);
  else if (renewed) await deps.edge.reload();
}
