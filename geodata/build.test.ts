import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { area, booleanClockwise, booleanPointInPolygon } from "@turf/turf";
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from "geojson";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fakeMunicipalities, writeFakeDagi } from "../tests/fixtures/boundaries/fakeDagi";
import { buildGeodata } from "./build";
import { GeodataInputError } from "./lib/faults";
import { glyphRanges } from "./lib/glyphs";
import { polygonsOf } from "./lib/polygonGeometry";

// A full build renders 96 glyph files (a few seconds on 2 cores); tests that don't need real
// glyphs seed fresh stand-ins so the build copies them instead.
const BUILD_TIMEOUT_MS = 60_000;

let tmp: string;
let dirs: { sourceDir: string; outDir: string; sitesDir: string };

beforeEach(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "jordbalance-geodata-"));
  dirs = {
    sourceDir: path.join(tmp, "dagi"),
    outDir: path.join(tmp, "public", "generated"),
    sitesDir: path.join(tmp, "sites"),
  };
  await mkdir(dirs.sitesDir, { recursive: true });
});

afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const readJson = async <T>(...parts: string[]): Promise<T> =>
  JSON.parse(await readFile(path.join(dirs.outDir, ...parts), "utf8")) as T;

/** Stand-in glyph files, dated after the TTFs, as a previous build would have left them. */
async function seedFreshGlyphs(): Promise<void> {
  const future = new Date(Date.now() + 24 * 3600 * 1000);
  for (const stack of ["DejaVu Sans", "DejaVu Sans Bold"]) {
    const dir = path.join(dirs.outDir, "fonts", stack);
    await mkdir(dir, { recursive: true });
    for (const r of glyphRanges()) {
      await writeFile(path.join(dir, r.file), "seeded");
      await utimes(path.join(dir, r.file), future, future);
    }
  }
}

/** Runs a build that must fail and returns its message. */
async function failure(extra: { forecastsDir?: string } = {}): Promise<string> {
  const error = await buildGeodata({ ...dirs, ...extra }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GeodataInputError);
  return (error as Error).message;
}

const site = (id: string, quantity: number) => ({
  type: "Feature",
  geometry: { type: "Point", coordinates: [12.5, 55.7] },
  properties: { id, kind: "source", name: id, material: "clay", soilClass: 1, quantity, unit: "t" },
});
const siteFile = (...features: unknown[]) =>
  JSON.stringify({ type: "FeatureCollection", schema: "jordbalance/sites@1", features });

const forecastRecord = (mid: number) => ({
  municipalityCode: "0240",
  year: 2026,
  category: { kind: "demand" },
  low: Math.min(mid, 0),
  mid,
  high: Math.max(mid, 0) * 2,
  unit: "m3",
  illustrative: true,
});
const forecastTable = (records: unknown[]) => ({
  schema: "jordbalance/forecast@1",
  title: "test",
  baseYear: 2026,
  years: [...Array(12).keys()].map((i) => 2026 + i),
  source: "test",
  illustrative: true,
  records,
});

type Area = Polygon | MultiPolygon;
const exteriorsCcw = (fc: FeatureCollection<Area>) =>
  fc.features.every((f) => polygonsOf(f.geometry).every((rings) => !booleanClockwise(rings[0] ?? [])));

