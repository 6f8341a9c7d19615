/**
 * Which municipality a site lies in. Boundaries are simplified (about 25 m, see
 * ../shared/geodata/README.md) and the coast line excludes harbour fills on reclaimed land, so a
 * point just outside every polygon is assigned to the nearest municipality within a tolerance
 * (default 2 km) and the result says so.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { geodesicKm, pointInGeometry, representativePoint } from "./distance";
import type { Site } from "./site";

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

export type MunicipalityArea = {
  code: string;
  name: string;
  geometry: Polygon | MultiPolygon;
  bbox: BBox;
};

export type MunicipalityAssignment =
  | { how: "inside"; code: string }
  | { how: "nearest"; code: string; distanceKm: number }
  | { how: "none"; nearestCode?: string; distanceKm?: number };

export interface AssignOptions {
  /** Outside every polygon but at most this far from one (km): assigned to the nearest. */
  nearestWithinKm?: number;
}

export interface SiteMunicipality {
  code?: string;
  note?: "derived" | "nearest" | "mismatch" | "outside";
  /** The code the location gives, when it differs from the site's own (note "mismatch"). */
  derivedCode?: string;
  /** Distance to the nearest municipality edge, km, when the point lies outside every polygon. */
  distanceKm?: number;
}

export const DEFAULT_NEAREST_WITHIN_KM = 2;

/** Length of one degree of latitude on the sphere Turf's haversine uses (R = 6371.0088 km). */
const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;

function textProperty(properties: Feature["properties"], ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = properties?.[key];
    if (typeof value === "string" && value.trim() !== "") return value;
  }
  return undefined;
}

function bboxOf(geometry: Polygon | MultiPolygon): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    // Holes lie inside their outer ring: the outer ring alone bounds the polygon.
    for (const [x = 0, y = 0] of polygon[0] ?? []) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  }
  return box;
}

/**
 * Reads municipality boundaries from a GeoJSON FeatureCollection: the app's generated file
 * (properties `code`, `name`) or the raw DAGI file (`kode`, `navn`). Throws on a feature that
 * has no code or no polygon, naming it, because a silently missing municipality would turn
 * into wrong assignments later.
 */
export function municipalityAreasFromGeoJson(collection: FeatureCollection): MunicipalityArea[] {
  return collection.features.map((feature, index) => {
    const code = textProperty(feature.properties, "code", "kode");
    const name = textProperty(feature.properties, "name", "navn") ?? code;
    const geometry = feature.geometry;
    if (code === undefined || name === undefined)
      throw new Error(`municipality feature #${index} has no code`);
    if (geometry?.type !== "Polygon" && geometry?.type !== "MultiPolygon")
      throw new Error(`municipality ${code} has no Polygon or MultiPolygon geometry`);
    return { code, name, geometry, bbox: bboxOf(geometry) };
  });
}

/**
 * A lower bound of the distance from a point to a bbox, km: the degrees outside the box scaled
 * by the shortest degree of longitude within the latitudes involved, so it never overestimates
 * and can safely rule a municipality out.
 */
function bboxDistanceLowerBoundKm([x, y]: readonly [number, number], [w, s, e, n]: BBox): number {
  const dx = Math.max(w - x, 0, x - e);
  const dy = Math.max(s - y, 0, y - n);
  if (dx === 0 && dy === 0) return 0;
  const maxAbsLat = Math.min(90, Math.max(Math.abs(y), Math.abs(s), Math.abs(n)));
  const lonScale = Math.cos((maxAbsLat * Math.PI) / 180);
  return Math.hypot(dx * lonScale, dy) * KM_PER_DEGREE;
}

/**
 * Distance from a point to the nearest edge (outer ring or hole) of a boundary, km, whether the
 * point is inside or outside: how far a site is from a border, given that the boundaries are
 * simplified. The closest edge point is searched in a local equirectangular plane centred on
 * `pt` (error well under 1 % within tens of km), then measured geodesically.
 */
