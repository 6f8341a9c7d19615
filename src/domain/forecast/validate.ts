/**
 * Checks on forecast records, shared by the CSV import and the JSON loader so both reject the
 * same things for the same reasons. A rejected record is reported and left out; the rest load.
 */
import { SECONDARY_MATERIALS, SOIL_CLASSES, SOIL_MATERIALS } from "../materials";
import { isRegionMunicipality } from "./municipalities";
import {
  categoryKey,
  FORECAST_SCHEMA_ID,
  type ForecastCategory,
  type ForecastRecord,
  type ForecastTable,
  forecastYears,
} from "./types";

export type ForecastRejectReason =
  | "bad_table"
  | "missing_column"
  | "missing_field"
  | "unknown_municipality"
  | "bad_year"
  | "year_outside"
  | "unknown_category"
  | "unknown_material"
  | "unknown_class"
  | "unknown_unit"
  | "bad_flag"
  | "bad_number"
  | "negative"
  | "low_above_high"
  | "mid_outside_range"
  | "duplicate";

export interface ForecastIssue {
  /** The field (CSV column or JSON property) at fault. */
  field: string;
  reason: ForecastRejectReason;
  message: string;
}

/** Why a well-formed record (finite numbers) cannot be used, or undefined when it can. */
export function recordProblem(r: ForecastRecord, years: readonly number[]): ForecastIssue | undefined {
  if (!isRegionMunicipality(r.municipalityCode))
    return issue(
      "municipalityCode",
      "unknown_municipality",
      `${r.municipalityCode} is not one of the 29 municipality codes of Region Hovedstaden`,
    );
  if (!years.includes(r.year))
    return issue(
      "year",
      "year_outside",
      `${r.year} is outside the forecast years ${years[0]}–${years.at(-1)}`,
    );
  for (const field of ["low", "mid", "high"] as const)
    if (r[field] < 0) return issue(field, "negative", `${field} is negative (${r[field]})`);
  if (r.low > r.high) return issue("low", "low_above_high", `low ${r.low} is above high ${r.high}`);
  if (r.mid < r.low || r.mid > r.high)
    return issue("mid", "mid_outside_range", `central ${r.mid} is outside low–high ${r.low}–${r.high}`);
  return undefined;
}

/** The key that must be unique in a table: one estimate per municipality, year and category. */
function recordKey(r: Pick<ForecastRecord, "municipalityCode" | "year" | "category">): string {
  return `${r.municipalityCode}|${r.year}|${categoryKey(r.category)}`;
}

/**
 * Admits a well-formed record into a table being built: its problem, or a duplicate of one
 * already admitted (the first is kept, since summing both would count the soil twice).
 */
export function admitRecord(
  r: ForecastRecord,
  years: readonly number[],
  seen: Set<string>,
): ForecastIssue | undefined {
  const problem = recordProblem(r, years);
  if (problem) return problem;
  const key = recordKey(r);
  if (seen.has(key))
    return issue(
      "category",
      "duplicate",
      `a second estimate for ${r.municipalityCode}, ${r.year}, ${categoryKey(r.category)}; the first is kept`,
    );
  seen.add(key);
  return undefined;
}

export function issue(field: string, reason: ForecastRejectReason, message: string): ForecastIssue {
  return { field, reason, message };
}

// Number.isFinite does not coerce: "1" is not a finite number.
const isFiniteNumber = (v: unknown): v is number => Number.isFinite(v);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const includes = <T>(list: readonly T[], v: unknown): v is T => (list as readonly unknown[]).includes(v);

/** A category from JSON, or the issue with it. */
function categoryFromJson(v: unknown): ForecastCategory | ForecastIssue {
  if (!isObject(v)) return issue("category", "unknown_category", "category is not an object");
  if (v.kind === "surplus") {
    if (!includes(SOIL_MATERIALS, v.material))
      return issue(
        "category.material",
        "unknown_material",
        `surplus needs a soil material, got ${String(v.material)}`,
      );
    if (!includes(SOIL_CLASSES, v.soilClass))
      return issue(
        "category.soilClass",
        "unknown_class",
        `surplus needs a class 0–4, got ${String(v.soilClass)}`,
      );
    return { kind: "surplus", material: v.material, soilClass: v.soilClass };
  }
  if (v.kind === "demand") {
    if (v.material === undefined) return { kind: "demand" };
    if (!includes(SOIL_MATERIALS, v.material))
      return issue(
        "category.material",
        "unknown_material",
        `demand material must be a soil, got ${String(v.material)}`,
      );
    return { kind: "demand", material: v.material };
  }
  if (v.kind === "secondary") {
    if (!includes(SECONDARY_MATERIALS, v.material))
      return issue(
        "category.material",
        "unknown_material",
        `secondary needs ${SECONDARY_MATERIALS.join(", ")}`,
      );
    return { kind: "secondary", material: v.material };
  }
  return issue("category.kind", "unknown_category", `unknown category ${String(v.kind)}`);
}

