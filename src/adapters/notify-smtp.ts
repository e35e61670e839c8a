import nodemailer from 'nodemailer';
import type { EmailMessage } from '../core/notifications/email-message.js';
import type { Receiver } from '../core/notifications/receivers.js';
import { messageOf } from '../core/message-of.js';
import { DeliveryError } from './notify-http.js';

type EmailReceiver = Extract<Receiver, { kind: 'email' }>;

/** Sends one mail over SMTP (nodemailer), every phase bounded by `timeoutMs`. */
export async function sendMail(
  receiver: EmailReceiver,
  message: EmailMessage,
  timeoutMs: number,
): Promise<void> {
  const { smtp } = receiver;
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    // The phase timeouts bound each wait; this bounds the whole try.
    await Promise.race([
      transport.sendMail({
        from: receiver.from,
        to: [...receiver.to],
        subject: message.subject,
        text: message.text,
      }),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new DeliveryError(`no answer within ${timeoutMs} ms`)),
          timeoutMs,
        );
      }),
    ]);
  } catch (error) {
    if (error instanceof DeliveryError) throw error;
    throw new DeliveryError(`smtp: ${messageOf(error)}`);
  } finally {
    clearTimeout(timer);
    transport.close();
  }
}
