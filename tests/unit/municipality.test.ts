import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { describe, expect, it } from "vitest";
import {
  assignMunicipality,
  distanceToBoundaryKm,
  type MunicipalityArea,
  municipalityAreasFromGeoJson,
  resolveSiteMunicipality,
} from "../../src/domain/municipality";
import type { Site } from "../../src/domain/site";

/** A closed ring of a lon/lat square, [w, s] to [e, n]. */
function ring(w: number, s: number, e: number, n: number): Position[] {
  return [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ];
}

// Made-up municipalities near 55.5 N (0.01° lat ≈ 1.11 km, 0.01° lon ≈ 0.63 km):
// 9001 a square with a hole; 9002 a MultiPolygon of two squares; 9003 east of 9001.
const squares: FeatureCollection = {
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      properties: { code: "9001", name: "Hulby", regionCode: "1084", inRegion: true },
      geometry: {
        type: "Polygon",
        coordinates: [ring(12.0, 55.5, 12.1, 55.6), ring(12.04, 55.54, 12.06, 55.56)],
      },
    },
    {
      type: "Feature",
      // Raw DAGI field names.
      properties: { kode: "9002", navn: "Øby", regionskode: "1084" },
      geometry: {
        type: "MultiPolygon",
        coordinates: [[ring(12.3, 55.5, 12.35, 55.55)], [ring(12.4, 55.5, 12.45, 55.55)]],
      },
    },
    {
      type: "Feature",
      properties: { code: "9003", name: "Naboby" },
      geometry: { type: "Polygon", coordinates: [ring(12.1, 55.5, 12.2, 55.6)] },
    },
  ],
};

const areas = municipalityAreasFromGeoJson(squares);

function pointSite(lonLat: [number, number], municipalityCode?: string): Site {
  return {
    type: "Feature",
    geometry: { type: "Point", coordinates: lonLat },
    properties: {
      id: "s1",
      kind: "source",
      name: "Test",
      quantity: 1000,
      unit: "m3",
      material: "clay",
      soilClass: 0,
      ...(municipalityCode === undefined ? {} : { municipalityCode }),
    },
  };
}

describe("municipalityAreasFromGeoJson", () => {
  it("reads both the app's and DAGI's property names and computes the bbox", () => {
    expect(areas.map((a) => [a.code, a.name])).toEqual([
      ["9001", "Hulby"],
      ["9002", "Øby"],
      ["9003", "Naboby"],
    ]);
    expect(areas[1]?.bbox).toEqual([12.3, 55.5, 12.45, 55.55]);
  });

  it("refuses a feature without a code or without a polygon", () => {
    const noCode: FeatureCollection = {
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: { name: "X" }, geometry: { type: "Point", coordinates: [0, 0] } },
      ],
    };
    expect(() => municipalityAreasFromGeoJson(noCode)).toThrow(/#0 has no code/);
    const point: FeatureCollection = {
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: { kode: "0101" }, geometry: { type: "Point", coordinates: [0, 0] } },
      ],
    };
    expect(() => municipalityAreasFromGeoJson(point)).toThrow(/0101 has no Polygon/);
  });
});

describe("assignMunicipality", () => {
  it("finds the polygon a point lies in, holes excluded", () => {
    expect(assignMunicipality([12.02, 55.52], areas)).toEqual({ how: "inside", code: "9001" });
    expect(assignMunicipality([12.15, 55.55], areas)).toEqual({ how: "inside", code: "9003" });
    // In 9001's hole: 0.01° lon from its edge ≈ 0.63 km, so the nearest, not inside.
    const inHole = assignMunicipality([12.05, 55.55], areas);
    expect(inHole).toMatchObject({ how: "nearest", code: "9001" });
    expect(inHole.how === "nearest" && inHole.distanceKm).toBeCloseTo(0.63, 1);
  });

  it("finds either part of a MultiPolygon", () => {
    expect(assignMunicipality([12.32, 55.52], areas)).toEqual({ how: "inside", code: "9002" });
    expect(assignMunicipality([12.43, 55.52], areas)).toEqual({ how: "inside", code: "9002" });
  });

  it("assigns a point just outside to the nearest municipality within 2 km", () => {
    // 0.02° south of 9001's south edge ≈ 2.22 km; 0.015° ≈ 1.67 km.
    const near = assignMunicipality([12.05, 55.485], areas);
    expect(near).toMatchObject({ how: "nearest", code: "9001" });
    expect(near.how === "nearest" && near.distanceKm).toBeCloseTo(1.668, 2);
    expect(assignMunicipality([12.05, 55.48], areas)).toMatchObject({ how: "none", nearestCode: "9001" });
    expect(assignMunicipality([12.05, 55.48], areas, { nearestWithinKm: 3 })).toMatchObject({
      how: "nearest",
      code: "9001",
    });
  });

  it("reports none with the nearest municipality far away, and none at all without areas", () => {
    const far = assignMunicipality([13, 56], areas);
    expect(far).toMatchObject({ how: "none", nearestCode: "9002" });
    expect(far.how === "none" && far.distanceKm).toBeGreaterThan(50);
    expect(assignMunicipality([13, 56], [])).toEqual({ how: "none" });
  });

  it("measures distance to the boundary from inside too", () => {
    const geometry = areas[0]?.geometry as Polygon | MultiPolygon;
    // 0.01° north of the south edge ≈ 1.11 km; the hole is 0.02° lon ≈ 1.26 km away.
    expect(distanceToBoundaryKm([12.05, 55.51], geometry)).toBeCloseTo(1.112, 2);
  });
});

