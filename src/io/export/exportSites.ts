/**
 * Export of the sites the user chose (a municipality, a selection, the current filter): GeoJSON
 * schema v1 in WGS84, GeoJSON in EPSG:25832, or CSV for Danish Excel. Properties the UI keeps
 * for itself (a leading "_", or named in `omitKeys`) are left out; everything else the user
 * entered goes out. File names carry the scope and the date: jordbalance_0240_2026-11-27.geojson.
 */
import type { Site } from "../../domain/site";
import { writeCsv } from "../formats/csvWrite";
import { writeGeoJson } from "../formats/geojson";

export type ExportFormat = "geojson" | "geojson-25832" | "csv";

export interface ExportOptions {
  format: ExportFormat;
  /** What was exported, for the file name: a municipality code ("0240"), "udvalg", … */
  scope: string;
  /** The export date, yyyy-mm-dd (passed in, so the result is the same on every machine). */
  date: string;
  /** Further property keys to leave out, besides those starting with "_". */
  omitKeys?: readonly string[];
}

export interface ExportedFile {
  fileName: string;
  mime: string;
  text: string;
  /** What the user should know: properties CSV could not carry, and such. */
  notes: string[];
}

/** A copy of the site without UI-only properties (built entry by entry: "__proto__" stays data). */
function withoutUiKeys(site: Site, omit: ReadonlySet<string>): Site {
  const keys = Object.keys(site.properties);
  if (!keys.some((k) => k.startsWith("_") || omit.has(k))) return site;
  const entries = Object.entries(site.properties).filter(([k]) => !k.startsWith("_") && !omit.has(k));
  return { ...site, properties: Object.fromEntries(entries) as Site["properties"] };
}

/** Letters, digits and hyphens only, so the name is safe on every file system. */
function fileSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") || "sites";
}

export function exportFileName(format: ExportFormat, scope: string, date: string): string {
  const base = `jordbalance_${fileSafe(scope)}_${fileSafe(date)}`;
  if (format === "csv") return `${base}.csv`;
  return format === "geojson" ? `${base}.geojson` : `${base}_epsg25832.geojson`;
}

export function exportSites(sites: readonly Site[], options: ExportOptions): ExportedFile {
  const omit = new Set(options.omitKeys ?? []);
  const clean = sites.map((s) => withoutUiKeys(s, omit));
  const fileName = exportFileName(options.format, options.scope, options.date);
  switch (options.format) {
    case "geojson":
      return { fileName, mime: "application/geo+json", text: writeGeoJson(clean, "EPSG:4326"), notes: [] };
    case "geojson-25832":
      return { fileName, mime: "application/geo+json", text: writeGeoJson(clean, "EPSG:25832"), notes: [] };
    case "csv": {
      const { text, notes } = writeCsv(clean);
      return { fileName, mime: "text/csv;charset=utf-8", text, notes };
    }
  }
}
