/**
 * In-page timing for the app and the bare peer alike. The driver's openApp creates its own
 * browser context and navigates at once, so the probe rides along as an init script added to
 * every context the (wrapped) browser creates: it is in place before the first line of the page
 * runs, and both pages are timed by the same code from the same origin (navigation start).
 */
import type { Browser, Page } from "playwright-core";

export interface BenchProbe {
  /** performance.now() of every map "idle" event since the map handle appeared, ms. */
  idle: number[];
  /** App only: when the loading status disappeared, i.e. React committed the loaded data, ms. */
  statusGone?: number;
  /** Main-thread long tasks (> 50 ms): [start, duration], ms. */
  longTasks: Array<[number, number]>;
}

declare global {
  interface Window {
    __benchProbe?: BenchProbe;
  }
}

/**
 * tsx compiles with esbuild's keepNames, which wraps named inner functions in a `__name` helper.
 * Functions serialised into the page (init scripts, page.evaluate) would then call a helper the
 * page does not have; this identity stand-in keeps them runnable.
 */
const KEEP_NAMES_SHIM = "globalThis.__name = (fn) => fn;";

/** Runs in the page before its own scripts. */
function installProbe(): void {
  const probe: BenchProbe = { idle: [], longTasks: [] };
  window.__benchProbe = probe;
  // Both pages publish their map handle as window.__jordbalanceMap; hooking the assignment lets
  // the probe listen to every idle from the first one, without touching either page.
  let handle: Window["__jordbalanceMap"];
  Object.defineProperty(window, "__jordbalanceMap", {
    configurable: true,
    get: () => handle,
    set(value: Window["__jordbalanceMap"]) {
      handle = value;
      const onIdle = () => {
        probe.idle.push(performance.now());
        value?.once("idle", onIdle);
      };
      value?.once("idle", onIdle);
    },
  });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: "longtask", buffered: true });
  let statusSeen = false;
  new MutationObserver(() => {
    const shown = document.querySelector(".map-status") !== null;
    if (shown) statusSeen = true;
    else if (statusSeen && probe.statusGone === undefined) probe.statusGone = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

/** The same browser, except that every new context carries the probe. */
export function withProbe(browser: Browser): Browser {
  return new Proxy(browser, {
    get(target, prop) {
      if (prop === "newContext") {
        return async (...args: Parameters<Browser["newContext"]>) => {
          const context = await target.newContext(...args);
          await context.addInitScript({ content: KEEP_NAMES_SHIM });
          await context.addInitScript(installProbe);
          return context;
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export interface ProbeReading extends BenchProbe {
  /** performance.now() when read, ms. */
  now: number;
  /** Main-thread resource timing: URL path → responseEnd, ms. */
  fetched: Record<string, number>;
  /** performance.mark times by name, ms (the bare page marks when its data is set). */
  marks: Record<string, number>;
}

export function readProbe(page: Page): Promise<ProbeReading> {
  return page.evaluate(() => {
    const probe = window.__benchProbe;
    if (!probe) throw new Error("bench probe missing: was the page opened through withProbe()?");
    const fetched: Record<string, number> = {};
    for (const e of performance.getEntriesByType("resource") as PerformanceResourceTiming[])
      fetched[new URL(e.name).pathname] = e.responseEnd;
    const marks: Record<string, number> = {};
    for (const m of performance.getEntriesByType("mark")) marks[m.name] = m.startTime;
    return { ...probe, now: performance.now(), fetched, marks };
  });
}

/**
 * Resource timing inside the page's workers (the app fetches site files in its worker), as
 * URL path → responseEnd on the page's clock, ms.
 */
export async function readWorkerFetches(page: Page): Promise<Record<string, number>> {
  const pageOrigin = await page.evaluate(() => performance.timeOrigin);
  const out: Record<string, number> = {};
  for (const worker of page.workers()) {
    // Runs in the worker, where the keepNames shim is absent: no named inner functions here.
    const { origin, entries } = await worker.evaluate(() => ({
      origin: performance.timeOrigin,
      entries: (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).map((e) => [
        e.name,
        e.responseEnd,
      ]),
    }));
    for (const [name, end] of entries as Array<[string, number]>)
      out[new URL(name).pathname] = end + origin - pageOrigin;
  }
  return out;
}

/** Sum of long-task time within [from, to), ms: how long the main thread was blocked then. */
export function longTaskMs(tasks: ReadonlyArray<[number, number]>, from: number, to: number): number {
  let sum = 0;
  for (const [start, duration] of tasks) {
    const overlap = Math.min(start + duration, to) - Math.max(start, from);
    if (overlap > 0) sum += overlap;
  }
  return sum;
}
