/**
 * A municipality's sites in numbers: counts by kind, surplus of its sources and the capacity
 * of what can receive soil there (receivers and pits with a §52 dispensation; a pit without
 * one is never a receiver), each in tonnes and m³ under the project's conversion convention.
 */
import { canReceive } from "./compatibility";
import { DEFAULT_PARAMETERS, type Parameters } from "./params";
import type { Site, SiteKind } from "./site";
import { quantityM3, quantityTonnes } from "./units";

export interface MunicipalitySummary {
  counts: Record<SiteKind, number>;
  surplusTonnes: number;
  surplusM3: number;
  capacityTonnes: number;
  capacityM3: number;
  siteIds: string[];
}

export function emptySummary(): MunicipalitySummary {
  return {
    counts: { source: 0, receiver: 0, pit: 0 },
    surplusTonnes: 0,
    surplusM3: 0,
    capacityTonnes: 0,
    capacityM3: 0,
    siteIds: [],
  };
}

/** Summaries keyed by municipality code; sites without a code are left out. */
export function summarizeByMunicipality(
  sites: ReadonlyArray<{ site: Site; municipalityCode: string | undefined }>,
  params: Parameters = DEFAULT_PARAMETERS,
): Map<string, MunicipalitySummary> {
  const byCode = new Map<string, MunicipalitySummary>();
  for (const { site, municipalityCode } of sites) {
    if (municipalityCode === undefined) continue;
    let s = byCode.get(municipalityCode);
    if (!s) {
      s = emptySummary();
      byCode.set(municipalityCode, s);
    }
    const p = site.properties;
    s.counts[p.kind] += 1;
    s.siteIds.push(p.id);
    if (p.kind === "source") {
      s.surplusTonnes += quantityTonnes(p, params);
      s.surplusM3 += quantityM3(p, params);
    } else if (canReceive(p)) {
      s.capacityTonnes += quantityTonnes(p, params);
      s.capacityM3 += quantityM3(p, params);
    }
  }
  return byCode;
}
