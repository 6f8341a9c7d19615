/**
 * A field mapping: which source column feeds which schema field, plus the few settings a file
 * needs to be read (units, decimal mark, coordinates, CRS, default kind) and value maps for
 * words the built-in tables do not know. Plain JSON, so the UI can save it and `--mapping` can
 * reuse it (docs/import-export.md).
 */
import { z } from "zod";
import { MATERIALS } from "../../domain/materials";
import { RECEIVER_TYPES, SITE_KINDS, SITE_STATUSES } from "../../domain/site";
import { CRS_IDS } from "../formats/crs";
import { UserError } from "../userError";

export const MAPPING_FORMAT = "jordbalance/mapping@1";

/** Schema fields a column can feed, in the order the mapping step shows them. */
export const TARGET_FIELDS = [
  "id",
  "kind",
  "name",
  "quantity",
  "unit",
  "material",
  "soilClass",
  "acceptedMaterials",
  "acceptedClasses",
  "receiverType",
  "section52Dispensation",
  "annualExtraction",
  "municipalityCode",
  "status",
  "availableFrom",
  "availableTo",
  "illustrative",
  "locationApproximate",
] as const;
export type TargetField = (typeof TARGET_FIELDS)[number];

const column = z.string();
const valueMap = <T extends readonly [string, ...string[]]>(values: T) =>
  z.record(z.string(), z.enum(values)).optional();

const mappingSchema = z.strictObject({
  format: z.literal(MAPPING_FORMAT).optional(),
  fields: z.strictObject(Object.fromEntries(TARGET_FIELDS.map((f) => [f, column.optional()]))).optional(),
  values: z
    .strictObject({
      material: valueMap(MATERIALS),
      kind: valueMap(SITE_KINDS),
      status: valueMap(SITE_STATUSES),
      receiverType: valueMap(RECEIVER_TYPES),
    })
    .optional(),
  unit: z.enum(["m3", "t"]).optional(),
  decimal: z.enum([",", "."]).optional(),
  coordinates: z.strictObject({ x: column, y: column }).optional(),
  geometry: column.optional(),
  crs: z.enum(CRS_IDS).optional(),
  defaultKind: z.enum(SITE_KINDS).optional(),
  ignore: z.array(column).optional(),
});

/** A mapping as saved: every member optional, so a file can hold only what differs. */
export type SavedMapping = z.infer<typeof mappingSchema>;

export interface FieldMapping {
  format: typeof MAPPING_FORMAT;
  /** Target schema field → source column. */
  fields: Partial<Record<TargetField, string>>;
  /** Source words (matched case- and accent-insensitively) → schema values; wins over built-in words. */
  values: {
    material?: Record<string, (typeof MATERIALS)[number]>;
    kind?: Record<string, (typeof SITE_KINDS)[number]>;
    status?: Record<string, (typeof SITE_STATUSES)[number]>;
    receiverType?: Record<string, (typeof RECEIVER_TYPES)[number]>;
  };
  /** Unit of `quantity` when no column says it. */
  unit?: "m3" | "t";
  /** Decimal mark of numbers written as text: "," in Danish Excel files. */
  decimal: "," | ".";
  /** Columns with the coordinates (CSV): lon/lat or UTM easting/northing. */
  coordinates?: { x: string; y: string };
  /** A column holding a GeoJSON geometry (CSV; for areas, written by our own export). */
  geometry?: string;
  crs?: (typeof CRS_IDS)[number];
  /** Kind of every record when no column says it. */
  defaultKind?: (typeof SITE_KINDS)[number];
  /** Columns left out entirely instead of being kept as extra properties. */
  ignore: string[];
}

export const emptyMapping = (decimal: "," | "." = "."): FieldMapping => ({
  format: MAPPING_FORMAT,
  fields: {},
  values: {},
  decimal,
  ignore: [],
});

/** Reads a saved mapping (parsed JSON), saying what is wrong and where. */
export function parseSavedMapping(raw: unknown, where: string): SavedMapping {
  const parsed = mappingSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "(top)"}: ${i.message}`);
  throw new UserError(`${where} is not a field mapping: ${problems.join("; ")}`);
}

/** Drops members set to undefined, so spreading a partial mapping never erases a setting. */
function defined<T extends object>(obj: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(obj ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * A saved mapping laid over a suggested one: the saved choices win, member by member; a field
 * saved as "" is deliberately unmapped, and a column the saved mapping assigns is taken from any
 * field the suggestion had given it.
 */
export function mergeMapping(suggested: FieldMapping, saved: SavedMapping): FieldMapping {
  const { fields, values, ignore, format: _format, ...settings } = saved;
  const v = values ?? {};
  const chosen = defined(fields);
  // A column the saved mapping uses serves only the fields it names there, not a guessed one too.
  const taken = new Set(Object.values(chosen));
  const guessed = Object.entries(suggested.fields).filter(([, c]) => !taken.has(c));
  const merged = { ...Object.fromEntries(guessed), ...chosen };
  return {
    ...suggested,
    ...defined(settings),
    fields: Object.fromEntries(Object.entries(merged).filter(([, c]) => c !== "")),
    values: {
      material: { ...suggested.values.material, ...v.material },
      kind: { ...suggested.values.kind, ...v.kind },
      status: { ...suggested.values.status, ...v.status },
      receiverType: { ...suggested.values.receiverType, ...v.receiverType },
    },
    ignore: ignore ?? suggested.ignore,
  };
}
