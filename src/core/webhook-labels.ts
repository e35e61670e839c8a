/**
 * The values `wharf_webhook_deliveries_total` may carry. Labels never come from a request as
 * sent: an unverified request says nothing wharf believes, and even a signed one could name any
 * event, so each label is one of a fixed few and every series exists at most once.
 */
export const webhookEvents = ['push', 'pull_request', 'ping'] as const;

/** The event label of a request whose signature did not verify (or was never checked). */
export const unverifiedEvent = 'unverified';

export const webhookOutcomes = [
  'queued',
  'duplicate',
  'ignored',
  'pong',
  'unauthorized',
  'too_large',
  'bad_request',
  'unsupported_content_type',
  'refused_repository',
  'unavailable',
] as const;

/** A verified delivery's event as a label: its name if wharf knows it, else `other`. */
export function webhookEventLabel(event: string | undefined): string {
  return (webhookEvents as readonly string[]).includes(event ?? '') ? (event as string) : 'other';
}

export function webhookOutcomeLabel(outcome: string): string {
  return (webhookOutcomes as readonly string[]).includes(outcome) ? outcome : 'other';
}
