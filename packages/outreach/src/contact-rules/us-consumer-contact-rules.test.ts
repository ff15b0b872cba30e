import { describe, expect, it } from 'vitest';
import { compileContactRules } from './compile-contact-rules';
import type { ContactRecipient } from './next-contact-window';
import { nextContactWindow } from './next-contact-window';
import { US_CONSUMER_CONTACT_RULES } from './us-consumer-contact-rules';

const rules = compileContactRules(US_CONSUMER_CONTACT_RULES);
const consumer: ContactRecipient = {
  timeZone: 'America/Chicago',
  country: 'US',
  channel: 'voice',
  contact: { id: 'c1', phone: '+13125550100' },
};

describe('US_CONSUMER_CONTACT_RULES', () => {
  it('allows calls from 08:00 to before 21:00 local time, weekends included (FDCPA §805(a)(1))', () => {
    // Chicago is UTC-6 in December. Saturday 2026-12-05 20:59 CST = 02:59 UTC on the 6th: allowed.
    const late = new Date('2026-12-06T02:59:00Z');
    expect(nextContactWindow(consumer, late, rules)).toMatchObject({ allowed: true, at: late, localTime: '20:59' });
    // 21:00 CST is too late: Sunday 08:00 CST = 14:00 UTC.
    expect(nextContactWindow(consumer, new Date('2026-12-06T03:00:00Z'), rules)).toMatchObject({
      allowed: true,
      at: new Date('2026-12-06T14:00:00Z'),
      localDate: '2026-12-06',
    });
  });

  it('allows a seventh call in seven days but not an eighth (Regulation F 12 CFR 1006.14(b)(2)(i)(A))', () => {
    const from = new Date('2026-12-08T16:00:00Z');
    const calls = (count: number) =>
      Array.from({ length: count }, (_, index) => ({
        at: new Date(Date.UTC(2026, 11, 2 + index, 15)),
        channel: 'voice' as const,
      }));
    // Six calls, 2-7 December 15:00 UTC: a seventh may go now.
    expect(nextContactWindow({ ...consumer, recentContacts: calls(6) }, from, rules)).toMatchObject({
      allowed: true,
      at: from,
    });
    // Seven calls: the first (2 December 15:00 UTC) leaves the window at 9 December 15:00 UTC (09:00 CST).
    const capped = nextContactWindow({ ...consumer, recentContacts: calls(7) }, from, rules);
    expect(capped).toMatchObject({ allowed: true, at: new Date('2026-12-09T15:00:00Z') });
    expect(capped.reasons.map((reason) => reason.code)).toEqual(['contact-cap']);
    // Emails do not count toward the call cap.
    const emails = calls(7).map((call) => ({ ...call, channel: 'email' as const }));
    expect(nextContactWindow({ ...consumer, recentContacts: emails }, from, rules)).toMatchObject({ at: from });
  });

  it('is frozen', () => {
    expect(Object.isFrozen(US_CONSUMER_CONTACT_RULES)).toBe(true);
    expect(Object.isFrozen(US_CONSUMER_CONTACT_RULES.caps)).toBe(true);
  });
});
