/**
 * Fetched features as a GeoJSON file for the import pipeline, so they go through the same
 * mapping and validation step as a file the user chose. The `crs` member travels along.
 */
import type { FeatureCollection } from "geojson";
import type { ImportInput } from "../formats/types";

export function asImportInput(collection: FeatureCollection, name: string): ImportInput {
  return {
    bytes: new TextEncoder().encode(JSON.stringify(collection)),
    fileName: `${name.replace(/\.(geo)?json$/i, "")}.geojson`,
  };
}
