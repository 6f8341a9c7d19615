import type { Feature } from "geojson";
import type { BoundaryFeature } from "./boundaryCollection";
import type { Collection } from "./featureCollection";
import type { AreaGeometry } from "./polygonGeometry";
import { rewindRfc7946 } from "./ringOrientation";

export interface RegionProperties {
  /** 4-digit DAGI region code, 1081-1085. */
  code: string;
  name: string;
}

export type RegionFeature = Feature<AreaGeometry, RegionProperties> & { id: number };

/** The regions as the app reads them: sorted by code, wound CCW, numeric ids for feature-state. */
export function toRegionCollection(features: readonly BoundaryFeature[]): Collection<RegionFeature> {
  const sorted = [...features].sort((a, b) => a.code.localeCompare(b.code));
  return {
    type: "FeatureCollection",
    features: sorted.map((f, id) => ({
      type: "Feature",
      id,
      properties: { code: f.code, name: f.name },
      geometry: rewindRfc7946(f.geometry),
    })),
  };
}
