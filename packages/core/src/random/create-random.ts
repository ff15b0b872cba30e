import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { assertKnownFields } from '../validation/known-fields';
import { describeReceived } from '../validation/parse-input';

/**
 * The state of a {@link Random} generator as plain JSON, to store and restore.
 *
 * @category Random
 * @example
 * ```ts
 * const state: RandomState = createRandom(42).state();
 * ```
 */
export interface RandomState {
  /** Format version. */
  version: 1;
  /** The four 32-bit words of the sfc32 generator. */
  words: [number, number, number, number];
}

/**
 * A seeded, deterministic random number generator (sfc32). Core packages take randomness only as one of
 * these, so the same seed always gives the same result.
 *
 * @category Random
 * @example
 * ```ts
 * const random: Random = createRandom('portfolio-1');
 * random.next() < 1;
 * //=> true
 * ```
 */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [0, max). */
  integer(max: number): number;
  /** The current state, to restore with {@link restoreRandom}. */
  state(): RandomState;
}

function hashSeed(seed: number | string): number {
  const text = typeof seed === 'number' ? `n:${seed}` : `s:${seed}`;
  // FNV-1a, 32 bits.
  let hash = 2166136261;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

function splitMix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

function fromWords(words: [number, number, number, number]): Random {
  let [a, b, c, d] = words;
  const next32 = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const result = (t + d) | 0;
    c = (c + result) | 0;
    return result >>> 0;
  };
  return {
    next: () => next32() / 4294967296,
    integer(max) {
      if (!Number.isInteger(max) || max <= 0 || max > 4294967296) {
        throw new InvalidArgumentError(`expected an integer from 1 to 2^32, got ${describeReceived(max)}`, 'max');
      }
      return Math.floor((next32() / 4294967296) * max);
    },
    state: () => ({ version: 1, words: [a >>> 0, b >>> 0, c >>> 0, d >>> 0] }),
  };
}

/**
 * Creates a seeded random generator. The same seed gives the same sequence on every platform.
 *
 * @param seed - A number or a string.
 * @returns The generator.
 * @throws {@link InvalidArgumentError} when the seed is neither a finite number nor a string.
 * @category Random
 * @example
 * ```ts
 * createRandom(7).next() === createRandom(7).next();
 * //=> true
 * ```
 */
export function createRandom(seed: number | string): Random {
  if (!(typeof seed === 'string' || (typeof seed === 'number' && Number.isFinite(seed)))) {
    throw new InvalidArgumentError(`expected a finite number or a string, got ${describeReceived(seed)}`, 'seed');
  }
  const mix = splitMix32(hashSeed(seed));
  const random = fromWords([mix(), mix(), mix(), mix()]);
  for (let index = 0; index < 12; index++) random.next();
  return random;
}

/**
 * Restores a generator from a saved {@link RandomState}; it continues the same sequence.
 *
 * @param state - A state from `random.state()`.
 * @returns The generator.
 * @throws {@link InvalidArgumentError} when the state is not a version 1 state with four 32-bit words.
 * @category Random
 * @example
 * ```ts
 * const random = createRandom(1);
 * const copy = restoreRandom(random.state());
 * copy.next() === random.next();
 * //=> true
 * ```
 */
export function restoreRandom(state: RandomState): Random {
  const words = state?.words;
  if (
    state?.version !== 1 ||
    !Array.isArray(words) ||
    words.length !== 4 ||
    !words.every((word) => Number.isInteger(word) && word >= 0 && word <= 0xffffffff)
  ) {
    throw new InvalidArgumentError('expected { version: 1, words: [four 32-bit unsigned integers] }', 'state');
  }
  assertKnownFields(state, ['version', 'words'], 'state');
  return fromWords([words[0], words[1], words[2], words[3]]);
}
