import type { NotificationContext, NotificationEvent } from './events.js';

/**
 * The body of the generic webhook: the event with its delivery id and the time it was sent.
 * Both are inside the signed bytes, so a receiver can refuse a replay (an id it has seen, or a
 * `sentAt` too old) knowing they were not changed on the way.
 */
export function webhookBody(
  event: NotificationEvent,
  context: NotificationContext,
  delivery: { readonly id: string; readonly sentAt: string },
): string {
  const { dedupeKey: _dedupe, ...fields } = event;
  return JSON.stringify({
    delivery: delivery.id,
    sentAt: delivery.sentAt,
    event: { ...fields, ...(context.revisionUrl ? { revisionUrl: context.revisionUrl } : {}) },
  });
}
