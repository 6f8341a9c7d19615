import { describe, expect, it } from "vitest";
import { geojsonFormat, writeGeoJson } from "../../../src/io/formats/geojson";
import { UserError } from "../../../src/io/userError";
import { source } from "../helpers";
import { dagiAreas, fixture, haveBoundaries, textInput } from "./helpers";

/** Inspect, then convert with the suggestion plus what a user picks for files without kind and unit. */
const read = async (name: string, options = {}) => {
  const input = fixture(name);
  const inspection = await geojsonFormat.inspect(input, options);
  const mapping = { defaultKind: "source" as const, unit: "m3" as const, ...inspection.suggested };
  return { inspection, result: await geojsonFormat.convert(input, mapping, options) };
};

describe("GeoJSON import", () => {
  it("reads a schema-v1 file one to one, extras and all, keys like __proto__ kept as data", async () => {
    const { inspection, result } = await read("sites-v1.geojson");
    expect(inspection.crs).toMatchObject({ status: "declared", crs: "EPSG:4326" });
    expect(result.rejected).toEqual([]);
    const [first] = result.candidates;
    expect(first?.properties).toMatchObject({
      id: "src-0101-eksempel",
      name: "Boligbyggeri <b>Eksempelvej</b> & co",
    });
    expect(Object.hasOwn(first?.properties ?? {}, "__proto__")).toBe(true);
    expect(Object.getOwnPropertyDescriptor(first?.properties, "__proto__")?.value).toEqual({
      polluted: true,
    });
    expect(Object.getPrototypeOf(first?.properties)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(first?.properties.constructor).toBe("kept as data");
    expect(result.candidates.map((s) => s.geometry.type)).toEqual(["Point", "Polygon", "Point"]);
  });

  it("reads a GIS export in EPSG:25832 with Danish names, words, numbers and dates", async () => {
    const { inspection, result } = await read("gis-25832.geojson");
    expect(inspection.crs).toMatchObject({ status: "declared", crs: "EPSG:25832" });
    expect(inspection.suggested.decimal).toBe(",");
    // Without boundaries a municipality name cannot be looked up: that row waits for them.
    expect(result.rejected.map((r) => [r.ref, r.field, r.reason])).toEqual([
      ["feature 1 (101)", "municipalityCode", 'Kommune: "København" is not a municipality code (4 digits)'],
    ]);
    const withoutNames = {
      ...result.assumed.mapping,
      fields: { ...result.assumed.mapping.fields, municipalityCode: undefined },
    };
    const again = await geojsonFormat.convert(fixture("gis-25832.geojson"), withoutNames);
    const [metro, school] = again.candidates;
    expect(metro?.properties).toMatchObject({
      id: "101",
      name: "Metrostation Indre By",
      quantity: 12500.5,
      material: "clay",
      soilClass: 2,
      availableFrom: "2027-03-01",
      availableTo: "2027-09-30",
      Sagsbehandler: "ABC",
      Kommune: "København",
    });
    expect(school?.properties.Kommune).toBe("147");
    const [lon, lat] = (metro?.geometry.coordinates ?? []) as number[];
    expect(lon).toBeCloseTo(12.5683, 6);
    expect(lat).toBeCloseTo(55.6761, 6);
    expect(again.notes).toContain("reprojected from EPSG:25832 to WGS84");
  });

  it.runIf(haveBoundaries)("reads municipality names and assigns the rest by point-in-polygon", async () => {
    const { result } = await read("gis-25832.geojson", { areas: dagiAreas() });
    expect(result.candidates.map((s) => s.properties.municipalityCode)).toEqual(["0101", "0147"]);
    const nocrs = await read("nocrs-25832.geojson", { areas: dagiAreas() });
    expect(nocrs.result.candidates.map((s) => s.properties.municipalityCode)).toEqual(["0151", "0159"]);
  });

  it("detects EPSG:25832 from coordinate ranges when the file has no crs member", async () => {
    const { inspection, result } = await read("nocrs-25832.geojson", {});
    expect(inspection.crs.status).toBe("detected");
    expect(result.assumed.crs).toBe("EPSG:25832");
  });

  it("asks when the crs member contradicts the coordinates, and reads them as chosen", async () => {
    const input = fixture("wrong-crs.geojson");
    const inspection = await geojsonFormat.inspect(input);
    expect(inspection.crs).toMatchObject({ status: "unsure", candidates: ["EPSG:25832", "EPSG:4326"] });
    await expect(
      geojsonFormat.convert(input, { ...inspection.suggested, defaultKind: "source", unit: "m3" }),
    ).rejects.toThrow(UserError);
    const chosen = await geojsonFormat.convert(
      input,
      { ...inspection.suggested, defaultKind: "source", unit: "m3" },
      { crs: "EPSG:25832" },
    );
    expect(chosen.candidates).toHaveLength(2);
    expect(chosen.notes[0]).toMatch(/EPSG:25832 as chosen \(declared as EPSG:4326 by the crs member, but/);
  });

  it("asks for Bornholm coordinates in zone 33, which also fit zone 32", async () => {
    const inspection = await geojsonFormat.inspect(fixture("bornholm-25833.geojson"));
    expect(inspection.crs).toMatchObject({ status: "unsure", candidates: ["EPSG:25832", "EPSG:25833"] });
  });

  it("reports each feature a site cannot be made of, and keeps the rest", async () => {
    const { result } = await read("mixed-geometries.geojson", {});
    expect(result.candidates.map((s) => s.geometry.type)).toEqual(["Point", "Point", "MultiPolygon"]);
    expect(result.rejected.map((r) => [r.ref, r.field])).toEqual([
      ["feature 2", "geometry"],
      ["feature 5", "geometry"],
      ["feature 6", "geometry.coordinates.0"],
      ["feature 6", "geometry.coordinates.0"],
    ]);
    expect(result.rejected[0]?.reason).toMatch(/LineString is not supported/);
  });

  it("lists NaN and null coordinates, negative volumes, unknown materials, empty names, duplicate ids", async () => {
    const input = fixture("bad-values.geojson");
    const inspection = await geojsonFormat.inspect(input);
    const result = await geojsonFormat.convert(input, {
      ...inspection.suggested,
      defaultKind: "source",
      unit: "m3",
    });
    expect(result.candidates.map((s) => s.properties.id)).toEqual(["f"]);
    expect(result.rejected.map((r) => ({ ref: r.ref, field: r.field }))).toEqual([
      { ref: "feature 1 (a)", field: "geometry.coordinates.0" },
      { ref: "feature 2 (b)", field: "geometry.coordinates.0" },
      { ref: "feature 3 (c)", field: "quantity" },
      { ref: "feature 4 (d)", field: "material" },
      { ref: "feature 5 (e)", field: "name" },
      { ref: "feature 7 (f)", field: "id" },
      { ref: "feature 8", field: "feature" },
    ]);
    expect(result.rejected.map((r) => r.reason)).toEqual([
      "Invalid input: expected number, received null",
      "Invalid input: expected number, received string",
      "quantity is negative",
      'materiale: "kompost" is not a known material: add it to the material words of the mapping',
      "navn is empty",
      "duplicate id: also feature 6",
      "not a GeoJSON Feature",
    ]);
  });

  it("says where truncated JSON breaks", async () => {
    await expect(geojsonFormat.inspect(fixture("truncated.geojson"))).rejects.toThrow(
      /truncated\.geojson is not valid JSON/,
    );
  });

  it("refuses an empty file and a file without features", async () => {
    await expect(geojsonFormat.inspect(fixture("empty.geojson"))).rejects.toThrow(/empty \(0 bytes\)/);
    await expect(geojsonFormat.inspect(fixture("zero-features.geojson"))).rejects.toThrow(
      /holds no features/,
    );
    await expect(geojsonFormat.inspect(textInput('{"type":"Topology"}', "t.json"))).rejects.toThrow(
      /not a GeoJSON/,
    );
  });

  it("refuses a schema version it does not know, and a CRS it cannot read", async () => {
    const v2 = textInput(
      '{"type":"FeatureCollection","schema":"jordbalance/sites@2","features":[{}]}',
      "v2.geojson",
    );
    await expect(geojsonFormat.inspect(v2)).rejects.toThrow(
      /jordbalance\/sites@2, which this version does not know/,
    );
    const mercator = textInput(
      '{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:3857"}},"features":[{}]}',
      "m.geojson",
    );
    await expect(geojsonFormat.inspect(mercator)).rejects.toThrow(/"EPSG:3857", which cannot be read here/);
  });

  it("takes a Feature's own id when its properties have none", async () => {
    const one = textInput(
      '{"type":"Feature","id":7,"geometry":{"type":"Point","coordinates":[12.5,55.7]},"properties":{"navn":"X","m3":1,"materiale":"ler","klasse":0}}',
      "one.geojson",
    );
    const inspection = await geojsonFormat.inspect(one);
    const result = await geojsonFormat.convert(one, {
      ...inspection.suggested,
      defaultKind: "source",
      unit: "m3",
    });
    expect(result.candidates[0]?.properties.id).toBe("7");
  });

  it("shows samples and counts in the inspection", async () => {
    const inspection = await geojsonFormat.inspect(fixture("nocrs-25832.geojson"));
    expect(inspection).toMatchObject({
      format: "geojson",
      records: 2,
      columns: ["navn", "m3", "materiale", "klasse"],
    });
    expect(inspection.samples[0]).toEqual({
      navn: "Ballerup byggefelt",
      m3: 2500,
      materiale: "sand",
      klasse: 1,
    });
  });
});

describe("writeGeoJson", () => {
  const square = {
    type: "Polygon" as const,
    coordinates: [
      [
        [12.1, 55.1],
        [12.1, 55.2],
        [12.2, 55.2],
        [12.1, 55.1],
      ],
    ],
  };
  const sites = [source("a", 12.123456789, 55.5), { ...source("b", 0, 0), geometry: square }];

  it("writes schema v1 with 6 decimals and counter-clockwise exterior rings", () => {
    const doc = JSON.parse(writeGeoJson(sites, "EPSG:4326"));
    expect(doc.schema).toBe("jordbalance/sites@1");
    expect(doc.crs).toBeUndefined();
    expect(doc.features[0].geometry.coordinates).toEqual([12.123457, 55.5]);
    expect(doc.features[1].geometry.coordinates[0]).toEqual([
      [12.1, 55.1],
      [12.2, 55.2],
      [12.1, 55.2],
      [12.1, 55.1],
    ]);
  });

  it("writes EPSG:25832 with a named crs member and centimetres, without claiming the schema", () => {
    const doc = JSON.parse(writeGeoJson([source("a", 12.5683, 55.6761)], "EPSG:25832"));
    expect(doc.crs).toEqual({ type: "name", properties: { name: "urn:ogc:def:crs:EPSG::25832" } });
    expect(doc.schema).toBeUndefined();
    expect(doc.features[0].geometry.coordinates).toEqual([724351.93, 6175804.02]);
  });

  it("writes an empty collection when there is nothing to write", () => {
    expect(JSON.parse(writeGeoJson([], "EPSG:4326")).features).toEqual([]);
  });
});
