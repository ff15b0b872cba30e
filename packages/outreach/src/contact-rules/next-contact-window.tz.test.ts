import { describe, expect, it } from 'vitest';
import { compileContactRules } from './compile-contact-rules';
import type { ContactRecipient, ContactWindow } from './next-contact-window';
import { nextContactWindow } from './next-contact-window';

// Every expected instant below is worked out by hand from the zone's rules (tz database) and the
// holiday calendars, not copied from a run. These suites run again under TZ=America/New_York,
// Asia/Kolkata and Pacific/Chatham: nothing may depend on the process zone.

const rules = compileContactRules({});

const email = (timeZone: string, extra: Partial<ContactRecipient> = {}): ContactRecipient => ({
  timeZone,
  channel: 'email',
  contact: { id: 'c1', email: 'ap@example.com' },
  ...extra,
});
const sms = (timeZone: string, extra: Partial<ContactRecipient> = {}): ContactRecipient => ({
  timeZone,
  channel: 'sms',
  contact: { id: 'c1', phone: '+447700900123' },
  ...extra,
});

function allowed(window: ContactWindow) {
  if (!window.allowed) throw new Error(`expected allowed, got ${JSON.stringify(window.reasons)}`);
  return window;
}
const codes = (window: ContactWindow) => window.reasons.map((reason) => reason.code);

