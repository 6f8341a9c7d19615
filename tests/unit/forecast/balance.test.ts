import { describe, expect, it } from "vitest";
import { balanceByMunicipality, regionalTotals } from "../../../src/domain/forecast/balance";
import { REGION_MUNICIPALITY_CODES } from "../../../src/domain/forecast/municipalities";
import { DEFAULT_PARAMETERS } from "../../../src/domain/params";
import { concrete, demand, record, surplus, table } from "./tables";

// Gladsaxe (0159): clay class 1 + mixed class 3 against demand; Egedal (0240): demand only.
const t = table([
  record("0159", 2027, surplus("clay", 1), [700, 1000, 1400]),
  record("0159", 2027, surplus("mixed", 3), [70, 100, 140]),
  record("0159", 2027, demand, [200, 300, 500]),
  record("0159", 2027, concrete, [10, 20, 40]),
  record("0240", 2027, demand, [50, 60, 80]),
  record("0159", 2028, surplus("clay", 1), [1, 2, 3]),
]);
const byCode = (year: number, options = {}) =>
  new Map(balanceByMunicipality(t, year, options).map((b) => [b.municipalityCode, b]));

describe("balanceByMunicipality", () => {
  it("sums surplus and demand and takes net = surplus − demand", () => {
    const g = byCode(2027).get("0159");
    expect(g?.surplusM3).toBe(1100);
    expect(g?.demandM3).toBe(300);
    expect(g?.netM3).toBe(800);
    expect(g?.secondaryTonnes.crushed_concrete).toBe(20);
    expect(g?.secondaryTonnes.crushed_brick).toBe(0);
    expect(g?.recordCount).toBe(4);
  });
  it("converts with the material's density, demand without material with the average", () => {
    const g = byCode(2027).get("0159");
    // 1000 m³ clay × 1.85 + 100 m³ mixed × 1.7; 300 m³ demand × 1.65.
    expect(g?.surplusTonnes).toBeCloseTo(1850 + 170);
    expect(g?.demandTonnes).toBeCloseTo(495);
    expect(g?.netTonnes).toBeCloseTo(2020 - 495);
    const heavy = { ...DEFAULT_PARAMETERS, averageSoilDensityTPerM3: 2 };
    expect(byCode(2027, { densities: heavy }).get("0159")?.demandTonnes).toBeCloseTo(600);
  });
  it("combines ranges as sums of lows and highs, the net by interval arithmetic", () => {
    const g = byCode(2027).get("0159");
    expect(g?.range.surplusM3).toEqual({ low: 770, high: 1540 });
    expect(g?.range.demandM3).toEqual({ low: 200, high: 500 });
    // low = 770 − 500, high = 1540 − 200
    expect(g?.range.netM3).toEqual({ low: 270, high: 1340 });
    expect(g?.range.secondaryTonnes.crushed_concrete).toEqual({ low: 10, high: 40 });
  });
  it("reads the chosen scenario from every record, inside the net range", () => {
    const low = byCode(2027, { scenario: "low" }).get("0159");
    const high = byCode(2027, { scenario: "high" }).get("0159");
    expect(low?.surplusM3).toBe(770);
    expect(low?.netM3).toBe(770 - 200);
    expect(high?.netM3).toBe(1540 - 500);
    for (const b of [low, high]) {
      expect(b?.netM3).toBeGreaterThanOrEqual(b?.range.netM3.low ?? Number.NaN);
      expect(b?.netM3).toBeLessThanOrEqual(b?.range.netM3.high ?? Number.NaN);
    }
  });
  it("gives a municipality with only demand a negative net", () => {
    expect(byCode(2027).get("0240")?.netM3).toBe(-60);
  });
  it("lists all 29 municipalities, zero where there is no forecast", () => {
    const all = balanceByMunicipality(t, 2027);
    expect(all.map((b) => b.municipalityCode)).toEqual(REGION_MUNICIPALITY_CODES);
    const kbh = all.find((b) => b.municipalityCode === "0101");
    expect(kbh).toMatchObject({ surplusM3: 0, demandM3: 0, netM3: 0, recordCount: 0 });
    expect(kbh?.range.netM3).toEqual({ low: 0, high: 0 });
  });
  it("keeps years apart and returns nothing for a year outside the table", () => {
    expect(byCode(2028).get("0159")?.surplusM3).toBe(2);
    expect(byCode(2029).get("0159")?.recordCount).toBe(0);
    expect(balanceByMunicipality(t, 2040)).toEqual([]);
  });
  it("converts records given in the other unit", () => {
    const tonnes = table([record("0101", 2026, surplus("clay", 0), [185, 370, 555], "t")]);
    expect(
      balanceByMunicipality(tonnes, 2026).find((b) => b.municipalityCode === "0101")?.surplusM3,
    ).toBeCloseTo(200);
  });
});

describe("regionalTotals", () => {
  it("sums the municipalities, ranges included", () => {
    const r = regionalTotals(t, 2027);
    expect(r.surplusM3).toBe(1100);
    expect(r.demandM3).toBe(360);
    expect(r.netM3).toBe(740);
    expect(r.range.netM3).toEqual({ low: 770 - 580, high: 1540 - 250 });
    expect(r.municipalitiesWithData).toBe(2);
    expect(r.illustrative).toBe(false);
  });
  it("is all zeros for a year outside the table", () => {
    const r = regionalTotals(t, 2099);
    expect(r).toMatchObject({
      surplusM3: 0,
      demandM3: 0,
      netM3: 0,
      recordCount: 0,
      municipalitiesWithData: 0,
    });
  });
  it("says when illustrative data went in", () => {
    const made = table([{ ...record("0101", 2026, demand, [1, 1, 1]), illustrative: true }]);
    expect(regionalTotals(made, 2026).illustrative).toBe(true);
  });
});
