import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { OverdueError } from '../errors/overdue-error';
import { createRandom, type RandomState, restoreRandom } from './create-random';

/** FNV-1a, 32 bits, as published by Fowler, Noll and Vo (offset basis 2166136261, prime 16777619). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash = (hash ^ text.charCodeAt(index)) >>> 0;
    hash = Number((BigInt(hash) * 16777619n) % 2n ** 32n);
  }
  return hash;
}

/** murmur3's 32-bit finaliser over a golden-ratio Weyl sequence (a "splitmix32"). */
function weylMix(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x9e3779b9) % 2 ** 32;
    let z = state;
    z = Number((BigInt((z ^ (z >>> 16)) >>> 0) * 0x85ebca6bn) % 2n ** 32n);
    z = Number((BigInt((z ^ (z >>> 13)) >>> 0) * 0xc2b2ae35n) % 2n ** 32n);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, PractRand), written from its definition:
 * output = a + b + counter; counter += 1; a = b ^ (b >> 9); b = c + (c << 3); c = rotl(c, 21) + output.
 */
function sfc32(...words: [number, number, number, number]): () => number {
  let [a, b, c, counter] = words;
  return () => {
    const output = (a + b + counter) % 2 ** 32;
    counter = (counter + 1) % 2 ** 32;
    a = (b ^ (b >>> 9)) >>> 0;
    b = (c + ((c << 3) >>> 0)) % 2 ** 32;
    c = ((((c << 21) | (c >>> 11)) >>> 0) + output) % 2 ** 32;
    return output;
  };
}

describe('the reference implementations used below', () => {
  it('reproduce the published FNV-1a test vectors', () => {
    // From the FNV reference test suite: "" -> 0x811c9dc5, "a" -> 0xe40c292c, "foobar" -> 0xbf9cf968.
    expect([fnv1a(''), fnv1a('a'), fnv1a('foobar')]).toEqual([0x811c9dc5, 0xe40c292c, 0xbf9cf968]);
  });
});

describe('restoreRandom', () => {
  it('continues the sequence of the generator whose state it was given', () => {
    const random = createRandom(42);
    for (let index = 0; index < 5; index++) random.next();
    const copy = restoreRandom(random.state());
    const original = Array.from({ length: 50 }, () => random.next());
    expect(Array.from({ length: 50 }, () => copy.next())).toEqual(original);
  });

  it('continues after a JSON round trip, interleaving next and integer', () => {
    const random = createRandom('portfolio-1');
    random.integer(10);
    const stored: unknown = JSON.parse(JSON.stringify(random.state()));
    const copy = restoreRandom(stored as RandomState);
    const draw = (generator: typeof random) => [
      generator.next(),
      generator.integer(1000),
      generator.integer(2 ** 32),
      generator.next(),
    ];
    expect(draw(copy)).toEqual(draw(random));
  });

  it('does not share state with the generator it was restored from', () => {
    const random = createRandom(1);
    const copy = restoreRandom(random.state());
    copy.next();
    copy.next();
    expect(restoreRandom(random.state()).next()).toBe(random.next());
  });

  it('steps through sfc32 from the saved words (the saved counter is one behind the next output)', () => {
    fc.assert(
      fc.property(
        fc.tuple(
          fc.nat({ max: 0xffffffff }),
          fc.nat({ max: 0xffffffff }),
          fc.nat({ max: 0xffffffff }),
          fc.nat({ max: 0xffffffff }),
        ),
        (words) => {
          const [a, b, c, d] = words;
          const reference = sfc32(a, b, c, (d + 1) % 2 ** 32);
          const random = restoreRandom({ version: 1, words });
          for (let index = 0; index < 20; index++) expect(random.next()).toBe(reference() / 2 ** 32);
        },
      ),
    );
  });

  it.each<[unknown]>([
    [null],
    [undefined],
    [{}],
    [{ version: 2, words: [1, 2, 3, 4] }],
    [{ version: 1, words: [1, 2, 3] }],
    [{ version: 1, words: [1, 2, 3, 4, 5] }],
    [{ version: 1, words: [1, 2, 3, -1] }],
    [{ version: 1, words: [1, 2, 3, 2 ** 32] }],
    [{ version: 1, words: [1, 2, 3, 0.5] }],
    [{ version: 1, words: [1, 2, 3, '4'] }],
    [{ version: 1, words: 'abcd' }],
  ])('rejects the state %j', (state) => {
    const run = () => restoreRandom(state as RandomState);
    expect(run).toThrow(InvalidArgumentError);
    expect(run).toThrow('state: expected { version: 1, words: [four 32-bit unsigned integers] }');
  });
});

