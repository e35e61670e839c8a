import type { Maintenance } from '../core/edge/render-maintenance.js';

/**
 * The host's Nginx, shared by every environment. Every change (test, write, reload) holds the
 * host's edge lock, so the configuration that goes live is the one that was tested, whichever
 * process or environment changes it.
 */
export interface EdgeProxy {
  /** Starts the edge unless it runs; returns whether it had to. */
  ensureRunning(): Promise<boolean>;
  /** Lets the edge reach an environment's network. */
  attach(network: string): Promise<boolean>;
  /** The live configuration of an environment, or null (without its fencing token). */
  currentSite(environment: string): Promise<string | null>;
  /** Why the environment's site was taken out when the edge started, if it was. */
  setAsideReason(environment: string): Promise<string | null>;
  /**
   * Replaces an environment's configuration: checked with `nginx -t` first (EdgeConfigError
   * and nothing changed if it fails), then swapped in and reloaded gracefully. With `fence`,
   * the site is written with that fencing token, and refused (StaleFenceError, nothing
   * changed) if it carries a newer one.
   */
  applySite(environment: string, config: string, fence?: number): Promise<void>;
  /**
   * Checks a site as applySite would (EdgeConfigError if it fails), changing nothing, so that
   * the check can run while something else does (containers starting): an applySite of the
   * same site and fence is not checked again if nothing changed on the edge meanwhile but
   * this environment's own site, which a check of its next site does not read. Anything else
   * that changes the edge in between (another environment, TLS, maintenance) makes it check.
   */
  testSite(environment: string, config: string, fence?: number): Promise<void>;
  /** Takes the site out; refused like applySite if it carries a newer fencing token. */
  removeSite(environment: string, fence?: number): Promise<void>;
  /**
   * The largest fencing token the environment's site was written or removed under (0 for
   * none), kept after the site is gone, so the next holder's token starts above it.
   */
  fence(environment: string): Promise<number>;
  /** The environment's HTTPS snippet now in use, or null (plain HTTP). */
  currentTls(environment: string): Promise<string | null>;
  /**
   * Sets (or with null removes) an environment's HTTPS snippet: checked with `nginx -t`
   * (EdgeConfigError and the previous one kept if it fails), then reloaded gracefully.
   */
  applyTls(environment: string, include: string | null): Promise<void>;
  /** The environment's maintenance while its page is up, else null. */
  currentMaintenance(environment: string): Promise<Maintenance | null>;
  /**
   * Puts the environment's maintenance page up (or with null takes it down): its files are
   * written, checked with `nginx -t` (EdgeConfigError and the previous state kept if it fails),
   * then Nginx reloads gracefully. It outlives every site write: sites include it by name.
   */
  applyMaintenance(environment: string, maintenance: Maintenance | null): Promise<void>;
  /** Reloads gracefully, so Nginx resolves recreated containers' new addresses. */
  reload(): Promise<void>;
}
