/**
 * CSV for Danish Excel: ";" between cells, decimal commas, a UTF-8 BOM (without it Excel reads
 * æøå as Latin-1), CRLF line ends. The columns are the schema's own keys (the template, see
 * docs/import-export.md), so the file maps back one to one on import; then the representative
 * point as lon/lat and as UTM 32N x/y, a GeoJSON `geometry` for areas, and one column per extra
 * property, its value as JSON text where needed (csvCells.ts).
 */
import { representativePoint } from "../../domain/distance";
import type { Site } from "../../domain/site";
import { EXPORT_DECIMALS, exportGeometry, roundTo } from "../export/geometry";
import { TARGET_FIELDS } from "../mapping/fieldMapping";
import { fromWgs84 } from "./crs";
import { escapeFormula, extraToCell, numberCell, quoteCell } from "./csvCells";

/** Columns after the schema fields: the location. lon/lat win on import; x/y are for GIS users. */
export const LOCATION_COLUMNS = ["lon", "lat", "x", "y", "geometry"] as const;

/** Schema fields first in the order people read them, then the location. */
export const CSV_TEMPLATE_COLUMNS: readonly string[] = [...TARGET_FIELDS, ...LOCATION_COLUMNS];

const DELIMITER = ";";

function schemaCell(value: unknown): string {
  if (value === undefined) return "";
  if (typeof value === "number") return numberCell(value);
  if (Array.isArray(value)) return value.length === 0 ? "[]" : value.join(", ");
  return String(value);
}

function locationCells(site: Site): string[] {
  const [lon, lat] = representativePoint(site.geometry);
  const deg = roundTo(EXPORT_DECIMALS["EPSG:4326"]);
  const metre = roundTo(EXPORT_DECIMALS["EPSG:25832"]);
  const [x, y] = fromWgs84("EPSG:25832")(lon, lat);
  const area =
    site.geometry.type === "Point" ? "" : JSON.stringify(exportGeometry(site.geometry, "EPSG:4326"));
  return [...[deg(lon), deg(lat), metre(x), metre(y)].map(numberCell), area];
}

export interface CsvText {
  text: string;
  notes: string[];
}

export function writeCsv(sites: readonly Site[]): CsvText {
  const template = new Set(CSV_TEMPLATE_COLUMNS);
  const extras = new Set<string>();
  const clashing = new Set<string>();
  for (const site of sites)
    for (const key of Object.keys(site.properties)) {
      if ((TARGET_FIELDS as readonly string[]).includes(key)) continue;
      (template.has(key) ? clashing : extras).add(key);
    }
  const header = [...CSV_TEMPLATE_COLUMNS, ...extras];
  const line = (cells: readonly string[]) =>
    cells.map((c) => quoteCell(escapeFormula(c), DELIMITER)).join(DELIMITER);
  const lines = [line(header)];
  for (const site of sites) {
    const p = site.properties;
    const own = (key: string) => (Object.hasOwn(p, key) ? p[key] : undefined);
    lines.push(
      line([
        ...TARGET_FIELDS.map((f) => schemaCell(own(f))),
        ...locationCells(site),
        ...[...extras].map((k) => extraToCell(own(k))),
      ]),
    );
  }
  const notes =
    clashing.size > 0
      ? [
          `properties named like location columns cannot travel in CSV and were left out: ${[...clashing].join(", ")}`,
        ]
      : [];
  return { text: `\uFEFF${lines.join("\r\n")}\r\n`, notes };
}
