/**
 * Records (rows, features, placemarks) to validated schema-v1 sites, the same for every format.
 * Each record: mapped columns are read into schema fields, every other column is kept as an
 * extra property (nothing the user entered is lost), the geometry is reprojected to WGS84, and
 * the result goes through `validateSite` (the one validator). Every problem is reported with
 * the record's place, the field and the reason; a record with any problem is left out whole.
 */
import { resolveSiteMunicipality } from "../../domain/municipality";
import type { Site, SiteKind } from "../../domain/site";
import { validateSite } from "../../domain/siteSchema";
import { type FieldMapping, TARGET_FIELDS, type TargetField } from "../mapping/fieldMapping";
import {
  isBlank,
  type Read,
  readBoolean,
  readDate,
  readNumber,
  readSoilClass,
  readSoilClasses,
  vocabulary,
} from "../mapping/values";
import { UserError } from "../userError";
import { runChunked } from "./chunked";
import { type CrsId, mapCoordinates, toWgs84 } from "./crs";
import { siteGeometryOf } from "./geometry";
import { idAllocator, idBase } from "./ids";
import type { ConvertOptions, ImportIssue, ReadResult } from "./types";

export interface RawRecord {
  /** 1-based place in the file (see ImportIssue.position). */
  position: number;
  /** Column → value, own properties only (may include keys like "__proto__"). */
  values: Record<string, unknown>;
  /** The record's own geometry in the file's CRS; CSV records build theirs from columns. */
  geometry?: unknown;
  /** Set when the record cannot be read at all (not a Feature, a broken row). */
  unreadable?: { field: string; reason: string };
}

export interface RecordSource {
  fileName: string;
  /** What a record is called in messages: "row", "feature", "placemark", "record". */
  label: string;
  columns: readonly string[];
  count: number;
  /** Made on demand, so a 200,000-row file never holds all records as objects at once. */
  at(index: number): RawRecord;
  /** Text files: how an extra column's text becomes a property value (see csv.ts). */
  readExtra?: (value: unknown) => unknown;
  /** Notes from reading the file itself (encoding, delimiter, skipped rows). */
  notes: string[];
}

/** Fields every mapping must provide one way or another, with what provides them. */
function missingEssentials(mapping: FieldMapping, needsCoordinates: boolean): string[] {
  const f = mapping.fields;
  const missing: string[] = [];
  if (f.name === undefined) missing.push("name (a column)");
  if (f.quantity === undefined) missing.push("quantity (a column)");
  if (f.unit === undefined && mapping.unit === undefined) missing.push("unit (a column, or m3 / t for all)");
  if (f.kind === undefined && mapping.defaultKind === undefined)
    missing.push("kind (a column, or source / receiver / pit for all)");
  if (needsCoordinates && mapping.coordinates === undefined && mapping.geometry === undefined)
    missing.push("coordinates (x and y columns)");
  return missing;
}

/** Refuses a mapping that cannot work for this file, before any record is read. */
export function checkMapping(mapping: FieldMapping, source: RecordSource, needsCoordinates: boolean): void {
  const missing = missingEssentials(mapping, needsCoordinates);
  if (missing.length > 0)
    throw new UserError(
      `The mapping for ${source.fileName} does not say where to find: ${missing.join("; ")}.`,
    );
  const named = [
    ...Object.values(mapping.fields),
    mapping.coordinates?.x,
    mapping.coordinates?.y,
    mapping.geometry,
  ].filter((c): c is string => c !== undefined);
  const known = new Set(source.columns);
  const absent = named.filter((c) => !known.has(c));
  if (absent.length > 0)
    throw new UserError(
      `The mapping names columns ${source.fileName} does not have: ${absent.map((c) => `"${c}"`).join(", ")}.`,
    );
}

type FieldReader = (v: unknown) => Read<unknown>;

/** Distinct texts remembered per field; words and dates repeat, names and amounts do not. */
const MEMO_LIMIT = 10_000;

/**
 * Remembers a reader's answers for text cells: a 200,000-row file has a handful of material
 * words. Only for scalar answers: a shared array would be shared between sites.
 */
function memo(read: FieldReader): FieldReader {
  const seen = new Map<string, Read<unknown>>();
  return (v) => {
    if (typeof v !== "string") return read(v);
    let r = seen.get(v);
    if (r === undefined) {
      r = read(v);
      if (seen.size < MEMO_LIMIT) seen.set(v, r);
    }
    return r;
  };
}

