import type { MessageFacts } from './message-facts.js';

// Slack's mrkdwn treats these three specially; the rest of a value is shown as written.
// https://api.slack.com/reference/surfaces/formatting#escaping
function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const colours = { good: '#2eb67d', bad: '#e01e5a', neutral: '#9e9e9e' } as const;

/**
 * The body of a Slack incoming webhook. `text` carries everything (Mattermost and Discord's
 * `/slack` endpoint show it); the attachment adds the colour bar where it is supported.
 */
export function slackMessage(message: MessageFacts): Record<string, unknown> {
  const lines = message.facts.map(
    (f) => `*${escape(f.label)}:* ${f.url ? `<${f.url}|${escape(f.value)}>` : escape(f.value)}`,
  );
  return {
    text: `*${escape(message.title)}*\n${lines.join('\n')}`,
    attachments: [{ color: colours[message.tone], fallback: escape(message.title) }],
  };
}
