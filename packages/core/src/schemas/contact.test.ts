import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { parseInput } from '../validation/parse-input';
import { contactSchema } from './contact';

describe('contactSchema', () => {
  it('parses a full contact', () => {
    const contact = parseInput(contactSchema, {
      id: 'c1',
      name: 'Accounts payable',
      email: 'ap@example.com',
      phone: '+447700900123',
      role: 'ap',
      consent: { email: true, sms: false, voice: true, whatsapp: false },
    });
    expect(contact).toEqual({
      id: 'c1',
      name: 'Accounts payable',
      email: 'ap@example.com',
      phone: '+447700900123',
      role: 'ap',
      consent: { email: true, sms: false, voice: true, whatsapp: false },
    });
  });

  it('defaults consent to an empty object, so no channel has consent', () => {
    expect(parseInput(contactSchema, { id: 'c1' })).toEqual({ id: 'c1', consent: {} });
    expect(contactSchema.parse({ id: 'c1', email: 'ap@example.com', consent: { email: true } }).consent.email).toBe(
      true,
    ); // the documented example
  });

  it.each<[Record<string, unknown>, string]>([
    [{ id: '' }, 'id: expected a non-empty identifier'],
    [{ id: 'c1', email: 'not-an-email' }, 'email: expected an email address such as "ap@example.com"'],
    // E.164: a plus, a country code that does not start with 0, at most 15 digits in all.
    [{ id: 'c1', phone: '07700 900123' }, 'phone: expected a phone number in E.164 form such as "+447700900123"'],
    [{ id: 'c1', phone: '+07700900123' }, 'phone: expected a phone number in E.164 form such as "+447700900123"'],
    [{ id: 'c1', phone: '+4477009001234567' }, 'phone: expected a phone number in E.164 form such as "+447700900123"'],
    [{ id: 'c1', phone: '+44' }, 'phone: expected a phone number in E.164 form such as "+447700900123"'],
    [{ id: 'c1', consent: { email: 'yes' } }, 'consent.email: expected boolean, got "yes"'],
    [{ id: 'c1', consent: null }, 'consent: expected object, got null'],
    // A misspelt channel would leave a refusal unrecorded.
    [{ id: 'c1', consent: { emial: false } }, 'consent.emial: unknown field; did you mean "email"?'],
  ])('rejects %o', (input, message) => {
    const run = () => parseInput(contactSchema, input);
    expect(run).toThrow(InvalidArgumentError);
    expect(run).toThrow(message);
  });

  it('accepts other fields of a contact record from the source, and leaves them out', () => {
    expect(parseInput(contactSchema, { id: 'c1', title: 'Ms' })).toEqual({ id: 'c1', consent: {} });
  });

  it('accepts the shortest and longest E.164 numbers its rule allows', () => {
    expect(parseInput(contactSchema, { id: 'c1', phone: '+1234567' }).phone).toBe('+1234567');
    expect(parseInput(contactSchema, { id: 'c1', phone: '+123456789012345' }).phone).toBe('+123456789012345');
  });
});
