import type { NotificationEvent } from '../core/notifications/events.js';

/**
 * Where the pipeline drops what people should hear about. `notify` returns at once and never
 * throws: delivery happens elsewhere (a queue with retries), and whatever becomes of it does
 * not change the deploy that reported.
 */
export interface Notifier {
  notify(event: NotificationEvent): void;
}

/** For commands and tests that notify nobody. */
export const noNotifier: Notifier = { notify: () => undefined };
