import { describe, expectTypeOf, it } from 'vitest';
import type { Channel } from '../schemas/primitives';
import type { MessageChannelV1, OutboundMessage, SendOptions, SendResult } from './message-channel-v1';

describe('MessageChannelV1', () => {
  it('types the channel as one of the four channels and the status as one of four states', () => {
    expectTypeOf<MessageChannelV1['channel']>().toEqualTypeOf<Channel>();
    expectTypeOf<Channel>().toEqualTypeOf<'email' | 'sms' | 'voice' | 'whatsapp'>();
    expectTypeOf<SendResult['status']>().toEqualTypeOf<'queued' | 'sent' | 'delivered' | 'failed'>();
    expectTypeOf<SendOptions>().toHaveProperty('idempotencyKey').toEqualTypeOf<string>();
  });

  it('sends an OutboundMessage with SendOptions and resolves to a SendResult', () => {
    expectTypeOf<MessageChannelV1['send']>().parameters.toEqualTypeOf<[OutboundMessage, SendOptions]>();
    expectTypeOf<MessageChannelV1['send']>().returns.toEqualTypeOf<Promise<SendResult>>();
    expectTypeOf<OutboundMessage['channel']>().toEqualTypeOf<Channel>();
  });
});
