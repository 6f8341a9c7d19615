/**
 * The suggested mapping: Danish and English column names matched to schema fields where the
 * name makes it obvious. Three passes, each only for fields still open and columns still free:
 * the schema's own key exactly (so our own exports map back one to one), then a whole known
 * name ("Mængde", "kommunekode"), then a known word inside a longer name ("Dato til"). A file
 * that already has the schema's keys gets the first pass only.
 */
import { emptyMapping, type FieldMapping, TARGET_FIELDS, type TargetField } from "./fieldMapping";
import { compactName, wordsOf } from "./normalize";
import { UNIT_WORDS } from "./words";

/** Known names per field, in compact form (see normalize.ts). */
const NAMES: Record<TargetField, readonly string[]> = {
  id: ["id", "siteid", "projektid", "projektnr", "sagsnr", "sagsnummer"],
  kind: ["kind", "art", "rolle", "sitekind"],
  name: ["name", "navn", "projekt", "projektnavn", "titel", "betegnelse", "lokalitet"],
  quantity: [
    "quantity",
    "maengde",
    "m3",
    "tons",
    "ton",
    "tonnes",
    "kapacitet",
    "capacity",
    "volumen",
    "volume",
  ],
  unit: ["unit", "enhed"],
  material: ["material", "materiale", "jordtype", "jordart", "materialetype"],
  soilClass: ["soilclass", "klasse", "jordklasse", "forureningsklasse", "class"],
  acceptedMaterials: [
    "acceptedmaterials",
    "modtagnematerialer",
    "accepteredematerialer",
    "jordtyper",
    "materialer",
  ],
  acceptedClasses: ["acceptedclasses", "modtagneklasser", "accepteredeklasser", "klasser", "jordklasser"],
  receiverType: ["receivertype", "modtagertype", "anlaegstype"],
  section52Dispensation: ["section52dispensation", "dispensation", "paragraf52", "52dispensation"],
  annualExtraction: ["annualextraction", "aarligindvinding", "indvinding"],
  municipalityCode: [
    "municipalitycode",
    "kommunekode",
    "kommunenr",
    "kommunenummer",
    "kommune",
    "municipality",
  ],
  status: ["status", "projektstatus"],
  availableFrom: ["availablefrom", "fra", "start", "startdato", "fradato", "datofra", "from"],
  availableTo: ["availableto", "til", "slut", "slutdato", "tildato", "datotil", "to", "end"],
  illustrative: ["illustrative", "illustrativ"],
  locationApproximate: ["locationapproximate", "omtrentligplacering"],
};

const COORDINATE_NAMES: Record<"lon" | "lat" | "x" | "y", readonly string[]> = {
  lon: ["lon", "lng", "long", "longitude", "laengdegrad"],
  lat: ["lat", "latitude", "breddegrad"],
  x: ["x", "oest", "east", "easting", "utmx", "xkoordinat"],
  y: ["y", "nord", "north", "northing", "utmy", "ykoordinat"],
};

const GEOMETRY_NAMES = ["geometry", "geometri", "geojson"];

/** Keys that mark a file as already in the schema's layout. */
const SCHEMA_LAYOUT = ["id", "kind", "name", "quantity", "unit"];

/** Words too short or too common to trust inside a longer name. */
const MIN_WORD_LENGTH = 3;

/** Does the column match this known name in pass 0 (schema key), 1 (whole name) or 2 (a word)? */
function matches(pass: number, column: string, name: string): boolean {
  if (pass === 0) return column === name;
  if (pass === 1) return compactName(column) === name;
  return name.length >= MIN_WORD_LENGTH && wordsOf(column).includes(name);
}

/** Assigns columns to keys pass by pass, names in their order of preference; a column serves one key. */
function assign<K extends string>(
  keys: readonly K[],
  names: Readonly<Record<K, readonly string[]>>,
  columns: readonly string[],
  used: Set<string>,
  passes: readonly number[],
): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const pass of passes) {
    for (const key of keys) {
      if (out[key] !== undefined) continue;
      for (const name of pass === 0 ? [key] : names[key]) {
        const found = columns.find((c) => !used.has(c) && matches(pass, c, name));
        if (found === undefined) continue;
        out[key] = found;
        used.add(found);
        break;
      }
    }
  }
  return out;
}

/** "m3" or "t" when the quantity column's name says it: "Mængde (m³)", "tons". */
function unitFromName(column: string): "m3" | "t" | undefined {
  for (const w of wordsOf(column)) if (Object.hasOwn(UNIT_WORDS, w)) return UNIT_WORDS[w];
  return undefined;
}

export interface AutoMapOptions {
  /** Look for coordinate and geometry columns (CSV); GeoJSON, KML and Shapefiles have geometries. */
  coordinates: boolean;
  decimal: "," | ".";
}

/** The mapping suggested for these columns, before the user looks at it. */
export function suggestMapping(columns: readonly string[], options: AutoMapOptions): FieldMapping {
  const used = new Set<string>();
  // A file already in the schema's layout (our own exports, schema-v1 files) maps one to one:
  // guessing there could mistake an extra property such as "fra" for a schema field.
  const schemaLayout = SCHEMA_LAYOUT.every((key) => columns.includes(key));
  const passes = schemaLayout ? [0] : [0, 1, 2];
  const mapping = emptyMapping(options.decimal);
  if (options.coordinates) {
    // Tried on a copy: only the pair actually taken (and the pair it makes redundant) is used up.
    const coords = assign(["lon", "lat", "x", "y"], COORDINATE_NAMES, columns, new Set(used), passes);
    // Both pairs present (our own export writes both): lon/lat wins and x/y is not kept as data.
    if (coords.lon !== undefined && coords.lat !== undefined) {
      mapping.coordinates = { x: coords.lon, y: coords.lat };
      mapping.ignore = [coords.x, coords.y].filter((c) => c !== undefined);
    } else if (coords.x !== undefined && coords.y !== undefined) {
      mapping.coordinates = { x: coords.x, y: coords.y };
    }
    for (const c of [mapping.coordinates?.x, mapping.coordinates?.y, ...mapping.ignore])
      if (c !== undefined) used.add(c);
    const geometry = columns.find(
      (c) => !used.has(c) && (schemaLayout ? c === "geometry" : GEOMETRY_NAMES.includes(compactName(c))),
    );
    if (geometry !== undefined) {
      mapping.geometry = geometry;
      used.add(geometry);
    }
  }
  mapping.fields = assign(TARGET_FIELDS, NAMES, columns, used, passes);
  const quantity = mapping.fields.quantity;
  const unit = quantity === undefined ? undefined : unitFromName(quantity);
  if (mapping.fields.unit === undefined && unit !== undefined) mapping.unit = unit;
  return mapping;
}

/** True when the columns name the lon/lat pair (so the CSV declares WGS84 by its header). */
export function isLonLatPair(mapping: FieldMapping): boolean {
  const x = mapping.coordinates?.x;
  const y = mapping.coordinates?.y;
  return (
    x !== undefined &&
    y !== undefined &&
    COORDINATE_NAMES.lon.includes(compactName(x)) &&
    COORDINATE_NAMES.lat.includes(compactName(y))
  );
}
