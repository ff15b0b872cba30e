import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thrown } from '../_test/thrown';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { assertKnownFields, unknownFieldMessage, withInputPath } from './known-fields';

const AGING = ['asOf', 'basis', 'buckets', 'rates', 'includeRows'];

describe('unknownFieldMessage', () => {
  it.each([
    ['bucketz', 'buckets'],
    ['bukcets', 'buckets'],
    ['asof', 'asOf'],
    ['ASOF', 'asOf'],
    ['includeRow', 'includeRows'],
    ['incldueRows', 'includeRows'],
  ])('suggests the known field near %s', (key, expected) => {
    expect(unknownFieldMessage(key, AGING)).toBe(`unknown field; did you mean "${expected}"?`);
  });

  it('lists the known fields when none is near', () => {
    expect(unknownFieldMessage('colour', AGING)).toBe(
      'unknown field; expected one of asOf, basis, buckets, rates, includeRows',
    );
    // Two edits in a short name are another word, not a typo.
    expect(unknownFieldMessage('rows', ['rates'])).toBe('unknown field; expected one of rates');
    expect(unknownFieldMessage('x', [])).toBe('unknown field; expected no fields');
  });

  it('picks the nearest of several candidates', () => {
    expect(unknownFieldMessage('warmupDays', ['days', 'warmUpDays', 'kpiWindowDays'])).toBe(
      'unknown field; did you mean "warmUpDays"?',
    );
  });

  it('suggests a field one edit away from any key, and never an unrelated one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...AGING), fc.nat(), fc.constantFrom('a', 'z', 'Q'), (field, at, letter) => {
        const position = at % (field.length + 1);
        const typo = field.slice(0, position) + letter + field.slice(position);
        if (AGING.includes(typo)) return;
        const message = unknownFieldMessage(typo, AGING);
        expect(message).toMatch(/^unknown field; did you mean "/);
        // Its suggestion is a field at most one edit from the typo (it may tie with another).
        const suggested = /"(.*)"/.exec(message)?.[1] as string;
        expect(AGING).toContain(suggested);
      }),
    );
  });
});

describe('assertKnownFields', () => {
  it('accepts an object with known fields only, or none', () => {
    expect(() => assertKnownFields({ asOf: '2026-03-31', buckets: [30] }, AGING, 'options')).not.toThrow();
    expect(() => assertKnownFields({}, AGING, 'options')).not.toThrow();
  });

  it('names the first unknown field at its own path', () => {
    const error = thrown(() => assertKnownFields({ asOf: '2026-03-31', bucketz: [30] }, AGING, 'options'));
    expect(error.path).toBe('options.bucketz');
    expect(error.message).toBe('options.bucketz: unknown field; did you mean "buckets"?');
    expect(thrown(() => assertKnownFields({ colour: 1 }, AGING, 'options.rates')).path).toBe('options.rates.colour');
    expect(thrown(() => assertKnownFields({ colour: 1 }, AGING, '')).path).toBe('colour');
  });

  it('rejects what is not an object, naming the path', () => {
    for (const value of [null, 5, 'x', [1]]) {
      const error = thrown(() => assertKnownFields(value as never, AGING, 'options'));
      expect(error.path).toBe('options');
      expect(error.message).toMatch(/^options: expected an object, got /);
    }
    expect(thrown(() => assertKnownFields(null as never, AGING, '')).path).toBeUndefined();
  });

  it('checks a key even when its value is undefined', () => {
    expect(thrown(() => assertKnownFields({ optedout: undefined }, ['optedOut'], 'recipient')).path).toBe(
      'recipient.optedout',
    );
  });
});

/** What withInputPath throws when the inner call throws `error`. */
function moved(error: unknown, from: string, to: string): InvalidArgumentError {
  return thrown(() =>
    withInputPath(
      () => {
        throw error;
      },
      from,
      to,
    ),
  );
}

describe('withInputPath', () => {
  it('returns what the inner call returns', () => {
    expect(withInputPath(() => 42, 'rules', 'options.contactRules')).toBe(42);
  });

  it("moves the inner call's complaint to the caller's path, keeping the message and the cause", () => {
    const inner = () => assertKnownFields({ capz: 3 }, ['caps'], 'rules');
    const error = thrown(() => withInputPath(inner, 'rules', 'options.contactRules'));
    expect(error.path).toBe('options.contactRules.capz');
    expect(error.message).toBe('options.contactRules.capz: unknown field; did you mean "caps"?');
    expect((error.cause as InvalidArgumentError).path).toBe('rules.capz');
    const whole = moved(new InvalidArgumentError('expected an object', 'rules'), 'rules', 'options.contactRules');
    expect(whole.message).toBe('options.contactRules: expected an object');
  });

  it('puts an unprefixed path under the caller path when the inner call names none', () => {
    expect(moved(new InvalidArgumentError('expected a number', 'base'), '', 'options.rates').path).toBe(
      'options.rates.base',
    );
    expect(moved(new InvalidArgumentError('expected a number', '[2].at'), '', 'options.touches').path).toBe(
      'options.touches[2].at',
    );
  });

  it('lets through other errors and paths outside `from`', () => {
    const other = new RangeError('boom');
    expect(() =>
      withInputPath(
        () => {
          throw other;
        },
        'rules',
        'x',
      ),
    ).toThrow(other);
    expect(moved(new InvalidArgumentError('bad', 'rulesets.a'), 'rules', 'x').path).toBe('rulesets.a');
    expect(moved(new InvalidArgumentError('bad'), 'rules', 'x').path).toBeUndefined();
  });
});
