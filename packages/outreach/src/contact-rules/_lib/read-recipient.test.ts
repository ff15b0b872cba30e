import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactRecipientSchema } from '../next-contact-window';
import { readRecipient } from './read-recipient';

const channel = fc.constantFrom('email', 'sms', 'voice', 'whatsapp');
/** Sometimes absent, sometimes explicitly undefined, else the value. */
const maybe = <T>(value: fc.Arbitrary<T>) =>
  fc.option(fc.oneof(value, fc.constant(undefined)), { nil: Symbol.for('absent') as unknown as undefined });

/** Builds an object without the keys whose value is the "absent" marker. */
function withoutAbsent(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== Symbol.for('absent')) out[key] = value;
  return out;
}

const validEmail = fc.constantFrom('ap@example.com', 'first.last+tag@sub.example.co.uk', "o'neil@example.org");
const anyEmail = fc.oneof(validEmail, fc.emailAddress(), fc.constantFrom('not-an-email', 'a@b', '', 'a@@b.com'));
const validPhone = fc.constantFrom('+447700900123', '+12025550123', '+4915112345678');
const anyPhone = fc.oneof(validPhone, fc.constantFrom('07700900123', '+0123456789', '+12', '', '+1234567890123456'));
const junk = fc.oneof(fc.integer(), fc.constant(null), fc.boolean(), fc.array(fc.integer(), { maxLength: 2 }));

const consent = (loose: boolean) =>
  fc
    .record({
      email: maybe(loose ? fc.oneof(fc.boolean(), junk) : fc.boolean()),
      sms: maybe(fc.boolean()),
      voice: maybe(fc.boolean()),
      whatsapp: maybe(loose ? fc.oneof(fc.boolean(), junk) : fc.boolean()),
      // A misspelt channel makes the consent invalid.
      extra: loose ? maybe(fc.string()) : fc.constant(Symbol.for('absent')),
    })
    .map(withoutAbsent);

const contact = (loose: boolean) =>
  fc
    .record({
      id: loose ? fc.oneof(fc.string({ maxLength: 3 }), junk) : fc.string({ minLength: 1, maxLength: 5 }),
      name: maybe(loose ? fc.oneof(fc.string(), junk) : fc.string()),
      email: maybe(loose ? anyEmail : validEmail),
      phone: maybe(loose ? anyPhone : validPhone),
      role: maybe(fc.string()),
      consent: maybe(loose ? fc.oneof(consent(true), junk) : consent(false)),
      other: maybe(fc.integer()),
    })
    .map(withoutAbsent);

const at = (loose: boolean) =>
  loose
    ? fc.oneof(fc.date({ noInvalidDate: false }), fc.string({ maxLength: 3 }), junk)
    : fc.date({ noInvalidDate: true });

const recipient = (loose: boolean) =>
  fc
    .record({
      timeZone: loose ? fc.oneof(fc.constantFrom('Europe/London', 'Mars/Base'), junk) : fc.constant('Europe/London'),
      country: maybe(loose ? fc.constantFrom('GB', 'gb', 'GBR', '', 'US') : fc.constantFrom('GB', 'DE', 'US')),
      region: maybe(loose ? fc.constantFrom('ENG', '', 'BY') : fc.constantFrom('ENG', 'BY')),
      channel: loose ? fc.oneof(channel, fc.constantFrom('fax', '')) : channel,
      contact: loose ? fc.oneof(contact(true), junk) : contact(false),
      recentContacts: maybe(
        fc.array(fc.record({ at: at(loose), channel: loose ? fc.oneof(channel, fc.constant('fax')) : channel }), {
          maxLength: 3,
        }),
      ),
      optedOut: maybe(
        loose
          ? fc.oneof(fc.boolean(), fc.array(fc.oneof(channel, fc.constant('fax')), { maxLength: 2 }), junk)
          : fc.oneof(fc.boolean(), fc.array(channel, { maxLength: 2 })),
      ),
      slot: maybe(
        loose
          ? fc.constantFrom('morning', 'midday', 'afternoon', 'evening', 'night')
          : fc.constantFrom('morning', 'evening'),
      ),
      window: loose ? maybe(fc.constant({ start: '09:00', end: '12:00' })) : fc.constant(Symbol.for('absent')),
      // An unknown field (a misspelt `optedOut`, say) makes the recipient invalid.
      optedout: loose ? maybe(fc.boolean()) : fc.constant(Symbol.for('absent')),
    })
    .map(withoutAbsent);

