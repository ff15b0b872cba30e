import type { Channel } from '../schemas/primitives';

/**
 * A message ready to send on one channel.
 *
 * @category Adapters
 * @example
 * ```ts
 * const message: OutboundMessage = { channel: 'sms', customerId: 'C1', to: '+447700900123', text: 'Invoice INV-1 is due.' };
 * ```
 */
export interface OutboundMessage {
  /** The channel; must match the sending adapter's. */
  channel: Channel;
  /** The customer the message is about. */
  customerId: string;
  /** The contact it goes to, when known. */
  contactId?: string;
  /** Address: an email address, or an E.164 phone number for SMS, voice and WhatsApp. */
  to: string;
  /** Subject line (email only). */
  subject?: string;
  /** Plain text body, SMS text, or the voice script. */
  text: string;
  /** HTML body (email only). */
  html?: string;
  /** Invoices the message is about. */
  invoiceIds?: string[];
  /** Extra values the provider stores with the message (for example tags). */
  metadata?: Record<string, string>;
}

/**
 * Options of {@link MessageChannelV1.send}.
 *
 * @category Adapters
 * @example
 * ```ts
 * const options: SendOptions = { idempotencyKey: 'C1:step-2:v3:2026-02-01' };
 * ```
 */
export interface SendOptions {
  /** The deterministic key of this send; the same key never produces a second message. */
  idempotencyKey: string;
  /** Aborts the call. */
  signal?: AbortSignal;
}

/**
 * What a provider says after accepting a message.
 *
 * @category Adapters
 * @example
 * ```ts
 * const result: SendResult = { providerMessageId: 'SM123', status: 'queued' };
 * ```
 */
export interface SendResult {
  /** The provider's id of the message (Message-ID, Twilio SID...). */
  providerMessageId: string;
  /** Where the message stands. */
  status: 'queued' | 'sent' | 'delivered' | 'failed';
}

/**
 * The contract of a channel that sends messages (email, SMS, voice, WhatsApp). Version 1.
 *
 * @category Adapters
 * @example
 * ```ts
 * const channel: MessageChannelV1 = {
 *   specificationVersion: 'v1',
 *   provider: 'memory',
 *   channel: 'email',
 *   async send(message, { idempotencyKey }) {
 *     return { providerMessageId: idempotencyKey, status: 'sent' };
 *   },
 * };
 * ```
 */
export interface MessageChannelV1 {
  /** Always `'v1'`. */
  readonly specificationVersion: 'v1';
  /** The provider's name, such as `twilio` or `smtp`. */
  readonly provider: string;
  /** The channel this adapter sends on. */
  readonly channel: Channel;
  /** Sends one message; repeating a call with the same idempotency key never sends twice. */
  send(message: OutboundMessage, options: SendOptions): Promise<SendResult>;
}
