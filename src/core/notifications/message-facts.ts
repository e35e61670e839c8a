import type { NotificationContext, NotificationEvent, NotificationKind } from './events.js';

/** One labelled line of a message. `url` makes the value a link where the format has them. */
export interface Fact {
  readonly label: string;
  readonly value: string;
  readonly url?: string;
}

/** What every message kind says, before it is put in that kind's format. */
export interface MessageFacts {
  readonly title: string;
  /** good, bad or neither: the colour of a Slack attachment, the style of a Teams card. */
  readonly tone: 'good' | 'bad' | 'neutral';
  readonly facts: readonly Fact[];
}

const titles: Record<NotificationKind, string> = {
  'deploy-succeeded': 'deployed',
  'deploy-failed': 'deploy failed',
  'rolled-back': 'rolled back',
  blocked: 'deploy blocked by policy',
  waiting: 'deploy waiting',
  'preview-ready': 'preview ready',
  'preview-removed': 'preview removed',
  'certificate-failed': 'certificate renewal failed',
  'backup-failed': 'backup failed',
};

const tones: Record<NotificationKind, MessageFacts['tone']> = {
  'deploy-succeeded': 'good',
  'deploy-failed': 'bad',
  'rolled-back': 'bad',
  blocked: 'bad',
  waiting: 'neutral',
  'preview-ready': 'good',
  'preview-removed': 'neutral',
  'certificate-failed': 'bad',
  'backup-failed': 'bad',
};

const waitingWords = {
  lock: 'the environment lock',
  agent: 'an agent on its node',
  'preview-slots': 'a free preview slot',
} as const;

// A failure's reason may carry many log lines; a chat message keeps the first part.
const maxReason = 1500;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The facts of an event, the same for every kind of receiver. */
export function messageFacts(event: NotificationEvent, context: NotificationContext): MessageFacts {
  const facts: Fact[] = [{ label: 'Environment', value: event.environment }];
  if (event.revision)
    facts.push({
      label: 'Revision',
      value: event.revision.slice(0, 12),
      ...(context.revisionUrl ? { url: context.revisionUrl } : {}),
    });
  if (event.pushedBy) facts.push({ label: 'Pushed by', value: event.pushedBy });
  if (event.changes) facts.push({ label: 'Changes', value: event.changes });
  if (event.waitingFor) facts.push({ label: 'Waiting for', value: waitingWords[event.waitingFor] });
  if (event.reason) facts.push({ label: 'Reason', value: clip(event.reason, maxReason) });
  if (event.url) facts.push({ label: 'URL', value: event.url, url: event.url });
  facts.push({ label: 'At', value: event.at });
  return {
    title: `wharf: ${event.environment} ${titles[event.kind]}${event.revision ? ` at ${event.revision.slice(0, 7)}` : ''}`,
    tone: tones[event.kind],
    facts,
  };
}
