import type { WebhookDecision } from './decide.js';

/** Reads fields of a parsed webhook payload that may be anything: absent fields read as empty. */
export function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A positive pull/merge request number, or undefined. */
export function requestNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 ? value : undefined;
}

/** A git ref pushed to: a branch or a tag deploys (tags only when asked), anything else not. */
export function decideRef(
  ref: string,
  after: string,
  deployTags: boolean,
  pusher?: unknown,
): Extract<WebhookDecision, { kind: 'push' | 'tag' | 'ignore' }> {
  // Who pushed, for notifications only: a name to show, never a reason to do anything.
  const by =
    typeof pusher === 'string' && pusher.length > 0 ? { pushedBy: pusher.slice(0, 100) } : {};
  if (ref.startsWith('refs/heads/'))
    return { kind: 'push', branch: ref.slice('refs/heads/'.length), after, ...by };
  if (ref.startsWith('refs/tags/')) {
    const tag = ref.slice('refs/tags/'.length);
    return deployTags
      ? { kind: 'tag', tag, after, ...by }
      : { kind: 'ignore', reason: `tag ${tag} pushed; tags deploy only with webhook.deployTags` };
  }
  return { kind: 'ignore', reason: `push to ${ref}, which is neither a branch nor a tag` };
}

/** Forges send an all-zero `after` when a push deleted the ref. */
export function isZeroSha(sha: string): boolean {
  return /^0+$/.test(sha);
}