describe("resolveSiteMunicipality", () => {
  it("derives a missing code from the location", () => {
    expect(resolveSiteMunicipality(pointSite([12.02, 55.52]), areas)).toEqual({
      code: "9001",
      note: "derived",
    });
    const near = resolveSiteMunicipality(pointSite([12.05, 55.485]), areas);
    expect(near).toMatchObject({ code: "9001", note: "nearest" });
    expect(near.distanceKm).toBeCloseTo(1.668, 2);
  });

  it("keeps a given code that agrees, and says when it is only the nearest", () => {
    expect(resolveSiteMunicipality(pointSite([12.02, 55.52], "9001"), areas)).toEqual({ code: "9001" });
    expect(resolveSiteMunicipality(pointSite([12.05, 55.485], "9001"), areas)).toMatchObject({
      code: "9001",
      note: "nearest",
    });
  });

  it("keeps a given code the location contradicts and flags the mismatch", () => {
    expect(resolveSiteMunicipality(pointSite([12.15, 55.55], "9001"), areas)).toEqual({
      code: "9001",
      note: "mismatch",
      derivedCode: "9003",
    });
  });

  it("flags a site beyond 2 km of every municipality as outside, keeping any given code", () => {
    expect(resolveSiteMunicipality(pointSite([12.05, 55.45]), areas)).toMatchObject({ note: "outside" });
    expect(resolveSiteMunicipality(pointSite([12.05, 55.45]), areas).code).toBeUndefined();
    expect(resolveSiteMunicipality(pointSite([12.05, 55.45], "9001"), areas)).toMatchObject({
      code: "9001",
      note: "outside",
    });
  });

  it("uses a point inside a polygon site", () => {
    const site: Site = {
      ...pointSite([0, 0]),
      geometry: { type: "Polygon", coordinates: [ring(12.31, 55.51, 12.32, 55.52)] },
    };
    expect(resolveSiteMunicipality(site, areas)).toEqual({ code: "9002", note: "derived" });
  });

  it("does not mutate the site or the areas", () => {
    const site = pointSite([12.15, 55.55], "9001");
    const siteBefore = structuredClone(site);
    const areasBefore = structuredClone(areas);
    resolveSiteMunicipality(site, areas);
    resolveSiteMunicipality(pointSite([12.05, 55.485]), areas);
    expect(site).toEqual(siteBefore);
    expect(areas).toEqual(areasBefore);
  });
});

const boundariesPath = fileURLToPath(
  new URL("../../../shared/geodata/dagi-kommuner.geojson", import.meta.url),
);
const haveBoundaries = existsSync(boundariesPath);
if (!haveBoundaries) console.warn(`Skipping the real-boundary checks: ${boundariesPath} is absent.`);

describe.skipIf(!haveBoundaries)("assignMunicipality on the DAGI boundaries", () => {
  const real: MunicipalityArea[] = haveBoundaries
    ? municipalityAreasFromGeoJson(JSON.parse(readFileSync(boundariesPath, "utf8")) as FeatureCollection)
    : [];

  it.each([
    ["Rådhuspladsen", "0101", 12.5683, 55.6761],
    // Frederiksberg is an enclave, a hole in København's polygon.
    ["Frederiksberg", "0147", 12.53, 55.68],
    ["Rønne", "0400", 14.7, 55.1],
    ["Hillerød", "0219", 12.3, 55.93],
  ] as const)("%s lies in %s", (_label, code, lon, lat) => {
    expect(assignMunicipality([lon, lat], real)).toEqual({ how: "inside", code });
  });

  it("puts Lynetteholm, built out in the sea after the boundaries were drawn, nearest to København", () => {
    const lynetteholm = assignMunicipality([12.62, 55.7], real);
    expect(lynetteholm).toMatchObject({ how: "nearest", code: "0101" });
    // About 0.2 km off København's simplified shore line.
    expect(lynetteholm.how === "nearest" && lynetteholm.distanceKm).toBeLessThan(0.5);
  });
});