function fieldReaders(mapping: FieldMapping, options: ConvertOptions): Record<TargetField, FieldReader> {
  const words = vocabulary(mapping, options.areas);
  const text: FieldReader = (v) =>
    typeof v === "string" || typeof v === "number"
      ? { value: String(v).trim() }
      : { reason: "expected text" };
  const number: FieldReader = (v) => readNumber(v, mapping.decimal);
  const date = memo(readDate);
  const boolean = memo(readBoolean);
  return {
    id: text,
    kind: memo(words.kind),
    name: text,
    quantity: number,
    unit: memo(words.unit),
    material: memo(words.material),
    soilClass: memo(readSoilClass),
    acceptedMaterials: words.materials,
    acceptedClasses: readSoilClasses,
    receiverType: memo(words.receiverType),
    section52Dispensation: boolean,
    annualExtraction: number,
    municipalityCode: memo(words.municipalityCode),
    status: memo(words.status),
    availableFrom: date,
    availableTo: date,
    illustrative: boolean,
    locationApproximate: boolean,
  };
}

/** Sets a property as an own data property: a "__proto__" key stays data, never a prototype. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

const own = (values: Record<string, unknown>, key: string) =>
  Object.hasOwn(values, key) ? values[key] : undefined;

const MAX_LISTED = 12;
const listed = (names: readonly string[]) =>
  names.length <= MAX_LISTED
    ? names.join(", ")
    : `${names.slice(0, MAX_LISTED).join(", ")} and ${names.length - MAX_LISTED} more`;

/** Fields every site has; an empty cell is reported with its column (the schema would only say "expected string"). */
const REQUIRED = ["kind", "name", "quantity", "unit"] as const;

/** Stands in for a missing id until the final pass gives one (validateSite needs some id). */
const PENDING_ID = "\u0000pending";

