import { decideRef, record } from './payload-fields.js';

/** What wharf does with a GitHub webhook delivery. Pure: event name and payload in, decision out. */
export type WebhookDecision =
  | { readonly kind: 'pong' }
  | { readonly kind: 'ignore'; readonly reason: string }
  | {
      readonly kind: 'push';
      readonly branch: string;
      readonly after: string;
      readonly pushedBy?: string;
    }
  | {
      readonly kind: 'tag';
      readonly tag: string;
      readonly after: string;
      readonly pushedBy?: string;
    }
  | {
      readonly kind: 'pull_request';
      readonly number: number;
      /** `update`: opened, reopened or new commits; `close`: closed, merged or not. */
      readonly action: 'update' | 'close';
      /** The head lives in another repository than the base: its manifests are untrusted. */
      readonly fork: boolean;
    };

export interface DecideSettings {
  readonly deployTags: boolean;
}

/** The repository a payload is about (`owner/name`), if it names one. */
export function repositoryOf(payload: unknown): string | undefined {
  const name = record(record(payload)['repository'])['full_name'];
  return typeof name === 'string' ? name : undefined;
}

const updates = new Set(['opened', 'reopened', 'synchronize']);

function decidePullRequest(body: Record<string, unknown>): WebhookDecision {
  const action = typeof body['action'] === 'string' ? body['action'] : '';
  const pr = record(body['pull_request']);
  const number = typeof body['number'] === 'number' ? body['number'] : pr['number'];
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1)
    return { kind: 'ignore', reason: 'pull_request event without a pull request number' };
  if (!updates.has(action) && action !== 'closed')
    return { kind: 'ignore', reason: `pull request #${number} ${action}: nothing to deploy` };
  const headRepo = record(record(pr['head'])['repo'])['full_name'];
  const baseRepo = record(record(pr['base'])['repo'])['full_name'];
  // A head repository that is gone (deleted fork) is treated as a fork: nothing vouches for it.
  const fork = typeof headRepo !== 'string' || headRepo !== baseRepo;
  return { kind: 'pull_request', number, action: action === 'closed' ? 'close' : 'update', fork };
}

/**
 * The payload only says what to reconcile; the job reads the commit itself from git
 * (DESIGN.md, "Events and queues"), so nothing here is trusted beyond names.
 */
export function decide(event: string, payload: unknown, settings: DecideSettings): WebhookDecision {
  const body = record(payload);
  if (event === 'ping') return { kind: 'pong' };
  if (event === 'pull_request') return decidePullRequest(body);
  if (event !== 'push')
    return { kind: 'ignore', reason: `event ${event} is not one wharf acts on` };
  const ref = body['ref'];
  const after = typeof body['after'] === 'string' ? body['after'] : '';
  if (typeof ref !== 'string') return { kind: 'ignore', reason: 'push without a ref' };
  if (body['deleted'] === true)
    return {
      kind: 'ignore',
      reason: `${ref} was deleted; environments keep running until a push or wharf.yaml says otherwise`,
    };
  return decideRef(
    ref,
    after,
    settings.deployTags,
    record(body['pusher'])['name'] ?? record(body['sender'])['login'],
  );
}
