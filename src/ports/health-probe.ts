export type ProbeResult =
  { readonly ok: true; readonly status: number } | { readonly ok: false; readonly detail: string };

/** HTTP requests to the edge, the way traffic reaches an environment. */
export interface HealthProbe {
  /** GET `path` on the edge's `listener` with `host` as Host header; ok for a 2xx or 3xx answer. */
  probe(
    listener: 'live' | 'preview',
    host: string,
    path: string,
    timeoutMs: number,
  ): Promise<ProbeResult>;
}
