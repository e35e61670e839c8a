import type { NotificationEvent } from '../core/notifications/events.js';
import type { DeployDeps } from './deps.js';

/** Tells the notifier, stamped with the time; returns at once and never throws. */
export function notify(
  deps: Pick<DeployDeps, 'notifier' | 'now'>,
  event: Omit<NotificationEvent, 'at'>,
): void {
  try {
    deps.notifier?.notify({ ...event, at: deps.now().toISOString() });
  } catch {
    // A notifier is not allowed to throw; should one, the deploy still goes on.
  }
}
