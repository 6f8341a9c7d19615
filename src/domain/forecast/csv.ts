/**
 * The forecast CSV template (docs/forecasts.md): one estimate per row, Danish headers with
 * English aliases, Danish Excel syntax (csvSyntax.ts). Optional `#key;value` lines carry the
 * table's metadata; without `#basisår` the horizon starts at the earliest year in the rows.
 * Import checks every row and reports each rejected one with its line number (the header is
 * line 1 when there are no metadata lines), the column and the reason; the rest load.
 */
import {
  SECONDARY_MATERIALS,
  type SecondaryMaterial,
  SOIL_MATERIALS,
  type SoilClass,
  type SoilMaterial,
} from "../materials";
import type { QuantityUnit } from "../site";
import {
  BOM,
  type CsvField,
  cellText,
  csvField,
  formatNumber,
  LINE_END,
  parseCsvRows,
  parseNumber,
  SEPARATOR,
  safeText,
} from "./csvSyntax";
import {
  FORECAST_SCHEMA_ID,
  type ForecastCategory,
  type ForecastCategoryKind,
  type ForecastRecord,
  type ForecastTable,
  forecastYears,
} from "./types";
import { admitRecord, type ForecastIssue, issue } from "./validate";

/** The columns in template order: the Danish header first, then accepted aliases. */
const COLUMNS = {
  municipalityCode: ["kommunekode", "municipality_code", "municipalitycode", "municipality"],
  year: ["år", "aar", "year"],
  category: ["kategori", "category"],
  material: ["materiale", "material"],
  soilClass: ["klasse", "class", "soilclass", "soil_class"],
  low: ["lav", "low"],
  mid: ["central", "mid"],
  high: ["høj", "hoej", "high"],
  unit: ["enhed", "unit"],
  illustrative: ["illustrativ", "illustrative"],
} as const;
type Column = keyof typeof COLUMNS;
const COLUMN_ORDER = Object.keys(COLUMNS) as Column[];
/** Every column but `illustrativ` (which defaults to the table's flag) must be in the header. */
const REQUIRED: readonly Column[] = COLUMN_ORDER.filter((c) => c !== "illustrative");

const META = {
  schema: ["skema", "schema"],
  title: ["titel", "title"],
  baseYear: ["basisår", "basisaar", "baseyear", "base_year"],
  source: ["kilde", "source"],
  illustrative: ["illustrativ", "illustrative"],
} as const;
type MetaKey = keyof typeof META;

const CATEGORY_NAMES: Record<ForecastCategoryKind, readonly string[]> = {
  surplus: ["overskud", "surplus"],
  demand: ["behov", "demand"],
  secondary: ["sekundær", "sekundaer", "secondary"],
};

/** Danish names as the template writes them; the English ids are accepted too. */
const MATERIAL_NAMES: Record<SoilMaterial | SecondaryMaterial, string> = {
  topsoil: "muld",
  clay: "ler",
  sand: "sand",
  gravel: "grus",
  fill: "fyld",
  mixed: "blandet",
  crushed_concrete: "knust beton",
  crushed_brick: "knust tegl",
  crushed_asphalt: "asfalt",
};

const UNIT_NAMES: Record<QuantityUnit, readonly string[]> = { m3: ["m3", "m³"], t: ["t", "ton", "tons"] };
const YES = ["ja", "yes", "true", "1"];
const NO = ["nej", "no", "false", "0"];

const norm = (s: string) => s.trim().toLowerCase();
const find = <K extends string>(names: Record<K, readonly string[]>, text: string): K | undefined =>
  (Object.keys(names) as K[]).find((k) => names[k].includes(norm(text)));
const flag = (text: string): boolean | undefined =>
  YES.includes(norm(text)) ? true : NO.includes(norm(text)) ? false : undefined;

function materialOf(text: string): SoilMaterial | SecondaryMaterial | undefined {
  const t = norm(text);
  return (Object.keys(MATERIAL_NAMES) as (keyof typeof MATERIAL_NAMES)[]).find(
    (m) => MATERIAL_NAMES[m] === t || m === t,
  );
}

// ---------------------------------------------------------------------------------------- export

/** The table as CSV in the template: BOM, metadata lines, header, one row per record. */
export function forecastToCsv(table: ForecastTable): string {
  const yesNo = (b: boolean) => (b ? "ja" : "nej");
  const meta: [MetaKey, string][] = [
    ["schema", table.schema],
    ["title", safeText(table.title)],
    ["baseYear", String(table.baseYear)],
    ["source", safeText(table.source)],
    ["illustrative", yesNo(table.illustrative)],
  ];
  const lines = [
    ...meta.map(([key, value]) => `#${META[key][0]}${SEPARATOR}${csvField(value)}`),
    COLUMN_ORDER.map((c) => COLUMNS[c][0]).join(SEPARATOR),
    ...table.records.map((r) =>
      [
        r.municipalityCode,
        String(r.year),
        CATEGORY_NAMES[r.category.kind][0],
        r.category.material === undefined ? "" : MATERIAL_NAMES[r.category.material],
        r.category.kind === "surplus" ? String(r.category.soilClass) : "",
        formatNumber(r.low),
        formatNumber(r.mid),
        formatNumber(r.high),
        r.unit,
        yesNo(r.illustrative),
      ].join(SEPARATOR),
    ),
  ];
  return BOM + lines.map((l) => l + LINE_END).join("");
}

