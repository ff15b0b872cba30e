import type { Channel } from '@overdue/core';
import type { OutreachResult, OutreachTone, SendSlot } from '../learner-types';

export const ALL_CHANNELS: readonly Channel[] = ['email', 'sms', 'voice', 'whatsapp'];
export const ALL_SLOTS: readonly SendSlot[] = ['morning', 'midday', 'afternoon', 'evening'];
export const ALL_TONES: readonly OutreachTone[] = ['friendly', 'neutral', 'firm', 'final'];
export const DEFAULT_TONES: readonly OutreachTone[] = ['friendly', 'neutral', 'firm'];
export const ALL_RESULTS: readonly OutreachResult[] = [
  'paid',
  'promised',
  'replied',
  'clicked',
  'opened',
  'delivered',
  'ignored',
  'failed',
  'opted-out',
];

/** The default reward of each result. */
export const DEFAULT_REWARDS: Readonly<Record<OutreachResult, number>> = {
  paid: 1,
  promised: 0.6,
  replied: 0.4,
  clicked: 0.3,
  opened: 0.1,
  delivered: 0,
  ignored: 0,
  failed: 0,
  'opted-out': 0,
};

/** Results that count as no answer to a touch (the channel reached nobody who acted). */
export const UNANSWERED: ReadonlySet<string> = new Set<OutreachResult>(['ignored', 'delivered']);

export const CHANNEL_SET: ReadonlySet<string> = new Set(ALL_CHANNELS);
export const SLOT_SET: ReadonlySet<string> = new Set(ALL_SLOTS);
export const TONE_SET: ReadonlySet<string> = new Set(ALL_TONES);
export const RESULT_SET: ReadonlySet<string> = new Set(ALL_RESULTS);
