/**
 * Where sites may stand: on land, inside the municipality they claim, clear of its border. The
 * boundaries are simplified to about 25 m, so a point needs some margin from the edge to be in
 * that municipality for sure; harbour fills are the exception (reclaimed land or sea, assigned
 * to the nearest municipality within 2 km).
 */
import { geodesicKm, representativePoint } from "../../src/domain/distance";
import {
  assignMunicipality,
  distanceToBoundaryKm,
  type MunicipalityArea,
  resolveSiteMunicipality,
} from "../../src/domain/municipality";
import type { Site } from "../../src/domain/site";
import type { Prng } from "./prng";
import { type LonLat, round5 } from "./spec";

/** Drawn projects stand at least this far inside their municipality, km. */
const DRAWN_MIN_EDGE_KM = 0.25;
/** Hand-placed sites: a smaller margin, since they were checked one by one, km. */
const HAND_MIN_EDGE_KM = 0.15;
/** Drawn projects scatter this far around their town centre, km. */
const SCATTER_KM = 1.2;
/** No two sites closer than this, km, so map markers do not pile up. */
const MIN_SEPARATION_KM = 0.15;
const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;

function areaOf(areas: readonly MunicipalityArea[], code: string): MunicipalityArea {
  const area = areas.find((a) => a.code === code);
  if (!area) throw new Error(`no boundary for municipality ${code}`);
  return area;
}

/** Returns a function that draws a free point near a town centre, inside the given municipality. */
export function makePlacer(
  areas: readonly MunicipalityArea[],
  prng: Prng,
  fixed: readonly LonLat[],
): (code: string, near: LonLat) => LonLat {
  const taken: LonLat[] = [...fixed];
  return (code, [lon, lat]) => {
    const area = areaOf(areas, code);
    for (let attempt = 0; attempt < 1000; attempt++) {
      // Uniform over a disc: radius ∝ √u.
      const r = (SCATTER_KM * Math.sqrt(prng.next())) / KM_PER_DEGREE;
      const angle = 2 * Math.PI * prng.next();
      const p: LonLat = [
        round5(lon + (r * Math.cos(angle)) / Math.cos((lat * Math.PI) / 180)),
        round5(lat + r * Math.sin(angle)),
      ];
      const found = assignMunicipality(p, areas);
      if (found.how !== "inside" || found.code !== code) continue;
      if (distanceToBoundaryKm(p, area.geometry) < DRAWN_MIN_EDGE_KM) continue;
      if (taken.some((t) => geodesicKm(t, p) < MIN_SEPARATION_KM)) continue;
      taken.push(p);
      return p;
    }
    throw new Error(`no free point on land in ${code} near ${lon}, ${lat}: move the town centre`);
  };
}

/** Every reason a site's point does not stand where it claims; empty when all is well. */
export function locationProblems(sites: readonly Site[], areas: readonly MunicipalityArea[]): string[] {
  const problems: string[] = [];
  for (const site of sites) {
    const p = site.properties;
    const resolved = resolveSiteMunicipality(site, areas);
    if (p.receiverType === "harbour_fill") {
      if (resolved.note !== undefined && resolved.note !== "nearest")
        problems.push(
          `${p.id}: harbour fill not within 2 km of ${p.municipalityCode} (${JSON.stringify(resolved)})`,
        );
      continue;
    }
    if (resolved.note !== undefined) {
      problems.push(`${p.id}: claims ${p.municipalityCode}, location says ${JSON.stringify(resolved)}`);
      continue;
    }
    const edgeKm = distanceToBoundaryKm(
      representativePoint(site.geometry),
      areaOf(areas, p.municipalityCode ?? "").geometry,
    );
    if (edgeKm < HAND_MIN_EDGE_KM)
      problems.push(
        `${p.id}: only ${(edgeKm * 1000).toFixed(0)} m from the border or coast of ${p.municipalityCode}`,
      );
  }
  return problems;
}
