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
export const SLOT_HOURS: readonly (readonly [number, number])[] = [
  [8, 11],
  [11, 14],
  [14, 17],
  [17, 20],
];

/** A send slot name (the same union as the outreach learner's `SendSlot`). */
export type SlotName = (typeof SLOT_ORDER)[number];
