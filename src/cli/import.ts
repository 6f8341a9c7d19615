/**
 * Command line: a municipality's file (GeoJSON, CSV, Shapefile zip, KML) to a schema-v1 sites
 * file, with the same code the app's import uses.
 *
 *   npm run import -- <file> --out <sites.geojson> [--kind source|receiver|pit] [--unit m3|t]
 *                     [--crs EPSG:4326|EPSG:25832|EPSG:25833] [--mapping mapping.json]
 *                     [--save-mapping used.json] [--boundaries municipalities.geojson]
 *                     [--no-boundaries] [--json]
 *
 * Writes the valid records and prints the validation report (rows, fields, reasons) and what it
 * assumed (coordinate system, column mapping). Exit codes: 0 written (also when some records
 * were rejected: the report lists them), 1 nothing could be written (an unreadable file, an
 * uncertain CRS, no valid record), 2 bad arguments.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type MunicipalityArea, municipalityAreasFromGeoJson } from "../domain/municipality";
import { SITE_KINDS, type SiteKind } from "../domain/site";
import { CRS_IDS, type CrsId } from "../io/formats/crs";
import { writeGeoJson } from "../io/formats/geojson";
import { readFile } from "../io/formats/registry";
import type { ImportIssue, Inspection, ReadResult } from "../io/formats/types";
import {
  type FieldMapping,
  parseSavedMapping,
  type SavedMapping,
  TARGET_FIELDS,
} from "../io/mapping/fieldMapping";
import { parseJsonText, UserError } from "../io/userError";

const USAGE =
  "usage: npm run import -- <file> --out <sites.geojson> [--kind source|receiver|pit] [--unit m3|t] " +
  "[--crs EPSG:25832] [--mapping mapping.json] [--save-mapping used.json] [--boundaries file | --no-boundaries] [--json]";

const MAPPING_HINT =
  "--kind and --unit say it for every record; --mapping names columns and words (see docs/import-export.md).";

export interface Args {
  file: string;
  out: string;
  kind?: SiteKind;
  unit?: "m3" | "t";
  crs?: CrsId;
  mapping?: string;
  saveMapping?: string;
  /** A boundaries file, or false for none; undefined means the default files. */
  boundaries?: string | false;
  json: boolean;
}

export class UsageError extends Error {}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined || !(allowed as readonly string[]).includes(value))
    throw new UsageError(`${flag} must be one of ${allowed.join(", ")}, got ${value ?? "nothing"}`);
  return value as T;
}

export function parseArgs(argv: readonly string[]): Args {
  const args: Partial<Args> & { json: boolean } = { json: false };
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k] as string;
    const [flag, inline] =
      a.startsWith("--") && a.includes("=") ? (a.split(/=(.*)/s) as [string, string]) : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++k];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case "--out":
        args.out = value();
        break;
      case "--kind":
        args.kind = oneOf(flag, value(), SITE_KINDS);
        break;
      case "--unit":
        args.unit = oneOf(flag, value(), ["m3", "t"] as const);
        break;
      case "--crs":
        args.crs = oneOf(flag, value(), CRS_IDS);
        break;
      case "--mapping":
        args.mapping = value();
        break;
      case "--save-mapping":
        args.saveMapping = value();
        break;
      case "--boundaries":
        args.boundaries = value();
        break;
      case "--no-boundaries":
        args.boundaries = false;
        break;
      case "--json":
        args.json = true;
        break;
      case "--help":
      case "-h":
        throw new UsageError("");
      default:
        if (flag.startsWith("-")) throw new UsageError(`unknown option ${flag}`);
        if (args.file !== undefined) throw new UsageError(`one file only (got ${args.file} and ${flag})`);
        args.file = flag;
    }
  }
  if (args.file === undefined) throw new UsageError("no file given");
  if (args.out === undefined) throw new UsageError("--out <sites.geojson> is required");
  if (path.resolve(args.out) === path.resolve(args.file))
    throw new UsageError("--out must not be the input file");
  return args as Args;
}

const REPO = fileURLToPath(new URL("../../", import.meta.url));

/** Where boundaries are looked for when none are named: the app's build, then the shared DAGI file. */
export const DEFAULT_BOUNDARIES = [
  path.join(REPO, "public/generated/boundaries/municipalities.geojson"),
  path.join(REPO, "../shared/geodata/dagi-kommuner.geojson"),
];

function loadAreas(choice: Args["boundaries"]): { areas: MunicipalityArea[]; from?: string } {
  if (choice === false) return { areas: [] };
  const file = choice ?? DEFAULT_BOUNDARIES.find((f) => existsSync(f));
  if (file === undefined) return { areas: [] };
  const raw = parseJsonText(readFileSync(file, "utf8"), file);
  return {
    areas: municipalityAreasFromGeoJson(raw as Parameters<typeof municipalityAreasFromGeoJson>[0]),
    from: file,
  };
}

