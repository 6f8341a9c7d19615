import { describe, expect, it } from "vitest";
import { yearChartLayout } from "../../../src/components/balance/yearChartLayout";

const years = [2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036, 2037];
const formatTick = (v: number, decimals: number) => v.toFixed(decimals);

const base = {
  width: 440,
  fontPx: 12,
  years,
  selectedYear: 2030,
  min: -1_476_410,
  max: 5_512_150,
  plotHeightEm: 14,
  formatTick,
};

describe("yearChartLayout", () => {
  it("counts the region's millions on round ticks from below the demand to above the surplus", () => {
    const l = yearChartLayout(base);
    expect(l.magnitude).toBe("million");
    expect(l.ticks.map((t) => t.value)).toEqual([-2e6, 0, 2e6, 4e6, 6e6]);
    expect(l.ticks.map((t) => t.label)).toEqual(["-2", "0", "2", "4", "6"]);
  });
  it("puts the lowest tick at the plot's bottom and the highest at its top", () => {
    const l = yearChartLayout(base);
    expect(l.ticks[0]?.y).toBeCloseTo(l.plot.bottom, 9);
    expect(l.ticks.at(-1)?.y).toBeCloseTo(l.plot.top, 9);
    expect(l.y(0)).toBeGreaterThan(l.plot.top);
    expect(l.y(0)).toBeLessThan(l.plot.bottom);
    expect(l.plot.bottom - l.plot.top).toBe(14 * 12);
  });
  it("prints decimals only where the step needs them", () => {
    const l = yearChartLayout({ ...base, min: 0, max: 12_000_000, tickCount: 3 });
    expect(l.ticks.map((t) => t.label)).toEqual(["0", "5", "10", "15"]);
    const half = yearChartLayout({ ...base, min: 0, max: 2_400_000, tickCount: 5 });
    expect(half.ticks.map((t) => t.label)).toEqual(["0.0", "0.5", "1.0", "1.5", "2.0", "2.5"]);
  });
  it("gives every year a band inside the plot, in order", () => {
    const l = yearChartLayout(base);
    expect(l.bands).toHaveLength(12);
    expect(l.bands[0]?.x).toBeGreaterThan(l.plot.left);
    expect((l.bands[11]?.x ?? 0) + (l.bands[11]?.width ?? 0)).toBeLessThan(l.plot.right);
    for (let i = 1; i < 12; i++) expect(l.bands[i]?.mid).toBeGreaterThan(l.bands[i - 1]?.mid ?? 0);
  });
  it("leaves room left of the plot for the widest tick label", () => {
    const narrow = yearChartLayout({ ...base, min: 0, max: 15_000 });
    const wide = yearChartLayout({ ...base, min: 0, max: 15_000, formatTick: (v) => `${v}000000` });
    expect(wide.plot.left).toBeGreaterThan(narrow.plot.left);
  });
  it("grows with the font: margins, plot height and total height scale, the width stays", () => {
    const small = yearChartLayout(base);
    const big = yearChartLayout({ ...base, fontPx: 24 });
    expect(big.width).toBe(small.width);
    expect(big.plot.left).toBeCloseTo(2 * small.plot.left, 9);
    expect(big.height).toBeCloseTo(2 * small.height, 9);
  });
  it("prints every year when the labels fit, and thins them (keeping the selected year) when not", () => {
    expect(yearChartLayout({ ...base, width: 900 }).yearLabels).toHaveLength(12);
    const crowded = yearChartLayout({ ...base, width: 440, fontPx: 24 });
    expect(crowded.yearLabels.length).toBeLessThan(12);
    expect(crowded.yearLabels).toContain(years.indexOf(2030));
  });
  it("draws a flat zero series on [0, 1] counted in units", () => {
    const l = yearChartLayout({ ...base, min: 0, max: 0 });
    expect(l.magnitude).toBe("one");
    expect(l.ticks.map((t) => t.value)).toEqual([0, 1]);
  });
});