/** One field set to a value that may or may not be valid; `contact.*` and `consent.*` reach inside. */
const mutation = fc.oneof(
  fc.record({ path: fc.constant('timeZone'), value: fc.oneof(fc.constant('Mars/Base'), junk) }),
  fc.record({ path: fc.constant('country'), value: fc.oneof(fc.constantFrom('gb', 'GBR', '', 'US'), junk) }),
  fc.record({ path: fc.constant('region'), value: fc.oneof(fc.constantFrom('', 'BY'), junk) }),
  fc.record({ path: fc.constant('channel'), value: fc.oneof(fc.constantFrom('fax', '', 'Email'), junk) }),
  fc.record({ path: fc.constant('contact'), value: junk }),
  fc.record({ path: fc.constant('contact.id'), value: fc.oneof(fc.constant(''), junk) }),
  fc.record({ path: fc.constant('contact.name'), value: junk }),
  fc.record({ path: fc.constant('contact.role'), value: junk }),
  fc.record({ path: fc.constant('contact.email'), value: fc.oneof(anyEmail, junk) }),
  fc.record({ path: fc.constant('contact.phone'), value: fc.oneof(anyPhone, junk) }),
  fc.record({ path: fc.constant('contact.consent'), value: fc.oneof(junk, consent(true)) }),
  fc.record({
    path: fc.constant('recentContacts'),
    value: fc.oneof(junk, fc.array(fc.record({ at: at(true), channel }))),
  }),
  fc.record({
    path: fc.constant('recentContacts'),
    value: fc.array(fc.record({ at: at(false), channel: fc.constantFrom('sms', 'fax') }), { maxLength: 2 }),
  }),
  fc.record({
    path: fc.constant('optedOut'),
    value: fc.oneof(junk, fc.array(fc.oneof(channel, fc.constant('fax')), { maxLength: 2 })),
  }),
  fc.record({ path: fc.constant('slot'), value: fc.oneof(fc.constantFrom('night', 'Morning', ''), junk) }),
  fc.record({ path: fc.constant('window'), value: fc.constantFrom({ start: '09:00', end: '12:00' }, undefined) }),
  fc.record({ path: fc.constantFrom('optedout', 'slots', 'contact.consent'), value: fc.constant({ emial: false }) }),
);

/** A valid recipient with one or two fields changed. */
const mutated = fc
  .tuple(recipient(false), fc.array(mutation, { minLength: 1, maxLength: 2 }))
  .map(([base, changes]) => {
    const out: Record<string, unknown> = { ...base, contact: { ...(base.contact as object) } };
    for (const { path, value } of changes) {
      const [head, tail] = path.split('.') as [string, string | undefined];
      const contact = out.contact;
      if (tail === undefined) out[head] = value;
      else if (typeof contact === 'object' && contact !== null) (contact as Record<string, unknown>)[tail] = value;
    }
    return out;
  });

describe('readRecipient', () => {
  it('gives exactly what contactRecipientSchema gives whenever it answers', () => {
    fc.assert(
      fc.property(fc.oneof(mutated, recipient(true), recipient(false), junk), (input) => {
        const fast = readRecipient(input);
        if (fast === undefined) return;
        const parsed = contactRecipientSchema.safeParse(input);
        expect(parsed.success).toBe(true);
        expect(fast).toStrictEqual(parsed.data);
      }),
      { numRuns: 2000 },
    );
  });

  it('answers for every valid recipient without a window, so the schema is only the fallback', () => {
    fc.assert(
      fc.property(recipient(false), (input) => {
        expect(contactRecipientSchema.safeParse(input).success).toBe(true);
        expect(readRecipient(input)).toBeDefined();
      }),
      { numRuns: 500 },
    );
  });

  it('leaves a bad field to the schema, which names it', () => {
    const bad = { timeZone: 'Europe/London', channel: 'sms', contact: { id: 'c1', phone: '07700900123' } };
    expect(readRecipient(bad)).toBeUndefined();
    expect(contactRecipientSchema.safeParse(bad).error?.issues[0]?.path).toEqual(['contact', 'phone']);
  });
});
