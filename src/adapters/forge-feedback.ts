import type { Logger } from 'pino';
import type { ForgeSettings } from '../core/forge-settings.js';
import type { Feedback } from '../ports/feedback.js';
import { giteaFeedback } from './gitea-feedback.js';
import { gitlabFeedback } from './gitlab-feedback.js';

/** Feedback on the forge `forge:` names; Forgejo speaks Gitea's API. */
export function forgeFeedback(settings: ForgeSettings, log: Logger, timeoutMs?: number): Feedback {
  return settings.kind === 'gitlab'
    ? gitlabFeedback(settings, log, timeoutMs)
    : giteaFeedback(settings, log, timeoutMs);
}
