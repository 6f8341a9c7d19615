/**
 * `npm run bench:map`: how much the app costs over a bare MapLibre page showing the same
 * boundaries, in headless Chromium, in one run. Measures navigation → map idle with the embedded
 * sites and with 10,000 and 50,000 generated ones, and animation frame intervals during a
 * scripted pan with 50,000 sites; each against the bare peer measured alternately in the same
 * run, so both share the machine's noise. The speed targets live here only, as ratios.
 *
 * Needs a built app (`npm run build`). BENCH_MAP_ROUNDS sets the number of rounds (default 5).
 * Prints tables and writes bench/results/map-<date>.json; exits 1 if a run requested anything
 * off the local server, logged a console error or drew nothing.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import type { StyleSpecification } from "maplibre-gl";
import { validateSiteCollection } from "../src/domain/siteSchema";
import { type DataIndex, parseDataIndex } from "../src/io/dataIndex";
import { REGION_BBOX } from "../src/map/regionBounds";
import { BASE_SOURCE_IDS, offlineStyle } from "../src/map/style";
import { launchBrowser } from "../tests/browser/driver";
import { startStaticServer } from "../tests/browser/staticServer";
import { withProbe } from "./map/probe";
import { ms } from "./map/report";
import { type LoadSample, measureLoad, type PanSample, panFrames, type Target } from "./map/runs";
import { generateSites } from "./map/sites";
import { type PipelineSplit, pipelineSplit } from "./map/split";
import { median, quantile } from "./map/stats";
import { printSummary, summarise } from "./map/summary";

const ROUNDS = Number(process.env.BENCH_MAP_ROUNDS ?? 5);
const SEED = 20_261_127;
const GENERATED_COUNTS = [10_000, 50_000] as const;
/** The pan: 300 px steps of 500 ms each, east, south, west, north, so the view stays on the region. */
const PAN_MOVES: ReadonlyArray<readonly [number, number]> = Array.from(
  { length: 10 },
  (_, i) =>
    [
      [300, 0],
      [0, 300],
      [-300, 0],
      [0, -300],
    ][i % 4] as [number, number],
);
const PAN_STEP_MS = 500;
/** The pan runs with the most sites; the bare page run just before it pans too. */
const PAN_SCENARIO = `app-${GENERATED_COUNTS[GENERATED_COUNTS.length - 1]}`;
/** Aims from the issue: app load time over bare, by scenario. */
const LOAD_TARGETS: Record<string, number> = { "app-embedded": 1.5, "app-50000": 2 };
/** MapAdapter's constructor options the peer must share to open on the same view. */
const MAP_VIEW = { padding: 20, minZoom: 5, maxZoom: 17 } as const;

interface AppScenario {
  scenario: string;
  sites: number;
  query: string;
  /** The site files it loads, on disk, for the Node split. */
  paths: string[];
}

/** The checkout measured; null outside a git checkout (e.g. an exported tree). */
function gitState(): { commit: string; dirty: boolean } | null {
  // GIT_OPTIONAL_LOCKS=0: a status must not take .git/index.lock while others commit.
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      encoding: "utf8",
      env: { ...process.env, GIT_OPTIONAL_LOCKS: "0" },
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  try {
    return { commit: git("rev-parse", "--short", "HEAD"), dirty: git("status", "--porcelain") !== "" };
  } catch {
    return null;
  }
}

/** Writes the generated site files, checked against the app's own validation first. */
async function writeGeneratedSites(dir: string): Promise<AppScenario[]> {
  await mkdir(dir, { recursive: true });
  const scenarios: AppScenario[] = [];
  for (const count of GENERATED_COUNTS) {
    const collection = generateSites(count, SEED + count);
    const { sites, issues } = validateSiteCollection(collection);
    if (issues.length > 0 || sites.length !== count)
      throw new Error(
        `generated ${count} sites are not valid schema v1: ${JSON.stringify(issues.slice(0, 3))}`,
      );
    const name = `sites-${count}.geojson`;
    await writeFile(join(dir, name), JSON.stringify(collection));
    scenarios.push({
      scenario: `app-${count}`,
      sites: count,
      query: `?data=bench-data/${name}`,
      paths: [join(dir, name)],
    });
  }
  return scenarios;
}

/** The peer's style: the app's offline style minus everything about sites. */
function bareStyle(glyphsUrl: string): StyleSpecification {
  const base = new Set<string>(BASE_SOURCE_IDS);
  const style = offlineStyle(glyphsUrl);
  return {
    ...style,
    sources: Object.fromEntries(Object.entries(style.sources).filter(([id]) => base.has(id))),
    layers: style.layers.filter((l) => !("source" in l) || base.has(l.source)),
  };
}

function bareConfig(index: DataIndex, bareOrigin: string, size: { width: number; height: number }) {
  const glyphsUrl = `${bareOrigin}/${index.glyphs.replace(/^\.?\//, "")}`;
  return {
    style: bareStyle(glyphsUrl),
    data: {
      neighbours: index.boundaries.neighbours,
      municipalities: index.boundaries.municipalities,
      "municipality-labels": index.boundaries.labels,
    },
    bounds: REGION_BBOX,
    size,
    ...MAP_VIEW,
  };
}

function failuresOf(s: LoadSample): string[] {
  const out: string[] = [];
  if (s.foreignRequests.length > 0)
    out.push(`${s.scenario}: foreign requests ${s.foreignRequests.join(", ")}`);
  if (s.consoleErrors.length > 0) out.push(`${s.scenario}: console errors ${s.consoleErrors.join(" | ")}`);
  if (s.rendered <= 0) out.push(`${s.scenario}: nothing drawn`);
  return out;
}