function savedMapping(args: Args): SavedMapping {
  const saved = args.mapping
    ? parseSavedMapping(parseJsonText(readFileSync(args.mapping, "utf8"), args.mapping), args.mapping)
    : {};
  return {
    ...saved,
    ...(args.kind === undefined ? {} : { defaultKind: args.kind }),
    ...(args.unit === undefined ? {} : { unit: args.unit }),
  };
}

/** The mapping in words: "name ← Projektnavn; quantity ← Mængde (m³); …". */
export function describeMapping(m: FieldMapping): string[] {
  // In the schema's order, whatever order the guesses were made in.
  const fields = TARGET_FIELDS.filter((f) => m.fields[f] !== undefined).map((f) => `${f} ← ${m.fields[f]}`);
  const lines = [`columns: ${fields.join("; ") || "none"}`];
  if (m.coordinates) lines.push(`coordinates: x ← ${m.coordinates.x}, y ← ${m.coordinates.y}`);
  if (m.geometry) lines.push(`geometry ← ${m.geometry}`);
  if (m.unit && !m.fields.unit) lines.push(`unit: ${m.unit} for every record`);
  if (m.defaultKind && !m.fields.kind) lines.push(`kind: ${m.defaultKind} for every record`);
  lines.push(`decimal mark: "${m.decimal}"`);
  if (m.ignore.length > 0) lines.push(`left out: ${m.ignore.join(", ")}`);
  for (const [what, words] of Object.entries(m.values)) {
    const pairs = Object.entries(words ?? {});
    if (pairs.length > 0) lines.push(`${what} words: ${pairs.map(([w, v]) => `${w} → ${v}`).join(", ")}`);
  }
  return lines;
}

const issueLine = (i: ImportIssue) => `  ${i.ref}: ${i.field}: ${i.reason}`;

/** The report a person reads: what was assumed, what was done, and every rejected record. */
export function report(
  file: string,
  result: ReadResult & { inspection: Inspection },
  written?: string,
): string {
  const out: string[] = [];
  const { inspection } = result;
  const rejectedRecords = new Set(result.rejected.map((r) => r.position)).size;
  out.push(
    `jordbalance import: ${file} (${inspection.format}, ${inspection.records} records): ` +
      `${result.candidates.length} valid, ${rejectedRecords} rejected`,
  );
  out.push("\nAssumed:");
  out.push(`  ${result.notes[0] ?? `coordinate system ${result.assumed.crs}`}`);
  for (const line of describeMapping(result.assumed.mapping)) out.push(`  ${line}`);
  if (result.notes.length > 1) {
    out.push("\nNotes:");
    for (const note of result.notes.slice(1)) out.push(`  - ${note}`);
  }
  if (result.rejected.length > 0) {
    out.push(`\nRejected (${rejectedRecords} records; each with place, field and reason):`);
    for (const i of result.rejected) out.push(issueLine(i));
  }
  if (result.warnings.length > 0) {
    out.push("\nImported, but check:");
    for (const i of result.warnings) out.push(issueLine(i));
  }
  out.push(
    written
      ? `\nWrote ${result.candidates.length} sites to ${written}`
      : "\nNothing written: no valid record.",
  );
  return out.join("\n");
}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: Io = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
};

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`${e.message ? `import: ${e.message}\n` : ""}${USAGE}\n`);
    return 2;
  }
  try {
    const { areas, from } = loadAreas(args.boundaries);
    const bytes = new Uint8Array(readFileSync(args.file));
    const input = { bytes, fileName: path.basename(args.file) };
    const result = await readFile(input, {
      areas,
      saved: savedMapping(args),
      ...(args.crs ? { crs: args.crs } : {}),
    });
    result.notes.push(
      from
        ? `municipalities from ${path.relative(process.cwd(), from)}`
        : "no municipality boundaries: codes not derived",
    );
    const written = result.candidates.length > 0 ? args.out : undefined;
    if (written) writeFileSync(written, writeGeoJson(result.candidates, "EPSG:4326"));
    if (args.saveMapping)
      writeFileSync(args.saveMapping, `${JSON.stringify(result.assumed.mapping, null, 2)}\n`);
    if (args.json) {
      const { inspection, ...rest } = result;
      const summary = { file: args.file, format: inspection.format, records: inspection.records, written };
      io.stdout(
        `${JSON.stringify({ ...summary, ...rest, candidates: undefined, valid: rest.candidates.length })}\n`,
      );
    } else {
      io.stdout(`${report(args.file, result, written)}\n`);
    }
    return written ? 0 : 1;
  } catch (e) {
    if (e instanceof UserError || (e as NodeJS.ErrnoException).code === "ENOENT") {
      const hint = /mapping/.test((e as Error).message) ? `\n${MAPPING_HINT}` : "";
      io.stderr(`import: ${(e as Error).message}${hint}\n`);
      return 1;
    }
    throw e;
  }
}

// Run only as a script, not when a test imports parseArgs/report.
if (process.argv[1] && /cli[\\/]import\.ts$/.test(process.argv[1]))
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
