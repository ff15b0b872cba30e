import { customerSchema, InvalidArgumentError } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from './generate-portfolio';

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

  it.each([
    [{ customers: 0, seed: 1 }, 'options.customers'],
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
