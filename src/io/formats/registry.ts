/**
 * Which format a file is: by its first bytes when they are unmistakable (a zip, JSON, KML),
 * else by its name, else CSV (a text table is the commonest thing staff bring). The entry
 * points the UI worker and the command line call.
 */
import { type FieldMapping, mergeMapping, type SavedMapping } from "../mapping/fieldMapping";
import { UserError } from "../userError";
import { csvFormat } from "./csv";
import { geojsonFormat } from "./geojson";
import { kmlFormat } from "./kml";
import { shapefileFormat } from "./shapefile";
import type {
  ConvertOptions,
  FormatId,
  FormatModule,
  ImportInput,
  Inspection,
  InspectOptions,
  ReadResult,
} from "./types";

export const FORMATS: Readonly<Record<FormatId, FormatModule>> = {
  geojson: geojsonFormat,
  csv: csvFormat,
  shapefile: shapefileFormat,
  kml: kmlFormat,
};

/** The first non-blank characters of the file (after a UTF-8 BOM), enough to tell JSON and XML apart. */
function head(bytes: Uint8Array): string {
  return new TextDecoder("utf-8")
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, "")
    .trimStart();
}

export function detectFormat(input: ImportInput): FormatModule {
  const { bytes, fileName } = input;
  const name = fileName.toLowerCase();
  if (name.endsWith(".kmz"))
    throw new UserError(`${fileName} is KMZ (zipped KML): unzip it and import the .kml inside.`);
  if (name.endsWith(".shp"))
    throw new UserError(
      `${fileName} is a bare .shp: import the Shapefile as one .zip with its .shp, .dbf and .prj.`,
    );
  if (name.endsWith(".xlsx") || name.endsWith(".xls"))
    throw new UserError(
      `${fileName} is an Excel workbook: save it as CSV (semicolon-separated) and import that.`,
    );
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return shapefileFormat;
  const start = head(bytes);
  if (start.startsWith("{")) return geojsonFormat;
  if (start.startsWith("<")) return kmlFormat;
  return Object.values(FORMATS).find((f) => f.extensions.some((ext) => name.endsWith(ext))) ?? csvFormat;
}

/** Step one: what the file holds and the mapping suggested for it. */
export function inspectFile(input: ImportInput, options: InspectOptions = {}): Promise<Inspection> {
  return detectFormat(input).inspect(input, options);
}

/** Step two: the file read with the (possibly edited) mapping, every record validated. */
export function convertFile(
  input: ImportInput,
  mapping: FieldMapping,
  options: ConvertOptions = {},
): Promise<ReadResult> {
  return detectFormat(input).convert(input, mapping, options);
}

/** Both steps, for the command line: the suggested mapping with a saved one laid over it. */
export async function readFile(
  input: ImportInput,
  options: ConvertOptions & { saved?: SavedMapping } = {},
): Promise<ReadResult & { inspection: Inspection }> {
  const { saved, ...rest } = options;
  const inspection = await inspectFile(input, { ...rest, onProgress: undefined });
  const mapping = saved === undefined ? inspection.suggested : mergeMapping(inspection.suggested, saved);
  return { ...(await convertFile(input, mapping, rest)), inspection };
}
