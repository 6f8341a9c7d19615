import type { SiteCapacitySeries } from "../../domain/forecast/remainingCapacity";

/** The `count` sites of largest capacity, largest first, and how many are left out. */
export function largestSites(
  series: readonly SiteCapacitySeries[],
  count: number,
): { shown: SiteCapacitySeries[]; leftOut: number } {
  const shown = [...series].sort((a, b) => b.capacityTonnes - a.capacityTonnes).slice(0, Math.max(0, count));
  return { shown, leftOut: series.length - shown.length };
}
