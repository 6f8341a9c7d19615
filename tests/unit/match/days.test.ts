import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { windowsOverlap } from "../../../src/domain/compatibility";
import { dayNumber, daysOverlap, yearShare } from "../../../src/domain/match/days";

const isoDate = fc
  .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const maybe = fc.option(isoDate, { nil: undefined });
const day = (s: string | undefined, open: number) => (s === undefined ? open : (dayNumber(s) as number));

describe("dayNumber", () => {
  it("counts days since 1970-01-01 and rejects what is not a calendar date", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("2026-01-01")).toBe(20454);
    expect(dayNumber("2024-02-29")).toBe(19782);
    expect(dayNumber("2025-02-29")).toBeUndefined();
    expect(dayNumber("2025-13-01")).toBeUndefined();
    expect(dayNumber("2025-1-01")).toBeUndefined();
    expect(dayNumber("tomorrow")).toBeUndefined();
  });
});

describe("daysOverlap", () => {
  it("decides exactly as compatibility.ts windowsOverlap (inclusive, absent = open)", () => {
    fc.assert(
      fc.property(maybe, maybe, maybe, maybe, (af, at, bf, bt) => {
        const lo = Number.NEGATIVE_INFINITY;
        const hi = Number.POSITIVE_INFINITY;
        expect(daysOverlap(day(af, lo), day(at, hi), day(bf, lo), day(bt, hi))).toBe(
          windowsOverlap(af, at, bf, bt),
        );
      }),
      { numRuns: 2000 },
    );
    expect(daysOverlap(10, 20, 20, 30)).toBe(true);
    expect(daysOverlap(10, 20, 21, 30)).toBe(false);
  });
});

describe("yearShare", () => {
  const d = (s: string) => dayNumber(s) as number;
  it("is the days of the window inside the year over the days of the window", () => {
    expect(yearShare(d("2025-07-01"), d("2026-06-30"), 2026)).toBeCloseTo(181 / 365, 15);
    expect(yearShare(d("2026-03-01"), d("2026-03-31"), 2026)).toBe(1);
    expect(yearShare(d("2023-12-31"), d("2024-12-31"), 2024)).toBeCloseTo(366 / 367, 15);
  });

  it("is 0 outside the year and 1 for a window open at either end that reaches into it", () => {
    expect(yearShare(d("2025-01-01"), d("2025-12-31"), 2026)).toBe(0);
    expect(yearShare(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, 2026)).toBe(1);
    expect(yearShare(d("2026-12-31"), Number.POSITIVE_INFINITY, 2026)).toBe(1);
    expect(yearShare(d("2027-01-01"), Number.POSITIVE_INFINITY, 2026)).toBe(0);
    expect(yearShare(Number.NEGATIVE_INFINITY, d("2025-12-31"), 2026)).toBe(0);
  });
});