describe("buildGeodata with valid made-up boundaries", () => {
  it(
    "writes boundaries wound CCW with areas, labels, regions, neighbours, glyphs, sites and the index",
    async () => {
      await writeFakeDagi(dirs.sourceDir);
      await writeFile(path.join(dirs.sitesDir, "demo.geojson"), siteFile(site("s-1", 100)));
      const summary = await buildGeodata(dirs);
      expect(summary).toMatchObject({
        municipalities: 32,
        inRegion: 29,
        regions: 5,
        siteFiles: ["demo.geojson"],
      });

      const municipalities = await readJson<FeatureCollection<Area>>("boundaries", "municipalities.geojson");
      expect(exteriorsCcw(municipalities)).toBe(true);
      expect(municipalities.features.map((f) => f.id)).toEqual([...Array(32).keys()]);
      const source = fakeMunicipalities().features.find(
        (f) => f.properties?.kode === "0101",
      ) as Feature<Area>;
      const kbh = municipalities.features.find((f) => f.properties?.code === "0101");
      expect(kbh?.properties).toEqual({
        code: "0101",
        name: "Kommune 0101",
        regionCode: "1084",
        inRegion: true,
        isMunicipality: true,
        areaKm2: Math.round(area(source) / 1e5) / 10,
      });
      expect(kbh?.properties?.areaKm2).toBeGreaterThan(60);
      const christiansoe = municipalities.features.find((f) => f.properties?.code === "0411");
      expect(christiansoe?.properties).toMatchObject({ inRegion: false, isMunicipality: false });

      const labels = await readJson<FeatureCollection<Point>>("boundaries", "municipality-labels.geojson");
      expect(labels.features).toHaveLength(32);
      const label = labels.features.find((f) => f.properties?.code === "0101");
      expect(label?.properties?.bbox).toEqual([8, 55, 8.1, 55.1]);
      expect(label?.geometry.coordinates[0]).toBeCloseTo(8.05, 3);
      expect(label?.geometry.coordinates[1]).toBeCloseTo(55.05, 3);

      const regions = await readJson<FeatureCollection<Area>>("boundaries", "regions.geojson");
      expect(regions.features.map((f) => f.properties?.code)).toEqual([
        "1081",
        "1082",
        "1083",
        "1084",
        "1085",
      ]);
      expect(exteriorsCcw(regions)).toBe(true);

      const neighbours = await readJson<FeatureCollection<Area>>("context", "neighbours.geojson");
      expect(neighbours.features.map((f) => f.properties?.name)).toEqual(
        expect.arrayContaining(["Sweden", "Germany"]),
      );
      expect(neighbours.features.map((f) => f.properties?.name)).not.toContain("Denmark");
      expect(exteriorsCcw(neighbours)).toBe(true);

      for (const stack of ["DejaVu Sans", "DejaVu Sans Bold"]) {
        const files = await readdir(path.join(dirs.outDir, "fonts", stack));
        expect(files.sort()).toEqual(
          glyphRanges()
            .map((r) => r.file)
            .sort(),
        );
      }
      expect(await readFile(path.join(dirs.outDir, "sites", "demo.geojson"), "utf8")).toBe(
        siteFile(site("s-1", 100)),
      );

      const index = await readJson<Record<string, unknown>>("data-index.json");
      expect(index).toMatchObject({
        schema: "jordbalance/data-index@1",
        sites: ["generated/sites/demo.geojson"],
        boundaries: {
          municipalities: "generated/boundaries/municipalities.geojson",
          labels: "generated/boundaries/municipality-labels.geojson",
          regions: "generated/boundaries/regions.geojson",
          neighbours: "generated/context/neighbours.geojson",
        },
        glyphs: "generated/fonts/{fontstack}/{range}.pbf",
        attribution: [
          "Indeholder data fra Styrelsen for Dataforsyning og Infrastruktur, DAGI",
          "Natural Earth",
        ],
      });
      expect(Number.isNaN(Date.parse(index.builtAt as string))).toBe(false);
    },
    BUILD_TIMEOUT_MS,
  );

  it("reuses glyphs newer than the fonts instead of rendering them again", async () => {
    await writeFakeDagi(dirs.sourceDir);
    await seedFreshGlyphs();
    const summary = await buildGeodata(dirs);
    expect(summary.glyphStacksRendered).toEqual([]);
    expect(await readFile(path.join(dirs.outDir, "fonts", "DejaVu Sans", "0-255.pbf"), "utf8")).toBe(
      "seeded",
    );
  });

  it("copies valid forecast tables and lists them in the index", async () => {
    await writeFakeDagi(dirs.sourceDir);
    await seedFreshGlyphs();
    const forecastsDir = path.join(tmp, "forecasts");
    await mkdir(forecastsDir);
    await writeFile(path.join(forecastsDir, "f.json"), JSON.stringify(forecastTable([forecastRecord(10)])));
    const summary = await buildGeodata({ ...dirs, forecastsDir });
    expect(summary.forecastFiles).toEqual(["f.json"]);
    expect((await readJson<{ forecasts: string[] }>("data-index.json")).forecasts).toEqual([
      "generated/forecasts/f.json",
    ]);
    expect(await readJson<{ records: unknown[] }>("forecasts", "f.json")).toMatchObject({
      records: [{ mid: 10 }],
    });
  });

  it("warns when there are no site files", async () => {
    await writeFakeDagi(dirs.sourceDir);
    await seedFreshGlyphs();
    const summary = await buildGeodata(dirs);
    expect(summary.warnings).toEqual([`no embedded sites: ${dirs.sitesDir} has no .geojson files`]);
    expect((await readJson<{ sites: string[] }>("data-index.json")).sites).toEqual([]);
  });
});

