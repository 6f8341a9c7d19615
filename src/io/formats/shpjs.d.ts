// The two parsers of shpjs this project uses (the package ships no types).
declare module "shpjs" {
  import type { Geometry } from "geojson";
  /** Geometries of a .shp, in the file's own coordinates when no projection is passed. */
  export function parseShp(
    shp: DataView | ArrayBuffer | Uint8Array,
    prj?: string | false,
  ): Array<Geometry | null>;
  /** Attribute rows of a .dbf; `cpg` names the encoding (as a .cpg file would). */
  export function parseDbf(
    dbf: DataView | ArrayBuffer | Uint8Array,
    cpg?: string,
  ): Array<Record<string, unknown>>;
}
