import type { Position } from "geojson";
import { describe, expect, it } from "vitest";
import { municipalityAreasFromGeoJson } from "../../../src/domain/municipality";
import { checkMapping, convertRecords, type RecordSource, setOwn } from "../../../src/io/formats/records";
import { emptyMapping, type FieldMapping } from "../../../src/io/mapping/fieldMapping";
import { UserError } from "../../../src/io/userError";

const ring = (w: number, s: number, e: number, n: number): Position[] => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];
// Two made-up municipalities side by side near 55.5 N.
const areas = municipalityAreasFromGeoJson({
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      properties: { code: "9001", name: "Vestby" },
      geometry: { type: "Polygon", coordinates: [ring(12, 55.5, 12.1, 55.6)] },
    },
    {
      type: "Feature",
      properties: { code: "9002", name: "Østby" },
      geometry: { type: "Polygon", coordinates: [ring(12.1, 55.5, 12.2, 55.6)] },
    },
  ],
});

function source(rows: Array<Record<string, unknown>>): RecordSource {
  return {
    fileName: "t.geojson",
    label: "feature",
    columns: [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((c) => c !== "geometry"),
    count: rows.length,
    at: (i) => {
      const { geometry, ...values } = rows[i] as Record<string, unknown>;
      return { position: i + 1, values, geometry };
    },
    notes: [],
  };
}

const point = (lon: number, lat: number) => ({ type: "Point", coordinates: [lon, lat] });
const mapping: FieldMapping = {
  ...emptyMapping(),
  fields: {
    name: "navn",
    quantity: "m3",
    material: "materiale",
    soilClass: "klasse",
    municipalityCode: "kommune",
  },
  unit: "m3",
  defaultKind: "source",
};
const row = (extra: Record<string, unknown> = {}) => ({
  navn: "A",
  m3: 10,
  materiale: "ler",
  klasse: 1,
  kommune: "",
  geometry: point(12.05, 55.55),
  ...extra,
});

describe("checkMapping", () => {
  it("names every essential the mapping does not provide", () => {
    const call = () => checkMapping(emptyMapping(), source([row()]), true);
    expect(call).toThrow(UserError);
    expect(call).toThrow(/name \(a column\); quantity \(a column\); unit .*; kind .*; coordinates/);
  });

  it("names columns the file does not have (a mapping saved for another file)", () => {
    const call = () =>
      checkMapping({ ...mapping, fields: { ...mapping.fields, status: "Fase" } }, source([row()]), false);
    expect(call).toThrow(/does not have: "Fase"/);
  });

  it("accepts a mapping that provides everything", () => {
    expect(() => checkMapping(mapping, source([row()]), false)).not.toThrow();
  });
});

describe("convertRecords", () => {
  it("assigns the municipality by point-in-polygon, and says so", async () => {
    const r = await convertRecords(source([row()]), mapping, "EPSG:4326", { areas }, 0);
    expect(r.candidates[0]?.properties.municipalityCode).toBe("9001");
    expect(r.notes).toContain("municipality taken from the location for 1 sites");
  });

  it("keeps a given code the location contradicts, with a warning", async () => {
    const r = await convertRecords(source([row({ kommune: "9002" })]), mapping, "EPSG:4326", { areas }, 0);
    expect(r.candidates[0]?.properties.municipalityCode).toBe("9002");
    expect(r.warnings).toEqual([
      {
        ref: "feature 1",
        position: 1,
        field: "municipalityCode",
        reason: "given 9002, but the location lies in 9001; kept as given",
      },
    ]);
  });

  it("warns about a site outside every municipality, and still imports it", async () => {
    const r = await convertRecords(
      source([row({ geometry: point(14, 55) })]),
      mapping,
      "EPSG:4326",
      { areas },
      0,
    );
    expect(r.candidates).toHaveLength(1);
    expect(r.warnings[0]?.reason).toBe("outside every municipality");
  });

  it("keeps an unmapped column named like a schema field under another name", async () => {
    const r = await convertRecords(source([row({ status: "i gang" })]), mapping, "EPSG:4326", {}, 0);
    expect(r.candidates[0]?.properties.status_original).toBe("i gang");
    expect(r.candidates[0]?.properties.status).toBeUndefined();
    expect(r.notes.some((n) => n.includes('"<name>_original": status'))).toBe(true);
  });

  it("assigns ids that do not clash with ids in the file", async () => {
    const rows = [row({ id: "src-9001-a" }), row(), row()];
    const withId = { ...mapping, fields: { ...mapping.fields, id: "id" } };
    const r = await convertRecords(source(rows), withId, "EPSG:4326", { areas }, 0);
    expect(r.candidates.map((s) => s.properties.id)).toEqual(["src-9001-a", "src-9001-a-2", "src-9001-a-3"]);
  });

  it("rejects a record whole, listing every problem once", async () => {
    const r = await convertRecords(
      source([row({ m3: "mange", klasse: 9, navn: "" })]),
      mapping,
      "EPSG:4326",
      {},
      0,
    );
    expect(r.candidates).toEqual([]);
    expect(r.rejected.map((i) => i.field)).toEqual(["quantity", "soilClass", "name"]);
  });

  it("reports a record that could not be read at all", async () => {
    const broken: RecordSource = {
      ...source([row()]),
      at: () => ({ position: 1, values: {}, unreadable: { field: "row", reason: "cut short" } }),
    };
    const r = await convertRecords(broken, mapping, "EPSG:4326", {}, 0);
    expect(r.rejected).toEqual([{ ref: "feature 1", position: 1, field: "row", reason: "cut short" }]);
  });

  it("reprojects to WGS84 and says from what", async () => {
    const r = await convertRecords(
      source([row({ geometry: point(724351.93, 6175804.02) })]),
      mapping,
      "EPSG:25832",
      {},
      0,
    );
    expect(((r.candidates[0]?.geometry.coordinates ?? []) as number[])[0]).toBeCloseTo(12.5683, 6);
    expect(r.notes).toContain("reprojected from EPSG:25832 to WGS84");
  });
});

describe("setOwn", () => {
  it("sets __proto__ as an own data property, leaving the prototype alone", () => {
    const target: Record<string, unknown> = {};
    setOwn(target, "__proto__", { polluted: true });
    setOwn(target, "a", 1);
    expect(Object.hasOwn(target, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
    expect(JSON.stringify(target)).toBe('{"__proto__":{"polluted":true},"a":1}');
  });
});