async function main(): Promise<void> {
  if (!existsSync("dist/index.html")) throw new Error("dist/ is missing: run `npm run build` first");
  const indexPath = "dist/generated/data-index.json";
  const index = parseDataIndex(JSON.parse(await readFile(indexPath, "utf8")), indexPath);
  const tmp = await mkdtemp(join(tmpdir(), "jordbalance-bench-map-"));
  const failures: string[] = [];
  let chromium = "";
  try {
    const embeddedPaths = index.sites.map((p) => join("dist", p));
    let embeddedCount = 0;
    for (const path of embeddedPaths)
      embeddedCount += validateSiteCollection(JSON.parse(await readFile(path, "utf8"))).sites.length;
    const scenarios: AppScenario[] = [
      { scenario: "app-embedded", sites: embeddedCount, query: "", paths: embeddedPaths },
      ...(await writeGeneratedSites(join(tmp, "data"))),
    ];
    await mkdir(join(tmp, "bare"));
    await copyFile("bench/map/bare.html", join(tmp, "bare/index.html"));

    // The peer lives under /bare/ with everything it loads, so the driver's guard (which counts
    // any request outside the origin it was given) proves it loads nothing of the app's.
    const server = await startStaticServer({
      "/": "dist",
      "/bench-data/": join(tmp, "data"),
      "/bare/": join(tmp, "bare"),
      "/bare/maplibre/": "node_modules/maplibre-gl/dist",
      "/bare/generated/": "dist/generated",
    });
    const bareOrigin = `${server.origin}/bare`;
    const rawBrowser = await launchBrowser();
    chromium = rawBrowser.version();
    const browser = withProbe(rawBrowser);
    const samples: LoadSample[] = [];
    const pans: PanSample[] = [];
    let mapBox = { width: 0, height: 0 };
    let viewport: { width: number; height: number } | null = null;
    try {
      // Warm-up (not counted): first launches compile and fill OS caches; also gives the size
      // of the app's map, which the peer copies.
      const warm = await measureLoad(browser, server.origin, { page: "app", scenario: "warm-up", query: "" });
      const box = await warm.opened.page.locator(".map").boundingBox();
      viewport = warm.opened.page.viewportSize();
      await warm.opened.close();
      if (!box) throw new Error("the app has no .map box");
      mapBox = { width: Math.round(box.width), height: Math.round(box.height) };
      await writeFile(join(tmp, "bare/config.json"), JSON.stringify(bareConfig(index, bareOrigin, mapBox)));
      const bare: Target = {
        page: "bare",
        scenario: "bare",
        origin: bareOrigin,
        query: "?config=config.json",
      };
      await (await measureLoad(browser, server.origin, bare)).opened.close();

      const run = async (target: Target, pan: boolean) => {
        const { sample, opened } = await measureLoad(browser, server.origin, target);
        samples.push(sample);
        failures.push(...failuresOf(sample));
        let panNote = "";
        if (pan) {
          const p = await panFrames(opened.page, PAN_MOVES, PAN_STEP_MS);
          pans.push({ page: target.page, scenario: target.scenario, ...p });
          const frames = p.frameIntervalsMs;
          panNote = `; pan frames median ${ms(median(frames))}, p95 ${ms(quantile(frames, 0.95))} ms${p.settled ? "" : " (not idle at the settle limit)"}`;
        }
        await opened.close();
        console.log(`  ${target.scenario.padEnd(13)} load ${ms(sample.loadMs).padStart(6)} ms${panNote}`);
      };
      // Alternating bare/app, so slow stretches of the machine hit both.
      for (let round = 1; round <= ROUNDS; round++) {
        console.log(`round ${round}/${ROUNDS}`);
        for (const s of scenarios) {
          const pan = s.scenario === PAN_SCENARIO;
          await run(bare, pan);
          await run({ page: "app", scenario: s.scenario, query: s.query }, pan);
        }
      }
    } finally {
      await rawBrowser.close();
      await server.close();
    }

    // Worker stages in Node, after the browser is gone so they do not compete for the cores.
    const municipalitiesText = await readFile(join("dist", index.boundaries.municipalities), "utf8");
    const split: Record<string, PipelineSplit> = {};
    for (const s of scenarios) {
      const files = await Promise.all(
        s.paths.map(async (file) => ({ file, text: await readFile(file, "utf8") })),
      );
      split[s.scenario] = pipelineSplit(files, municipalitiesText);
    }

    const summary = summarise(scenarios, samples, pans, split, LOAD_TARGETS, PAN_SCENARIO);
    printSummary(summary);
    await mkdir("bench/results", { recursive: true });
    const stamp = new Date().toISOString().slice(0, 16).replace(":", "-");
    const out = `bench/results/map-${stamp}.json`;
    await writeFile(
      out,
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          git: gitState(),
          // The build measured: Vite's content-hashed bundle names.
          build: (await readdir("dist/assets")).filter((f) => /\.m?js$/.test(f)),
          chromium,
          node: process.version,
          cpus: cpus().length,
          rounds: ROUNDS,
          seed: SEED,
          viewport,
          mapBox,
          pan: { moves: PAN_MOVES, stepMs: PAN_STEP_MS },
          targets: LOAD_TARGETS,
          summary,
          failures,
          samples,
          pans,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`\nwrote ${out}`);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  if (failures.length > 0) {
    console.error(`\nFAILED:\n  ${failures.join("\n  ")}`);
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
