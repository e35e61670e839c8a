import { matchesGlob } from '../events/glob.js';
import type { NotificationKind } from './events.js';

export interface ReceiverFilter {
  /** Environment globs (`*` any run of characters); none: every environment. */
  readonly environments?: readonly string[];
  /** Kinds of events; none: every kind. */
  readonly events?: readonly NotificationKind[];
}

/** Whether a receiver wants an event of `kind` about `environment`. */
export function wants(
  filter: ReceiverFilter,
  environment: string,
  kind: NotificationKind,
): boolean {
  const envOk =
    !filter.environments || filter.environments.some((glob) => matchesGlob(environment, glob));
  const kindOk = !filter.events || filter.events.includes(kind);
  return envOk && kindOk;
}
