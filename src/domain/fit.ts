/**
 * "What fits nearby": for a selected source, the receivers and dispensed pits that can take
 * its soil, ranked by haul distance; for a selected receiver or pit, the sources that fit it.
 * Sites that do not fit are returned with the first reason why.
 */
import { type MismatchReason, staticMismatch } from "./compatibility";
import { haulDistanceKm, representativePoint } from "./distance";
import { DEFAULT_PARAMETERS, type Parameters } from "./params";
import type { Site } from "./site";
import { quantityTonnes, truckLoads } from "./units";

export interface FitCandidate {
  site: Site;
  /** Estimated road distance, km (geodesic × circuity). */
  haulKm: number;
  /** The smaller of the source's surplus and the receiver's capacity, t. */
  tonnes: number;
  loads: number;
  /** tonnes × haulKm × CO2e factor, kg. */
  co2eKg: number;
}

export interface FitMismatch {
  site: Site;
  reason: MismatchReason;
  /** Present when the distance was computed (reasons capacity and distance). */
  haulKm?: number;
}

export interface FitResult {
  candidates: FitCandidate[];
  mismatches: FitMismatch[];
}

export interface FitOptions {
  params?: Parameters;
  /** Representative point lookup, for callers that cache points. */
  pointOf?: (site: Site) => [number, number];
}

const defaultPointOf = (site: Site) => representativePoint(site.geometry);

/** Ranks the counterparts of `selected` (a source, a receiver or a pit) that fit it. */
export function fitsNearby(selected: Site, sites: readonly Site[], options: FitOptions = {}): FitResult {
  const params = options.params ?? DEFAULT_PARAMETERS;
  const pointOf = options.pointOf ?? defaultPointOf;
  const fromSource = selected.properties.kind === "source";
  const origin = pointOf(selected);
  const selectedTonnes = quantityTonnes(selected.properties, params);
  const candidates: FitCandidate[] = [];
  const mismatches: FitMismatch[] = [];

  for (const other of sites) {
    if (other === selected || other.properties.id === selected.properties.id) continue;
    // Counterparts: receivers/pits for a source, sources for a receiver or pit.
    if (fromSource === (other.properties.kind === "source")) continue;
    const source = fromSource ? selected : other;
    const receiver = fromSource ? other : selected;
    const reason = staticMismatch(source.properties, receiver.properties);
    if (reason !== undefined) {
      mismatches.push({ site: other, reason });
      continue;
    }
    const haulKm = haulDistanceKm(origin, pointOf(other), params.circuityFactor);
    const otherTonnes = quantityTonnes(other.properties, params);
    if (otherTonnes <= 0 || selectedTonnes <= 0) {
      mismatches.push({ site: other, reason: "capacity", haulKm });
      continue;
    }
    if (haulKm > params.maxHaulKm) {
      mismatches.push({ site: other, reason: "distance", haulKm });
      continue;
    }
    const tonnes = Math.min(selectedTonnes, otherTonnes);
    candidates.push({
      site: other,
      haulKm,
      tonnes,
      loads: truckLoads(tonnes, params.truckLoadTonnes),
      co2eKg: tonnes * haulKm * params.co2eKgPerTonneKm,
    });
  }
  candidates.sort((a, b) => a.haulKm - b.haulKm || a.site.properties.id.localeCompare(b.site.properties.id));
  return { candidates, mismatches };
}
