import { LockedError } from '../core/errors.js';
import { commentMarker, renderPullRequestComment } from '../core/previews/pr-comment.js';
import type { PipelineDeps } from './pipeline-deps.js';

/**
 * Rewrites wharf's one comment on a pull request from what the store holds now. Writers
 * take turns (a lock per pull request), so two jobs never both create "the" comment.
 */
export async function publishComment(deps: PipelineDeps, number: number): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      await deps.lock.withLock(`pr-${number}-comment`, async () => {
        const record = await deps.previews.get(number);
        if (!record) return;
        const body = renderPullRequestComment({
          number,
          head: record.head,
          validation: record.validation,
          plans: record.plans,
          preview: record.preview,
        });
        const id = await deps.feedback.upsertComment(number, commentMarker, body, record.commentId);
        if (id !== null && id !== record.commentId)
          await deps.previews.update(number, { commentId: id });
      });
      return;
    } catch (error) {
      if (!(error instanceof LockedError)) throw error;
      await deps.sleep(250);
    }
  }
  deps.log.warn({ pullRequest: number }, 'pull request comment not updated: its lock stayed busy');
}