describe('nextContactWindow across daylight saving changes', () => {
  it('Europe/London: Friday evening before BST starts moves to Monday 08:00 BST (07:00Z)', () => {
    // BST starts Sunday 2026-03-29 at 01:00 UTC (last Sunday of March). Friday 27 March 18:30 GMT is
    // after 18:00; Saturday and Sunday are the weekend; Monday 30 March 08:00 BST = 07:00 UTC.
    const window = allowed(nextContactWindow(email('Europe/London'), new Date('2026-03-27T18:30:00Z'), rules));
    expect(window.at.toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect([window.localDate, window.localTime]).toEqual(['2026-03-30', '08:00']);
    expect(codes(window)).toEqual(['outside-hours', 'weekend', 'weekend']);
  });

  it('Europe/London: after BST ends, 08:00 is 08:00 UTC again', () => {
    // BST ends Sunday 2026-10-25 at 01:00 UTC. Monday 26 October 07:30 UTC is 07:30 GMT, before 08:00.
    const window = allowed(nextContactWindow(email('Europe/London'), new Date('2026-10-26T07:30:00Z'), rules));
    expect(window.at.toISOString()).toBe('2026-10-26T08:00:00.000Z');
    expect(codes(window)).toEqual(['outside-hours']);
  });

  it('America/New_York: SMS hours open at 14:00Z before DST and 13:00Z after', () => {
    // DST starts Sunday 2026-03-08 at 02:00 EST. Friday 6 March 09:00 EST = 14:00 UTC; Monday 9 March
    // 09:00 EDT = 13:00 UTC.
    expect(allowed(nextContactWindow(sms('America/New_York'), new Date('2026-03-06T12:00:00Z'), rules)).at).toEqual(
      new Date('2026-03-06T14:00:00Z'),
    );
    const monday = allowed(nextContactWindow(sms('America/New_York'), new Date('2026-03-06T23:30:00Z'), rules));
    expect(monday.at).toEqual(new Date('2026-03-09T13:00:00Z'));
    expect(monday.localTime).toBe('09:00');
  });

  it('America/New_York: an opening time inside the spring-forward gap opens at the first instant after it', () => {
    // 02:30 on 2026-03-08 does not exist (02:00 EST jumps to 03:00 EDT at 07:00 UTC).
    const gapRules = compileContactRules({ days: 'all', hours: { sms: { start: '02:30', end: '05:00' } } });
    const window = allowed(nextContactWindow(sms('America/New_York'), new Date('2026-03-08T05:00:00Z'), gapRules));
    expect(window.at).toEqual(new Date('2026-03-08T07:00:00Z'));
    expect(window.localTime).toBe('03:00');
  });

  it('America/New_York: an ambiguous opening time takes the earlier instant, and never opens early on the repeat', () => {
    // 01:30 on 2026-11-01 happens at 05:30 UTC (EDT) and again at 06:30 UTC (EST).
    const overlapRules = compileContactRules({ days: 'all', hours: { sms: { start: '01:30', end: '05:00' } } });
    expect(
      allowed(nextContactWindow(sms('America/New_York'), new Date('2026-11-01T04:00:00Z'), overlapRules)).at,
    ).toEqual(new Date('2026-11-01T05:30:00Z'));
    // 05:20 UTC is 01:20 EDT: opens at the first 01:30.
    expect(
      allowed(nextContactWindow(sms('America/New_York'), new Date('2026-11-01T05:20:00Z'), overlapRules)).at,
    ).toEqual(new Date('2026-11-01T05:30:00Z'));
    // 06:10 UTC is 01:10 EST, after the first 01:30 but before the wall clock reaches 01:30 again (06:30 UTC).
    const repeat = allowed(nextContactWindow(sms('America/New_York'), new Date('2026-11-01T06:10:00Z'), overlapRules));
    expect(repeat.at).toEqual(new Date('2026-11-01T06:30:00Z'));
    expect(repeat.localTime).toBe('01:30');
  });

  it('Australia/Sydney: Easter when daylight saving ends, with NSW holidays', () => {
    // DST ends Sunday 2026-04-05 at 03:00 AEDT. Thursday 2 April 18:00 AEDT (07:00 UTC) closes email;
    // Good Friday 3 April, the weekend (Easter Saturday and Sunday), Easter Monday 6 April; Tuesday 7 April
    // 08:00 AEST (UTC+10) = 6 April 22:00 UTC.
    const window = allowed(
      nextContactWindow(
        email('Australia/Sydney', { country: 'AU', region: 'NSW' }),
        new Date('2026-04-02T07:00:00Z'),
        rules,
      ),
    );
    expect(window.at).toEqual(new Date('2026-04-06T22:00:00Z'));
    expect([window.localDate, window.localTime]).toEqual(['2026-04-07', '08:00']);
    expect(codes(window)).toEqual(['outside-hours', 'public-holiday', 'weekend', 'weekend', 'public-holiday']);
    expect(window.reasons[1]?.date).toBe('2026-04-03');
    expect(window.reasons[4]?.date).toBe('2026-04-06');
  });

  it('Australia/Sydney: 08:00 is 21:00 UTC the day before in AEDT (UTC+11)', () => {
    // Thursday 2026-04-02 08:00 AEDT = Wednesday 1 April 21:00 UTC.
    expect(allowed(nextContactWindow(email('Australia/Sydney'), new Date('2026-04-01T12:00:00Z'), rules)).at).toEqual(
      new Date('2026-04-01T21:00:00Z'),
    );
  });

  it('Asia/Kolkata (UTC+05:30, no DST): 08:00 local is 02:30 UTC', () => {
    // Monday 2026-01-05 00:00 UTC is 05:30 IST, before 08:00.
    const window = allowed(nextContactWindow(email('Asia/Kolkata'), new Date('2026-01-05T00:00:00Z'), rules));
    expect(window.at).toEqual(new Date('2026-01-05T02:30:00Z'));
    expect(window.localTime).toBe('08:00');
  });

  it('Pacific/Chatham: UTC+13:45 in January, UTC+12:45 in July', () => {
    // Monday 2026-01-05 08:00 CHADT = 2026-01-04 18:15 UTC; Monday 2026-07-06 08:00 CHAST = 2026-07-05 19:15 UTC.
    expect(allowed(nextContactWindow(email('Pacific/Chatham'), new Date('2026-01-04T12:00:00Z'), rules)).at).toEqual(
      new Date('2026-01-04T18:15:00Z'),
    );
    expect(allowed(nextContactWindow(email('Pacific/Chatham'), new Date('2026-07-05T12:00:00Z'), rules)).at).toEqual(
      new Date('2026-07-05T19:15:00Z'),
    );
  });

  it('Pacific/Chatham: the day clocks go back (2026-04-05, 03:45 -> 02:45) keeps 08:00 at 19:15 UTC', () => {
    // Monday 2026-04-06 08:00 CHAST (UTC+12:45) = Sunday 5 April 19:15 UTC; Sunday itself is the weekend.
    const window = allowed(nextContactWindow(email('Pacific/Chatham'), new Date('2026-04-04T12:00:00Z'), rules));
    expect(window.at).toEqual(new Date('2026-04-05T19:15:00Z'));
    expect(window.localDate).toBe('2026-04-06');
  });
});

describe('nextContactWindow and public holidays', () => {
  it('UK: Christmas Eve evening waits for Christmas, the weekend and the Boxing Day substitute (28 Dec 2026)', () => {
    // 2026-12-24 is a Thursday; 25 December is Christmas Day, 26 (Saturday) Boxing Day, so the bank
    // holiday moves to Monday 28 December (gov.uk/bank-holidays). Tuesday 29 December 08:00 GMT.
    const window = allowed(
      nextContactWindow(
        email('Europe/London', { country: 'GB', region: 'ENG' }),
        new Date('2026-12-24T19:00:00Z'),
        rules,
      ),
    );
    expect(window.at).toEqual(new Date('2026-12-29T08:00:00Z'));
    expect(window.reasons.filter((reason) => reason.code === 'public-holiday')).toEqual([
      expect.objectContaining({ date: '2026-12-25', name: 'Christmas Day' }),
      expect.objectContaining({ date: '2026-12-28', name: expect.stringContaining('Boxing Day') }),
    ]);
    expect(window.reasons[1]?.message).toBe('2026-12-25 is Christmas Day, a public holiday in GB-ENG');
  });

  it('US: Thanksgiving (Thursday 2026-11-26) moves an SMS to Friday 09:00 EST', () => {
    // Wednesday 25 November 18:30 EST = 23:30 UTC, after 18:00; Friday 27 November 09:00 EST = 14:00 UTC.
    const window = allowed(
      nextContactWindow(sms('America/New_York', { country: 'US' }), new Date('2026-11-25T23:30:00Z'), rules),
    );
    expect(window.at).toEqual(new Date('2026-11-27T14:00:00Z'));
    expect(codes(window)).toEqual(['outside-hours', 'public-holiday']);
    expect(window.reasons[1]?.name).toBe('Thanksgiving Day');
  });

  it('Germany: Epiphany (6 January) is a holiday in Bavaria but not in Berlin', () => {
    // Monday 2026-01-05 19:00 CET = 18:00 UTC. Bavaria skips Tuesday 6 January; 08:00 CET = 07:00 UTC.
    const from = new Date('2026-01-05T18:00:00Z');
    const bavaria = allowed(nextContactWindow(email('Europe/Berlin', { country: 'DE', region: 'BY' }), from, rules));
    expect(bavaria.at).toEqual(new Date('2026-01-07T07:00:00Z'));
    expect(bavaria.reasons[1]).toMatchObject({ code: 'public-holiday', date: '2026-01-06' });
    const berlin = allowed(nextContactWindow(email('Europe/Berlin', { country: 'DE', region: 'BE' }), from, rules));
    expect(berlin.at).toEqual(new Date('2026-01-06T07:00:00Z'));
  });

  it('ignores holidays when the rules say so, or when every day counts', () => {
    const from = new Date('2026-12-25T09:00:00Z');
    const recipient = email('Europe/London', { country: 'GB' });
    expect(allowed(nextContactWindow(recipient, from, { publicHolidays: false })).at).toEqual(from);
    expect(allowed(nextContactWindow(recipient, new Date('2026-12-26T09:00:00Z'), { days: 'all' })).localDate).toBe(
      '2026-12-26',
    );
  });
});
