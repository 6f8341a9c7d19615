import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { area, bboxClip } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Collection } from "./featureCollection";
import { polygonsOf } from "./polygonGeometry";
import { CONTEXT_BBOX } from "./regionHovedstaden";
import { rewindRfc7946 } from "./ringOrientation";
import { round } from "./round";

export interface NeighbourProperties {
  /** Natural Earth's English country name, e.g. "Sweden". */
  name: string;
}

export type NeighbourFeature = Feature<MultiPolygon, NeighbourProperties> & { id: number };

/** Denmark itself is drawn from DAGI, which is far more detailed than Natural Earth. */
const OWN_COUNTRY = "Denmark";

/** Clipping can leave slivers along the box edge with no area; smaller parts than this (m²) go. */
const MIN_PART_AREA_M2 = 1;

/** Natural Earth 1:10m is good to some 100 m, so 4 decimals (about 10 m) lose nothing. */
const DECIMALS = 4;

type CountryTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Reads Natural Earth 1:10m countries from the world-atlas package. */
export async function readWorldAtlasCountries(): Promise<CountryTopology> {
  const file = createRequire(import.meta.url).resolve("world-atlas/countries-10m.json");
  return JSON.parse(await readFile(file, "utf8")) as CountryTopology;
}

const roundRing = (ring: Position[]) =>
  ring.map(([lon = 0, lat = 0]) => [round(lon, DECIMALS), round(lat, DECIMALS)]);

/**
 * Land of the countries around Denmark, clipped to the map's context box (lon 6..17,
 * lat 53.5..59), one MultiPolygon per country that reaches into the box, wound CCW.
 */
export function neighbourLand(
  topology: CountryTopology,
  box: [number, number, number, number] = CONTEXT_BBOX,
): Collection<NeighbourFeature> {
  const countries = feature(topology, topology.objects.countries).features;
  const kept: NeighbourFeature[] = [];
  for (const country of countries) {
    const { geometry, properties } = country;
    if (properties.name === OWN_COUNTRY) continue;
    if (geometry?.type !== "Polygon" && geometry?.type !== "MultiPolygon") continue;
    const clipped = bboxClip(geometry as Polygon | MultiPolygon, box).geometry as Polygon | MultiPolygon;
    const parts = polygonsOf(clipped)
      .filter(
        (rings) => rings.length > 0 && area({ type: "Polygon", coordinates: rings }) >= MIN_PART_AREA_M2,
      )
      .map((rings) => rings.map(roundRing));
    if (parts.length === 0) continue;
    kept.push({
      type: "Feature",
      id: kept.length,
      properties: { name: properties.name },
      geometry: rewindRfc7946({ type: "MultiPolygon", coordinates: parts }),
    });
  }
  return { type: "FeatureCollection", features: kept };
}
