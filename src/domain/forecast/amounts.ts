/**
 * One record's amount in both units. Convention (domain.md): m³ are in-situ m³; a named
 * material converts with its own density, demand for unspecified soil with the average soil
 * density (as a receiver's capacity does). Densities are editable parameters, t/m³.
 */
import type { Parameters } from "../params";
import { DEFAULT_PARAMETERS } from "../params";
import type { ForecastCategory, ForecastRecord } from "./types";

export type Densities = Pick<Parameters, "densityTPerM3" | "averageSoilDensityTPerM3">;

/** Sums of the low, central and high estimates of the records in a group. */
export interface Band {
  low: number;
  mid: number;
  high: number;
}

export const zeroBand = (): Band => ({ low: 0, mid: 0, high: 0 });

export function addInto(target: Band, add: Band): void {
  target.low += add.low;
  target.mid += add.mid;
  target.high += add.high;
}

export function scaleBand(b: Band, factor: number): Band {
  return { low: b.low * factor, mid: b.mid * factor, high: b.high * factor };
}

/**
 * Surplus − demand with interval arithmetic: the low end pairs the lowest surplus with the
 * highest demand, the high end the reverse, so the net range is as wide as the two ranges allow.
 */
export function netBand(surplus: Band, demand: Band): Band {
  return { low: surplus.low - demand.high, mid: surplus.mid - demand.mid, high: surplus.high - demand.low };
}

/** Density that converts this category's m³ to t, t/m³. */
export function categoryDensity(
  category: ForecastCategory,
  densities: Densities = DEFAULT_PARAMETERS,
): number {
  if (category.material === undefined) return densities.averageSoilDensityTPerM3;
  return densities.densityTPerM3[category.material];
}

/** The record's low/mid/high in m³ and in t. */
export function recordAmounts(
  r: ForecastRecord,
  densities: Densities = DEFAULT_PARAMETERS,
): { m3: Band; tonnes: Band } {
  const values: Band = { low: r.low, mid: r.mid, high: r.high };
  const density = categoryDensity(r.category, densities);
  return r.unit === "m3"
    ? { m3: values, tonnes: scaleBand(values, density) }
    : { m3: scaleBand(values, 1 / density), tonnes: values };
}
