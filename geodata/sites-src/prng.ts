/**
 * A seeded pseudo-random generator (mulberry32) so the illustrative data regenerate byte for
 * byte: the same seed gives the same sites on every machine.
 */
export interface Prng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** Log-uniform in [min, max]: small projects are many, big ones few. */
  logUniform(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** Picks by relative weight, e.g. [["clay", 5], ["sand", 2]]. */
  weighted<T>(options: readonly (readonly [T, number])[]): T;
}

export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    logUniform: (min, max) => Math.exp(Math.log(min) + next() * (Math.log(max) - Math.log(min))),
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error("pick from an empty list");
      return item;
    },
    weighted: (options) => {
      const last = options[options.length - 1];
      if (last === undefined) throw new Error("weighted pick from no options");
      let r = next() * options.reduce((sum, [, w]) => sum + w, 0);
      for (const [value, w] of options) {
        r -= w;
        if (r < 0) return value;
      }
      // Only reached through floating-point rounding at the very top of the range.
      return last[0];
    },
  };
}
