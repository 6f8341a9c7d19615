/**
 * Shapefile, as a .zip holding the .shp (geometry), .dbf (attributes), .prj (coordinate
 * system) and optionally .cpg (attribute encoding). Geometries are read in their own
 * coordinates and reprojected here, like every other format, so the CRS is reported the same
 * way. Danish DBFs without a .cpg are often Latin-1: told apart by UTF-8 validity.
 */
import { iter } from "but-unzip";
import { parseDbf, parseShp } from "shpjs";
import { UserError } from "../userError";
import { crsFromPrj, spread } from "./crs";
import { firstPosition, formatModule, type ParsedFile } from "./pipeline";
import type { RawRecord } from "./records";
import { checkSize } from "./text";
import type { ImportInput } from "./types";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

async function unzipEntries(input: ImportInput): Promise<Map<string, Uint8Array>> {
  if (!ZIP_MAGIC.every((b, i) => input.bytes[i] === b))
    throw new UserError(
      `${input.fileName} is not a zip file: import a Shapefile as one .zip holding its .shp, .dbf and .prj.`,
    );
  const files = new Map<string, Uint8Array>();
  try {
    for (const entry of iter(input.bytes)) {
      // macOS adds resource forks under __MACOSX/ that look like shapefiles but are not.
      if (entry.filename.startsWith("__MACOSX/") || entry.filename.endsWith("/")) continue;
      files.set(entry.filename, await entry.read());
    }
  } catch (e) {
    throw new UserError(
      `${input.fileName} could not be unzipped: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  return files;
}

/** The encoding of the DBF's text: the .cpg's word, else UTF-8 if its records are valid UTF-8, else Latin-1. */
function dbfEncoding(dbf: Uint8Array, cpg: Uint8Array | undefined): { cpg: string; note?: string } {
  if (cpg !== undefined) return { cpg: new TextDecoder().decode(cpg).trim() };
  // The header holds binary counts; only the records after it are text.
  const headerBytes = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength).getUint16(8, true);
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(dbf.subarray(headerBytes));
    return { cpg: "utf-8" };
  } catch {
    return {
      cpg: "windows-1252",
      note: "attributes read as Latin-1 (Windows-1252): no .cpg, and not valid UTF-8",
    };
  }
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** DBF cells as JSON values: empty numbers (NaN) and dates (Invalid Date) are absent; dates become ISO. */
function cellValue(v: unknown): unknown {
  if (typeof v === "number" && Number.isNaN(v)) return undefined;
  if (v instanceof Date) {
    // parsedbf builds dates at local midnight: read them back in local time.
    if (Number.isNaN(v.getTime())) return undefined;
    return `${v.getFullYear()}-${pad2(v.getMonth() + 1)}-${pad2(v.getDate())}`;
  }
  return v;
}

async function parse(input: ImportInput): Promise<ParsedFile> {
  checkSize(input.bytes, input.fileName);
  const files = await unzipEntries(input);
  const names = [...files.keys()];
  const layers = names.filter((n) => /\.shp$/i.test(n));
  const [layer] = layers;
  if (layer === undefined)
    throw new UserError(
      `${input.fileName} holds no .shp file. If it is an Excel workbook, save it as CSV (semicolon-separated) and import that.`,
    );
  const base = layer.slice(0, -4).toLowerCase();
  const part = (ext: string) => {
    const name = names.find((n) => n.toLowerCase() === `${base}.${ext}`);
    return name === undefined ? undefined : files.get(name);
  };
  const dbf = part("dbf");
  if (dbf === undefined)
    throw new UserError(`${input.fileName} has ${layer} but no .dbf: the attributes are missing.`);
  const notes: string[] = [];
  if (layers.length > 1)
    notes.push(`the zip holds ${layers.length} layers; read ${layer} (import the others one by one)`);
  const encoding = dbfEncoding(dbf, part("cpg"));
  if (encoding.note) notes.push(encoding.note);
  const geometries = parseShp(files.get(layer) as Uint8Array);
  if (geometries.length === 0)
    throw new UserError(`${input.fileName}: ${layer} holds no records: there is nothing to import.`);
  const rows = parseDbf(dbf, encoding.cpg);
  const prj = part("prj");
  const prjText = prj === undefined ? undefined : new TextDecoder().decode(prj);
  const crs = prjText === undefined ? undefined : crsFromPrj(prjText);
  if (prjText === undefined) notes.push("no .prj: the coordinate system is judged from the coordinates");
  else if (crs === undefined)
    notes.push(
      `the .prj names a system not read here (${prjText.slice(0, 80)}…): judged from the coordinates`,
    );

  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const at = (i: number): RawRecord => ({
    position: i + 1,
    values: Object.fromEntries(
      Object.entries(rows[i] ?? {})
        .map(([k, v]) => [k, cellValue(v)])
        .filter(([, v]) => v !== undefined),
    ),
    geometry: geometries[i] ?? null,
  });
  return {
    source: { fileName: input.fileName, label: "record", columns, count: geometries.length, at, notes },
    ...(crs === undefined ? {} : { declared: { crs, by: "the .prj file" } }),
    positions: () =>
      spread(geometries)
        .map((g) => firstPosition(g !== null && "coordinates" in g ? g.coordinates : undefined))
        .filter((p) => p !== undefined),
    textTable: false,
    decimal: ".",
  };
}

export const shapefileFormat = formatModule("shapefile", [".zip"], parse);
