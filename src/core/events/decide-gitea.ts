import type { DecideSettings, WebhookDecision } from './decide.js';
import { decideRef, isZeroSha, record, requestNumber, text } from './payload-fields.js';

/** The repository a Gitea or Forgejo payload is about (`owner/name`), if it names one. */
export function giteaRepositoryOf(payload: unknown): string | undefined {
  return text(record(record(payload)['repository'])['full_name']);
}

// Gitea's pull request actions (modules/structs/hook.go, HookIssueAction): new commits are
// `synchronized`, not GitHub's `synchronize`. Forgejo keeps Gitea's names.
const updates = new Set(['opened', 'reopened', 'synchronized']);

function decidePullRequest(body: Record<string, unknown>): WebhookDecision {
  const pr = record(body['pull_request']);
  const number = requestNumber(body['number']) ?? requestNumber(pr['number']);
  if (number === undefined)
    return { kind: 'ignore', reason: 'pull_request event without a pull request number' };
  const action = text(body['action']) ?? '';
  if (!updates.has(action) && action !== 'closed')
    return { kind: 'ignore', reason: `pull request #${number} ${action}: nothing to deploy` };
  const headRepo = text(record(record(pr['head'])['repo'])['full_name']);
  const baseRepo = text(record(record(pr['base'])['repo'])['full_name']);
  const fork = headRepo === undefined || headRepo !== baseRepo;
  return { kind: 'pull_request', number, action: action === 'closed' ? 'close' : 'update', fork };
}

/**
 * What wharf does with a Gitea or Forgejo webhook (`X-Gitea-Event` / `X-Forgejo-Event`), with
 * the same meaning as GitHub's (decide.ts). Pure; only names are read.
 */
export function decideGitea(
  event: string,
  payload: unknown,
  settings: DecideSettings,
): WebhookDecision {
  const body = record(payload);
  if (event === 'pull_request') return decidePullRequest(body);
  if (event !== 'push')
    return { kind: 'ignore', reason: `event ${event} is not one wharf acts on` };
  const ref = text(body['ref']);
  const after = text(body['after']) ?? '';
  if (ref === undefined) return { kind: 'ignore', reason: 'push without a ref' };
  if (isZeroSha(after))
    return {
      kind: 'ignore',
      reason: `${ref} was deleted; environments keep running until a push or wharf.yaml says otherwise`,
    };
  const pusher = record(body['pusher']);
  return decideRef(
    ref,
    after,
    settings.deployTags,
    pusher['login'] ?? pusher['username'] ?? record(body['sender'])['login'],
  );
}
