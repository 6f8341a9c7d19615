/** Rounds to a number of decimals; 5 decimals of a degree is about 1 m, the source's precision. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
