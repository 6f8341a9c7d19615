/**
 * Classes for the net-balance choropleth: 7 classes symmetric around 0 with round limits, and a
 * colour-blind-safe diverging palette to fill them.
 *
 * The limits are quartiles of |net| rounded to the 1–2–2.5–5 series: net balances are skewed
 * (København's is many times a small municipality's), so equal-width classes would put nearly
 * every municipality in the middle one. Symmetry keeps a surplus and a deficit of the same size
 * the same strength of colour. Pass the values of every year shown so the classes stay fixed
 * while the year slider moves.
 */

export const BALANCE_CLASS_COUNT = 7;

/**
 * ColorBrewer BrBG, 7 classes, reversed so index 0 is the largest deficit (demand above
 * surplus, blue-green) and index 6 the largest surplus (brown, like soil); index 3 is "about
 * balanced". colorbrewer2.org marks this scheme colour-blind safe. Colours from ColorBrewer 2.0
 * by Cynthia A. Brewer, Penn State (Apache-2.0).
 */
export const BALANCE_PALETTE: readonly string[] = [
  "#01665e",
  "#5ab4ac",
  "#c7eae5",
  "#f5f5f5",
  "#f6e8c3",
  "#d8b365",
  "#8c510a",
];

const MANTISSAS = [1, 2, 2.5, 5] as const;

/** Round numbers (… 1, 2, 2.5, 5, 10, 20 …) around x ≥ 1, ascending; those ≥ 1 are exact in floating point. */
function niceLadder(x: number): number[] {
  const exponent = Math.floor(Math.log10(x));
  const out: number[] = [];
  for (let e = exponent - 1; e <= exponent + 1; e++) for (const m of MANTISSAS) out.push(m * 10 ** e);
  return out;
}

/** The first round number on x's ladder that passes `test`; the ladder reaches past 10x, so one does. */
const firstRound = (x: number, test: (n: number) => boolean): number => niceLadder(x).find(test) ?? 10 * x;

/** The smallest round number ≥ x. */
const niceCeil = (x: number) => firstRound(x, (n) => n >= x);

/** The round number after x. */
const niceAbove = (x: number) => firstRound(x, (n) => n > x * (1 + 1e-9));

/** The round number nearest x on a log scale. */
function niceRound(x: number): number {
  const distance = (n: number) => Math.abs(Math.log(n / x));
  return niceLadder(x).reduce((best, n) => (distance(n) < distance(best) ? n : best));
}

function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const a = sorted[lo] ?? 0;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
  return a + (b - a) * (at - lo);
}

/**
 * The 8 class edges [−M, −b3, −b2, −b1, b1, b2, b3, M] for 7 classes, in the unit of `values`:
 * every edge round, symmetric (edge i = −edge 7−i), strictly increasing, and −M ≤ every value ≤ M.
 * Non-finite values are ignored; no limit is below 1, so with no value above 1 in size the
 * edges are [−5, −2.5, −2, −1, 1, 2, 2.5, 5].
 */
export function balanceClassBreaks(values: readonly number[]): number[] {
  const magnitudes = values
    .filter(Number.isFinite)
    .map(Math.abs)
    .filter((v) => v > 0)
    // No limit below 1 (m³ or t): finer classes mean nothing on a regional map.
    .map((v) => Math.max(1, v))
    .sort((a, b) => a - b);
  // Without data the limits start from the smallest one, like data that small would.
  if (magnitudes.length === 0) magnitudes.push(1);
  const limits: number[] = [];
  for (const q of [0.25, 0.5, 0.75]) {
    const previous = limits.at(-1);
    const n = niceRound(quantile(magnitudes, q));
    limits.push(previous !== undefined && n <= previous ? niceAbove(previous) : n);
  }
  const b3 = limits[2] as number;
  const top = niceCeil(magnitudes.at(-1) as number);
  limits.push(top > b3 ? top : niceAbove(b3));
  return [...limits.map((v) => -v).reverse(), ...limits];
}

/**
 * The class (0 = largest deficit … 3 = about balanced … 6 = largest surplus) of a finite value under
 * `edges` from balanceClassBreaks: |value| < b1 is balanced, b1 ≤ |value| < b2 the first class
 * on its side, and so on; beyond ±M counts in the outer class.
 */
export function balanceClassIndex(value: number, edges: readonly number[]): number {
  const middle = (BALANCE_CLASS_COUNT - 1) / 2;
  const thresholds = edges.slice(middle + 1, -1); // b1, b2, b3
  const step = thresholds.filter((b) => Math.abs(value) >= b).length;
  return middle + Math.sign(value) * step;
}
