import { z } from 'zod';
import type { MessageTone } from '../policies/policy-types';

/** A schema for a non-empty list of strictly increasing whole days from `min` to 365 (reminder offsets). */
export function increasingDaysSchema(min: number) {
  return z
    .array(z.number().int().min(min).max(365))
    .min(1)
    .refine((days) => days.every((day, index) => index === 0 || day > (days[index - 1] as number)), {
      error: 'expected increasing days',
    });
}

const ESCALATING_TONES: readonly MessageTone[] = ['friendly', 'neutral', 'firm', 'final'];

/** The tone of the reminder at `index` (0 first) of a ladder: friendly, neutral, firm, then final for the rest. */
export function toneOfStep(index: number): MessageTone {
  return ESCALATING_TONES[Math.min(index, ESCALATING_TONES.length - 1)] as MessageTone;
}