describe("buildGeodata with faulty input", () => {
  it("names a missing file", async () => {
    await writeFakeDagi(dirs.sourceDir, { regioner: null });
    expect(await failure()).toContain(
      `dagi-regioner.geojson: file not found (looked for ${path.join(dirs.sourceDir, "dagi-regioner.geojson")})`,
    );
  });

  it("names a file that is not JSON and where it broke", async () => {
    await writeFakeDagi(dirs.sourceDir, { kommuner: '{"type": "FeatureCollection",\n "features": [}' });
    expect(await failure()).toMatch(/dagi-kommuner\.geojson: not valid JSON at line 2, column 15/);
  });

  it("lists every bad site record with its id, field and message", async () => {
    await writeFakeDagi(dirs.sourceDir);
    await writeFile(path.join(dirs.sitesDir, "a.geojson"), siteFile(site("ok", 1), site("bad-1", -5)));
    await writeFile(path.join(dirs.sitesDir, "b.geojson"), siteFile(site("ok", 2)));
    const message = await failure();
    expect(message).toContain("a.geojson: site bad-1: quantity: quantity is negative");
    expect(message).toContain("b.geojson: site ok: id: duplicate id: this feature was left out");
  });

  it("names a site file that is not JSON", async () => {
    await writeFakeDagi(dirs.sourceDir);
    await writeFile(path.join(dirs.sitesDir, "broken.geojson"), '{"type": "FeatureCollection", ');
    expect(await failure()).toMatch(/broken\.geojson: not valid JSON at line 1, column 31/);
  });

  it("reports faults of both files and the sites together", async () => {
    const fc = fakeMunicipalities();
    await writeFakeDagi(dirs.sourceDir, {
      kommuner: JSON.stringify({ ...fc, features: fc.features.slice(1) }),
      regioner: "",
    });
    await writeFile(path.join(dirs.sitesDir, "a.geojson"), siteFile(site("bad", -1)));
    const message = await failure();
    expect(message).toMatch(/^geodata input has 3 faults:/);
    expect(message).toContain("dagi-kommuner.geojson: 0101 (municipality of Region Hovedstaden) is missing");
    expect(message).toContain("dagi-regioner.geojson: not valid JSON");
    expect(message).toContain("a.geojson: site bad: quantity");
  });

  it("names every forecast record the app would drop", async () => {
    await writeFakeDagi(dirs.sourceDir);
    const forecastsDir = path.join(tmp, "forecasts");
    await mkdir(forecastsDir);
    await writeFile(
      path.join(forecastsDir, "f.json"),
      JSON.stringify(forecastTable([forecastRecord(10), forecastRecord(-4)])),
    );
    expect(await failure({ forecastsDir })).toMatch(/f\.json: record #1: /);
  });

  it("leaves the last output untouched", async () => {
    await mkdir(dirs.outDir, { recursive: true });
    await writeFile(path.join(dirs.outDir, "data-index.json"), "last good build");
    await writeFakeDagi(dirs.sourceDir, { kommuner: null });
    await failure();
    expect(await readFile(path.join(dirs.outDir, "data-index.json"), "utf8")).toBe("last good build");
    expect(await readdir(path.dirname(dirs.outDir))).toEqual(["generated"]);
  });
});

describe("label points", () => {
  it("fall inside the polygon they label", async () => {
    await writeFakeDagi(dirs.sourceDir);
    await seedFreshGlyphs();
    await buildGeodata(dirs);
    const municipalities = await readJson<FeatureCollection<Area>>("boundaries", "municipalities.geojson");
    const labels = await readJson<FeatureCollection<Point>>("boundaries", "municipality-labels.geojson");
    labels.features.forEach((label, i) => {
      const m = municipalities.features[i] as Feature<Area>;
      expect(label.id).toBe(m.id);
      expect(booleanPointInPolygon(label.geometry, m)).toBe(true);
    });
  });
});
