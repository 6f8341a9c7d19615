/**
 * GeoJSON: read any FeatureCollection (or single Feature) from a GIS or from this app, write
 * schema v1 (RFC 7946, WGS84) or the same sites in EPSG:25832 with a named `crs` member.
 * Reading a 50 MB file is one `JSON.parse` (the fastest parser there is); the per-feature work
 * afterwards runs in time slices (see chunked.ts).
 */
import { SITE_SCHEMA_ID, type Site } from "../../domain/site";
import { exportGeometry } from "../export/geometry";
import { parseJsonText, UserError } from "../userError";
import { type CrsId, parseCrsName, spread } from "./crs";
import { firstPosition, formatModule, type ParsedFile } from "./pipeline";
import type { RawRecord } from "./records";
import { decodeText } from "./text";
import type { ImportInput } from "./types";

const own = (obj: unknown, key: string): unknown =>
  obj !== null && typeof obj === "object" && Object.hasOwn(obj, key)
    ? (obj as Record<string, unknown>)[key]
    : undefined;

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

function featuresOf(doc: unknown, fileName: string): unknown[] {
  const type = own(doc, "type");
  const features = own(doc, "features");
  if (type === "FeatureCollection" && Array.isArray(features)) {
    if (features.length === 0)
      throw new UserError(`${fileName} holds no features: there is nothing to import.`);
    return features;
  }
  if (type === "Feature") return [doc];
  throw new UserError(
    `${fileName} is not a GeoJSON FeatureCollection or Feature (found ${JSON.stringify(type) ?? "no type"}).`,
  );
}

/** What the file says about its coordinates: a `crs` member, or the schema (which is WGS84). */
function declaredCrs(doc: unknown, fileName: string): ParsedFile["declared"] {
  const crs = own(doc, "crs");
  if (crs !== undefined && crs !== null) {
    const name = own(own(crs, "properties"), "name");
    const id = typeof name === "string" ? parseCrsName(name) : undefined;
    if (id === undefined)
      throw new UserError(
        `${fileName} declares the coordinate system ${JSON.stringify(name ?? crs)}, which cannot be read here: ` +
          "export it in WGS84 (EPSG:4326), EPSG:25832 or EPSG:25833.",
      );
    return { crs: id, by: "the crs member" };
  }
  const schema = own(doc, "schema");
  if (schema === SITE_SCHEMA_ID) return { crs: "EPSG:4326", by: `the schema member (${SITE_SCHEMA_ID})` };
  if (typeof schema === "string" && schema.startsWith("jordbalance/sites@"))
    throw new UserError(
      `${fileName} is in ${schema}, which this version does not know (it reads ${SITE_SCHEMA_ID}).`,
    );
  return undefined;
}

/** A Feature's `id` stands in for a missing `id` property (GIS exports put it there). */
function valuesOf(feature: unknown): Record<string, unknown> {
  const props = own(feature, "properties");
  const values = isObject(props) ? props : {};
  const featureId = own(feature, "id");
  if (featureId === undefined || featureId === null || Object.hasOwn(values, "id")) return values;
  return { id: featureId, ...values };
}

function columnsOf(features: readonly unknown[]): string[] {
  const seen = new Set<string>();
  for (const f of features) for (const key of Object.keys(valuesOf(f))) seen.add(key);
  return [...seen];
}

async function parse(input: ImportInput): Promise<ParsedFile> {
  const { text, note } = decodeText(input.bytes, input.fileName);
  if (text.trim() === "") throw new UserError(`${input.fileName} holds only white space.`);
  const doc = parseJsonText(text, input.fileName);
  const features = featuresOf(doc, input.fileName);
  const declared = declaredCrs(doc, input.fileName);
  const at = (i: number): RawRecord => {
    const f = features[i];
    if (own(f, "type") !== "Feature")
      return {
        position: i + 1,
        values: {},
        unreadable: { field: "feature", reason: "not a GeoJSON Feature" },
      };
    return { position: i + 1, values: valuesOf(f), geometry: own(f, "geometry") };
  };
  return {
    source: {
      fileName: input.fileName,
      label: "feature",
      columns: columnsOf(features),
      count: features.length,
      at,
      notes: note === undefined ? [] : [note],
    },
    ...(declared === undefined ? {} : { declared }),
    positions: () =>
      spread(features)
        .map((f) => firstPosition(own(own(f, "geometry"), "coordinates")))
        .filter((p) => p !== undefined),
    textTable: false,
    decimal: ".",
  };
}

export const geojsonFormat = formatModule("geojson", [".geojson", ".json"], parse);

const CRS_MEMBER: Partial<Record<CrsId, string>> = { "EPSG:25832": "urn:ogc:def:crs:EPSG::25832" };

/**
 * Writes sites as GeoJSON, one feature per line. In WGS84 it is schema v1 (RFC 7946). In
 * EPSG:25832 it carries a named `crs` member instead of the schema member, because the schema
 * promises WGS84.
 */
export function writeGeoJson(sites: readonly Site[], crs: "EPSG:4326" | "EPSG:25832"): string {
  const head =
    crs === "EPSG:4326"
      ? { type: "FeatureCollection", schema: SITE_SCHEMA_ID }
      : { type: "FeatureCollection", crs: { type: "name", properties: { name: CRS_MEMBER[crs] } } };
  const lines = sites.map((s) =>
    JSON.stringify({ type: "Feature", geometry: exportGeometry(s.geometry, crs), properties: s.properties }),
  );
  const open = JSON.stringify(head).slice(0, -1);
  return `${open},"features":[\n${lines.join(",\n")}\n]}\n`;
}
