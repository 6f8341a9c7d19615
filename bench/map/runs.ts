/**
 * One measured page load (app or bare peer) and one scripted pan, through the test driver so
 * both pages get the same context, viewport and foreign-request guard.
 */
import type { Browser, Page } from "playwright-core";
import { SITE_LAYER_IDS } from "../../src/map/siteLayers";
import { type AppPage, openApp, waitForMapIdle } from "../../tests/browser/driver";
import { longTaskMs, readProbe, readWorkerFetches } from "./probe";

/**
 * 50,000 sites took 6–8½ minutes at commit 01a2170 (two busy cores, software GL), so a load
 * gets 15 minutes before the bench calls it broken.
 */
const LOAD_TIMEOUT_MS = 900_000;

export type Target =
  | { page: "app"; scenario: string; query: string }
  | { page: "bare"; scenario: string; origin: string; query: string };

export interface LoadSample {
  page: Target["page"];
  scenario: string;
  /** Navigation → the map's idle that showed the data, ms. */
  loadMs: number;
  /** Navigation → data handed to the map (app: loading status gone; bare: its data-set mark), ms. */
  dataReadyMs: number;
  /** Navigation → municipality boundaries fetched on the main thread, ms. */
  boundariesFetchedMs: number;
  /** App: navigation → last site file fetched by its worker, ms. */
  sitesFetchedMs?: number;
  /** Main thread blocked by long tasks, ms: before the data was ready, and from then to idle. */
  blockedMs: { untilDataReady: number; dataReadyToIdle: number };
  /** Features drawn in the checked layers when idle (sites for the app, municipalities for bare). */
  rendered: number;
  foreignRequests: string[];
  consoleErrors: string[];
}

/** What must be drawn before a load counts as done. */
const checkedLayers = (target: Target): readonly string[] =>
  target.page === "app" ? SITE_LAYER_IDS : ["municipality-fill"];

function drawnCount(page: Page, layers: readonly string[]): Promise<number> {
  return page.evaluate(
    (ids) => ids.reduce((sum, id) => sum + Math.max(0, window.__jordbalanceMap?.renderedCount(id) ?? 0), 0),
    [...layers],
  );
}

function nextIdle(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((ok) => window.__jordbalanceMap?.once("idle", () => ok()) ?? ok()),
  );
}

const pathEnding = (record: Record<string, number>, suffix: string) =>
  Object.entries(record).find(([path]) => path.endsWith(suffix))?.[1] ?? Number.NaN;

/**
 * Opens the target, waits until its data is drawn, and reads the timings. The page stays open
 * for a pan; the caller closes it.
 */
export async function measureLoad(
  browser: Browser,
  appOrigin: string,
  target: Target,
): Promise<{ sample: LoadSample; opened: AppPage }> {
  const origin = target.page === "app" ? appOrigin : target.origin;
  const opened = await openApp(browser, origin, target.query);
  const { page } = opened;
  await waitForMapIdle(page, LOAD_TIMEOUT_MS);
  // The app hands sites to the map in an effect just after its loading status goes; if the
  // driver caught the idle before that, the next idle is the one that drew them.
  const layers = checkedLayers(target);
  for (let tries = 0; tries < 3 && (await drawnCount(page, layers)) === 0; tries++) await nextIdle(page);
  const probe = await readProbe(page);
  const workerFetches = target.page === "app" ? await readWorkerFetches(page) : {};
  const dataReadyMs =
    target.page === "app" ? (probe.statusGone ?? Number.NaN) : (probe.marks["bench:data-set"] ?? Number.NaN);
  const loadMs = probe.idle.at(-1) ?? Number.NaN;
  if (!(loadMs >= dataReadyMs))
    throw new Error(`${target.scenario}: no idle after the data was ready (${loadMs} < ${dataReadyMs} ms)`);
  const siteFetches = Object.entries(workerFetches)
    .filter(([path]) => path.endsWith(".geojson") && !path.includes("/boundaries/"))
    .map(([, end]) => end);
  const sample: LoadSample = {
    page: target.page,
    scenario: target.scenario,
    loadMs,
    dataReadyMs,
    boundariesFetchedMs: pathEnding(probe.fetched, "/boundaries/municipalities.geojson"),
    ...(siteFetches.length > 0 ? { sitesFetchedMs: Math.max(...siteFetches) } : {}),
    blockedMs: {
      untilDataReady: longTaskMs(probe.longTasks, 0, dataReadyMs),
      dataReadyToIdle: longTaskMs(probe.longTasks, dataReadyMs, loadMs),
    },
    rendered: await drawnCount(page, layers),
    foreignRequests: [...opened.foreignRequests],
    consoleErrors: [...opened.consoleErrors],
  };
  return { sample, opened };
}

export interface PanSample {
  page: Target["page"];
  scenario: string;
  /** Intervals between consecutive animation frames, first pan step → idle after the last, ms. */
  frameIntervalsMs: number[];
  /** First pan step → idle after the last one (or the settle limit), ms. */
  durationMs: number;
  /** Whether the map went idle within the settle limit after the last step. */
  settled: boolean;
}

/** Frames are recorded until idle or this long after the last step, ms: a slow app must not stall the bench. */
const PAN_SETTLE_LIMIT_MS = 120_000;

/**
 * Pans by each move in turn, one step every `stepMs` (each animated over `stepMs`, so the camera
 * keeps moving; a step that starts late because the page was busy interrupts the previous one,
 * as a user's drag would), then waits for idle, recording animation frames throughout.
 */
export async function panFrames(
  page: Page,
  moves: ReadonlyArray<readonly [number, number]>,
  stepMs: number,
): Promise<Omit<PanSample, "page" | "scenario">> {
  return page.evaluate(
    async ({ moves, stepMs, settleMs }) => {
      const map = window.__jordbalanceMap;
      if (!map) throw new Error("no map handle");
      const intervals: number[] = [];
      let panning = true;
      const frame = () => new Promise<number>((ok) => requestAnimationFrame(ok));
      const recording = (async () => {
        let last = await frame();
        while (panning) {
          const t = await frame();
          intervals.push(t - last);
          last = t;
        }
      })();
      const started = performance.now();
      for (const [dx, dy] of moves) {
        map.panBy(dx, dy, stepMs);
        await new Promise((ok) => setTimeout(ok, stepMs));
      }
      const settled =
        map.isIdle() ||
        (await new Promise<boolean>((ok) => {
          const timer = setTimeout(() => ok(false), settleMs);
          map.once("idle", () => {
            clearTimeout(timer);
            ok(true);
          });
        }));
      const durationMs = performance.now() - started;
      panning = false;
      await recording;
      return { frameIntervalsMs: intervals, durationMs, settled };
    },
    { moves: moves.map(([dx, dy]) => [dx, dy] as [number, number]), stepMs, settleMs: PAN_SETTLE_LIMIT_MS },
  );
}