/** Applies a mapping to every record of a source: the whole of `convert` after parsing. */
export async function convertRecords(
  source: RecordSource,
  mapping: FieldMapping,
  crs: CrsId,
  options: ConvertOptions,
  progressFrom: number,
): Promise<ReadResult> {
  const readers = fieldReaders(mapping, options);
  const mapped = TARGET_FIELDS.flatMap((t) =>
    mapping.fields[t] === undefined ? [] : [[t, mapping.fields[t] as string] as const],
  );
  const consumed = new Set<string>([
    ...mapped.map(([, c]) => c),
    ...mapping.ignore,
    ...[mapping.coordinates?.x, mapping.coordinates?.y, mapping.geometry].filter((c) => c !== undefined),
  ]);
  const schemaKeys = new Set<string>(TARGET_FIELDS);
  const renamed = new Set<string>();
  const project = toWgs84(crs);
  const areas = options.areas ?? [];

  const candidates: Site[] = [];
  const rejected: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const firstAt = new Map<string, number>();
  const withoutId: Site[] = [];
  let derivedCodes = 0;
  let nearestCodes = 0;

  const issue = (position: number, id: string | undefined, field: string, reason: string): ImportIssue => ({
    ref: `${source.label} ${position}${id === undefined ? "" : ` (${id})`}`,
    position,
    ...(id === undefined ? {} : { id }),
    field,
    reason,
  });

  const geometryOf = (record: RawRecord): Read<unknown> => {
    let raw = record.geometry;
    const geometryCell = mapping.geometry === undefined ? undefined : own(record.values, mapping.geometry);
    if (!isBlank(geometryCell)) {
      try {
        raw = typeof geometryCell === "string" ? JSON.parse(geometryCell) : geometryCell;
      } catch {
        return { reason: `${mapping.geometry}: not a GeoJSON geometry` };
      }
    } else if (mapping.coordinates !== undefined) {
      const { x, y } = mapping.coordinates;
      const rx = own(record.values, x);
      const ry = own(record.values, y);
      if (isBlank(rx) || isBlank(ry)) return { reason: `no coordinates (${x} / ${y} empty)` };
      const nx = readNumber(rx, mapping.decimal);
      const ny = readNumber(ry, mapping.decimal);
      if ("reason" in nx) return { reason: `${x}: ${nx.reason}` };
      if ("reason" in ny) return { reason: `${y}: ${ny.reason}` };
      raw = { type: "Point", coordinates: [nx.value, ny.value] };
    }
    const geometry = siteGeometryOf(raw);
    if ("reason" in geometry) return geometry;
    return { value: { ...geometry.value, coordinates: mapCoordinates(geometry.value.coordinates, project) } };
  };

  const convertOne = (index: number) => {
    const record = source.at(index);
    if (record.unreadable) {
      rejected.push(issue(record.position, undefined, record.unreadable.field, record.unreadable.reason));
      return;
    }
    const problems: Array<{ field: string; reason: string }> = [];
    const properties = {} as Site["properties"];
    for (const [target, column] of mapped) {
      const raw = own(record.values, column);
      if (isBlank(raw)) continue;
      const read = readers[target](raw);
      if ("reason" in read) problems.push({ field: target, reason: `${column}: ${read.reason}` });
      else (properties as Record<string, unknown>)[target] = read.value;
    }
    const failed = (key: string) => problems.some((p) => p.field === key);
    if (properties.kind === undefined && !failed("kind") && mapping.defaultKind !== undefined)
      properties.kind = mapping.defaultKind;
    if (properties.unit === undefined && !failed("unit") && mapping.unit !== undefined)
      properties.unit = mapping.unit;
    if (properties.id === undefined) properties.id = PENDING_ID;
    for (const field of REQUIRED)
      if (properties[field] === undefined && !failed(field))
        problems.push({
          field,
          reason: mapping.fields[field] ? `${mapping.fields[field]} is empty` : "missing",
        });
    for (const key in record.values) {
      if (!Object.hasOwn(record.values, key) || consumed.has(key)) continue;
      const value = source.readExtra ? source.readExtra(record.values[key]) : record.values[key];
      if (value === undefined) continue;
      // An unmapped column named like a schema field would pose as that field: keep it renamed.
      const name = schemaKeys.has(key) ? `${key}_original` : key;
      if (name !== key) renamed.add(key);
      setOwn(properties, name, value);
    }
    const geometry = geometryOf(record);
    if ("reason" in geometry) problems.push({ field: "geometry", reason: geometry.reason });
    const site = {
      type: "Feature",
      geometry: "value" in geometry ? geometry.value : null,
      properties,
    } as Site;
    const id = properties.id === PENDING_ID ? undefined : properties.id;
    const checked = validateSite(site, index);
    if ("issues" in checked) {
      const reported = new Set(problems.map((p) => p.field));
      for (const i of checked.issues) {
        const field = i.field === "geometry" || i.field.startsWith("geometry.") ? "geometry" : i.field;
        if (!reported.has(field)) problems.push({ field: i.field, reason: i.message });
      }
    }
    if (problems.length > 0) {
      for (const p of problems) rejected.push(issue(record.position, id, p.field, p.reason));
      return;
    }
    // The site is built from our own object, not validateSite's copy: that copy drops an own
    // "__proto__" property, and the user's data must survive whole.
    if (id !== undefined) {
      const first = firstAt.get(id);
      if (first !== undefined) {
        rejected.push(issue(record.position, id, "id", `duplicate id: also ${source.label} ${first}`));
        return;
      }
      firstAt.set(id, record.position);
    }
    if (areas.length > 0) {
      const m = resolveSiteMunicipality(site, areas);
      if (properties.municipalityCode === undefined && m.code !== undefined) {
        properties.municipalityCode = m.code;
        if (m.note === "nearest") nearestCodes++;
        else derivedCodes++;
      } else if (m.note === "mismatch") {
        warnings.push(
          issue(
            record.position,
            id,
            "municipalityCode",
            `given ${m.code}, but the location lies in ${m.derivedCode}; kept as given`,
          ),
        );
      } else if (m.note === "outside") {
        warnings.push(issue(record.position, id, "geometry", "outside every municipality"));
      }
    }
    if (id === undefined) withoutId.push(site);
    candidates.push(site);
  };

  await runChunked(source.count, convertOne, options, progressFrom, 1);

  const allocate = idAllocator(new Set(firstAt.keys()));
  for (const site of withoutId) {
    const p = site.properties;
    p.id = allocate(idBase(p.kind as SiteKind, p.municipalityCode, p.name));
  }

  const notes = [...source.notes];
  if (crs !== "EPSG:4326") notes.push(`reprojected from ${crs} to WGS84`);
  const extras = source.columns.filter((c) => !consumed.has(c));
  if (extras.length > 0) notes.push(`kept as extra properties: ${listed(extras)}`);
  if (withoutId.length > 0) notes.push(`${withoutId.length} ids assigned (records without an id)`);
  if (derivedCodes > 0) notes.push(`municipality taken from the location for ${derivedCodes} sites`);
  if (nearestCodes > 0)
    notes.push(`${nearestCodes} sites lie outside every municipality and took the nearest one within 2 km`);
  if (renamed.size > 0)
    notes.push(
      `columns named like schema fields but not used for them kept as "<name>_original": ${[...renamed].join(", ")}`,
    );
  const rejectedRecords = new Set(rejected.map((r) => r.position)).size;
  if (rejectedRecords > 0) notes.push(`${rejectedRecords} of ${source.count} ${source.label}s rejected`);
  return { candidates, rejected, warnings, notes, assumed: { crs, mapping } };
}
