import type { Channel } from '@overdue/core';
import { OverdueError } from '@overdue/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catchOverdueError } from '../_test/catch-overdue-error';
import { intlWallClock } from '../_test/intl-wall-clock';
import { compileContactRules } from './compile-contact-rules';
import type { ContactRecipient, ContactWindow } from './next-contact-window';
import { nextContactWindow } from './next-contact-window';

const DAY = 86_400_000;
const rules = compileContactRules({});

// Europe/London in December is UTC+0, so local times read as UTC below. 2026-12-01 is a Tuesday.
const base: ContactRecipient = {
  timeZone: 'Europe/London',
  channel: 'email',
  contact: { id: 'c1', email: 'ap@example.com', phone: '+447700900123' },
};

function allowed(window: ContactWindow) {
  if (!window.allowed) throw new Error(`expected allowed, got ${JSON.stringify(window.reasons)}`);
  return window;
}
const codes = (window: ContactWindow) => window.reasons.map((reason) => reason.code);

describe('nextContactWindow', () => {
  it('returns `from` itself, with no reasons, inside business hours', () => {
    const from = new Date('2026-12-01T10:15:30Z');
    expect(nextContactWindow(base, from, rules)).toEqual({
      allowed: true,
      at: from,
      localDate: '2026-12-01',
      localTime: '10:15',
      timeZone: 'Europe/London',
      reasons: [],
    });
  });

  it('uses 09:00 for SMS, voice and WhatsApp and 08:00 for email by default', () => {
    const from = new Date('2026-12-01T06:00:00Z');
    const at = (channel: Channel) => allowed(nextContactWindow({ ...base, channel }, from, rules)).localTime;
    expect([at('email'), at('sms'), at('voice'), at('whatsapp')]).toEqual(['08:00', '09:00', '09:00', '09:00']);
  });

  it("skips the sender's own closed days, whatever the days setting, and says so", () => {
    // Tuesday 2026-12-01 18:30: Wednesday 2 and Thursday 3 are closed, so Friday 4 at 08:00.
    const closed = compileContactRules({ closedDates: ['2026-12-03', '2026-12-02', '2026-12-02'] });
    expect(closed.rules.closedDates).toEqual(['2026-12-02', '2026-12-03']);
    const window = allowed(nextContactWindow(base, new Date('2026-12-01T18:30:00Z'), closed));
    expect([window.localDate, window.localTime, codes(window)]).toEqual([
      '2026-12-04',
      '08:00',
      ['outside-hours', 'closed-day', 'closed-day'],
    ]);
    expect(window.reasons[1]?.message).toBe("2026-12-02 is one of the sender's closed days");
    // With every day open (as for US consumer debts) a closed day still counts: Saturday 2026-12-05 is skipped.
    const everyDay = compileContactRules({ days: 'all', closedDates: ['2026-12-05'] });
    expect(allowed(nextContactWindow(base, new Date('2026-12-05T10:00:00Z'), everyDay)).localDate).toBe('2026-12-06');
  });

  it('names a bad closed day', () => {
    expect(catchOverdueError(() => compileContactRules({ closedDates: ['2026-12-02', '02/12/2026'] })).path).toBe(
      'rules.closedDates[1]',
    );
  });

  it('treats the closing time as exclusive', () => {
    // 18:00 exactly on Tuesday is closed; Wednesday 08:00.
    expect(allowed(nextContactWindow(base, new Date('2026-12-01T18:00:00Z'), rules)).at).toEqual(
      new Date('2026-12-02T08:00:00Z'),
    );
    expect(allowed(nextContactWindow(base, new Date('2026-12-01T17:59:00Z'), rules)).localTime).toBe('17:59');
  });

  describe('caps over a rolling window', () => {
    const capped = compileContactRules({ caps: [{ max: 3, windowDays: 7 }] });
    const recentContacts = [
      { at: new Date('2026-12-01T10:00:00Z'), channel: 'email' as const },
      { at: new Date('2026-12-02T10:00:00Z'), channel: 'sms' as const },
      { at: new Date('2026-12-03T10:00:00Z'), channel: 'voice' as const },
    ];

    it('waits until the oldest of the three contacts leaves the 7-day window', () => {
      // Three contacts in the 7 days before Friday 4 December; the oldest (1 Dec 10:00) leaves the window
      // at 8 Dec 10:00, a Tuesday inside email hours.
      const window = allowed(nextContactWindow({ ...base, recentContacts }, new Date('2026-12-04T11:00:00Z'), capped));
      expect(window.at).toEqual(new Date('2026-12-08T10:00:00Z'));
      expect(window.reasons).toEqual([
        expect.objectContaining({ code: 'contact-cap', until: new Date('2026-12-08T10:00:00Z') }),
      ]);
    });

    it('does not count contacts that already left the window', () => {
      const from = new Date('2026-12-08T10:00:00Z');
      expect(allowed(nextContactWindow({ ...base, recentContacts }, from, capped)).at).toEqual(from);
    });

    it('counts only the channels a cap names, and applies it only to them', () => {
      const voiceCap = compileContactRules({ caps: [{ max: 1, windowDays: 1, channels: ['voice'] }] });
      const from = new Date('2026-12-03T12:00:00Z');
      // The email contacts do not count; the voice call at 10:00 on 3 December blocks voice until 10:00 on the 4th.
      expect(allowed(nextContactWindow({ ...base, recentContacts }, from, voiceCap)).at).toEqual(from);
      expect(allowed(nextContactWindow({ ...base, channel: 'voice', recentContacts }, from, voiceCap)).at).toEqual(
        new Date('2026-12-04T10:00:00Z'),
      );
    });

    it('lands the lifted cap on the next opening when it lifts outside hours', () => {
      // Contacts at 20:00 on 1-3 Dec: the cap lifts 8 Dec 20:00, after hours; Wednesday 9 Dec 08:00.
      const evening = recentContacts.map((contact) => ({
        ...contact,
        at: new Date(contact.at.getTime() + 10 * 3_600_000),
      }));
      const window = allowed(
        nextContactWindow({ ...base, recentContacts: evening }, new Date('2026-12-04T11:00:00Z'), capped),
      );
      expect(window.at).toEqual(new Date('2026-12-09T08:00:00Z'));
      expect(codes(window)).toEqual(['contact-cap', 'outside-hours']);
    });

    it('refuses when a cap allows no contact at all', () => {
      expect(nextContactWindow(base, new Date('2026-12-01T10:00:00Z'), { caps: [{ max: 0, windowDays: 7 }] })).toEqual({
        allowed: false,
        reasons: [expect.objectContaining({ code: 'contact-cap' })],
      });
    });
  });

  it('keeps the minimum gap after the last contact on any channel', () => {
    // Last contact Friday 4 Dec 17:00; a day's gap ends Saturday 17:00; the weekend; Monday 7 Dec 08:00.
    const gap = compileContactRules({ minimumGapMinutes: 24 * 60 });
    const window = allowed(
      nextContactWindow(
        { ...base, recentContacts: [{ at: new Date('2026-12-04T17:00:00Z'), channel: 'sms' }] },
        new Date('2026-12-04T17:30:00Z'),
        gap,
      ),
    );
    expect(window.at).toEqual(new Date('2026-12-07T08:00:00Z'));
    expect(codes(window)).toEqual(['minimum-gap', 'weekend', 'weekend']);
  });

  it('intersects the hours with a slot or a local window', () => {
    const from = new Date('2026-12-01T06:00:00Z');
    expect(allowed(nextContactWindow({ ...base, slot: 'afternoon' }, from, rules)).localTime).toBe('14:00');
    // Evening 17:00-20:00 meets email hours 08:00-18:00 in 17:00-18:00.
    expect(allowed(nextContactWindow(base, from, { slot: 'evening' })).localTime).toBe('17:00');
    expect(
      allowed(nextContactWindow({ ...base, window: { start: '12:30', end: '13:00' } }, from, rules)).localTime,
    ).toBe('12:30');
    // 18:30 is after the evening slot clipped to 18:00: next day 17:00.
    expect(allowed(nextContactWindow(base, new Date('2026-12-01T18:30:00Z'), { slot: 'evening' })).at).toEqual(
      new Date('2026-12-02T17:00:00Z'),
    );
  });

  it.each<[string, Partial<ContactRecipient>, object, string[]]>([
    [
      'consent refused on the channel',
      { channel: 'sms', contact: { id: 'c1', phone: '+447700900123', consent: { sms: false } } },
      {},
      ['consent-refused'],
    ],
    ['consent required and unknown', { channel: 'sms' }, { requireConsent: ['sms'] }, ['consent-missing']],
    ['opted out of everything', { optedOut: true }, {}, ['opted-out']],
    ['opted out of the channel', { channel: 'whatsapp', optedOut: ['whatsapp'] }, {}, ['opted-out']],
    ['no email address', { contact: { id: 'c1', phone: '+447700900123' } }, {}, ['no-address']],
    [
      'no phone number for a call',
      { channel: 'voice', contact: { id: 'c1', email: 'ap@example.com' } },
      {},
      ['no-address'],
    ],
    ['the channel closed by the rules', { channel: 'voice' }, { hours: { voice: null } }, ['channel-closed']],
    ['a slot outside the hours', { window: { start: '19:00', end: '20:00' } }, {}, ['no-window']],
    ['nothing within the horizon', {}, { horizonDays: 1 }, ['weekend', 'weekend', 'beyond-horizon']],
  ])('refuses with a reason: %s', (_name, change, ruleSet, expected) => {
    // From Saturday 5 December 10:00 (the horizon case needs a weekend).
    const window = nextContactWindow({ ...base, ...change }, new Date('2026-12-05T10:00:00Z'), ruleSet);
    expect(window.allowed).toBe(false);
    expect(codes(window)).toEqual(expected);
  });

  it('allows SMS with consent given when consent is required', () => {
    const recipient = {
      ...base,
      channel: 'sms' as const,
      contact: { id: 'c1', phone: '+447700900123', consent: { sms: true } },
    };
    expect(nextContactWindow(recipient, new Date('2026-12-01T10:00:00Z'), { requireConsent: ['sms'] }).allowed).toBe(
      true,
    );
  });

  it('gives the same answer for raw and compiled rules', () => {
    const raw = { caps: [{ max: 2, windowDays: 3 }], slot: 'midday' as const };
    const recipient = {
      ...base,
      country: 'GB',
      recentContacts: [{ at: new Date('2026-12-20T09:00:00Z'), channel: 'email' as const }],
    };
    const from = new Date('2026-12-23T19:00:00Z');
    expect(nextContactWindow(recipient, from, raw)).toEqual(
      nextContactWindow(recipient, from, compileContactRules(raw)),
    );
  });

  describe('validation', () => {
    it.each<[string, unknown, unknown, string, string]>([
      [
        'an unknown zone',
        { ...base, timeZone: 'Mars/Base' },
        new Date(),
        'recipient.timeZone',
        'recipient.timeZone: expected an IANA time zone such as "Europe/Paris", got "Mars/Base"',
      ],
      [
        'an offset instead of a zone',
        { ...base, timeZone: '+05:00' },
        new Date(),
        'recipient.timeZone',
        'recipient.timeZone: expected an IANA time zone such as "Europe/Paris", got "+05:00"',
      ],
      ['an unknown country', { ...base, country: 'XX' }, new Date(), 'recipient.country', ''],
      ['an unknown region', { ...base, country: 'DE', region: 'ZZ' }, new Date(), 'recipient.region', ''],
      ['a region without a country', { ...base, region: 'BY' }, new Date(), 'recipient.region', ''],
      ['a bad channel', { ...base, channel: 'fax' }, new Date(), 'recipient.channel', ''],
      [
        'a bad email',
        { ...base, contact: { id: 'c1', email: 'not-an-email' } },
        new Date(),
        'recipient.contact.email',
        '',
      ],
      [
        'a bad recent contact',
        { ...base, recentContacts: [{ at: 'yesterday', channel: 'sms' }] },
        new Date(),
        'recipient.recentContacts[0].at',
        '',
      ],
      [
        'a misspelt optedOut (which would send to a contact who opted out)',
        { ...base, optedout: true },
        new Date(),
        'recipient.optedout',
        'recipient.optedout: unknown field; did you mean "optedOut"?',
      ],
      [
        'a misspelt channel in the consent (which would leave a refusal unrecorded)',
        { ...base, contact: { id: 'c1', email: 'ap@example.com', consent: { emial: false } } },
        new Date(),
        'recipient.contact.consent.emial',
        'recipient.contact.consent.emial: unknown field; did you mean "email"?',
      ],
      ['an invalid from', base, new Date(Number.NaN), 'from', ''],
      ['a string from', base, '2026-12-01', 'from', ''],
      ['the last representable instant', base, new Date(8.64e15), 'from', ''],
      ['an instant before year 1000', base, new Date(Date.UTC(999, 11, 31)), 'from', ''],
    ])('throws InvalidArgumentError naming the path for %s', (_name, recipient, from, path, message) => {
      const error = catchOverdueError(() => nextContactWindow(recipient as ContactRecipient, from as Date, rules));
      expect(error.code).toBe('invalid-argument');
      expect(error.path).toBe(path);
      if (message !== '') expect(error.message).toBe(message);
    });

    it('throws on bad raw rules with the rules path', () => {
      const error = catchOverdueError(() =>
        nextContactWindow(base, new Date(), { hours: { sms: { start: '8am', end: '18:00' } } }),
      );
      expect(error.path).toBe('rules.hours.sms.start');
    });

    it('throws nothing but OverdueError on any input', () => {
      fc.assert(
        fc.property(fc.anything(), fc.anything(), fc.anything(), (recipient, from, ruleSet) => {
          try {
            nextContactWindow(recipient as ContactRecipient, from as Date, ruleSet as object);
          } catch (error) {
            return OverdueError.isInstance(error);
          }
          return true;
        }),
        { numRuns: 300 },
      );
    });
  });
});

