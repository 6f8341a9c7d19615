// Shared helpers for the import/export tests: fixtures as ImportInput, text as bytes, boundaries.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type MunicipalityArea, municipalityAreasFromGeoJson } from "../../../src/domain/municipality";
import type { ImportInput } from "../../../src/io/formats/types";

const FIXTURES = new URL("../../fixtures/import/", import.meta.url);

export function fixture(name: string): ImportInput {
  return { bytes: new Uint8Array(readFileSync(new URL(name, FIXTURES))), fileName: name };
}

export const fixturePath = (name: string) => fileURLToPath(new URL(name, FIXTURES));

export function textInput(text: string, fileName: string): ImportInput {
  return { bytes: new TextEncoder().encode(text), fileName };
}

// The shared DAGI boundaries beside the repo (../shared/geodata/README.md); tests that need
// them are skipped where they are missing, like the domain's municipality tests.
const BOUNDARIES = fileURLToPath(
  new URL("../../../../shared/geodata/dagi-kommuner.geojson", import.meta.url),
);
export const haveBoundaries = existsSync(BOUNDARIES);

let areas: MunicipalityArea[] | undefined;
export function dagiAreas(): MunicipalityArea[] {
  areas ??= municipalityAreasFromGeoJson(JSON.parse(readFileSync(BOUNDARIES, "utf8")));
  return areas;
}