/** A record from JSON (shape only), or the issue with it. */
function recordFromJson(v: unknown): ForecastRecord | ForecastIssue {
  if (!isObject(v)) return issue("record", "missing_field", "record is not an object");
  if (typeof v.municipalityCode !== "string")
    return issue("municipalityCode", "missing_field", "municipalityCode is missing");
  if (typeof v.year !== "number" || !Number.isInteger(v.year))
    return issue("year", "bad_year", `year is not a whole number: ${String(v.year)}`);
  const category = categoryFromJson(v.category);
  if ("reason" in category) return category;
  const { low, mid, high } = v;
  if (!isFiniteNumber(low)) return issue("low", "bad_number", "low is not a finite number");
  if (!isFiniteNumber(mid)) return issue("mid", "bad_number", "mid is not a finite number");
  if (!isFiniteNumber(high)) return issue("high", "bad_number", "high is not a finite number");
  if (v.unit !== "m3" && v.unit !== "t")
    return issue("unit", "unknown_unit", `unit must be m3 or t, got ${String(v.unit)}`);
  if (typeof v.illustrative !== "boolean")
    return issue("illustrative", "missing_field", "illustrative is not true/false");
  return {
    municipalityCode: v.municipalityCode,
    year: v.year,
    category,
    low,
    mid,
    high,
    unit: v.unit,
    illustrative: v.illustrative,
  };
}

export interface JsonForecastIssue extends ForecastIssue {
  /** Index in `records`; absent for a fault of the table as a whole. */
  record?: number;
}

/**
 * Validates a parsed JSON forecast table. A table without the schema id, or with broken
 * metadata, is refused as a whole (no table); otherwise each bad record is reported with its
 * index and the rest load.
 */
export function validateForecastTable(value: unknown): {
  table: ForecastTable | undefined;
  issues: JsonForecastIssue[];
} {
  const refuse = (field: string, message: string) => ({
    table: undefined,
    issues: [issue(field, "bad_table", message)],
  });
  if (!isObject(value)) return refuse("table", "not a JSON object");
  if (value.schema !== FORECAST_SCHEMA_ID) return refuse("schema", `schema is not ${FORECAST_SCHEMA_ID}`);
  const { title, baseYear, years, source, illustrative, records } = value;
  if (typeof title !== "string") return refuse("title", "title is not text");
  if (typeof source !== "string") return refuse("source", "source is not text");
  if (typeof illustrative !== "boolean") return refuse("illustrative", "illustrative is not true/false");
  if (typeof baseYear !== "number" || !Number.isInteger(baseYear))
    return refuse("baseYear", "baseYear is not a whole number");
  const expected = forecastYears(baseYear);
  if (!Array.isArray(years) || years.join() !== expected.join())
    return refuse("years", `years must be the 12 years ${expected[0]}–${expected.at(-1)}`);
  if (!Array.isArray(records)) return refuse("records", "records is not a list");

  const issues: JsonForecastIssue[] = [];
  const kept: ForecastRecord[] = [];
  const seen = new Set<string>();
  records.forEach((raw, index) => {
    const parsed = recordFromJson(raw);
    if ("reason" in parsed) {
      issues.push({ ...parsed, record: index });
      return;
    }
    const problem = admitRecord(parsed, expected, seen);
    if (problem) issues.push({ ...problem, record: index });
    else kept.push(parsed);
  });
  return {
    table: {
      schema: FORECAST_SCHEMA_ID,
      title,
      baseYear,
      years: expected,
      source,
      illustrative,
      records: kept,
    },
    issues,
  };
}
