import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { booleanClockwise, booleanPointInPolygon } from "@turf/turf";
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from "geojson";
import { afterEach, describe, expect, it } from "vitest";
import { buildGeodata } from "./build";
import { polygonsOf } from "./lib/polygonGeometry";

// The shared DAGI files beside the repo (see ../shared/geodata/README.md); not in git.
const REAL_DIR = path.resolve(import.meta.dirname, "..", "..", "shared", "geodata");
const BUILD_TIMEOUT_MS = 60_000;

let tmp: string | undefined;
afterEach(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

type Area = Polygon | MultiPolygon;

describe("the real DAGI boundaries", () => {
  it(
    "build, with 29 municipalities in region 1084 and plausible areas",
    async (ctx) => {
      if (!existsSync(REAL_DIR)) ctx.skip(`no shared boundary data at ${REAL_DIR}`);
      tmp = await mkdtemp(path.join(tmpdir(), "jordbalance-geodata-real-"));
      const outDir = path.join(tmp, "generated");
      const sitesDir = path.join(tmp, "sites");
      await mkdir(sitesDir);
      const summary = await buildGeodata({ sourceDir: REAL_DIR, outDir, sitesDir });
      expect(summary).toMatchObject({ municipalities: 99, inRegion: 29, regions: 5 });

      const read = async <T>(file: string) =>
        JSON.parse(await readFile(path.join(outDir, file), "utf8")) as T;
      const municipalities = await read<FeatureCollection<Area>>("boundaries/municipalities.geojson");
      const byCode = new Map(municipalities.features.map((f) => [f.properties?.code as string, f]));
      expect(municipalities.features.filter((f) => f.properties?.inRegion)).toHaveLength(29);
      expect(byCode.get("0101")?.properties?.areaKm2).toBeGreaterThan(70);
      expect(byCode.get("0101")?.properties?.areaKm2).toBeLessThan(100);
      expect(byCode.get("0400")?.properties?.areaKm2).toBeGreaterThan(560);
      expect(byCode.get("0400")?.properties?.areaKm2).toBeLessThan(620);
      const allCcw = municipalities.features.every((f) =>
        polygonsOf(f.geometry).every((rings) => !booleanClockwise(rings[0] ?? [])),
      );
      expect(allCcw).toBe(true);

      const labels = await read<FeatureCollection<Point>>("boundaries/municipality-labels.geojson");
      expect(labels.features).toHaveLength(99);
      const outside = labels.features.filter(
        (l) => !booleanPointInPolygon(l.geometry, byCode.get(l.properties?.code) as Feature<Area>),
      );
      expect(outside.map((l) => l.properties?.code)).toEqual([]);
    },
    BUILD_TIMEOUT_MS,
  );
});
