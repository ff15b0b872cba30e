import { describe, expect, it } from 'vitest';
import { catchOverdueError } from '../_test/catch-overdue-error';
import { compileContactRules } from './compile-contact-rules';

const pathOf = (run: () => unknown): string | undefined => catchOverdueError(run).path;

describe('compileContactRules', () => {
  it('fills in every default', () => {
    expect(compileContactRules({}).rules).toEqual({
      hours: {
        email: { start: '08:00', end: '18:00' },
        sms: { start: '09:00', end: '18:00' },
        voice: { start: '09:00', end: '18:00' },
        whatsapp: { start: '09:00', end: '18:00' },
      },
      days: 'business',
      weekend: [0, 6],
      publicHolidays: true,
      closedDates: [],
      caps: [],
      minimumGapMinutes: 0,
      window: undefined,
      slot: undefined,
      requireConsent: [],
      horizonDays: 60,
    });
  });

  it('keeps given hours, closes channels set to null and sorts the weekend', () => {
    const { rules } = compileContactRules({
      hours: { sms: { start: '10:00', end: '24:00' }, voice: null },
      weekend: [6, 5, 5],
    });
    expect(rules.hours.sms).toEqual({ start: '10:00', end: '24:00' });
    expect(rules.hours.voice).toBeNull();
    expect(rules.hours.email).toEqual({ start: '08:00', end: '18:00' });
    expect(rules.weekend).toEqual([5, 6]);
  });

  it.each<[string, unknown, string]>([
    ['a bad time', { hours: { email: { start: '8:00', end: '18:00' } } }, 'rules.hours.email.start'],
    ['a window running past midnight', { window: { start: '20:00', end: '02:00' } }, 'rules.window'],
    ['an unknown field', { quietHours: true }, 'rules.quietHours'],
    ['a cap without a window', { caps: [{ max: 3 }] }, 'rules.caps[0].windowDays'],
    ['a negative cap', { caps: [{ max: -1, windowDays: 7 }] }, 'rules.caps[0].max'],
    ['a weekend covering the week', { weekend: [0, 1, 2, 3, 4, 5, 6] }, 'rules.weekend'],
    ['an unknown slot', { slot: 'night' }, 'rules.slot'],
    ['a zero horizon', { horizonDays: 0 }, 'rules.horizonDays'],
    ['not an object', 'strict', 'rules'],
  ])('throws InvalidArgumentError on %s', (_name, rules, path) => {
    expect(pathOf(() => compileContactRules(rules as never))).toBe(path);
  });

  it('says what a bad time should look like', () => {
    expect(() => compileContactRules({ hours: { sms: { start: '9am', end: '18:00' } } })).toThrow(
      'rules.hours.sms.start: expected a local time HH:MM such as "08:00", got "9am"',
    );
  });
});

// Compile-time check (tsc runs over the tests): everything the schema accepts fits ContactRules.
type SchemaInput = import('zod').z.input<typeof import('./compile-contact-rules').contactRulesSchema>;
const schemaFitsInterface = (input: SchemaInput): import('./compile-contact-rules').ContactRules => input;
void schemaFitsInterface;
