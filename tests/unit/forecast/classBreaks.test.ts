import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BALANCE_CLASS_COUNT,
  BALANCE_PALETTE,
  balanceClassBreaks,
  balanceClassIndex,
} from "../../../src/domain/forecast/classBreaks";

/** 1, 2, 2.5 or 5 times a power of ten. */
function isRound(x: number): boolean {
  const m = Math.abs(x) / 10 ** Math.floor(Math.log10(Math.abs(x)));
  return [1, 2, 2.5, 5, 10].some((n) => Math.abs(m - n) < 1e-9);
}

describe("balanceClassBreaks", () => {
  const nets = fc.array(fc.double({ min: -5e6, max: 5e6, noNaN: true }), { minLength: 1, maxLength: 40 });

  it("is symmetric around 0, strictly increasing, round, and covers the data", () => {
    fc.assert(
      fc.property(nets, (values) => {
        const edges = balanceClassBreaks(values);
        expect(edges).toHaveLength(BALANCE_CLASS_COUNT + 1);
        edges.forEach((e, i) => {
          expect(e).toBe(-(edges[edges.length - 1 - i] as number));
          if (i > 0) expect(e).toBeGreaterThan(edges[i - 1] as number);
          expect(isRound(e)).toBe(true);
        });
        for (const v of values) {
          expect(v).toBeGreaterThanOrEqual(edges[0] as number);
          expect(v).toBeLessThanOrEqual(edges[BALANCE_CLASS_COUNT] as number);
        }
      }),
    );
  });
  it("puts the limits at rounded quartiles of |net|", () => {
    // |values| quartiles 22 500, 55 000, 175 000 → 25 000, 50 000, 200 000; top 900 000 → 1 000 000.
    const values = [-20_000, 10_000, 20_000, 30_000, 50_000, -60_000, 100_000, 200_000, 300_000, 900_000];
    const q = balanceClassBreaks(values);
    expect(q.slice(4)).toEqual([25_000, 50_000, 200_000, 1_000_000]);
  });
  it("ignores zeros: a municipality without a forecast does not pull the limits down", () => {
    const some = [10_000, -100_000, 1_000_000];
    expect(balanceClassBreaks([0, 0, 0, 0, 0, 0, ...some])).toEqual(balanceClassBreaks(some));
  });
  it("never goes below 1 (m³ or t)", () => {
    const smallest = [-5, -2.5, -2, -1, 1, 2, 2.5, 5];
    expect(balanceClassBreaks([-5e-324, 0.001, 0.4])).toEqual(smallest);
    expect(balanceClassBreaks([0.3, 0.5, 0.7, 3])).toEqual(smallest);
  });
  it("copes with no data and with all zeros", () => {
    expect(balanceClassBreaks([])).toEqual([-5, -2.5, -2, -1, 1, 2, 2.5, 5]);
    expect(balanceClassBreaks([0, 0, Number.NaN, Number.POSITIVE_INFINITY])).toEqual([
      -5, -2.5, -2, -1, 1, 2, 2.5, 5,
    ]);
  });
  it("classifies symmetric values into mirrored classes", () => {
    const edges = [-1000, -500, -100, -10, 10, 100, 500, 1000];
    expect(balanceClassIndex(0, edges)).toBe(3);
    expect(balanceClassIndex(9.9, edges)).toBe(3);
    expect(balanceClassIndex(10, edges)).toBe(4);
    expect(balanceClassIndex(-10, edges)).toBe(2);
    expect(balanceClassIndex(499, edges)).toBe(5);
    expect(balanceClassIndex(5000, edges)).toBe(6);
    expect(balanceClassIndex(-5000, edges)).toBe(0);
  });
  it("has a colour per class, deficit to surplus", () => {
    expect(BALANCE_PALETTE).toHaveLength(BALANCE_CLASS_COUNT);
    for (const c of BALANCE_PALETTE) expect(c).toMatch(/^#[0-9a-f]{6}$/);
  });
});
