/**
 * Geometries as files bring them, to the three a site may have (Point, Polygon, MultiPolygon).
 * Two harmless shapes are unwrapped: a MultiPoint of one point (Shapefile point layers written
 * as multipoints) and a GeometryCollection of polygons only (KML MultiGeometry). Lines and
 * anything else are refused with a reason; coordinates are checked later by the schema.
 */
import type { Read } from "../mapping/values";

const SITE_TYPES = new Set(["Point", "Polygon", "MultiPolygon"]);

const typeOf = (g: unknown) =>
  g !== null && typeof g === "object" && Object.hasOwn(g, "type") ? (g as { type: unknown }).type : undefined;
const coordinatesOf = (g: unknown) => (g as { coordinates?: unknown }).coordinates;

/** The geometry a site can have, with its coordinates untouched, or why not. */
export function siteGeometryOf(raw: unknown): Read<{ type: string; coordinates: unknown }> {
  if (raw === null || raw === undefined) return { reason: "no geometry" };
  const type = typeOf(raw);
  if (typeof type === "string" && SITE_TYPES.has(type))
    return { value: { type, coordinates: coordinatesOf(raw) } };
  const coordinates = coordinatesOf(raw);
  if (type === "MultiPoint" && Array.isArray(coordinates) && coordinates.length === 1)
    return { value: { type: "Point", coordinates: coordinates[0] } };
  const parts = (raw as { geometries?: unknown }).geometries;
  if (type === "GeometryCollection" && Array.isArray(parts) && parts.length > 0) {
    if (parts.length === 1) return siteGeometryOf(parts[0]);
    if (parts.every((p) => typeOf(p) === "Polygon"))
      return { value: { type: "MultiPolygon", coordinates: parts.map(coordinatesOf) } };
  }
  const name = typeof type === "string" ? type : "an unknown geometry";
  return { reason: `${name} is not supported: a site is a point or an area (Polygon, MultiPolygon)` };
}
