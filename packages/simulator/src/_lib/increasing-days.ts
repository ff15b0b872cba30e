import { z } from 'zod';

/** A schema for a non-empty list of strictly increasing whole days from `min` to 365 (reminder offsets). */
export function increasingDaysSchema(min: number) {
  return z
    .array(z.number().int().min(min).max(365))
    .min(1)
    .refine((days) => days.every((day, index) => index === 0 || day > (days[index - 1] as number)), {
      error: 'expected increasing days',
    });
}
