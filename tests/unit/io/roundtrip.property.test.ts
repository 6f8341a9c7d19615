/**
 * Export then import gives back the same sites, for each export format (docs/import-export.md,
 * "What round-trips"). Arbitrary valid sites: every kind, points anywhere in Denmark and small
 * areas, names with markup, formulas, delimiters, quotes and line breaks, extra properties of
 * any JSON value under keys such as "__proto__" and "constructor".
 */
import fc from "fast-check";
import type { Position } from "geojson";
import { describe, expect, it } from "vitest";
import { MATERIALS, SECONDARY_MATERIALS, SOIL_CLASSES } from "../../../src/domain/materials";
import { RECEIVER_TYPES, SITE_STATUSES, type Site } from "../../../src/domain/site";
import { validateSite } from "../../../src/domain/siteSchema";
import { type ExportFormat, exportSites, isUiOnlyKey } from "../../../src/io/export/exportSites";
import { LOCATION_COLUMNS } from "../../../src/io/formats/csvWrite";
import { readFile } from "../../../src/io/formats/registry";
import { TARGET_FIELDS } from "../../../src/io/mapping/fieldMapping";

// Text as people type it: any valid Unicode (no lone surrogates, which no file can hold),
// with the characters that break CSVs and spreadsheets mixed in.
const tricky = fc.constantFrom("=", "+", "-", "@", "'", ";", ",", '"', "\n", "\r\n", "\t", "<b>", "æøå", "€");
const text = fc
  .array(fc.oneof(fc.string({ unit: "grapheme", maxLength: 6 }), tricky), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join("").trim())
  .filter((s) => s !== "" && s.length <= 300);

const isoDate = fc
  .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const amount = fc
  .double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true })
  .map((x) => (x === 0 ? 0 : x));
const lon = fc.double({ min: 8.1, max: 15.1, noNaN: true });
const lat = fc.double({ min: 54.6, max: 57.7, noNaN: true });

const point = fc.tuple(lon, lat).map(([x, y]) => ({ type: "Point" as const, coordinates: [x, y] }));
// A small counter-clockwise square (RFC 7946 winding, so export does not reverse it).
const area = fc.tuple(lon, lat, fc.double({ min: 0.001, max: 0.05, noNaN: true })).map(([x, y, d]) => ({
  type: "Polygon" as const,
  coordinates: [
    [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ] as Position[],
  ],
}));

// Keys the schema owns, or the UI (one leading "_", see isUiOnlyKey), cannot be extras.
const reserved = new Set<string>(TARGET_FIELDS);
const extraKey = fc
  .oneof(
    fc.constantFrom("__proto__", "constructor", "toString", "Kommentar", "Bemærkning ✓", "fra", "x y"),
    text,
  )
  .filter((k) => !reserved.has(k) && !isUiOnlyKey(k));
/** Extras built through JSON.parse, as a file would hold them: "__proto__" is an own key. */
const extras = fc
  .array(fc.tuple(extraKey, fc.jsonValue({ maxDepth: 2 })), { maxLength: 4 })
  .map((pairs) =>
    JSON.parse(`{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(",")}}`),
  );

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const common = fc.record({
  id: text,
  name: text,
  quantity: amount,
  unit: fc.constantFrom("m3" as const, "t" as const),
  status: optional(fc.constantFrom(...SITE_STATUSES)),
  municipalityCode: optional(fc.integer({ min: 101, max: 860 }).map((n) => String(n).padStart(4, "0"))),
  illustrative: optional(fc.boolean()),
  locationApproximate: optional(fc.boolean()),
  window: optional(fc.tuple(isoDate, isoDate).map(([a, b]) => (a <= b ? [a, b] : [b, a]))),
});

const accepting = fc.record({
  acceptedMaterials: fc.uniqueArray(fc.constantFrom(...MATERIALS), { minLength: 1, maxLength: 4 }),
  acceptedClasses: fc.uniqueArray(fc.constantFrom(...SOIL_CLASSES), { maxLength: 5 }),
});

