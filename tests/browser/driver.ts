/**
 * The one file that imports Playwright. Specs and benchmarks talk to the app through these
 * steps, so they read like a user's actions. Chromium is Debian's, headless, with the flags
 * that keep it from calling home on a closed network.
 */
import { readFile } from "node:fs/promises";
import { type Browser, type ConsoleMessage, chromium, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--use-angle=swiftshader",
      "--enable-unsafe-swiftshader",
    ],
  });
}

/** Software-GL noise, not errors of the app. */
const BENIGN_CONSOLE = [
  /GPU stall due to ReadPixels/,
  /WebGL/i,
  /swiftshader/i,
  /Automatic fallback to software/i,
];

export interface AppPage {
  page: Page;
  /** Requests to anything but the local server. */
  foreignRequests: string[];
  consoleErrors: string[];
  close(): Promise<void>;
}

export async function openApp(
  browser: Browser,
  origin: string,
  query = "",
  viewport = { width: 1440, height: 900 },
): Promise<AppPage> {
  const context = await browser.newContext({ viewport, locale: "en-GB" });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  page.on("console", (m: ConsoleMessage) => {
    if (m.type() === "error" && !BENIGN_CONSOLE.some((re) => re.test(m.text()))) consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  await page.goto(`${origin}/index.html${query}`);
  return { page, foreignRequests, consoleErrors, close: () => context.close() };
}

/** Waits until the map exists, has its data and has rendered it. */
export async function waitForMapIdle(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction(() => window.__jordbalanceMap !== undefined, undefined, { timeout: timeoutMs });
  await page.waitForSelector(".map-status", { state: "detached", timeout: timeoutMs });
  await page.evaluate(
    () =>
      new Promise<void>((ok) => {
        const map = window.__jordbalanceMap;
        if (!map) return ok();
        if (map.isIdle()) return ok();
        map.once("idle", () => ok());
      }),
  );
}

/** Waits until the service worker (registered by the built app after load) controls the page. */
export async function waitForServiceWorker(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: timeoutMs,
  });
}

/** Does what starts a download and returns the file's suggested name and its bytes. */
export async function catchDownload(
  page: Page,
  start: () => Promise<void>,
  timeoutMs = 30_000,
): Promise<{ fileName: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: timeoutMs }), start()]);
  return { fileName: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** Clicks the map where a lon/lat is drawn. */
export async function clickMapAt(page: Page, lon: number, lat: number): Promise<void> {
  const pt = await page.evaluate(([x, y]) => window.__jordbalanceMap?.project(x, y), [lon, lat] as const);
  if (!pt) throw new Error("map not ready");
  const box = await page.locator(".map").boundingBox();
  if (!box) throw new Error("map has no box");
  await page.mouse.click(box.x + pt.x, box.y + pt.y);
}

export async function chooseMunicipality(page: Page, name: string): Promise<void> {
  await page
    .getByRole("list", { name: /Kommune|Municipality/ })
    .getByRole("button", { name, exact: true })
    .click();
}

export async function switchLanguage(page: Page, label: "Dansk" | "English"): Promise<void> {
  await page.getByRole("button", { name: label }).click();
}

/** Opens the match panel, runs the optimal match and waits for its allocation table. */
export async function runMatch(page: Page, timeoutMs = 60_000): Promise<void> {
  const toggle = page.getByRole("button", { name: "Optimal match" });
  if ((await toggle.getAttribute("aria-pressed")) !== "true") await toggle.click();
  await page.getByRole("button", { name: /Beregn optimal match|Run optimal match/ }).click();
  await page.getByRole("table", { name: /Fordeling|Allocation/ }).waitFor({ timeout: timeoutMs });
}

/** Imports a file through the import dialog: choose it, accept the suggested columns, import. */
export async function importFile(page: Page, path: string): Promise<void> {
  await page.getByRole("button", { name: /Importér lokaliteter|Import sites/ }).click();
  const dialog = page.getByRole("dialog", { name: /Importér lokaliteter|Import sites/ });
  await dialog.locator('input[type="file"]').setInputFiles(path);
  await dialog.getByRole("button", { name: /Kontrollér|Check/ }).click();
  await dialog.getByRole("button", { name: /Importér \d+ lokaliteter|Import \d+ sites/ }).click();
  await dialog.getByText(/importeret|imported/).waitFor();
  await dialog.getByRole("button", { name: /Luk import|Close import/ }).click();
}

export async function runAxe(
  page: Page,
): Promise<Array<{ id: string; impact: string | null; nodes: number }>> {
  const { source } = await import("axe-core");
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: unknown[] }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
}

/**
 * The smallest font size (CSS px) of any text a viewer can see, on screen or by scrolling a
 * panel: text nodes with a visible, non-degenerate box, excluding visually hidden helpers
 * (clipped to 1 px) and closed <details>. Map labels are drawn on the canvas, not text nodes.
 */
export async function smallestVisibleTextPx(page: Page): Promise<{ px: number; text: string }> {
  return page.evaluate(() => {
    let smallest = { px: Number.POSITIVE_INFINITY, text: "" };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? "";
      const el = node.parentElement;
      if (!text || !el) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const px = Number.parseFloat(getComputedStyle(el).fontSize);
      if (px < smallest.px) smallest = { px, text: text.slice(0, 60) };
    }
    return smallest;
  });
}

/** Keeps a screenshot as a test artefact in test-results/browser (ignored by git). */
export async function keepScreenshot(page: Page, name: string): Promise<string> {
  const path = `test-results/browser/${name}.png`;
  await page.screenshot({ path });
  return path;
}

/** Adds a layer from an address in the layer panel. */
export async function addRemoteLayer(page: Page, url: string): Promise<void> {
  await page.getByLabel(/Adresse \(GeoJSON|Address \(GeoJSON/).fill(url);
  await page.getByRole("button", { name: /Tilføj lag|Add layer/ }).click();
}

/**
 * Answers the first `times` requests whose address contains `part` with HTTP 500; later ones go
 * through. On the context, not the page: requests the service worker makes for the page are
 * routed only there.
 */
export async function failFirstRequests(page: Page, part: string, times: number): Promise<void> {
  let failed = 0;
  await page.context().route(
    (url) => url.href.includes(part),
    (route) =>
      failed++ < times
        ? route.fulfill({ status: 500, contentType: "text/plain", body: "fixture failure" })
        : route.fallback(),
  );
}

/** Where the map looks now (centre and zoom), as MapLibre says. */
export async function mapCamera(page: Page): Promise<{ lon: number; lat: number; zoom: number }> {
  const camera = await page.evaluate(() => window.__jordbalanceMap?.camera());
  if (!camera) throw new Error("map not ready");
  return camera;
}
