import type { ReceiverFilter } from './receiver-filter.js';

/** A receiver with its secrets read (URLs, passwords): never logged, never queued. */
export type Receiver =
  | (ReceiverFilter & {
      readonly name: string;
      readonly kind: 'slack' | 'teams';
      readonly url: string;
    })
  | (ReceiverFilter & {
      readonly name: string;
      readonly kind: 'webhook';
      readonly url: string;
      readonly secret: string;
    })
  | (ReceiverFilter & {
      readonly name: string;
      readonly kind: 'email';
      readonly smtp: {
        readonly host: string;
        readonly port: number;
        /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
        readonly secure: boolean;
        readonly user?: string;
        readonly password?: string;
      };
      readonly from: string;
      readonly to: readonly string[];
    });

export interface NotificationSettings {
  readonly receivers: readonly Receiver[];
  /** Tries of one delivery, the first included. */
  readonly attempts: number;
  /** First wait between tries; it doubles each time. */
  readonly backoffMs: number;
  /** Longest one try may take. */
  readonly timeoutMs: number;
}
