import type { MessageFacts } from './message-facts.js';

export interface EmailMessage {
  readonly subject: string;
  readonly text: string;
}

/** A plain-text mail: the title as subject, one fact per line, links written out. */
export function emailMessage(message: MessageFacts): EmailMessage {
  const lines = message.facts.map(
    (f) => `${f.label}: ${f.value}${f.url && f.url !== f.value ? ` <${f.url}>` : ''}`,
  );
  // A header cannot hold a line break: a reason with one stays in the body only.
  return {
    subject: message.title.replace(/[\r\n]+/g, ' '),
    text: `${message.title}\n\n${lines.join('\n')}\n`,
  };
}
