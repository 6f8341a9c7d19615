import { describe, expect, it } from "vitest";
import { balanceChoropleth } from "../../../src/domain/forecast/choropleth";
import { BALANCE_PALETTE } from "../../../src/domain/forecast/classBreaks";
import { shownForecastYear } from "../../../src/domain/forecast/types";
import { demand, record, surplus, table } from "./tables";

// Egedal (0240) in surplus, Gladsaxe (0159) short of soil, both only in 2026 and 2027.
const t = table([
  record("0240", 2026, surplus("clay", 1), [800, 1000, 1500]),
  record("0240", 2027, surplus("clay", 1), [80, 100, 150]),
  record("0159", 2026, demand, [3000, 4000, 5000]),
  record("0159", 2027, surplus("sand", 0), [0, 10, 20]),
]);

describe("balanceChoropleth", () => {
  it("colours surplus brown, deficit blue-green, and marks municipalities without a forecast", () => {
    const c = balanceChoropleth(t, 2026);
    const egedal = c?.entries.find((e) => e.municipalityCode === "0240");
    const gladsaxe = c?.entries.find((e) => e.municipalityCode === "0159");
    expect(egedal).toMatchObject({ netM3: 1000, hasData: true });
    expect(egedal?.classIndex).toBeGreaterThan(3);
    expect(gladsaxe).toMatchObject({ netM3: -4000, classIndex: 0, colour: BALANCE_PALETTE[0] });
    expect(c?.entries).toHaveLength(29);
    expect(c?.entries.find((e) => e.municipalityCode === "0101")).toMatchObject({
      hasData: false,
      classIndex: 3,
    });
  });

  it("keeps the class limits of the whole horizon, so a year's colours compare with another's", () => {
    expect(balanceChoropleth(t, 2027)?.edges).toEqual(balanceChoropleth(t, 2026)?.edges);
    expect(balanceChoropleth(t, 2027)?.edges.at(-1)).toBeGreaterThanOrEqual(4000);
  });

  it("reads the scenario asked for", () => {
    const high = balanceChoropleth(t, 2026, { scenario: "high" });
    expect(high?.entries.find((e) => e.municipalityCode === "0240")?.netM3).toBe(1500);
  });

  it("has nothing for a year outside the table", () => {
    expect(balanceChoropleth(t, 2040)).toBeUndefined();
  });
});

describe("shownForecastYear", () => {
  const years = [2030, 2031, 2032];
  it("keeps a year the horizon has and takes the first for none", () => {
    expect(shownForecastYear(years, 2031)).toBe(2031);
    expect(shownForecastYear(years, null)).toBe(2030);
  });

  it("moves a year outside the horizon to its nearer end", () => {
    expect(shownForecastYear(years, 2027)).toBe(2030);
    expect(shownForecastYear(years, 2040)).toBe(2032);
    expect(shownForecastYear([], 2030)).toBeUndefined();
  });
});