describe('nextContactWindow properties', () => {
  const zones = [
    'Europe/London',
    'America/New_York',
    'Australia/Sydney',
    'Asia/Kolkata',
    'Pacific/Chatham',
    'Australia/Lord_Howe',
    'America/Sao_Paulo',
  ];
  const capRules = compileContactRules({
    caps: [
      { max: 2, windowDays: 3 },
      { max: 1, windowDays: 1, channels: ['voice'] },
    ],
    minimumGapMinutes: 90,
  });
  const hours: Record<Channel, [string, string]> = {
    email: ['08:00', '18:00'],
    sms: ['09:00', '18:00'],
    voice: ['09:00', '18:00'],
    whatsapp: ['09:00', '18:00'],
  };
  const instant = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 0, 1) }).map((ms) => new Date(ms));
  const channel = fc.constantFrom<Channel>('email', 'sms', 'voice', 'whatsapp');

  it('never answers before `from`, always inside the hours on a weekday, and respects caps and gap', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        channel,
        instant,
        fc.array(fc.record({ offsetMinutes: fc.integer({ min: -5 * 24 * 60, max: 0 }), channel }), { maxLength: 6 }),
        (timeZone, chosen, from, history) => {
          const recentContacts = history.map((item) => ({
            at: new Date(from.getTime() + item.offsetMinutes * 60_000),
            channel: item.channel,
          }));
          const window = nextContactWindow({ ...base, timeZone, channel: chosen, recentContacts }, from, capRules);
          if (!window.allowed) return false; // 60 days always hold an opening here
          const at = window.at.getTime();
          expect(at).toBeGreaterThanOrEqual(from.getTime());
          const wall = intlWallClock(timeZone, window.at);
          expect([wall.date, wall.time]).toEqual([window.localDate, window.localTime]);
          expect(['Sat', 'Sun']).not.toContain(wall.weekdayName);
          const [start, end] = hours[chosen];
          expect(wall.time >= start && wall.time < end).toBe(true);
          const inWindow = (days: number, channels?: Channel[]) =>
            recentContacts.filter(
              (c) => c.at.getTime() > at - days * DAY && (channels === undefined || channels.includes(c.channel)),
            ).length;
          expect(inWindow(3)).toBeLessThan(2);
          if (chosen === 'voice') expect(inWindow(1, ['voice'])).toBeLessThan(1);
          for (const contact of recentContacts) expect(at - contact.at.getTime()).toBeGreaterThanOrEqual(90 * 60_000);
          return true;
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is the earliest such instant: a minute earlier is outside hours, a weekend or before `from`', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), channel, instant, (timeZone, chosen, from) => {
        const window = allowed(nextContactWindow({ ...base, timeZone, channel: chosen }, from, rules));
        const earlier = new Date(Math.floor(window.at.getTime() / 60_000) * 60_000 - 60_000);
        if (earlier.getTime() < from.getTime()) return true;
        const wall = intlWallClock(timeZone, earlier);
        const [start, end] = hours[chosen];
        return ['Sat', 'Sun'].includes(wall.weekdayName) || wall.time < start || wall.time >= end;
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic: the same input gives the same answer', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), channel, instant, (timeZone, chosen, from) => {
        const recipient = { ...base, timeZone, channel: chosen, country: 'US' };
        expect(nextContactWindow(recipient, from, rules)).toEqual(
          nextContactWindow(recipient, from, compileContactRules({})),
        );
      }),
      { numRuns: 50 },
    );
  });
});

// Compile-time check (tsc runs over the tests): everything the schema accepts fits ContactRecipient.
type RecipientInput = import('zod').z.input<typeof import('./next-contact-window').contactRecipientSchema>;
const recipientFitsInterface = (input: RecipientInput): ContactRecipient => input;
void recipientFitsInterface;
