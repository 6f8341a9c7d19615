import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildTable, serialise } from "../../../geodata/forecasts-src/build";
import { balanceByMunicipality, regionalTotals } from "../../../src/domain/forecast/balance";
import { forecastFromCsv, forecastToCsv } from "../../../src/domain/forecast/csv";
import {
  PARTNERSHIP_FORECAST_CODES,
  REGION_MUNICIPALITY_CODES,
} from "../../../src/domain/forecast/municipalities";
import { validateForecastTable } from "../../../src/domain/forecast/validate";

const dir = new URL("../../../geodata/forecasts/", import.meta.url);
const jsonText = readFileSync(new URL("forecast-illustrative.json", dir), "utf8");
const csvText = readFileSync(new URL("forecast-illustrative.csv", dir), "utf8");
const { table, issues } = validateForecastTable(JSON.parse(jsonText));
if (!table) throw new Error("the illustrative forecast does not load");
const years = table.years;

// ../shared/docs/domain.md, "Forecasts": "Region total about 4-6 Mm³/yr; København +
// Frederiksberg about 1.8 Mt/yr; a mid-size municipality about 50,000 m³/yr."
const REGION_SURPLUS_M3 = { min: 4_000_000, max: 6_000_000 };
const KBH_FRB_SURPLUS_T = { min: 1_500_000, max: 2_100_000 }; // "about 1.8 Mt": ±1/6
/** "about 50,000 m³/yr" for the partnership's mid-size four (40,000–65,000 inhabitants). */
const MID_SIZE_SURPLUS_M3 = { min: 35_000, max: 85_000 };
const MID_SIZE = ["0240", "0250", "0210", "0217"]; // Egedal, Frederikssund, Fredensborg, Helsingør

describe("the illustrative forecast", () => {
  it("validates without issues and is regenerated exactly by the generator", () => {
    expect(issues).toEqual([]);
    const built = buildTable();
    expect(serialise(built)).toBe(jsonText);
    expect(forecastToCsv(built)).toBe(csvText);
  });

  it("has its CSV twin in the template, reading back to the same table", () => {
    expect(forecastFromCsv(csvText)).toEqual({ table, rejected: [] });
  });

  it("covers all 29 municipalities over the 12 years 2026–2037, every record illustrative", () => {
    expect(years).toEqual([2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036, 2037]);
    for (const code of REGION_MUNICIPALITY_CODES)
      for (const year of years)
        expect(table.records.some((r) => r.municipalityCode === code && r.year === year)).toBe(true);
    expect(table.illustrative).toBe(true);
    expect(table.records.every((r) => r.illustrative)).toBe(true);
  });

  it("splits the partnership's five by soil type and class, the others by class only", () => {
    for (const code of REGION_MUNICIPALITY_CODES) {
      const kinds = new Set(
        table.records.flatMap((r) =>
          r.municipalityCode === code && r.category.kind === "surplus" ? [r.category.material] : [],
        ),
      );
      if (PARTNERSHIP_FORECAST_CODES.includes(code)) expect(kinds.size).toBe(6);
      else expect([...kinds]).toEqual(["mixed"]);
    }
  });

  it("has secondary materials for Egedal and Gladsaxe only", () => {
    const withSecondary = new Set(
      table.records.filter((r) => r.category.kind === "secondary").map((r) => r.municipalityCode),
    );
    expect([...withSecondary].sort()).toEqual(["0159", "0240"]);
  });

  it.each(years)("keeps %i within domain.md's scale", (year) => {
    const total = regionalTotals(table, year);
    expect(total.surplusM3).toBeGreaterThanOrEqual(REGION_SURPLUS_M3.min);
    expect(total.surplusM3).toBeLessThanOrEqual(REGION_SURPLUS_M3.max);
    const balance = new Map(balanceByMunicipality(table, year).map((b) => [b.municipalityCode, b]));
    const kbhFrb = (balance.get("0101")?.surplusTonnes ?? 0) + (balance.get("0147")?.surplusTonnes ?? 0);
    expect(kbhFrb).toBeGreaterThanOrEqual(KBH_FRB_SURPLUS_T.min);
    expect(kbhFrb).toBeLessThanOrEqual(KBH_FRB_SURPLUS_T.max);
    for (const code of MID_SIZE) {
      expect(balance.get(code)?.surplusM3).toBeGreaterThanOrEqual(MID_SIZE_SURPLUS_M3.min);
      expect(balance.get(code)?.surplusM3).toBeLessThanOrEqual(MID_SIZE_SURPLUS_M3.max);
    }
    // Surplus far exceeds demand in the capital area: demand well below surplus.
    expect(total.demandM3).toBeLessThan(0.4 * total.surplusM3);
    const capital = ["0101", "0147"].map((c) => balance.get(c));
    for (const b of capital) expect(b?.demandM3).toBeLessThan(0.2 * (b?.surplusM3 ?? 0));
  });

  it("has ranges of about 0.7× to 1.4× the central value that widen with the years", () => {
    const spread = (year: number) => {
      const t = regionalTotals(table, year);
      return { low: t.range.surplusM3.low / t.surplusM3, high: t.range.surplusM3.high / t.surplusM3 };
    };
    const mean = (f: (s: { low: number; high: number }) => number) =>
      years.reduce((sum, y) => sum + f(spread(y)), 0) / years.length;
    expect(mean((s) => s.low)).toBeCloseTo(0.7, 1);
    expect(mean((s) => s.high)).toBeCloseTo(1.4, 1);
    const first = spread(2026);
    const last = spread(2037);
    expect(last.low).toBeLessThan(first.low);
    expect(last.high).toBeGreaterThan(first.high);
  });
});
