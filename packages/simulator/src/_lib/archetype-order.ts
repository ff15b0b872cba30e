import { SEND_SLOT_WINDOWS } from '@overdue/outreach';
import type { PayerArchetype } from '../portfolio/archetypes';

/** The archetypes in a fixed order, used to index flat per-customer arrays. */
export const ARCHETYPE_ORDER: readonly PayerArchetype[] = [
  'prompt',
  'forgetful',
  'chronic-late',
  'cash-constrained',
  'disputer',
  'unresponsive',
];

/** The channels in a fixed order, used to index flat arrays. */
export const CHANNEL_ORDER = ['email', 'sms', 'voice', 'whatsapp'] as const;

/** The send slots in a fixed order, with their first and last local hour (end exclusive). */
export const SLOT_ORDER = ['morning', 'midday', 'afternoon', 'evening'] as const;
/** The whole local hours of each slot of {@link SLOT_ORDER}, from the contact rules' slot windows. */
export const SLOT_HOURS: readonly (readonly [number, number])[] = SLOT_ORDER.map((slot) => {
  const window = SEND_SLOT_WINDOWS[slot];
  return [Number(window.start.slice(0, 2)), Number(window.end.slice(0, 2))] as const;
});

/** A send slot name (the same union as the outreach learner's `SendSlot`). */
export type SlotName = (typeof SLOT_ORDER)[number];
