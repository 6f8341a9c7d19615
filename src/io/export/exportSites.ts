/**
 * Export of the sites the user chose (a municipality, a selection, the current filter): GeoJSON
 * schema v1 in WGS84, GeoJSON in EPSG:25832, or CSV for Danish Excel. Properties the UI keeps
 * for itself are left out (see `isUiOnlyKey`); everything else the user entered goes out, and
 * what was left out is named in the notes. File names carry the scope and the date:
 * jordbalance_0240_2026-11-27.geojson.
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
  /** Further property keys the UI keeps for itself. */
  omitKeys?: readonly string[];
}

export interface ExportedFile {
  fileName: string;
  mime: string;
  text: string;
  /** What the user should know: properties left out, and why. */
  notes: string[];
}

/**
 * A key the UI keeps for itself: one leading underscore ("_selected"). Keys with two
 * ("__proto__", pandas' "__index_level_0__") are data from other tools and travel.
 */
export function isUiOnlyKey(key: string, omit: ReadonlySet<string> = new Set()): boolean {
  return (key.startsWith("_") && !key.startsWith("__")) || omit.has(key);
}

/** A copy of the site without UI-only properties (built entry by entry: "__proto__" stays data). */
function withoutUiKeys(site: Site, omit: ReadonlySet<string>, left: Set<string>): Site {
  const keys = Object.keys(site.properties);
  if (!keys.some((k) => isUiOnlyKey(k, omit))) return site;
  for (const k of keys) if (isUiOnlyKey(k, omit)) left.add(k);
  const entries = Object.entries(site.properties).filter(([k]) => !isUiOnlyKey(k, omit));
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

function write(sites: readonly Site[], format: ExportFormat): { text: string; notes: string[] } {
  switch (format) {
    case "geojson":
      return { text: writeGeoJson(sites, "EPSG:4326"), notes: [] };
    case "geojson-25832":
      return { text: writeGeoJson(sites, "EPSG:25832"), notes: [] };
    case "csv":
      return writeCsv(sites);
  }
}

export function exportSites(sites: readonly Site[], options: ExportOptions): ExportedFile {
  const omit = new Set(options.omitKeys ?? []);
  const left = new Set<string>();
  const clean = sites.map((s) => withoutUiKeys(s, omit, left));
  const { text, notes } = write(clean, options.format);
  return {
    fileName: exportFileName(options.format, options.scope, options.date),
    mime: options.format === "csv" ? "text/csv;charset=utf-8" : "application/geo+json",
    text,
    notes:
      left.size > 0
        ? [`properties the app keeps for itself were left out: ${[...left].join(", ")}`, ...notes]
        : notes,
  };
}
