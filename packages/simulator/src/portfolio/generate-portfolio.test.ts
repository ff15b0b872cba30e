import { customerSchema, InvalidArgumentError } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { PAYER_ARCHETYPES } from './archetypes';
import { generatePortfolio } from './generate-portfolio';

/** Options with terms of these days, one share each. */
const withTerms = (...days: number[]) => ({
  customers: 5,
  seed: 1,
  terms: days.map((entry) => ({ days: entry, share: 1 })),
});

describe('generatePortfolio', () => {
  it('gives the same portfolio for the same seed and a different one for another seed', () => {
    const first = generatePortfolio({ customers: 40, seed: 'a' });
    expect(generatePortfolio({ customers: 40, seed: 'a' })).toEqual(first);
    expect(generatePortfolio({ customers: 40, seed: 'b' })).not.toEqual(first);
  });

  it('builds customers that core’s customer schema accepts unchanged', () => {
    const { customers } = generatePortfolio({ customers: 30, seed: 3, billing: 'local-currency' });
    for (const customer of customers) expect(customerSchema.parse(customer)).toEqual(customer);
    expect(new Set(customers.map((customer) => customer.currency)).size).toBeGreaterThan(1);
  });

  it('keeps the archetype out of the public customer', () => {
    const { customers, traits } = generatePortfolio({ customers: 20, seed: 4 });
    expect(traits).toHaveLength(20);
    for (const customer of customers) {
      const text = JSON.stringify(customer);
      for (const word of ['archetype', 'channelResponse', 'activeSlot', 'lateMedianDays', 'firmChurn']) {
        expect(text).not.toContain(word);
      }
    }
  });

  it('follows the mix: only the archetypes given a weight appear', () => {
    const { traits } = generatePortfolio({ customers: 60, seed: 5, mix: { disputer: 1, prompt: 1 } });
    const kinds = new Set(traits.map((entry) => entry.archetype));
    expect([...kinds].sort()).toEqual(['disputer', 'prompt']);
  });

  it('mixes the archetypes roughly in the default shares', () => {
    const { traits } = generatePortfolio({ customers: 2000, seed: 6 });
    const prompt = traits.filter((entry) => entry.archetype === 'prompt').length / traits.length;
    expect(prompt).toBeGreaterThan(0.45);
    expect(prompt).toBeLessThan(0.55);
  });

  it('draws terms from the given shares, and a share of 0 never', () => {
    const { traits } = generatePortfolio({
      customers: 2000,
      seed: 7,
      terms: [
        { days: 14, share: 3 },
        { days: 60, share: 1 },
        { days: 90, share: 0 },
      ],
    });
    const fourteen = traits.filter((entry) => entry.termsDays === 14).length;
    expect(traits.filter((entry) => entry.termsDays === 90)).toHaveLength(0);
    expect(fourteen + traits.filter((entry) => entry.termsDays === 60).length).toBe(2000);
    expect(fourteen / 2000).toBeGreaterThan(0.7);
    expect(fourteen / 2000).toBeLessThan(0.8);
  });

  it('gives each customer its archetype’s early payment days, or the ones given', () => {
    const { traits } = generatePortfolio({ customers: 50, seed: 9 });
    for (const entry of traits) expect(entry.earlyDays).toBe(PAYER_ARCHETYPES[entry.archetype].earlyDays);
    const early = generatePortfolio({ customers: 50, seed: 9, earlyDays: 15 });
    expect(early.traits.map((entry) => entry.earlyDays)).toEqual(new Array(50).fill(15));
  });

  it('places customers where asked, with the consent shares asked', () => {
    const { customers } = generatePortfolio({
      customers: 1000,
      seed: 10,
      billing: 'local-currency',
      currency: 'USD',
      places: [
        { country: 'FR', timeZone: 'Europe/Paris', locale: 'fr-FR', currency: 'EUR', share: 3 },
        { country: 'JP', timeZone: 'Asia/Tokyo', share: 1 },
      ],
      consentShares: { sms: 0, whatsapp: 1 },
    });
    const french = customers.filter((customer) => customer.country === 'FR');
    const japanese = customers.filter((customer) => customer.country === 'JP');
    expect(french.length + japanese.length).toBe(1000);
    expect(french.length / 1000).toBeGreaterThan(0.7);
    expect(french.length / 1000).toBeLessThan(0.8);
    expect(new Set(french.map((customer) => `${customer.timeZone} ${customer.locale} ${customer.currency}`))).toEqual(
      new Set(['Europe/Paris fr-FR EUR']),
    );
    // No locale or currency given: English, billed in the seller's currency.
    expect(new Set(japanese.map((customer) => `${customer.timeZone} ${customer.locale} ${customer.currency}`))).toEqual(
      new Set(['Asia/Tokyo en USD']),
    );
    const consents = customers.map((customer) => customer.contacts[0]?.consent ?? {});
    expect(consents.every((consent) => consent.sms === false && consent.whatsapp === true)).toBe(true);
    // Calls keep their default share, 35%.
    const calls = consents.filter((consent) => consent.voice === true).length / 1000;
    expect(calls).toBeGreaterThan(0.3);
    expect(calls).toBeLessThan(0.4);
  });

  it('sets the invoice cadence and scales the amounts without changing any other draw', () => {
    const plain = generatePortfolio({ customers: 300, seed: 8 });
    const shaped = generatePortfolio({ customers: 300, seed: 8, invoiceEveryDays: 10, amountScale: 0.05 });
    expect(shaped.customers).toEqual(plain.customers);
    for (const [index, traits] of shaped.traits.entries()) {
      const before = plain.traits[index] as (typeof plain.traits)[number];
      expect({ ...traits, invoiceEveryDays: 0, medianAmountMinor: 0 }).toEqual({
        ...before,
        invoiceEveryDays: 0,
        medianAmountMinor: 0,
      });
      // Each customer keeps its factor from 0.6 to 1.4 on the cadence (30 days by default).
      expect(traits.invoiceEveryDays).toBeGreaterThanOrEqual(6);
      expect(traits.invoiceEveryDays).toBeLessThanOrEqual(14);
      expect(Math.abs(traits.invoiceEveryDays / 10 - before.invoiceEveryDays / 30)).toBeLessThan(0.06);
      expect(traits.medianAmountMinor % 100).toBe(0);
      expect(Math.abs(traits.medianAmountMinor - before.medianAmountMinor * 0.05)).toBeLessThanOrEqual(100);
    }
  });

  it.each([
    [{ customers: 0, seed: 1 }, 'options.customers'],
    [{ customers: 5, seed: 1, terms: [] }, 'options.terms'],
    [{ customers: 5, seed: 1, terms: [{ days: 30, share: 0 }] }, 'options.terms'],
    [withTerms(30, 30), 'options.terms'],
    [withTerms(30, 400), 'options.terms[1].days'],
    [{ customers: 5, seed: 1, terms: [{ days: 30, share: -1 }] }, 'options.terms[0].share'],
    [{ customers: 5, seed: 1, terms: [{ days: 30, share: 1, weight: 2 }] }, 'options.terms[0].weight'],
    [{ customers: 5, seed: 1, invoiceEveryDays: 0 }, 'options.invoiceEveryDays'],
    [{ customers: 5, seed: 1, invoiceEveryDays: 7.5 }, 'options.invoiceEveryDays'],
    [{ customers: 5, seed: 1, earlyDays: 121 }, 'options.earlyDays'],
    [{ customers: 5, seed: 1, amountScale: 0 }, 'options.amountScale'],
    [
      { customers: 5, seed: 1, places: [{ country: 'FR', timeZone: 'Mars/Base', share: 1 }] },
      'options.places[0].timeZone',
    ],
    [
      { customers: 5, seed: 1, places: [{ country: 'fr', timeZone: 'Europe/Paris', share: 1 }] },
      'options.places[0].country',
    ],
    [{ customers: 5, seed: 1, places: [{ country: 'FR', timeZone: 'Europe/Paris', share: 0 }] }, 'options.places'],
    [{ customers: 5, seed: 1, consentShares: { sms: 2 } }, 'options.consentShares.sms'],
    [{ customers: 5, seed: 1, consentShares: { email: 1 } }, 'options.consentShares.email'],
    [{ customers: 5, seed: 1, amountScale: Number.POSITIVE_INFINITY }, 'options.amountScale'],
    [{ customers: 2.5, seed: 1 }, 'options.customers'],
    [{ customers: 5, seed: Number.NaN }, 'options.seed'],
    [{ customers: 5, seed: 1, mix: { prompt: -1 } }, 'options.mix.prompt'],
    [{ customers: 5, seed: 1, mix: { prompt: 0 } }, 'options.mix'],
    [{ customers: 5, seed: 1, currency: 'JPY' }, 'options.currency'],
    [{ customers: 5, seed: 1, customer: 5 }, 'options.customer'],
    [{ customers: 5, seed: 1, mix: { promt: 1 } }, 'options.mix.promt'],
  ])('throws InvalidArgumentError naming the field for %j', (options, path) => {
    try {
      generatePortfolio(options as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).path).toBe(path);
    }
  });
});
