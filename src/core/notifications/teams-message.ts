import type { MessageFacts } from './message-facts.js';

const styles = { good: 'good', bad: 'attention', neutral: 'default' } as const;

/**
 * The body for a Teams Workflows webhook ("When a Teams webhook request is received"): a
 * message with one Adaptive Card attachment, the format Microsoft documents for Workflows now
 * that Office 365 connectors are retired. Links are Markdown, which TextBlock renders.
 */
export function teamsMessage(message: MessageFacts): Record<string, unknown> {
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            {
              type: 'TextBlock',
              text: message.title,
              weight: 'Bolder',
              size: 'Medium',
              wrap: true,
              color: styles[message.tone] === 'attention' ? 'Attention' : 'Default',
            },
            {
              type: 'FactSet',
              facts: message.facts.map((f) => ({
                title: f.label,
                value: f.url ? `[${f.value.replace(/[[\]]/g, '')}](${f.url})` : f.value,
              })),
            },
          ],
        },
      },
    ],
  };
}