// ---------------------------------------------------------------------------------------- import

export interface CsvRejection extends ForecastIssue {
  /** 1-based line number in the file. */
  row: number;
}

export interface CsvImport {
  /** undefined when the file is not a forecast at all (no header, other schema, no year anywhere). */
  table: ForecastTable | undefined;
  rejected: CsvRejection[];
}

type RowFields = Partial<Record<Column, string>>;

/** The category from the category, material and class columns, or the issue with them. */
function categoryOf(f: RowFields, header: Record<Column, string>): ForecastCategory | ForecastIssue {
  const kind = find(CATEGORY_NAMES, f.category ?? "");
  if (!kind)
    return issue(
      header.category,
      "unknown_category",
      `unknown category "${f.category ?? ""}" (overskud, behov, sekundær)`,
    );
  const materialText = f.material ?? "";
  const material = materialText === "" ? undefined : materialOf(materialText);
  const isSoil = (m: unknown): m is SoilMaterial => (SOIL_MATERIALS as readonly unknown[]).includes(m);
  const isSecondary = (m: unknown): m is SecondaryMaterial =>
    (SECONDARY_MATERIALS as readonly unknown[]).includes(m);
  const classText = f.soilClass ?? "";
  if (materialText !== "" && material === undefined)
    return issue(header.material, "unknown_material", `unknown material "${materialText}"`);
  if (kind === "surplus") {
    if (!isSoil(material))
      return issue(
        header.material,
        "unknown_material",
        "surplus needs a soil type (muld, ler, sand, grus, fyld, blandet)",
      );
    if (!/^[0-4]$/.test(classText))
      return issue(header.soilClass, "unknown_class", `surplus needs a klasse 0–4, got "${classText}"`);
    return { kind, material, soilClass: Number(classText) as SoilClass };
  }
  if (classText !== "")
    return issue(
      header.soilClass,
      "unknown_class",
      `klasse "${classText}" given, but only surplus has a class`,
    );
  if (kind === "demand") {
    if (material === undefined) return { kind };
    if (!isSoil(material))
      return issue(header.material, "unknown_material", "demand needs a soil type or nothing");
    return { kind, material };
  }
  if (!isSecondary(material))
    return issue(header.material, "unknown_material", "secondary needs knust beton, knust tegl or asfalt");
  return { kind, material };
}

/** A well-formed record from one row, or the first issue with it. */
function recordOf(
  f: RowFields,
  header: Record<Column, string>,
  tableIllustrative: boolean,
): ForecastRecord | ForecastIssue {
  const code = f.municipalityCode ?? "";
  // Excel drops the leading zero of "0101"; put it back.
  if (!/^\d{1,4}$/.test(code))
    return issue(header.municipalityCode, "unknown_municipality", `"${code}" is not a municipality code`);
  if (!/^\d{4}$/.test(f.year ?? "")) return issue(header.year, "bad_year", `"${f.year ?? ""}" is not a year`);
  const category = categoryOf(f, header);
  if ("reason" in category) return category;
  const numbers: number[] = [];
  for (const c of ["low", "mid", "high"] as const) {
    const n = parseNumber(f[c] ?? "");
    if (n === undefined)
      return issue(header[c], "bad_number", `"${f[c] ?? ""}" is not a number (use a decimal comma: 12,5)`);
    numbers.push(n);
  }
  const unit = find(UNIT_NAMES, f.unit ?? "");
  if (!unit) return issue(header.unit, "unknown_unit", `unit "${f.unit ?? ""}" is neither m3 nor t`);
  const illustrative =
    f.illustrative === undefined || f.illustrative === "" ? tableIllustrative : flag(f.illustrative);
  if (illustrative === undefined)
    return issue(header.illustrative, "bad_flag", `"${f.illustrative}" is not ja or nej`);
  const [low, mid, high] = numbers as [number, number, number];
  return {
    municipalityCode: code.padStart(4, "0"),
    year: Number(f.year),
    category,
    low,
    mid,
    high,
    unit,
    illustrative,
  };
}

const isBlank = (fields: readonly CsvField[]) => fields.every((f) => f.text === "" && !f.quoted);

type Meta = Partial<Record<MetaKey, { line: number; text: string }>>;

