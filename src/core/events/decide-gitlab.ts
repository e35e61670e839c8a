import type { DecideSettings, WebhookDecision } from './decide.js';
import { decideRef, isZeroSha, record, requestNumber, text } from './payload-fields.js';

/** The project a GitLab payload is about (`group/sub/name`), if it names one. */
export function gitlabRepositoryOf(payload: unknown): string | undefined {
  return text(record(record(payload)['project'])['path_with_namespace']);
}

// GitLab "Webhook events", merge request events: `object_attributes.action` is one of open,
// close, reopen, update, approved, unapproved, approval, unapproval, merge.
const closing = new Set(['close', 'merge']);

function decideMergeRequest(body: Record<string, unknown>): WebhookDecision {
  const mr = record(body['object_attributes']);
  const number = requestNumber(mr['iid']);
  if (number === undefined)
    return { kind: 'ignore', reason: 'merge request event without a merge request iid' };
  const action = text(mr['action']) ?? '';
  // An update carries `oldrev` only when it brought new commits; a new title deploys nothing.
  const newCommits = action === 'update' && text(mr['oldrev']) !== undefined;
  if (!closing.has(action) && action !== 'open' && action !== 'reopen' && !newCommits)
    return { kind: 'ignore', reason: `merge request !${number} ${action}: nothing to deploy` };
  const source = mr['source_project_id'];
  // A source project that is not the target is a fork; one not named vouches for nothing.
  const fork = typeof source !== 'number' || source !== mr['target_project_id'];
  return { kind: 'pull_request', number, action: closing.has(action) ? 'close' : 'update', fork };
}

/**
 * What wharf does with a GitLab webhook (`X-Gitlab-Event`): the same meaning as GitHub's
 * (decide.ts). Pure, and only names are read: the job takes the commit from git.
 */
export function decideGitlab(
  event: string,
  payload: unknown,
  settings: DecideSettings,
): WebhookDecision {
  const body = record(payload);
  if (event === 'Merge Request Hook') return decideMergeRequest(body);
  if (event !== 'Push Hook' && event !== 'Tag Push Hook')
    return { kind: 'ignore', reason: `event ${event} is not one wharf acts on` };
  const ref = text(body['ref']);
  const after = text(body['after']) ?? '';
  if (ref === undefined) return { kind: 'ignore', reason: 'push without a ref' };
  if (isZeroSha(after) || body['checkout_sha'] === null)
    return {
      kind: 'ignore',
      reason: `${ref} was deleted; environments keep running until a push or wharf.yaml says otherwise`,
    };
  return decideRef(ref, after, settings.deployTags, body['user_username'] ?? body['user_name']);
}
