import { durationMs } from '../duration.js';
import type { Health } from '../manifest.js';

/** Compose healthcheck durations are Go durations; wharf's `500ms`, `30s`, `5m` are valid ones. */
function goDuration(text: string): string {
  const ms = durationMs(text);
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

/**
 * The container health check of an app service. A `command` becomes the check; a `path`
 * alone does not: wharf probes it over HTTP through the edge, and the image's own
 * HEALTHCHECK (if any) still applies, since not every image has a tool to fetch a URL.
 */
export function composeHealthcheck(
  health: Health | undefined,
): Record<string, unknown> | undefined {
  if (!health?.command) return undefined;
  return {
    test: ['CMD', ...health.command],
    interval: goDuration(health.interval),
    timeout: goDuration(health.timeout),
    retries: health.retries,
    start_period: goDuration(health.startPeriod),
  };
}
