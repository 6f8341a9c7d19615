/**
 * Geometries as exported: rings wound as RFC 7946 asks (exterior counter-clockwise, holes
 * clockwise; the shared boundaries and many GIS files are the other way round), projected when
 * the file is in UTM, and rounded: 6 decimals of a degree (about 0.1 m) or 2 decimals of a
 * metre, well below what a site's location means.
 */
import type { Position } from "geojson";
import type { SiteGeometry } from "../../domain/site";
import { type CrsId, fromWgs84, mapCoordinates } from "../formats/crs";

/** Decimals kept per system: 1e-6° ≈ 0.11 m of latitude; UTM in metres to the centimetre. */
export const EXPORT_DECIMALS: Record<CrsId, number> = { "EPSG:4326": 6, "EPSG:25832": 2, "EPSG:25833": 2 };

/** Twice the signed area of a ring in its own plane: positive when counter-clockwise. */
function signedArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as Position;
    const b = ring[i] as Position;
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return sum;
}

function wind(ring: Position[], counterClockwise: boolean): Position[] {
  return signedArea2(ring) > 0 === counterClockwise ? ring : [...ring].reverse();
}

const windPolygon = (rings: Position[][]) => rings.map((r, i) => wind(r, i === 0));

/** The right-hand rule of RFC 7946 §3.1.6, on a copy. */
export function rewind(geometry: SiteGeometry): SiteGeometry {
  if (geometry.type === "Polygon") return { type: "Polygon", coordinates: windPolygon(geometry.coordinates) };
  if (geometry.type === "MultiPolygon")
    return { type: "MultiPolygon", coordinates: geometry.coordinates.map(windPolygon) };
  return geometry;
}

export function roundTo(decimals: number): (x: number) => number {
  const scale = 10 ** decimals;
  return (x) => Math.round(x * scale) / scale;
}

/** The geometry as written in a file of system `crs`: wound, projected, rounded. */
export function exportGeometry(geometry: SiteGeometry, crs: CrsId): SiteGeometry {
  const project = fromWgs84(crs);
  const round = roundTo(EXPORT_DECIMALS[crs]);
  const wound = rewind(geometry);
  const coordinates = mapCoordinates(wound.coordinates, (x, y) => {
    const [px, py] = project(x, y);
    return [round(px), round(py)];
  });
  return { type: wound.type, coordinates } as SiteGeometry;
}