const byKind = fc.oneof(
  fc.record({
    kind: fc.constant("source" as const),
    material: fc.constantFrom(...MATERIALS),
    soilClass: fc.constantFrom(...SOIL_CLASSES),
  }),
  fc.record({ kind: fc.constant("source" as const), material: fc.constantFrom(...SECONDARY_MATERIALS) }),
  fc.tuple(accepting, optional(fc.constantFrom(...RECEIVER_TYPES))).map(([a, receiverType]) => ({
    kind: "receiver" as const,
    ...a,
    receiverType,
  })),
  fc.record({
    kind: fc.constant("pit" as const),
    material: fc.constantFrom(...MATERIALS),
    annualExtraction: amount,
  }),
  fc.tuple(accepting, fc.constantFrom(...MATERIALS)).map(([a, material]) => ({
    kind: "pit" as const,
    material,
    section52Dispensation: true,
    ...a,
  })),
);

/** Drops undefined members, as a file would not have them. */
const defined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const site: fc.Arbitrary<Site> = fc
  .tuple(common, byKind, fc.oneof(point, area), extras)
  .map(([{ window, ...c }, k, geometry, more]) => {
    const dates = window ? { availableFrom: window[0], availableTo: window[1] } : {};
    const properties = { ...more, ...defined({ ...c, ...dates, ...k }) };
    return { type: "Feature", geometry, properties } as Site;
  })
  .filter((s) => "site" in validateSite(s));

const sites = fc.uniqueArray(site, { minLength: 1, maxLength: 8, selector: (s) => s.properties.id });

/** What CSV cannot carry: extras named like a location column (the export says so). */
function csvCarries(s: Site): Site {
  const properties = Object.fromEntries(
    Object.entries(s.properties).filter(([k]) => !(LOCATION_COLUMNS as readonly string[]).includes(k)),
  );
  return { ...s, properties } as Site;
}

function expectSameSite(back: Site | undefined, original: Site) {
  expect(back?.properties).toEqual(original.properties);
  expect(back?.geometry.type).toBe(original.geometry.type);
  const flat = (g: Site["geometry"]) =>
    JSON.stringify(g.coordinates)
      .match(/-?[\d.e+-]+/g)
      ?.map(Number) ?? [];
  const got = flat(back?.geometry ?? original.geometry);
  const want = flat(original.geometry);
  expect(got).toHaveLength(want.length);
  // 6 decimals of a degree (WGS84 files) or 2 of a metre (UTM) are within 1e-6°.
  for (const [i, v] of got.entries()) expect(Math.abs(v - (want[i] as number))).toBeLessThanOrEqual(1e-6);
}

async function roundTrip(original: Site[], format: ExportFormat): Promise<Site[]> {
  const file = exportSites(original, { format, scope: "0101", date: "2026-11-27" });
  const result = await readFile({ bytes: new TextEncoder().encode(file.text), fileName: file.fileName });
  expect(result.rejected).toEqual([]);
  return result.candidates;
}

describe("export then import gives back the same sites", () => {
  const runs = { numRuns: 60 };

  it("GeoJSON (WGS84, schema v1): everything, extras included", async () => {
    await fc.assert(
      fc.asyncProperty(sites, async (original) => {
        const back = await roundTrip(original, "geojson");
        expect(back).toHaveLength(original.length);
        for (const [i, s] of original.entries()) expectSameSite(back[i], s);
      }),
      runs,
    );
  });

  it("GeoJSON in EPSG:25832: everything, coordinates through the projection", async () => {
    await fc.assert(
      fc.asyncProperty(sites, async (original) => {
        const back = await roundTrip(original, "geojson-25832");
        for (const [i, s] of original.entries()) expectSameSite(back[i], s);
      }),
      runs,
    );
  });

  it("CSV for Excel: everything but extras named lon, lat, x, y or geometry", async () => {
    await fc.assert(
      fc.asyncProperty(sites, async (original) => {
        const back = await roundTrip(original, "csv");
        for (const [i, s] of original.entries()) expectSameSite(back[i], csvCarries(s));
      }),
      runs,
    );
  });
});
