import type { Webhook } from './webhook-feed';

/** Counts what a host notices about its webhooks: how many, how many repeated, how many out of order. */
export class WebhookStats {
  received = 0;
  /** Webhooks that repeated one already received. */
  duplicates = 0;
  /** Webhooks that arrived after a later event of the same customer had arrived. */
  outOfOrder = 0;
  private readonly seen = new Set<string>();
  private readonly latest = new Map<string, number>();

  note(webhook: Webhook): void {
    const event = webhook.event as { type: string; customerId: string; at: Date; messageId?: string };
    const at = event.at.getTime();
    const key = `${event.type}|${event.customerId}|${event.messageId ?? ''}|${at}`;
    this.received++;
    if (this.seen.has(key)) this.duplicates++;
    this.seen.add(key);
    const latest = this.latest.get(event.customerId);
    if (latest !== undefined && at < latest) this.outOfOrder++;
    if (latest === undefined || at > latest) this.latest.set(event.customerId, at);
  }
}
