/**
 * CSV as municipal staff have it: "," or ";" (or tab) between cells, decimal commas, UTF-8 with
 * or without BOM or Latin-1, Excel's "sep=;" first line, coordinates as lon/lat or UTM x/y.
 * Rows are numbered as a spreadsheet shows them (header = row 1), so a reported row can be
 * found in Excel; a quoted cell with line breaks is one row, as in Excel.
 */
import Papa from "papaparse";
import { isLonLatPair } from "../mapping/autoMap";
import { isBlank, readNumber } from "../mapping/values";
import { UserError } from "../userError";
import { spread } from "./crs";
import { extraFromCell, unescapeFormula } from "./csvCells";
import { formatModule, type ParsedFile } from "./pipeline";
import { type RawRecord, setOwn } from "./records";
import { decodeText } from "./text";
import type { ImportInput } from "./types";

const DELIMITERS = [";", ",", "\t"] as const;
type Delimiter = (typeof DELIMITERS)[number];

/** The delimiter the header line uses most, counted outside quotes; ";" wins a tie (Danish Excel). */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: Delimiter = ";";
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

const isBlankRow = (row: readonly string[]) => row.every((c) => c.trim() === "");

/** Unique column names: blanks become "column N", repeats get " (2)". */
function headerNames(row: readonly string[]): string[] {
  const seen = new Set<string>();
  return row.map((cell, j) => {
    // Not trimmed: a name is kept as written, since it becomes the key of an extra property.
    const base = cell.trim() === "" ? `column ${j + 1}` : unescapeFormula(cell);
    let name = base;
    for (let n = 2; seen.has(name); n++) name = `${base} (${n})`;
    seen.add(name);
    return name;
  });
}

async function parse(input: ImportInput): Promise<ParsedFile> {
  const decoded = decodeText(input.bytes, input.fileName);
  const notes = decoded.note === undefined ? [] : [decoded.note];
  let text = decoded.text;
  // Excel's own hint line, "sep=;", names the delimiter and is not data.
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) text = text.slice(sep[0].length);
  const delimiter = (sep?.[1] as Delimiter | undefined) ?? detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const rows = parsed.data;
  // Rows are counted from 1 as a spreadsheet shows them; the sep= line was row 1 if present.
  const rowOffset = sep ? 2 : 1;
  const headerIndex = rows.findIndex((r) => !isBlankRow(r));
  if (headerIndex < 0) throw new UserError(`${input.fileName} has no header row and no data.`);
  const columns = headerNames(rows[headerIndex] as string[]);
  const dataStart = headerIndex + 1;
  const brokenRows = new Map(
    parsed.errors.filter((e) => e.row !== undefined).map((e) => [e.row as number, e.message]),
  );
  const dataIndex: number[] = [];
  for (let i = dataStart; i < rows.length; i++)
    if (!isBlankRow(rows[i] as string[]) || brokenRows.has(i)) dataIndex.push(i);
  if (dataIndex.length === 0) throw new UserError(`${input.fileName} has a header but no data rows.`);
  const skipped = rows.length - dataStart - dataIndex.length;
  // Papa reports the final line break as one empty row: not worth a note.
  const lastIsEmptyLine = rows.length > dataStart && (rows[rows.length - 1] as string[]).join("") === "";
  if (skipped - (lastIsEmptyLine ? 1 : 0) > 0)
    notes.push(`${skipped - (lastIsEmptyLine ? 1 : 0)} empty rows skipped`);
  notes.push(`delimiter "${delimiter === "\t" ? "tab" : delimiter}"`);

  const at = (k: number): RawRecord => {
    const i = dataIndex[k] as number;
    const row = rows[i] as string[];
    const position = i + rowOffset;
    const broken = brokenRows.get(i);
    if (broken !== undefined) return { position, values: {}, unreadable: { field: "row", reason: broken } };
    if (row.length > columns.length && row.slice(columns.length).some((c) => c.trim() !== ""))
      return {
        position,
        values: {},
        unreadable: {
          field: "row",
          reason: `${row.length} cells, but the header has ${columns.length} (a stray "${delimiter}" or an unquoted decimal comma?)`,
        },
      };
    const values: Record<string, unknown> = {};
    for (let j = 0; j < columns.length; j++)
      setOwn(values, columns[j] as string, unescapeFormula(row[j] ?? ""));
    return { position, values };
  };

  const dataRows = dataIndex.map((i) => rows[i] as string[]);
  return {
    source: {
      fileName: input.fileName,
      label: "row",
      columns,
      count: dataIndex.length,
      at,
      readExtra: extraFromCell,
      notes,
    },
    positions(mapping) {
      const xy = mapping.coordinates;
      if (xy === undefined) return [];
      const jx = columns.indexOf(xy.x);
      const jy = columns.indexOf(xy.y);
      return spread(dataRows).flatMap((row) => {
        const [cx, cy] = [row[jx], row[jy]];
        if (isBlank(cx) || isBlank(cy)) return [];
        const x = readNumber(cx, mapping.decimal);
        const y = readNumber(cy, mapping.decimal);
        return "value" in x && "value" in y ? [[x.value, y.value]] : [];
      });
    },
    declaredBy: (mapping) =>
      isLonLatPair(mapping)
        ? { crs: "EPSG:4326", by: `the column names ${mapping.coordinates?.x}/${mapping.coordinates?.y}` }
        : undefined,
    textTable: true,
    // Danish Excel writes ";" with decimal commas; a "," file cannot have unquoted decimal commas.
    decimal: delimiter === "," ? "." : ",",
  };
}

export const csvFormat = formatModule("csv", [".csv", ".tsv", ".txt"], parse);
