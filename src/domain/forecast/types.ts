/**
 * The forecast table (schema `jordbalance/forecast@1`, docs/forecasts.md): per municipality,
 * per year of a 12-year horizon, per category, a low, central and high estimate.
 *
 * Municipal forecasts ("prognoser") come at different levels of detail, so a category is
 * structured rather than a fixed column set: a detailed forecast splits surplus soil by type
 * and class, a coarse one by class only with material `mixed`. Aggregation sums whatever is
 * there, so both kinds sit in one table.
 */
import type { SecondaryMaterial, SoilClass, SoilMaterial } from "../materials";
import type { QuantityUnit } from "../site";

export const FORECAST_SCHEMA_ID = "jordbalance/forecast@1";

/** A municipal forecast covers 12 years (domain.md, "Forecasts"). */
export const FORECAST_YEAR_COUNT = 12;

/** Surplus soil of one type and contamination class (klasse 0–4); `mixed` when not split by type. */
export interface SurplusCategory {
  kind: "surplus";
  material: SoilMaterial;
  soilClass: SoilClass;
}

/** Soil the municipality's own projects need; `material` absent = any suitable soil. */
export interface DemandCategory {
  kind: "demand";
  material?: SoilMaterial;
}

/** Crushed concrete, brick or asphalt from construction and demolition. */
export interface SecondaryCategory {
  kind: "secondary";
  material: SecondaryMaterial;
}

export type ForecastCategory = SurplusCategory | DemandCategory | SecondaryCategory;
export type ForecastCategoryKind = ForecastCategory["kind"];

/**
 * One estimate. Surplus and demand are usually in-situ m³ and secondary materials tonnes, as
 * municipal forecasts give them; either unit is accepted and converted with the densities.
 * Invariant: 0 ≤ low ≤ mid ≤ high.
 */
export interface ForecastRecord {
  /** DAGI code, 4 digits with leading zero ("0101"). */
  municipalityCode: string;
  year: number;
  category: ForecastCategory;
  low: number;
  /** The central estimate. */
  mid: number;
  high: number;
  unit: QuantityUnit;
  /** true on made-up example data; the app labels it. */
  illustrative: boolean;
}

export interface ForecastTable {
  schema: typeof FORECAST_SCHEMA_ID;
  title: string;
  /** First year of the horizon. */
  baseYear: number;
  /** The 12 consecutive years baseYear … baseYear + 11. */
  years: number[];
  /** Where the numbers come from and what they assume. */
  source: string;
  /** true when the table as a whole is made-up example data. */
  illustrative: boolean;
  records: ForecastRecord[];
}

/** Which estimate a scenario reads: every record at its low, central or high value. */
export const FORECAST_SCENARIOS = ["low", "mid", "high"] as const;
export type ForecastScenario = (typeof FORECAST_SCENARIOS)[number];

/** The horizon's years from its first year. */
export function forecastYears(baseYear: number): number[] {
  return Array.from({ length: FORECAST_YEAR_COUNT }, (_, i) => baseYear + i);
}

/** A stable text key per category ("surplus:clay:1", "demand", "demand:sand", "secondary:crushed_brick"). */
export function categoryKey(category: ForecastCategory): string {
  switch (category.kind) {
    case "surplus":
      return `surplus:${category.material}:${category.soilClass}`;
    case "demand":
      return category.material === undefined ? "demand" : `demand:${category.material}`;
    case "secondary":
      return `secondary:${category.material}`;
  }
}

/** The unit a category's forecasts are normally given in. */
export function naturalUnit(kind: ForecastCategoryKind): QuantityUnit {
  return kind === "secondary" ? "t" : "m3";
}

/**
 * The year of `years` to show for the view's year: the year itself when the horizon has it,
 * else the nearer end of the horizon (a link or scene may name a year another forecast had);
 * the first year when the view has none. Undefined only for an empty horizon.
 */
export function shownForecastYear(years: readonly number[], year: number | null): number | undefined {
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return undefined;
  if (year === null) return first;
  return Math.min(last, Math.max(first, year));
}
