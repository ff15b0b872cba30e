import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { parseInput } from '../validation/parse-input';
import { type CustomerInput, customerSchema } from './customer';

describe('customerSchema', () => {
  it('turns the credit limit into exact money in the customer currency', () => {
    // The documented example: EUR 5,000 = 500,000 cents.
    expect(customerSchema.parse({ id: 'C1', name: 'Acme', currency: 'EUR', creditLimit: '5000' }).creditLimit).toEqual({
      currency: 'EUR',
      minor: 500000,
    });
    expect(
      parseInput(customerSchema, { id: 'C1', name: 'Acme', currency: 'KWD', creditLimit: 1.5 }).creditLimit,
    ).toEqual({
      currency: 'KWD',
      minor: 1500,
    });
  });

  it('defaults contacts to an empty list and leaves out the credit limit when none is given', () => {
    const customer = parseInput(customerSchema, { id: 'C1', name: 'Acme' });
    expect(customer).toEqual({ id: 'C1', name: 'Acme', contacts: [] });
    expect('creditLimit' in customer).toBe(false);
  });

  it('parses every optional field', () => {
    const input: CustomerInput = {
      id: 'C1',
      name: 'Acme SARL',
      currency: 'EUR',
      locale: 'fr-FR',
      timeZone: 'Europe/Paris',
      country: 'FR',
      contacts: [{ id: 'c1', email: 'compta@example.fr', consent: { email: true } }],
      tags: ['key-account'],
      creditLimit: '0',
    };
    expect(parseInput(customerSchema, input)).toEqual({ ...input, creditLimit: { currency: 'EUR', minor: 0 } });
  });

  it.each<[Record<string, unknown>, string]>([
    [{ creditLimit: '5000' }, 'currency: a credit limit needs the customer currency'],
    [{ currency: 'EUR', creditLimit: '-1' }, 'creditLimit: expected zero or more, got "-1"'],
    [
      { currency: 'EUR', creditLimit: '0.001' },
      'creditLimit: EUR has 2 minor digits, so "0.001" cannot be represented exactly',
    ],
    [{ currency: 'eur' }, 'currency: expected an ISO 4217 currency code such as "EUR", got "eur"'],
    [{ locale: 'en_GB' }, 'locale: expected a BCP 47 locale such as "en-GB"'],
    [{ timeZone: 'Mars/Olympus_Mons' }, 'timeZone: expected an IANA time zone such as "Europe/Paris"'],
    [{ country: 'fr' }, 'country: expected an ISO 3166-1 alpha-2 country code such as "FR"'],
    [{ country: 'FRA' }, 'country: expected an ISO 3166-1 alpha-2 country code such as "FR"'],
    [
      { contacts: [{ id: 'c1' }, { id: 'c2', email: 'x' }] },
      'contacts[1].email: expected an email address such as "ap@example.com"',
    ],
    [{ name: undefined }, 'name: expected string, got nothing (the field is missing)'],
  ])('rejects %o', (overrides, message) => {
    const run = () => parseInput(customerSchema, { id: 'C1', name: 'Acme', ...overrides });
    expect(run).toThrow(InvalidArgumentError);
    expect(run).toThrow(message);
  });
});
