/**
 * Distances. Road distance is approximated as geodesic distance × circuity factor; the
 * geodesic part uses Turf's haversine (mean Earth radius 6371.0088 km).
 */
import { centroid, distance, pointOnFeature } from "@turf/turf";
import type { Position } from "geojson";
import type { SiteGeometry } from "./site";

/** A point that stands for the geometry: the point itself, or a point inside the polygon. */
export function representativePoint(geometry: SiteGeometry): [number, number] {
  if (geometry.type === "Point")
    return [geometry.coordinates[0] as number, geometry.coordinates[1] as number];
  // Centroid when it falls inside (most sites); otherwise a point guaranteed on the surface.
  const c = centroid(geometry).geometry.coordinates as Position;
  const p = pointOnFeature(geometry).geometry.coordinates as Position;
  const inside = pointInGeometry(c, geometry);
  const chosen = inside ? c : p;
  return [chosen[0] as number, chosen[1] as number];
}

function pointInRing(pt: Position, ring: Position[]): boolean {
  const x = pt[0] as number;
  const y = pt[1] as number;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i] as Position;
    const b = ring[j] as Position;
    const xi = a[0] as number;
    const yi = a[1] as number;
    const xj = b[0] as number;
    const yj = b[1] as number;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function pointInPolygonRings(pt: Position, rings: Position[][]): boolean {
  const [outer, ...holes] = rings;
  if (!outer || !pointInRing(pt, outer)) return false;
  return !holes.some((h) => pointInRing(pt, h));
}

/** Even-odd point-in-polygon for a Polygon or MultiPolygon (holes respected). */
export function pointInGeometry(pt: Position, geometry: SiteGeometry): boolean {
  if (geometry.type === "Polygon") return pointInPolygonRings(pt, geometry.coordinates);
  if (geometry.type === "MultiPolygon")
    return geometry.coordinates.some((poly) => pointInPolygonRings(pt, poly));
  return false;
}

/** Geodesic (great-circle) distance between two lon/lat points, km. */
export function geodesicKm(from: readonly [number, number], to: readonly [number, number]): number {
  return distance([from[0], from[1]], [to[0], to[1]], { units: "kilometers" });
}

/** Estimated road haul, km: geodesic distance × circuity factor. */
export function haulDistanceKm(
  from: readonly [number, number],
  to: readonly [number, number],
  circuityFactor: number,
): number {
  return geodesicKm(from, to) * circuityFactor;
}
