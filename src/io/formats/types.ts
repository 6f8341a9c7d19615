/**
 * The shapes every file-format module shares (docs/import-export.md). A read is two steps so the
 * UI can show a field-mapping step between them: `inspect` looks (columns, samples, CRS,
 * suggested mapping), `convert` applies a mapping and validates every record.
 */
import type { MunicipalityArea } from "../../domain/municipality";
import type { Site } from "../../domain/site";
import type { FieldMapping } from "../mapping/fieldMapping";
import type { CrsId } from "./crs";

export type FormatId = "geojson" | "csv" | "shapefile" | "kml";

/** A file as bytes plus its name: encoding detection (BOM, UTF-8, Latin-1) is the reader's job. */
export interface ImportInput {
  bytes: Uint8Array;
  fileName: string;
}

/** For long reads: checked between chunks, so a cancel lands within about one time slice. */
export interface Progress {
  signal?: AbortSignal;
  /** Fraction done, 0 to 1. */
  onProgress?: (fraction: number) => void;
}

export interface InspectOptions extends Progress {
  /** Municipality boundaries: sharpen the CRS evidence (where the points fall). */
  areas?: readonly MunicipalityArea[];
}

export interface ConvertOptions extends InspectOptions {
  /** An explicit CRS choice; wins over the mapping's and over the file's own. */
  crs?: CrsId;
}

/**
 * What is known about the coordinate system: declared by the file (GeoJSON `crs`, .prj, the
 * schema), detected from coordinate ranges, or unsure (several or no systems fit) — then
 * `convert` needs an explicit choice.
 */
export type CrsDetection =
  | { status: "declared" | "detected"; crs: CrsId; evidence: string[] }
  | { status: "unsure"; candidates: CrsId[]; evidence: string[] };

export interface Inspection {
  format: FormatId;
  /** Columns (CSV, Shapefile attributes) or property keys (GeoJSON, KML), in file order. */
  columns: string[];
  /** The first records as read, before any mapping (at most SAMPLE_SIZE). */
  samples: Array<Record<string, unknown>>;
  /** Number of records (rows, features, placemarks) in the file. */
  records: number;
  crs: CrsDetection;
  suggested: FieldMapping;
  notes: string[];
}

/** One rejected (or flagged) record: where, which field, why. */
export interface ImportIssue {
  /** For people: "row 5" (spreadsheet numbering, header = row 1) or "feature 3", plus the id. */
  ref: string;
  /** 1-based: the spreadsheet row for CSV, else the feature / placemark / record number. */
  position: number;
  id?: string;
  field: string;
  reason: string;
}

export interface ReadResult {
  /** Valid schema-v1 sites, ids assigned where missing (deterministically). */
  candidates: Site[];
  rejected: ImportIssue[];
  /** Accepted but worth a look: a given municipality code the location contradicts, and such. */
  warnings: ImportIssue[];
  /** What the reader did: "reprojected from EPSG:25832", "decimal comma", "encoding Latin-1". */
  notes: string[];
  assumed: { crs: CrsId; mapping: FieldMapping };
}

export const SAMPLE_SIZE = 20;

export interface FormatModule {
  id: FormatId;
  /** Lower-case file-name endings, with the dot. */
  extensions: readonly string[];
  inspect(input: ImportInput, options?: InspectOptions): Promise<Inspection>;
  convert(input: ImportInput, mapping: FieldMapping, options?: ConvertOptions): Promise<ReadResult>;
}
