import type { NotificationContext, NotificationEvent } from '../core/notifications/events.js';
import { emailMessage } from '../core/notifications/email-message.js';
import { messageFacts } from '../core/notifications/message-facts.js';
import type { Receiver } from '../core/notifications/receivers.js';
import { signBody } from '../core/notifications/sign-body.js';
import { slackMessage } from '../core/notifications/slack-message.js';
import { teamsMessage } from '../core/notifications/teams-message.js';
import { webhookBody } from '../core/notifications/webhook-message.js';
import { postBody } from './notify-http.js';
import { sendMail } from './notify-smtp.js';

export interface Delivery {
  readonly id: string;
  readonly timeoutMs: number;
}

/** One try of one message to one receiver; rejects (without the receiver's secrets) on failure. */
export async function deliverNotification(
  receiver: Receiver,
  event: NotificationEvent,
  context: NotificationContext,
  delivery: Delivery,
): Promise<void> {
  const facts = messageFacts(event, context);
  switch (receiver.kind) {
    case 'slack':
      return postBody(receiver.url, JSON.stringify(slackMessage(facts)), {}, delivery.timeoutMs);
    case 'teams':
      return postBody(receiver.url, JSON.stringify(teamsMessage(facts)), {}, delivery.timeoutMs);
    case 'webhook': {
      const sentAt = new Date().toISOString();
      const body = webhookBody(event, context, { id: delivery.id, sentAt });
      return postBody(
        receiver.url,
        body,
        {
          'x-wharf-signature-256': signBody(body, receiver.secret),
          'x-wharf-delivery': delivery.id,
          'x-wharf-timestamp': sentAt,
          'x-wharf-event': event.kind,
        },
        delivery.timeoutMs,
      );
    }
    case 'email':
      return sendMail(receiver, emailMessage(facts), delivery.timeoutMs);
  }
}
