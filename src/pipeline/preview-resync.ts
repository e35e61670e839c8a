import { previewName } from '../core/previews/preview-environment.js';
import type { PipelineDeps } from './pipeline-deps.js';
import { idlePastTtl } from './preview-reconcile.js';
import { previewSettings } from './preview-settings.js';
import { requestOnNode } from './request-on-node.js';

/**
 * On every resync tick: a preview whose pull request GitHub says is closed (the webhook was
 * lost) or that sat idle past the ttl is marked to go; the others are reconciled like any
 * environment (self-heal). When GitHub cannot answer, the preview stays: an error never
 * removes anything.
 */
export async function resyncPreviews(deps: PipelineDeps): Promise<void> {
  const settings = await previewSettings(deps.git);
  const { active } = await deps.previews.slots();
  for (const record of await deps.previews.list()) {
    const env = previewName(record.number);
    if (record.wish === 'open') {
      const state = await deps.feedback.pullRequestState(record.number);
      if (state === 'closed') {
        await deps.previews.update(record.number, { wish: 'closed' });
        deps.log.info({ env }, 'pull request closed (webhook missed); its preview goes');
      } else if (
        settings &&
        active.includes(record.number) &&
        idlePastTtl(record, settings, deps.now())
      ) {
        await deps.previews.update(record.number, { wish: 'expired' });
        deps.log.info(
          { env, since: record.activeAt, ttl: settings.ttl },
          'preview idle past its ttl; it goes',
        );
      } else if (!active.includes(record.number)) {
        continue;
      }
    } else if (
      !active.includes(record.number) &&
      ['removed', 'refused', 'disabled'].includes(record.preview?.phase ?? '')
    ) {
      // Gone already, or never had one.
      continue;
    }
    await requestOnNode(deps, { environment: env, trigger: 'resync' });
  }
}