describe('createRandom', () => {
  it('derives its state from the seed with FNV-1a, a Weyl/murmur3 mix and 12 discarded sfc32 outputs', () => {
    for (const [seed, text] of [
      [42, 'n:42'],
      ['portfolio-1', 's:portfolio-1'],
      [-0.5, 'n:-0.5'],
      ['', 's:'],
    ] as const) {
      const mix = weylMix(fnv1a(text));
      const [a, b, c, d] = [mix(), mix(), mix(), mix()];
      const reference = sfc32(a, b, c, (d + 1) % 2 ** 32);
      for (let index = 0; index < 12; index++) reference();
      const random = createRandom(seed);
      for (let index = 0; index < 100; index++) expect(random.next()).toBe(reference() / 2 ** 32);
    }
  });

  it('gives the same sequence for the same seed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true })), (seed) => {
        const first = createRandom(seed);
        const second = createRandom(seed);
        for (let index = 0; index < 10; index++) expect(second.next()).toBe(first.next());
      }),
    );
  });

  it('gives different sequences for different seeds, and tells the number 1 from the string "1"', () => {
    const firstTen = (seed: number | string) => {
      const random = createRandom(seed);
      return Array.from({ length: 10 }, () => random.next());
    };
    expect(firstTen(1)).not.toEqual(firstTen(2));
    expect(firstTen(1)).not.toEqual(firstTen('1'));
    expect(firstTen('a')).not.toEqual(firstTen('b'));
  });

  it('draws numbers in [0, 1) spread evenly over ten bins', () => {
    const random = createRandom('uniformity');
    const bins = Array.from({ length: 10 }, () => 0);
    const draws = 100_000;
    for (let index = 0; index < draws; index++) {
      const value = random.next();
      expect(value >= 0 && value < 1).toBe(true);
      bins[Math.floor(value * 10)]! += 1;
    }
    // Chi-square with 9 degrees of freedom; 27.88 is the 0.999 quantile.
    const chiSquare = bins.reduce((sum, count) => sum + (count - draws / 10) ** 2 / (draws / 10), 0);
    expect(chiSquare).toBeLessThan(27.88);
  });

  it('draws integers in [0, max) and covers them all', () => {
    const random = createRandom(7);
    const seen = new Set<number>();
    for (let index = 0; index < 1000; index++) {
      const value = random.integer(6);
      expect(Number.isInteger(value) && value >= 0 && value < 6).toBe(true);
      seen.add(value);
    }
    expect(seen.size).toBe(6);
    expect(createRandom(7).integer(1)).toBe(0);
  });

  it('maps integer(max) to floor(next() x max) of the same draw', () => {
    const a = createRandom(99);
    const b = createRandom(99);
    for (const max of [1, 2, 3, 10, 1000, 2 ** 31, 2 ** 32]) expect(a.integer(max)).toBe(Math.floor(b.next() * max));
  });

  it.each<[unknown]>([[0], [-1], [1.5], [2 ** 32 + 1], [Number.NaN], [Number.POSITIVE_INFINITY], ['10'], [null]])(
    'rejects integer(%s)',
    (max) => {
      const run = () => createRandom(1).integer(max as number);
      expect(run).toThrow(InvalidArgumentError);
      expect(run).toThrow(/^max: expected an integer from 1 to 2\^32/);
    },
  );

  it.each<[unknown]>([[Number.NaN], [Number.POSITIVE_INFINITY], [null], [undefined], [{}], [10n], [Symbol('seed')]])(
    'rejects the seed %s',
    (seed) => {
      const run = () => createRandom(seed as number);
      expect(run).toThrow(InvalidArgumentError);
      expect(run).toThrow(/^seed: expected a finite number or a string/);
    },
  );

  it('throws nothing but an OverdueError for arbitrary seeds and bounds', () => {
    const value = fc.anything({ withNullPrototype: true, withBigInt: true, withBoxedValues: true });
    fc.assert(
      fc.property(value, value, (seed, max) => {
        try {
          createRandom(seed as string).integer(max as number);
        } catch (error) {
          expect(OverdueError.isInstance(error), String(error)).toBe(true);
        }
      }),
    );
  });

  it('does not read Math.random', () => {
    const original = Math.random;
    Math.random = () => {
      throw new Error('Math.random was called');
    };
    try {
      expect(() => createRandom('x').next()).not.toThrow();
    } finally {
      Math.random = original;
    }
  });
});

describe('restoreRandom state fields', () => {
  it('rejects a state with a field it does not know', () => {
    const state = { ...createRandom(1).state(), seed: 1 } as RandomState;
    expect(() => restoreRandom(state)).toThrow(expect.objectContaining({ path: 'state.seed' }));
  });
});
