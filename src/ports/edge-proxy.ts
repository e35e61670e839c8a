/** The host's Nginx, shared by every environment. */
export interface EdgeProxy {
  /** Starts the edge unless it runs; returns whether it had to. */
  ensureRunning(): Promise<boolean>;
  /** Lets the edge reach an environment's network. */
  attach(network: string): Promise<boolean>;
  /** The live configuration of an environment, or null. */
  currentSite(environment: string): Promise<string | null>;
  /**
   * Replaces an environment's configuration: checked with `nginx -t` first (EdgeConfigError
   * and nothing changed if it fails), then swapped in and reloaded gracefully.
   */
  applySite(environment: string, config: string): Promise<void>;
  removeSite(environment: string): Promise<void>;
  /** Reloads gracefully, so Nginx resolves recreated containers' new addresses. */
  reload(): Promise<void>;
}
