/**
 * The two steps every format shares once its file is parsed into records: `inspect` (columns,
 * samples, CRS evidence, suggested mapping) and `convert` (check the mapping, settle the CRS,
 * convert and validate every record). A format module only parses.
 */
import type { Position } from "geojson";
import { suggestMapping } from "../mapping/autoMap";
import type { FieldMapping } from "../mapping/fieldMapping";
import { guessDecimal } from "../mapping/values";
import { type CrsId, chooseCrs, detectCrs, sampleIndices } from "./crs";
import { checkMapping, convertRecords, type RecordSource } from "./records";
import {
  type ConvertOptions,
  type FormatId,
  type FormatModule,
  type ImportInput,
  type Inspection,
  type InspectOptions,
  type ReadResult,
  SAMPLE_SIZE,
} from "./types";

export interface ParsedFile {
  source: RecordSource;
  /** A CRS the file states: GeoJSON `crs`, the schema member, a .prj, KML by definition. */
  declared?: { crs: CrsId; by: string };
  /** Evidence for the CRS: sample positions in the file's own coordinates under a mapping. */
  positions(mapping: FieldMapping): Position[];
  /** A text table (CSV): cells are text, coordinates come from columns the mapping must name. */
  textTable: boolean;
  /** The decimal mark of numbers written as text when the cells give no evidence. */
  decimal: "," | ".";
  /** Columns better left out by default (KML styling); the user can still keep them. */
  ignoreByDefault?: readonly string[];
  /** The declaration a mapping implies (CSV columns named lon/lat say WGS84). */
  declaredBy?(mapping: FieldMapping): { crs: CrsId; by: string } | undefined;
}

/** Share of the progress bar for parsing; converting takes the rest. */
const PARSE_SHARE = 0.3;

function declaration(parsed: ParsedFile, mapping: FieldMapping) {
  return parsed.declared ?? parsed.declaredBy?.(mapping);
}

export function inspectParsed(format: FormatId, parsed: ParsedFile, options: InspectOptions): Inspection {
  const { source } = parsed;
  const suggested = suggestMapping(source.columns, {
    coordinates: parsed.textTable,
    decimal: parsed.decimal,
  });
  // The decimal mark matters only where numbers are read: judged from those columns, so a
  // column of JSON text or version numbers ("1.2") cannot outvote the quantities.
  const numeric = [
    suggested.fields.quantity,
    suggested.fields.annualExtraction,
    suggested.coordinates?.x,
    suggested.coordinates?.y,
  ].filter((c) => c !== undefined);
  const cells = sampleIndices(source.count).flatMap((i) => {
    const { values } = source.at(i);
    return numeric.map((c) => (Object.hasOwn(values, c) ? values[c] : undefined));
  });
  suggested.decimal = guessDecimal(cells, parsed.decimal);
  const ignore = (parsed.ignoreByDefault ?? []).filter((c) => source.columns.includes(c));
  suggested.ignore = [...suggested.ignore, ...ignore];
  const samples = Array.from({ length: Math.min(SAMPLE_SIZE, source.count) }, (_, i) => source.at(i).values);
  options.onProgress?.(1);
  return {
    format,
    columns: [...source.columns],
    samples,
    records: source.count,
    crs: detectCrs(parsed.positions(suggested), declaration(parsed, suggested), options.areas),
    suggested,
    notes: [...source.notes],
  };
}

export async function convertParsed(
  parsed: ParsedFile,
  mapping: FieldMapping,
  options: ConvertOptions,
): Promise<ReadResult> {
  checkMapping(mapping, parsed.source, parsed.textTable);
  const detection = detectCrs(parsed.positions(mapping), declaration(parsed, mapping), options.areas);
  const { crs, basis } = chooseCrs(detection, options.crs ?? mapping.crs, parsed.source.fileName);
  options.onProgress?.(PARSE_SHARE);
  const result = await convertRecords(parsed.source, mapping, crs, options, PARSE_SHARE);
  result.notes.unshift(`coordinate system ${basis}`);
  if (parsed.textTable && mapping.decimal === ",")
    result.notes.push('numbers read with a decimal comma ("12,5")');
  return result;
}

/**
 * A format module from its parser: inspect and convert are the shared steps above. The parse
 * is kept for as long as its input object lives, so an inspect followed by a convert of the
 * same input parses once (about a third of the import's time at 50 MB). Inspect and convert
 * only read a parsed file. A failed or cancelled parse is forgotten, so the next call retries.
 */
export function formatModule(
  id: FormatId,
  extensions: readonly string[],
  parse: (input: ImportInput, options: InspectOptions) => Promise<ParsedFile>,
): FormatModule {
  const parsed = new WeakMap<ImportInput, Promise<ParsedFile>>();
  const parseOnce = (input: ImportInput, options: InspectOptions): Promise<ParsedFile> => {
    const known = parsed.get(input);
    if (known) return known;
    const fresh = parse(input, options);
    parsed.set(input, fresh);
    fresh.catch(() => parsed.delete(input));
    return fresh;
  };
  return {
    id,
    extensions,
    inspect: async (input, options = {}) => inspectParsed(id, await parseOnce(input, options), options),
    convert: async (input, mapping, options = {}) =>
      convertParsed(await parseOnce(input, options), mapping, options),
  };
}

/** The first position of any GeoJSON coordinates array, or undefined. */
export function firstPosition(coordinates: unknown): Position | undefined {
  let c = coordinates;
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
  return Array.isArray(c) && typeof c[0] === "number" && typeof c[1] === "number"
    ? (c as Position)
    : undefined;
}
