import type { Feature, FeatureCollection, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import {
  clockwiseSquare,
  fakeMunicipalities,
  fakeMunicipalityList,
  fakeRegions,
} from "../tests/fixtures/boundaries/fakeDagi";
import { formatFault } from "./lib/faults";
import { validateMunicipalities, validateRegions } from "./lib/validateBoundaries";

const messages = (raw: unknown) => validateMunicipalities(raw).faults.map(formatFault);

/** The fake municipalities with one feature changed (found by code). */
function withFeature(code: string, change: (f: Feature) => Feature): FeatureCollection {
  const fc = fakeMunicipalities();
  return { ...fc, features: fc.features.map((f) => (f.properties?.kode === code ? change(f) : f)) };
}

const ringOf = (f: Feature) => (f.geometry as Polygon).coordinates[0] ?? [];
const withRing = (f: Feature, ring: number[][]): Feature => ({
  ...f,
  geometry: { type: "Polygon", coordinates: [ring] },
});

describe("validateMunicipalities", () => {
  it("passes a complete, well-formed set", () => {
    expect(messages(fakeMunicipalities())).toEqual([]);
  });

  it("names a missing municipality of region 1084", () => {
    const list = fakeMunicipalityList().filter((m) => m.kode !== "0147");
    expect(messages(fakeMunicipalities(list))).toEqual([
      "dagi-kommuner.geojson: 0147 (municipality of Region Hovedstaden) is missing",
    ]);
  });

  it("names a missing Christiansø", () => {
    const list = fakeMunicipalityList().filter((m) => m.kode !== "0411");
    expect(messages(fakeMunicipalities(list))).toEqual([
      "dagi-kommuner.geojson: 0411 (Christiansø) is missing",
    ]);
  });

  it("reports a duplicate code with both features", () => {
    const list = [...fakeMunicipalityList(), { kode: "0101", navn: "Kopi", regionskode: "1084" }];
    const found = messages(fakeMunicipalities(list));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /code 0101 is not unique: feature #0 \(0101 Kommune 0101\), feature #32 \(0101 Kopi\)/,
    );
  });

  it("reports a municipality of the 29 filed under another region", () => {
    const list = fakeMunicipalityList().map((m) => (m.kode === "0400" ? { ...m, regionskode: "1083" } : m));
    expect(messages(fakeMunicipalities(list))).toEqual([
      "dagi-kommuner.geojson: feature #28 (0400 Kommune 0400): regionskode is 1083, expected 1084 (municipality of Region Hovedstaden)",
    ]);
  });

  it("reports a municipality outside the 29 that claims region 1084", () => {
    const list = fakeMunicipalityList().map((m) => (m.kode === "0259" ? { ...m, regionskode: "1084" } : m));
    expect(messages(fakeMunicipalities(list))).toEqual([
      "dagi-kommuner.geojson: feature #30 (0259 Køge): regionskode is 1084 but 0259 is not one of Region Hovedstaden's 29 municipalities nor Christiansø",
    ]);
  });

  it("reports an unclosed ring, naming the feature", () => {
    const raw = withFeature("0101", (f) => withRing(f, ringOf(f).slice(0, -1)));
    expect(messages(raw)).toEqual([
      "dagi-kommuner.geojson: feature #0 (0101 Kommune 0101): part #0, ring #0 is not closed: starts at [8, 55], ends at [8.1, 55]",
    ]);
  });

  it("reports a ring of fewer than 4 positions", () => {
    const raw = withFeature("0101", (f) =>
      withRing(f, [
        [8, 55],
        [8, 55.1],
        [8, 55],
      ]),
    );
    expect(messages(raw)).toEqual([
      "dagi-kommuner.geojson: feature #0 (0101 Kommune 0101): part #0, ring #0 has 3 positions, a ring needs at least 4",
    ]);
  });

  it("reports coordinates outside Denmark, naming the feature", () => {
    const raw = withFeature("0173", (f) => withRing(f, clockwiseSquare(18.2, 55)));
    expect(messages(raw)).toEqual([
      "dagi-kommuner.geojson: feature #12 (0173 Kommune 0173): 5 coordinate(s) outside Denmark (lon 7.5..15.5, lat 54.4..57.9), first [18.2, 55] in part #0, ring #0",
    ]);
  });

  it("reports a geometry that is not a (Multi)Polygon", () => {
    const raw = withFeature("0101", (f) => ({
      ...f,
      geometry: { type: "Point", coordinates: [12.5, 55.7] },
    }));
    expect(messages(raw)).toEqual([
      'dagi-kommuner.geojson: feature #0 (0101 Kommune 0101): geometry is "Point", expected Polygon or MultiPolygon',
    ]);
  });

  it("reports input that is not a FeatureCollection, and nothing else", () => {
    expect(messages({ type: "Feature", features: [] })).toEqual([
      "dagi-kommuner.geojson: not a GeoJSON FeatureCollection with a features array",
    ]);
  });

  it("reports every fault, not just the first", () => {
    const list = fakeMunicipalityList().filter((m) => m.kode !== "0190");
    const fc = fakeMunicipalities(list);
    const broken = fc.features.map((f) =>
      f.properties?.kode === "0260" ? withRing(f, ringOf(f).slice(0, -1)) : f,
    );
    const found = messages({ ...fc, features: broken });
    expect(found).toHaveLength(2);
    expect(found.join("\n")).toMatch(/0260.*not closed/);
    expect(found.join("\n")).toMatch(/0190 .*is missing/);
  });
});

describe("validateRegions", () => {
  it("passes the five regions", () => {
    expect(validateRegions(fakeRegions()).faults).toEqual([]);
  });

  it("reports a missing region 1084", () => {
    const fc = fakeRegions();
    const without = { ...fc, features: fc.features.filter((f) => f.properties?.kode !== "1084") };
    expect(validateRegions(without).faults.map(formatFault)).toEqual([
      "dagi-regioner.geojson: region 1084 (Region Hovedstaden) is missing",
    ]);
  });
});
