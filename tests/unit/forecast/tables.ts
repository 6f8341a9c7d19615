// Builders for hand-made forecast tables with known answers.
import {
  FORECAST_SCHEMA_ID,
  type ForecastCategory,
  type ForecastRecord,
  type ForecastTable,
  forecastYears,
} from "../../../src/domain/forecast/types";

export function record(
  municipalityCode: string,
  year: number,
  category: ForecastCategory,
  [low, mid, high]: [number, number, number],
  unit: "m3" | "t" = category.kind === "secondary" ? "t" : "m3",
): ForecastRecord {
  return { municipalityCode, year, category, low, mid, high, unit, illustrative: false };
}

export function table(records: ForecastRecord[], baseYear = 2026): ForecastTable {
  return {
    schema: FORECAST_SCHEMA_ID,
    title: "test",
    baseYear,
    years: forecastYears(baseYear),
    source: "hand-made",
    illustrative: false,
    records,
  };
}

export const surplus = (material: "clay" | "mixed" | "sand" | "fill", soilClass: 0 | 1 | 2 | 3 | 4) =>
  ({ kind: "surplus", material, soilClass }) as const;
export const demand = { kind: "demand" } as const;
export const concrete = { kind: "secondary", material: "crushed_concrete" } as const;
