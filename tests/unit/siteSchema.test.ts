import { describe, expect, it } from "vitest";
import { toSiteCollection, validateSite, validateSiteCollection } from "../../src/domain/siteSchema";
import { receiver, source } from "./helpers";

const collection = (features: unknown[]) => ({
  type: "FeatureCollection",
  schema: "jordbalance/sites@1",
  features,
});

describe("validateSiteCollection", () => {
  it("accepts valid sites and keeps unknown properties untouched", () => {
    const s = source("a", 12.5, 55.7, { extra: { nested: [1, 2] }, Kommentar: "æøå" });
    const { sites, issues } = validateSiteCollection(collection([s]));
    expect(issues).toEqual([]);
    expect(sites[0]?.properties.extra).toEqual({ nested: [1, 2] });
    expect(sites[0]?.properties.Kommentar).toBe("æøå");
  });

  it("reports a bad record with its id and field and still loads the rest", () => {
    const bad = source("bad-1", 12.5, 55.7, { quantity: -5 });
    const good = receiver("ok-1", 12.6, 55.7);
    const { sites, issues } = validateSiteCollection(collection([bad, good]));
    expect(sites.map((s) => s.properties.id)).toEqual(["ok-1"]);
    expect(issues).toEqual([{ ref: "bad-1", field: "quantity", message: "quantity is negative" }]);
  });

  it("names the index when a feature has no id", () => {
    const noId = {
      type: "Feature",
      geometry: { type: "Point", coordinates: [12, 55] },
      properties: { kind: "source" },
    };
    const { issues } = validateSiteCollection(collection([noId]));
    expect(issues.every((i) => i.ref === "#0")).toBe(true);
    expect(issues.map((i) => i.field)).toContain("id");
  });

  it.each([
    ["material", source("s", 12, 55, { material: "gold" as never })],
    ["soilClass", source("s", 12, 55, { soilClass: undefined })],
    ["soilClass", source("s", 12, 55, { soilClass: 7 as never })],
    ["unit", source("s", 12, 55, { unit: "kg" as never })],
    ["availableFrom", source("s", 12, 55, { availableFrom: "01-02-2027" })],
    ["availableTo", source("s", 12, 55, { availableFrom: "2028-01-01", availableTo: "2027-01-01" })],
    ["availableTo", source("s", 12, 55, { availableTo: "2027-02-30" })],
    ["acceptedClasses", receiver("r", 12, 55, { acceptedClasses: undefined })],
    [
      "acceptedMaterials",
      {
        ...receiver("p", 12, 55, { kind: "pit", material: "sand", section52Dispensation: true }),
        properties: {
          ...receiver("p", 12, 55).properties,
          kind: "pit",
          material: "sand",
          section52Dispensation: true,
          acceptedMaterials: undefined,
        },
      },
    ],
    ["municipalityCode", source("s", 12, 55, { municipalityCode: "101" })],
    [
      "geometry.coordinates.0",
      { ...source("s", 12, 55), geometry: { type: "Point", coordinates: [Number.NaN, 55] } },
    ],
  ])("rejects a bad %s", (field, site) => {
    const result = validateSite(site);
    expect("issues" in result && result.issues.map((i) => i.field)).toContain(field);
  });

  it("accepts a secondary material without a class and a pit without dispensation lists", () => {
    const concrete = source("c", 12, 55, { material: "crushed_concrete", soilClass: undefined });
    const pit = {
      type: "Feature",
      geometry: { type: "Point", coordinates: [12, 55] },
      properties: {
        id: "p",
        kind: "pit",
        name: "Grusgrav",
        material: "gravel",
        quantity: 5,
        unit: "m3",
        section52Dispensation: false,
      },
    };
    expect(validateSiteCollection(collection([concrete, pit])).issues).toEqual([]);
  });

  it("rejects an unclosed polygon ring", () => {
    const poly = {
      ...source("s", 12, 55),
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [12, 55],
            [12.1, 55],
            [12.1, 55.1],
            [12, 55.2],
          ],
        ],
      },
    };
    expect(validateSiteCollection(collection([poly])).issues[0]?.message).toBe("ring is not closed");
  });

  it("leaves out duplicate ids after the first, and ids already loaded", () => {
    const { sites, issues } = validateSiteCollection(
      collection([source("a", 12, 55), source("a", 12, 55), source("b", 12, 55)]),
      new Set(["b"]),
    );
    expect(sites.map((s) => s.properties.id)).toEqual(["a"]);
    expect(issues.map((i) => i.ref)).toEqual(["a", "b"]);
  });

  it("refuses a collection without the schema member, saying what it found", () => {
    const { issues } = validateSiteCollection({ type: "FeatureCollection", features: [] });
    expect(issues[0]).toMatchObject({ field: "schema", message: expect.stringContaining("found none") });
    expect(validateSiteCollection("nope").issues[0]?.field).toBe("type");
  });

  it("keeps an own __proto__ property as data", () => {
    const raw = JSON.parse(
      '{"type":"Feature","geometry":{"type":"Point","coordinates":[12,55]},"properties":{"id":"a","kind":"source","name":"n","material":"sand","soilClass":0,"quantity":1,"unit":"t","__proto__":{"x":1}}}',
    );
    const result = validateSite(raw);
    expect("site" in result && Object.hasOwn(result.site.properties, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("does not take an inherited __proto__ id", () => {
    const raw = JSON.parse(
      '{"type":"Feature","geometry":{"type":"Point","coordinates":[12,55]},"properties":{"__proto__":{"id":"evil"}}}',
    );
    const result = validateSite(raw, 3);
    expect("issues" in result && result.issues[0]?.ref).toBe("#3");
  });

  it("wraps sites in a schema-v1 collection", () => {
    const s = source("a", 12, 55);
    expect(toSiteCollection([s])).toEqual({
      type: "FeatureCollection",
      schema: "jordbalance/sites@1",
      features: [s],
    });
  });
});