export function distanceToBoundaryKm(
  pt: readonly [number, number],
  geometry: Polygon | MultiPolygon,
): number {
  const [x0, y0] = pt;
  const lonScale = Math.cos((y0 * Math.PI) / 180);
  let best = Infinity;
  let bestPoint: [number, number] = [x0, y0];
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1] as Position;
        const b = ring[i] as Position;
        // Plane coordinates in degrees of latitude, relative to pt.
        const ax = ((a[0] as number) - x0) * lonScale;
        const ay = (a[1] as number) - y0;
        const bx = ((b[0] as number) - x0) * lonScale;
        const by = (b[1] as number) - y0;
        const dx = bx - ax;
        const dy = by - ay;
        const len2 = dx * dx + dy * dy;
        const t = len2 === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / len2));
        const cx = ax + t * dx;
        const cy = ay + t * dy;
        const d2 = cx * cx + cy * cy;
        if (d2 < best) {
          best = d2;
          bestPoint = [x0 + cx / lonScale, y0 + cy];
        }
      }
    }
  }
  return best === Infinity ? Infinity : geodesicKm(pt, bestPoint);
}

/**
 * Assigns a lon/lat point to the municipality containing it; outside every polygon, to the
 * nearest one within `nearestWithinKm`; beyond that, reports the nearest one as "none".
 * Where simplified neighbours overlap, the first area in the list wins.
 */
export function assignMunicipality(
  point: readonly [number, number],
  areas: readonly MunicipalityArea[],
  options: AssignOptions = {},
): MunicipalityAssignment {
  const withinKm = options.nearestWithinKm ?? DEFAULT_NEAREST_WITHIN_KM;
  const [x, y] = point;
  for (const area of areas) {
    const [w, s, e, n] = area.bbox;
    if (x >= w && x <= e && y >= s && y <= n && pointInGeometry([x, y], area.geometry)) {
      return { how: "inside", code: area.code };
    }
  }
  // Outside everything (rare): measure edges only where the bbox bound allows a closer one.
  const byBound = areas
    .map((area) => ({ area, bound: bboxDistanceLowerBoundKm(point, area.bbox) }))
    .sort((a, b) => a.bound - b.bound);
  let nearest: { code: string; distanceKm: number } | undefined;
  for (const { area, bound } of byBound) {
    if (nearest && bound >= nearest.distanceKm) break;
    const distanceKm = distanceToBoundaryKm(point, area.geometry);
    if (!nearest || distanceKm < nearest.distanceKm) nearest = { code: area.code, distanceKm };
  }
  if (!nearest) return { how: "none" };
  if (nearest.distanceKm <= withinKm) return { how: "nearest", ...nearest };
  return { how: "none", nearestCode: nearest.code, distanceKm: nearest.distanceKm };
}

/**
 * The municipality of a site. A missing code is derived from the location; a given code is kept
 * even when the location says otherwise (flagged "mismatch"), because the planner who entered it
 * may know better than a simplified boundary. The site is not modified.
 */
export function resolveSiteMunicipality(
  site: Site,
  areas: readonly MunicipalityArea[],
  options: AssignOptions = {},
): SiteMunicipality {
  const given = site.properties.municipalityCode;
  const found = assignMunicipality(representativePoint(site.geometry), areas, options);
  const keepGiven = given === undefined ? {} : { code: given };
  if (found.how === "none") {
    return {
      ...keepGiven,
      note: "outside",
      ...(found.distanceKm === undefined ? {} : { distanceKm: found.distanceKm }),
    };
  }
  const distance = found.how === "nearest" ? { distanceKm: found.distanceKm } : {};
  if (given === undefined) {
    return { code: found.code, note: found.how === "inside" ? "derived" : "nearest", ...distance };
  }
  if (given !== found.code) return { code: given, note: "mismatch", derivedCode: found.code, ...distance };
  return found.how === "inside" ? { code: given } : { code: given, note: "nearest", ...distance };
}