/** The file split into metadata, header and data rows; or the header's missing columns. */
function splitFile(text: string, rejected: CsvRejection[]) {
  const meta: Meta = {};
  const dataRows: { line: number; fields: RowFields }[] = [];
  let header: { names: Record<Column, string>; columns: (Column | undefined)[] } | undefined;
  for (const row of parseCsvRows(text)) {
    const first = row.fields[0]?.text ?? "";
    // Excel's optional first line "sep=;" names the separator.
    if (isBlank(row.fields) || (row.line === 1 && /^sep=/i.test(first))) continue;
    if (first.startsWith("#")) {
      const key = find(META, first.slice(1));
      if (key) meta[key] = { line: row.line, text: row.fields[1]?.text ?? "" };
      else
        rejected.push({
          row: row.line,
          field: first,
          reason: "bad_table",
          message: `unknown metadata ${first}`,
        });
    } else if (!header) {
      const columns = row.fields.map((f) => find(COLUMNS, f.text));
      const missing = REQUIRED.filter((c) => !columns.includes(c));
      if (missing.length > 0) {
        // "år" read as Windows-1252 comes out as "Ã¥r".
        const misDecoded = row.fields.some((f) => /Ã|Â/.test(f.text));
        const hint = misDecoded ? " (the file looks mis-decoded: save it as CSV UTF-8)" : "";
        for (const c of missing)
          rejected.push({
            row: row.line,
            field: COLUMNS[c][0],
            reason: "missing_column",
            message: `the header has no column ${COLUMNS[c][0]} (or ${COLUMNS[c].slice(1).join(", ")})${hint}`,
          });
        return undefined;
      }
      // Name columns in messages as the file does.
      const names = Object.fromEntries(
        COLUMN_ORDER.map((c) => [c, row.fields[columns.indexOf(c)]?.text ?? COLUMNS[c][0]]),
      ) as Record<Column, string>;
      header = { names, columns };
    } else {
      const fields: RowFields = {};
      row.fields.forEach((f, i) => {
        const c = header?.columns[i];
        if (c) fields[c] = f.text;
      });
      dataRows.push({ line: row.line, fields });
    }
  }
  if (!header) {
    rejected.push({
      row: 1,
      field: COLUMNS.municipalityCode[0],
      reason: "missing_column",
      message: "no header row",
    });
    return undefined;
  }
  return { meta, header: header.names, dataRows };
}

/** The horizon's first year: `#basisår`, else the earliest year in the rows. */
function baseYearOf(meta: Meta, rowYears: readonly string[]): number | CsvRejection {
  if (meta.baseYear)
    return /^\d{4}$/.test(meta.baseYear.text)
      ? Number(meta.baseYear.text)
      : {
          row: meta.baseYear.line,
          field: "#basisår",
          reason: "bad_year",
          message: `"${meta.baseYear.text}" is not a year`,
        };
  const years = rowYears.filter((y) => /^\d{4}$/.test(y)).map(Number);
  return years.length > 0
    ? Math.min(...years)
    : { row: 1, field: "#basisår", reason: "bad_year", message: "no #basisår line and no row with a year" };
}

/** Reads a forecast CSV in the template; see the module comment. */
export function forecastFromCsv(text: string): CsvImport {
  const rejected: CsvRejection[] = [];
  const file = splitFile(text, rejected);
  if (!file) return { table: undefined, rejected };
  const { meta, header, dataRows } = file;
  if (meta.schema && meta.schema.text !== FORECAST_SCHEMA_ID) {
    const message = `schema ${meta.schema.text} is not ${FORECAST_SCHEMA_ID}`;
    rejected.push({ row: meta.schema.line, field: "#skema", reason: "bad_table", message });
    return { table: undefined, rejected };
  }
  const baseYear = baseYearOf(
    meta,
    dataRows.map((r) => r.fields.year ?? ""),
  );
  if (typeof baseYear !== "number") return { table: undefined, rejected: [...rejected, baseYear] };
  const years = forecastYears(baseYear);

  const tableFlag = meta.illustrative ? flag(meta.illustrative.text) : false;
  if (tableFlag === undefined && meta.illustrative) {
    const message = `"${meta.illustrative.text}" is not ja or nej; taken as nej`;
    rejected.push({ row: meta.illustrative.line, field: "#illustrativ", reason: "bad_flag", message });
  }
  const illustrative = tableFlag === true;

  const records: ForecastRecord[] = [];
  const seen = new Set<string>();
  for (const { line, fields } of dataRows) {
    const parsed = recordOf(fields, header, illustrative);
    if ("reason" in parsed) {
      rejected.push({ row: line, ...parsed });
      continue;
    }
    const problem = admitRecord(parsed, years, seen);
    // The shared checks name record properties; report the column as the file names it.
    if (problem)
      rejected.push({ row: line, ...problem, field: header[problem.field as Column] ?? problem.field });
    else records.push(parsed);
  }
  rejected.sort((a, b) => a.row - b.row);
  const table: ForecastTable = {
    schema: FORECAST_SCHEMA_ID,
    title: cellText(meta.title?.text ?? ""),
    baseYear,
    years,
    source: cellText(meta.source?.text ?? ""),
    illustrative,
    records,
  };
  return { table, rejected };
}
