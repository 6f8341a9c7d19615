/**
 * A remote layer in WGS84 lon/lat for the map. Its system comes from its `crs` member, else from
 * the coordinates: numbers within ±180/±90 are lon/lat (GeoJSON's and OGC API's default, CRS84),
 * larger ones are tried as EPSG:25832 and 25833 and must then fall in Denmark.
 */
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import { type CrsId, detectCrs, mapCoordinates, parseCrsName, spread, toWgs84 } from "../formats/crs";
import { UserError } from "../userError";

export interface DisplayLayer {
  /** The same object as given when it is already lon/lat. */
  data: FeatureCollection;
  crs: CrsId;
}

/** One position per geometry: enough to tell the systems apart, cheap on 100,000 features. */
function firstPosition(geometry: Geometry | null): Position | undefined {
  if (geometry === null || typeof geometry !== "object") return undefined;
  if (geometry.type === "GeometryCollection") {
    for (const g of geometry.geometries ?? []) {
      const p = firstPosition(g);
      if (p) return p;
    }
    return undefined;
  }
  let c: unknown = (geometry as { coordinates?: unknown }).coordinates;
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
  return Array.isArray(c) && typeof c[0] === "number" && typeof c[1] === "number"
    ? (c as Position)
    : undefined;
}

const isLonLat = ([x, y]: Position) => Math.abs(x as number) <= 180 && Math.abs(y as number) <= 90;

function declaredCrs(collection: FeatureCollection, where: string): CrsId | undefined {
  const member = (collection as { crs?: { properties?: { name?: unknown } } }).crs;
  if (member === undefined || member === null) return undefined;
  const name = member.properties?.name;
  const crs = typeof name === "string" ? parseCrsName(name) : undefined;
  if (crs === undefined)
    throw new UserError(
      `${where} declares the coordinate system ${JSON.stringify(name ?? member)}, which cannot be shown here ` +
        "(WGS84, EPSG:25832 and EPSG:25833 can).",
    );
  return crs;
}

function settleCrs(collection: FeatureCollection, where: string): CrsId {
  const declared = declaredCrs(collection, where);
  if (declared !== undefined) return declared;
  const positions = spread(
    collection.features.map((f) => firstPosition(f.geometry)).filter((p) => p !== undefined),
  );
  if (positions.every(isLonLat)) return "EPSG:4326";
  const detection = detectCrs(positions.filter((p) => !isLonLat(p)));
  if (detection.status !== "unsure") return detection.crs;
  // Unsure with WGS84 among the candidates means no system fits (these numbers are not degrees).
  // Without it both UTM zones fit: eastings of about 424–525 km are Bornholm in zone 33 or
  // western Jutland in zone 32, and in this region's app Bornholm is the likely one.
  if (!detection.candidates.includes("EPSG:4326")) return "EPSG:25833";
  throw new UserError(
    `The coordinates of ${where} are neither longitude/latitude nor EPSG:25832/25833 in Denmark ` +
      `(${detection.evidence.slice(1).join("; ")}).`,
  );
}

function reproject(feature: Feature, f: (x: number, y: number) => [number, number]): Feature {
  const geometry = feature.geometry;
  if (geometry === null || typeof geometry !== "object") return feature;
  if (geometry.type === "GeometryCollection")
    return {
      ...feature,
      geometry: {
        ...geometry,
        geometries: geometry.geometries.map(
          (g) => reproject({ ...feature, geometry: g }, f).geometry as Geometry,
        ),
      },
    };
  return {
    ...feature,
    geometry: { ...geometry, coordinates: mapCoordinates(geometry.coordinates, f) } as Geometry,
  };
}

/** The layer ready for the map; `where` names it in errors (its address). */
export function toDisplayLayer(collection: FeatureCollection, where: string): DisplayLayer {
  const crs = settleCrs(collection, where);
  if (crs === "EPSG:4326") return { data: collection, crs };
  const f = toWgs84(crs);
  return {
    data: { type: "FeatureCollection", features: collection.features.map((ft) => reproject(ft, f)) },
    crs,
  };
}
