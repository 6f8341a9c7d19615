/**
 * Pure scale and layout arithmetic for the balance charts (no React, no DOM), so it can be
 * unit-tested: nice axis ticks, linear scales, year bands, stacking, the unit an axis counts in,
 * and rough text widths for margins.
 */

/**
 * The round step (1, 2, 2.5 or 5 × 10ⁿ) nearest at or above `raw`; `raw` must be > 0 and
 * finite. A hair above a round step (0.1 + 0.2 = 0.30000000000000004) still counts as it.
 */
export function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = (raw / power) * (1 - 1e-12);
  const nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
  return nice * power;
}

/** Decimals needed to print every multiple of `step` exactly (0.25 → 2, 2.5 → 1, 500 → 0). */
export function stepDecimals(step: number): number {
  for (let d = 0; d < 15; d++) {
    const scaled = step * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, scaled)) return d;
  }
  return 15;
}

/** Below this, a value or a span is too small to chart (the charts count m³ and tonnes). */
const TINY = 1e-6;

/**
 * Round axis ticks covering [min, max]: about `count` intervals of a round step, the first
 * tick ≤ min and the last ≥ max (to within a billionth of a step, so a bound that is a
 * multiple of the step up to rounding gets no extra tick), 0 among them whenever the range
 * spans it. A flat range (span below 1e-6, or below a billionth of the values) widens to one
 * step around its value; a range of zeros gives [0, 1].
 * Non-finite input or count < 1 is a programming error and throws.
 */
export function niceTicks(min: number, max: number, count: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(count >= 1)) {
    throw new RangeError(`niceTicks needs finite bounds and count ≥ 1, got ${min}, ${max}, ${count}`);
  }
  let lo = Math.min(min, max);
  let hi = Math.max(min, max);
  // Flat also when the span is lost against the values' size: with a step that small the
  // tick index (value / step) passes 2⁵³, where i++ no longer counts.
  if (hi - lo < Math.max(TINY, 1e-9 * Math.max(Math.abs(lo), Math.abs(hi)))) {
    if (Math.abs(lo) < TINY && Math.abs(hi) < TINY) return [0, 1];
    const pad = niceStep(Math.abs(lo)) / 2;
    lo -= pad;
    hi += pad;
  }
  const step = niceStep((hi - lo) / count);
  const first = Math.floor(lo / step + 1e-9);
  const last = Math.ceil(hi / step - 1e-9);
  const decimals = stepDecimals(step);
  const ticks: number[] = [];
  // Multiply, never add up, and round to the step's decimals: 0.1 + 0.2 is not 0.3.
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toFixed(decimals)) + 0);
  return ticks;
}

/** A linear map from [d0, d1] onto [r0, r1]; a flat domain maps everything to r0. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v: number) => r0 + (v - d0) * k;
}

export interface Band {
  /** Left edge, px. */
  x: number;
  width: number;
  /** Centre, px. */
  mid: number;
}

/**
 * `n` equal bands across [x0, x1], each with `paddingRatio` of its slot left empty (half on
 * each side), for the bars of one year each.
 */
export function bands(n: number, x0: number, x1: number, paddingRatio = 0.2): Band[] {
  if (n <= 0) return [];
  const slot = (x1 - x0) / n;
  const width = slot * (1 - paddingRatio);
  return Array.from({ length: n }, (_, i) => {
    const x = x0 + i * slot + (slot - width) / 2;
    return { x, width, mid: x + width / 2 };
  });
}

/** Bottom and top of each stacked segment, starting at 0; negative values are taken as 0. */
export function stack(values: readonly number[]): { y0: number; y1: number }[] {
  let top = 0;
  return values.map((v) => {
    const y0 = top;
    top += Math.max(0, v);
    return { y0, y1: top };
  });
}

export type Magnitude = "one" | "thousand" | "million";

export const MAGNITUDE_DIVISOR: Record<Magnitude, number> = { one: 1, thousand: 1e3, million: 1e6 };

/**
 * What an axis counts in, so tick labels stay short: millions from 2 million up (region:
 * 4.6 million m³ → "5"), thousands from 20,000 up (a municipality's 60,000 m³ → "60"),
 * otherwise units. Tables print the full numbers.
 */
export function magnitudeFor(maxAbs: number): Magnitude {
  if (maxAbs >= 2e6) return "million";
  if (maxAbs >= 2e4) return "thousand";
  return "one";
}

/**
 * Which of the year labels under the bars to print when they do not all fit: every
 * `every`-th from the first, plus the selected year, dropping regular labels that would
 * collide with the selected one. Returns the indices to print.
 */
export function yearLabelIndices(count: number, every: number, selectedIndex: number): number[] {
  const step = Math.max(1, Math.ceil(every));
  const shown: number[] = [];
  for (let i = 0; i < count; i++) {
    if (i === selectedIndex) shown.push(i);
    else if (i % step === 0 && (selectedIndex < 0 || Math.abs(i - selectedIndex) >= step)) shown.push(i);
  }
  return shown;
}

/**
 * Width of a line of chart text in px, from its length: DejaVu Sans's digits and most letters
 * are about 0.64 em wide. Errs wide, so margins never clip a label.
 */
export function textWidthPx(text: string, fontPx: number): number {
  return text.length * 0.64 * fontPx;
}
