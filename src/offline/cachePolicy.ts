/**
 * What the service worker keeps for offline use and how it answers each request. Pure rules,
 * shared by the build (which files to precache) and the service worker (how to answer), so
 * both are unit-tested without a browser.
 */
import { dataParamUrls, parseDataIndex } from "../io/dataIndex";

/** Every cache this app owns starts with this; caches of an older build are deleted. */
export const CACHE_PREFIX = "jordbalance-";

export function cacheName(version: string): string {
  return `${CACHE_PREFIX}${version}`;
}

/**
 * Glyph ranges the default view draws (municipality labels: Latin-1 covers the Danish
 * letters), precached because the first visit fetches them before the service worker runs.
 * Other ranges are cached when the app first asks for them.
 */
export const DEFAULT_GLYPH_FILES = ["generated/fonts/DejaVu Sans/0-255.pbf"];

/**
 * How long (ms) a network-first request waits for the network before the cached copy answers
 * instead; the network's answer still refreshes the cache. Keeps a venue's bad connection from
 * stalling the start.
 */
export const NETWORK_TIMEOUT_MS = 4000;

/**
 * - shell: the page itself (any address of index.html, with any query), cache-first;
 * - cache-first: content-hashed assets and glyphs, which never change under one name;
 * - network-first: data (the data index, boundaries, sites, `?data=` files), so an updated
 *   file shows online and the last copy serves offline;
 * - pass: not ours to answer (other origins, outside the app, non-GET, the worker script).
 */
export type Route = "shell" | "cache-first" | "network-first" | "pass";

export function routeFor(request: { url: string; method: string; mode: string }, scope: string): Route {
  if (request.method !== "GET") return "pass";
  const url = new URL(request.url);
  const base = new URL(scope);
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return "pass";
  const path = url.pathname.slice(base.pathname.length);
  if (request.mode === "navigate") return path === "" || path === "index.html" ? "shell" : "pass";
  if (path === "sw.js") return "pass";
  if (path.startsWith("assets/") || path.startsWith("generated/fonts/")) return "cache-first";
  return "network-first";
}

/**
 * The built files to precache, as paths relative to the app root: the page, its assets and
 * the generated data, but no source maps (several MB nobody needs offline), no glyph ranges
 * beyond the default ones (4.7 MB in all) and not the service worker itself.
 */
export function precacheList(builtFiles: readonly string[]): string[] {
  const glyphs = new Set(DEFAULT_GLYPH_FILES);
  return builtFiles
    .filter((f) => !f.endsWith(".map") && f !== "sw.js")
    .filter((f) => !f.startsWith("generated/fonts/") || glyphs.has(f))
    .sort();
}

/**
 * The data files a data index lists (sites, forecasts and boundaries), so a deployment that points the
 * index at other files without rebuilding still gets them cached at install. An index that
 * does not parse lists nothing: the app reports it when it loads.
 */
export function indexedDataFiles(index: unknown): string[] {
  try {
    const parsed = parseDataIndex(index, "data-index.json");
    return [...parsed.sites, ...parsed.forecasts, ...Object.values(parsed.boundaries)];
  } catch {
    return [];
  }
}

/**
 * The files a page's `?data=` parameter previews (absolute URLs), when the service worker may
 * answer for them: an open preview page fetched them before the worker ran, so the install
 * fetches them again to keep them for the next visit. A parameter the app rejects lists nothing.
 */
export function previewDataFiles(pageUrl: string, scope: string): string[] {
  try {
    const urls = dataParamUrls(new URL(pageUrl), new URL(scope)) ?? [];
    return urls.filter((url) => routeFor({ url, method: "GET", mode: "cors" }, scope) !== "pass");
  } catch {
    return [];
  }
}
