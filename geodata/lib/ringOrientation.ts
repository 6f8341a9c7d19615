import { booleanClockwise } from "@turf/turf";
import type { Position } from "geojson";
import { type AreaGeometry, polygonsOf } from "./polygonGeometry";

/** Exterior ring counter-clockwise, holes clockwise (RFC 7946 §3.1.6); returns new arrays. */
function orientPolygon(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => {
    const wantClockwise = i > 0;
    return booleanClockwise(ring) === wantClockwise ? ring : [...ring].reverse();
  });
}

/**
 * The same geometry wound as RFC 7946 asks. The DAGI files are mostly clockwise and Natural
 * Earth (via TopoJSON for d3) is clockwise, so every boundary we write goes through this.
 */
export function rewindRfc7946<G extends AreaGeometry>(geometry: G): G {
  const polygons = polygonsOf(geometry).map(orientPolygon);
  return (
    geometry.type === "Polygon"
      ? { type: "Polygon", coordinates: polygons[0] ?? [] }
      : { type: "MultiPolygon", coordinates: polygons }
  ) as G;
}
