import { area, bbox } from "@turf/turf";
import type { Feature, Point, Position } from "geojson";
import type { BoundaryFeature } from "./boundaryCollection";
import type { Collection } from "./featureCollection";
import { type AreaGeometry, polygonsOf } from "./polygonGeometry";
import { labelPointLonLat } from "./polylabel";
import { CHRISTIANSOE_CODE, HOVEDSTADEN_MUNICIPALITY_CODES } from "./regionHovedstaden";
import { rewindRfc7946 } from "./ringOrientation";
import { round } from "./round";

export interface MunicipalityProperties {
  /** 4-digit DAGI municipality code, e.g. "0101". */
  code: string;
  name: string;
  /** 4-digit DAGI region code, e.g. "1084". */
  regionCode: string;
  /** True for the 29 municipalities of Region Hovedstaden (not Christiansø). */
  inRegion: boolean;
  /** False only for Christiansø (0411), which the state runs. */
  isMunicipality: boolean;
  /** Geodesic area, km², to 0.1. */
  areaKm2: number;
}

export interface LabelProperties {
  code: string;
  name: string;
  inRegion: boolean;
  isMunicipality: boolean;
  areaKm2: number;
  /** [west, south, east, north] of the whole municipality, degrees, for zoom-to. */
  bbox: [number, number, number, number];
}

/** `id` is the feature's index in its file, so MapLibre feature-state works without promoteId. */
export type MunicipalityFeature = Feature<AreaGeometry, MunicipalityProperties> & { id: number };
export type LabelFeature = Feature<Point, LabelProperties> & { id: number };

const inRegionCodes = new Set(HOVEDSTADEN_MUNICIPALITY_CODES);
const M2_PER_KM2 = 1e6;

/** Municipalities as the app reads them, sorted by code, wound CCW, with areas. */
export function toMunicipalityCollection(
  features: readonly BoundaryFeature[],
): Collection<MunicipalityFeature> {
  const sorted = [...features].sort((a, b) => a.code.localeCompare(b.code));
  return {
    type: "FeatureCollection",
    features: sorted.map((f, id) => ({
      type: "Feature",
      id,
      properties: {
        code: f.code,
        name: f.name,
        regionCode: f.regionCode ?? "",
        inRegion: inRegionCodes.has(f.code),
        isMunicipality: f.code !== CHRISTIANSOE_CODE,
        areaKm2: round(area(f.geometry) / M2_PER_KM2, 1),
      },
      geometry: rewindRfc7946(f.geometry),
    })),
  };
}

/** The polygon part with the largest geodesic area: the one a municipality is labelled on. */
export function largestPart(geometry: AreaGeometry): Position[][] {
  let best: Position[][] = [];
  let bestArea = -1;
  for (const rings of polygonsOf(geometry)) {
    const a = area({ type: "Polygon", coordinates: rings });
    if (a > bestArea) {
      best = rings;
      bestArea = a;
    }
  }
  return best;
}

/** One label point per municipality (not one per island), with the same ids as the polygons. */
export function toLabelCollection(municipalities: readonly MunicipalityFeature[]): Collection<LabelFeature> {
  return {
    type: "FeatureCollection",
    features: municipalities.map((m) => {
      const [lon = 0, lat = 0] = labelPointLonLat(largestPart(m.geometry));
      const [w, s, e, n] = bbox(m.geometry).map((v) => round(v, 5));
      const { code, name, inRegion, isMunicipality, areaKm2 } = m.properties;
      return {
        type: "Feature",
        id: m.id,
        properties: {
          code,
          name,
          inRegion,
          isMunicipality,
          areaKm2,
          bbox: [w ?? 0, s ?? 0, e ?? 0, n ?? 0],
        },
        geometry: { type: "Point", coordinates: [round(lon, 5), round(lat, 5)] },
      };
    }),
  };
}
