import type { MultiPolygon, Polygon, Position } from "geojson";
import { DENMARK_BBOX } from "./regionHovedstaden";

export type AreaGeometry = Polygon | MultiPolygon;

/** The polygons of a Polygon or MultiPolygon, each as its rings (exterior first). */
export function polygonsOf(geometry: AreaGeometry): Position[][][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === "number" && Number.isFinite(n));

const inDenmark = ([lon = Number.NaN, lat = Number.NaN]: Position): boolean =>
  lon >= DENMARK_BBOX.west &&
  lon <= DENMARK_BBOX.east &&
  lat >= DENMARK_BBOX.south &&
  lat <= DENMARK_BBOX.north;

const show = (p: Position) => `[${p.join(", ")}]`;

/**
 * Checks that a feature's geometry is a well-formed (Multi)Polygon inside Denmark and returns
 * one message per problem (empty when fine). Ring problems are listed ring by ring; bad and
 * out-of-Denmark coordinates are counted per feature, with the first one shown, so a wholly
 * misplaced file gives a readable report rather than thousands of lines.
 */
export function checkAreaGeometry(geometry: unknown): string[] {
  if (geometry === null || typeof geometry !== "object") return ["has no geometry"];
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (type !== "Polygon" && type !== "MultiPolygon") {
    return [`geometry is ${JSON.stringify(type)}, expected Polygon or MultiPolygon`];
  }
  const parts = type === "Polygon" ? [coordinates] : coordinates;
  if (!Array.isArray(parts) || parts.length === 0) return [`${type} has no coordinates`];

  const problems: string[] = [];
  let badPositions = 0;
  let firstBad = "";
  let outside = 0;
  let firstOutside = "";
  parts.forEach((rings: unknown, p) => {
    if (!Array.isArray(rings) || rings.length === 0) {
      problems.push(`part #${p} has no rings`);
      return;
    }
    rings.forEach((ring: unknown, r) => {
      const at = `part #${p}, ring #${r}`;
      if (!Array.isArray(ring)) {
        problems.push(`${at} is not an array of positions`);
        return;
      }
      const positions = ring.filter(isPosition);
      badPositions += ring.length - positions.length;
      if (firstBad === "" && positions.length < ring.length) firstBad = at;
      for (const pos of positions) {
        if (inDenmark(pos)) continue;
        outside += 1;
        if (firstOutside === "") firstOutside = `${show(pos)} in ${at}`;
      }
      if (ring.length < 4) problems.push(`${at} has ${ring.length} positions, a ring needs at least 4`);
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (isPosition(first) && isPosition(last) && (first[0] !== last[0] || first[1] !== last[1])) {
        problems.push(`${at} is not closed: starts at ${show(first)}, ends at ${show(last)}`);
      }
    });
  });
  if (badPositions > 0) {
    problems.push(`${badPositions} position(s) are not [lon, lat] numbers, first in ${firstBad}`);
  }
  if (outside > 0) {
    const { west, east, south, north } = DENMARK_BBOX;
    problems.push(
      `${outside} coordinate(s) outside Denmark (lon ${west}..${east}, lat ${south}..${north}), first ${firstOutside}`,
    );
  }
  return problems;
}
