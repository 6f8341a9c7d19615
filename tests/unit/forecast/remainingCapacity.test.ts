import { describe, expect, it } from "vitest";
import { remainingCapacityByYear } from "../../../src/domain/forecast/remainingCapacity";
import { pointSite, receiver, source } from "../helpers";

const YEARS = [2026, 2027, 2028, 2029];
const rcv = (from: string | undefined, to: string | undefined, extra = {}) =>
  receiver("r", 12.5, 55.7, { quantity: 1000, unit: "t", availableFrom: from, availableTo: to, ...extra });
const remaining = (s: { years: { remainingTonnes: number }[] } | undefined) =>
  s?.years.map((y) => Math.round(y.remainingTonnes));

describe("remainingCapacityByYear", () => {
  it("spreads the capacity evenly over the window without a match result", () => {
    // 2026-2027: 365 + 365 days, so half each year; full at the end of 2027.
    const [s] = remainingCapacityByYear([rcv("2026-01-01", "2027-12-31")], YEARS);
    expect(s?.basis).toBe("even_spread");
    expect(remaining(s)).toEqual([500, 0, 0, 0]);
    expect(s?.years[0]?.intakeTonnes).toBeCloseTo(500);
    expect(s?.fullInYear).toBe(2027);
    expect(s?.years.map((y) => y.receiving)).toEqual([true, true, false, false]);
    expect(s?.excessTonnes).toBe(0);
  });
  it("counts intake from a window that began before the first year asked", () => {
    const [s] = remainingCapacityByYear([rcv("2024-01-01", "2027-12-31")], YEARS);
    // 2024 has 366 days: 1000 × (366 + 365) / 1461 taken before the end of 2025, then 2026.
    expect(s?.years[0]?.remainingTonnes).toBeCloseTo(1000 * (365 / 1461));
  });
  it("counts the years between the years asked", () => {
    const [s] = remainingCapacityByYear([rcv("2026-01-01", "2029-12-31")], [2026, 2028]);
    expect(s?.years.map((y) => y.year)).toEqual([2026, 2028]);
    expect(s?.years[1]?.remainingTonnes).toBeCloseTo(1000 * (365 / 1461));
  });
  it("converts a capacity in m³ with the average soil density", () => {
    const [s] = remainingCapacityByYear(
      [rcv("2026-01-01", "2026-12-31", { quantity: 100, unit: "m3" })],
      YEARS,
    );
    expect(s?.capacityTonnes).toBeCloseTo(165);
  });
  it("with flows, takes the matched tonnes over the overlap of source and receiver windows", () => {
    const flows = [
      { receiverId: "r", tonnes: 300, sourceFrom: "2027-01-01", sourceTo: "2027-12-31" },
      // Overlap with a window from 2026-01-01: only the first half of 2026.
      { receiverId: "r", tonnes: 100, sourceFrom: "2025-07-01", sourceTo: "2026-06-30" },
      { receiverId: "other", tonnes: 999 },
    ];
    const [s] = remainingCapacityByYear([rcv("2026-01-01", "2029-12-31")], YEARS, { flows });
    expect(s?.basis).toBe("flows");
    expect(remaining(s)).toEqual([900, 600, 600, 600]);
    expect(s?.years.map((y) => Math.round(y.intakeTonnes))).toEqual([100, 300, 0, 0]);
    expect(s?.fullInYear).toBeUndefined();
  });
  it("with flows, a receiver without flows takes nothing", () => {
    const [s] = remainingCapacityByYear([rcv("2026-01-01", "2027-12-31")], YEARS, { flows: [] });
    expect(remaining(s)).toEqual([1000, 1000, 1000, 1000]);
  });
  it("never goes below zero and reports what overfills", () => {
    const flows = [{ receiverId: "r", tonnes: 1500, sourceFrom: "2026-01-01", sourceTo: "2027-12-31" }];
    const [s] = remainingCapacityByYear([rcv("2026-01-01", "2029-12-31")], YEARS, { flows });
    expect(remaining(s)).toEqual([250, 0, 0, 0]);
    expect(s?.fullInYear).toBe(2027);
    expect(s?.excessTonnes).toBeCloseTo(500);
  });
  it("assumes nothing for an open end without a rate", () => {
    const [s] = remainingCapacityByYear([rcv("2026-01-01", undefined)], YEARS);
    expect(s?.basis).toBe("unknown");
    expect(remaining(s)).toEqual([1000, 1000, 1000, 1000]);
    expect(s?.years.every((y) => y.receiving)).toBe(true);
  });
  it("uses an intake rate for an open end, the option before the site's property", () => {
    const withProperty = rcv("2026-01-01", undefined, { intakeTonnesPerYear: 300 });
    const [byProperty] = remainingCapacityByYear([withProperty], YEARS);
    expect(byProperty?.basis).toBe("rate");
    expect(remaining(byProperty)).toEqual([700, 400, 100, 0]);
    expect(byProperty?.excessTonnes).toBeCloseTo(200);
    const [byOption] = remainingCapacityByYear([withProperty], YEARS, { intakeTonnesPerYear: { r: 100 } });
    expect(remaining(byOption)).toEqual([900, 800, 700, 600]);
  });
  it("takes an open start as receiving from the first year asked", () => {
    const [s] = remainingCapacityByYear([rcv(undefined, "2027-12-31")], YEARS);
    expect(remaining(s)).toEqual([500, 0, 0, 0]);
    const [flowed] = remainingCapacityByYear([rcv(undefined, undefined)], YEARS, {
      flows: [{ receiverId: "r", tonnes: 400 }],
    });
    // Neither window has an end: the flow spreads over the four years asked.
    expect(remaining(flowed)).toEqual([900, 800, 700, 600]);
  });
  it("leaves out sources, pits without dispensation, completed and small sites", () => {
    const sites = [
      source("s", 12.5, 55.7),
      pointSite(12.5, 55.7, { id: "pit-no", kind: "pit", quantity: 1000, unit: "t" }),
      pointSite(12.5, 55.7, {
        id: "pit-yes",
        kind: "pit",
        section52Dispensation: true,
        quantity: 5000,
        unit: "t",
      }),
      receiver("done", 12.5, 55.7, { status: "completed" }),
      receiver("small", 12.5, 55.7, { quantity: 10, unit: "t" }),
    ];
    const ids = remainingCapacityByYear(sites, YEARS, { minCapacityTonnes: 100 }).map((s) => [
      s.siteId,
      s.kind,
    ]);
    expect(ids).toEqual([["pit-yes", "pit"]]);
    expect(remainingCapacityByYear(sites, [])).toEqual([]);
  });
});
