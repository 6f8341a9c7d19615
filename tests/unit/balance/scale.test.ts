import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bands,
  linearScale,
  magnitudeFor,
  niceStep,
  niceTicks,
  stack,
  stepDecimals,
  textWidthPx,
  yearLabelIndices,
} from "../../../src/components/balance/scale";

describe("niceStep", () => {
  it("rounds up to 1, 2, 2.5 or 5 times a power of ten", () => {
    expect([0.7, 1, 1.3, 2.2, 3, 7, 12, 1860000].map(niceStep)).toEqual([1, 1, 2, 2.5, 5, 10, 20, 2000000]);
    expect(niceStep(0.013)).toBeCloseTo(0.02, 12);
  });
});

describe("stepDecimals", () => {
  it("counts the decimals a multiple of the step needs", () => {
    expect([500, 1, 2.5, 0.25, 0.1, 0.02].map(stepDecimals)).toEqual([0, 0, 1, 2, 1, 2]);
  });
});

describe("niceTicks", () => {
  it("covers the region's surplus with round millions", () => {
    expect(niceTicks(0, 4_592_680, 5)).toEqual([0, 1e6, 2e6, 3e6, 4e6, 5e6]);
  });
  it("spans a negative minimum and includes 0", () => {
    expect(niceTicks(-1_476_410, 5_512_150, 5)).toEqual([-2e6, 0, 2e6, 4e6, 6e6]);
    expect(niceTicks(-13_920, -6_960, 4)).toEqual([-14_000, -12_000, -10_000, -8_000, -6_000]);
  });
  it("gives exact decimal ticks, not 0.30000000000000004", () => {
    expect(niceTicks(0, 0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(niceTicks(0, 12.5, 5)).toEqual([0, 2.5, 5, 7.5, 10, 12.5]);
  });
  it("widens a flat range around its value, and all zeros to [0, 1]", () => {
    expect(niceTicks(0, 0, 5)).toEqual([0, 1]);
    expect(niceTicks(-5e-324, 0, 1)).toEqual([0, 1]);
    const flat = niceTicks(20_000, 20_000, 4);
    expect(flat[0]).toBeLessThan(20_000);
    expect(flat.at(-1)).toBeGreaterThan(20_000);
  });
  it("treats a span lost against the values' size as flat (and ends)", () => {
    // A 4e-6 span at 1e10 would need ticks 5e-7 apart: tick index 2e16, past 2⁵³.
    const ticks = niceTicks(1e10, 1e10 + 4e-6, 10);
    expect(ticks[0]).toBeLessThanOrEqual(1e10);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(1e10 + 4e-6);
    expect(ticks.length).toBeLessThan(12);
  });
  it("accepts the bounds in either order", () => {
    expect(niceTicks(10, 0, 5)).toEqual(niceTicks(0, 10, 5));
  });
  it("refuses non-finite bounds and a count below 1", () => {
    expect(() => niceTicks(0, Number.NaN, 5)).toThrow(RangeError);
    expect(() => niceTicks(0, Number.POSITIVE_INFINITY, 5)).toThrow(/finite/);
    expect(() => niceTicks(0, 10, 0)).toThrow(/count/);
  });
  it("always covers [min, max] with evenly spaced round ticks, about count intervals", () => {
    const value = fc.double({ min: -1e9, max: 1e9, noNaN: true });
    fc.assert(
      fc.property(value, value, fc.integer({ min: 1, max: 10 }), (a, b, count) => {
        const ticks = niceTicks(a, b, count);
        const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
        const step = (ticks[1] as number) - (ticks[0] as number);
        // Covered to within a billionth of a step (rounding); values within 1e-6 of 0 are 0.
        const slack = Math.max(1e-6, step * 1e-9);
        expect(ticks[0]).toBeLessThanOrEqual(lo + slack);
        expect(ticks.at(-1)).toBeGreaterThanOrEqual(hi - slack);
        for (let i = 1; i < ticks.length; i++) {
          expect((ticks[i] as number) - (ticks[i - 1] as number)).toBeCloseTo(step, 6);
        }
        // Round steps at most 2.5× the raw one, plus one partial interval at each end.
        expect(ticks.length - 1).toBeLessThanOrEqual(Math.max(2, count * 2 + 2));
        if (lo <= 0 && hi >= 0) expect(ticks).toContain(0);
      }),
      { numRuns: 2000 },
    );
  });
  it("adds no tick for a bound a rounding error past a multiple of the step", () => {
    expect(niceTicks(0, 0.1 + 0.2, 3)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(niceTicks(-(0.1 + 0.2), 0, 3)).toEqual([-0.3, -0.2, -0.1, 0]);
    expect(niceTicks(0, 1e-7, 5)).toEqual([0, 1]);
  });
});

describe("linearScale", () => {
  it("maps the domain onto the range, inverted for a y axis", () => {
    const y = linearScale([0, 100], [200, 0]);
    expect([y(0), y(50), y(100), y(-10)]).toEqual([200, 100, 0, 220]);
  });
  it("maps a flat domain to the start of the range", () => {
    expect(linearScale([5, 5], [10, 20])(7)).toBe(10);
  });
});

describe("bands", () => {
  it("splits the width into equal slots with the padding shared on both sides", () => {
    const b = bands(4, 0, 100, 0.2);
    expect(b.map((x) => x.width)).toEqual([20, 20, 20, 20]);
    expect(b.map((x) => x.x)).toEqual([2.5, 27.5, 52.5, 77.5]);
    expect(b.map((x) => x.mid)).toEqual([12.5, 37.5, 62.5, 87.5]);
    expect(bands(0, 0, 100)).toEqual([]);
  });
});

describe("stack", () => {
  it("piles the values from 0, treating negatives as 0", () => {
    expect(stack([3, 0, 2, -1, 5])).toEqual([
      { y0: 0, y1: 3 },
      { y0: 3, y1: 3 },
      { y0: 3, y1: 5 },
      { y0: 5, y1: 5 },
      { y0: 5, y1: 10 },
    ]);
  });
});

describe("magnitudeFor", () => {
  it("counts the region in millions, a municipality in thousands, small values in units", () => {
    expect(magnitudeFor(5_000_000)).toBe("million");
    expect(magnitudeFor(2_000_000)).toBe("million");
    expect(magnitudeFor(1_500_000)).toBe("thousand");
    expect(magnitudeFor(60_000)).toBe("thousand");
    expect(magnitudeFor(15_000)).toBe("one");
    expect(magnitudeFor(0)).toBe("one");
  });
});

describe("yearLabelIndices", () => {
  it("prints every label when they fit", () => {
    expect(yearLabelIndices(5, 0.8, -1)).toEqual([0, 1, 2, 3, 4]);
  });
  it("prints every second one when they do not, and the selected year without its neighbours", () => {
    expect(yearLabelIndices(12, 1.6, -1)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(yearLabelIndices(12, 1.6, 4)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(yearLabelIndices(12, 1.6, 5)).toEqual([0, 2, 5, 8, 10]);
  });
});

describe("textWidthPx", () => {
  it("grows with the text and the font size", () => {
    expect(textWidthPx("2026", 12)).toBeCloseTo(30.72, 6);
    expect(textWidthPx("2026", 24)).toBe(2 * textWidthPx("2026", 12));
    expect(textWidthPx("", 12)).toBe(0);
  });
});
