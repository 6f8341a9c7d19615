/**
 * The service worker (built to dist/sw.js by build/serviceWorker.ts): after the first visit
 * the app starts with no network. The build fills in the precache list and a content hash of
 * those files as the cache version, so a new build installs a new cache and drops the old one.
 */
import {
  CACHE_PREFIX,
  cacheName,
  indexedDataFiles,
  NETWORK_TIMEOUT_MS,
  previewDataFiles,
  routeFor,
} from "./cachePolicy";

declare const self: ServiceWorkerGlobalScope;
/** Paths relative to the app root, set by the build. */
declare const __PRECACHE__: readonly string[];
/** Content hash of the precached files, set by the build. */
declare const __CACHE_VERSION__: string;

const CACHE = cacheName(__CACHE_VERSION__);
const scoped = (path: string) => new URL(path, self.registration.scope).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // "no-cache": revalidate with the server, so the HTTP cache cannot hand in an old copy.
      await cache.addAll(__PRECACHE__.map((p) => new Request(scoped(p), { cache: "no-cache" })));
      await cacheDataFiles(cache);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const old = (await caches.keys()).filter((k) => k.startsWith(CACHE_PREFIX) && k !== CACHE);
      await Promise.all(old.map((k) => caches.delete(k)));
      // Take the open page over at once: its later requests (glyphs, ?data= files) get cached.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const route = routeFor(event.request, self.registration.scope);
  if (route === "pass") return; // the browser fetches it as if there were no service worker
  event.respondWith(answer(route, event));
});

async function answer(
  route: "shell" | "cache-first" | "network-first",
  event: FetchEvent,
): Promise<Response> {
  const cache = await caches.open(CACHE);
  switch (route) {
    case "shell":
      return (await cache.match(scoped("index.html"))) ?? fetch(event.request);
    case "cache-first":
      return (await cache.match(event.request)) ?? fetchAndKeep(cache, event.request);
    case "network-first":
      return networkFirst(cache, event);
  }
}

/** The network's answer, kept when it is a complete same-origin success. */
async function fetchAndKeep(cache: Cache, request: Request): Promise<Response> {
  const response = await fetch(request);
  if (response.ok && response.type === "basic" && response.status === 200) {
    await cache.put(request, response.clone());
  }
  return response;
}

/**
 * The network first; the cached copy when the network fails, answers with an error, or is
 * slower than NETWORK_TIMEOUT_MS. With nothing cached the network's own error reaches the app, which
 * says which file could not be loaded.
 */
async function networkFirst(cache: Cache, event: FetchEvent): Promise<Response> {
  const network = fetchAndKeep(cache, event.request);
  const cached = await cache.match(event.request);
  if (!cached) return network;
  // A late answer still refreshes the cache: keep the worker alive until it is in.
  event.waitUntil(network.catch(() => undefined));
  const late = new Promise<Response>((ok) => setTimeout(() => ok(cached), NETWORK_TIMEOUT_MS));
  // A server error (a venue proxy's 503, say) is no better than no answer: the cached copy.
  const answer = network.then(
    (response) => (response.ok ? response : cached),
    () => cached,
  );
  return Promise.race([answer, late]);
}

/**
 * Data files that are not built ones: what the deployed data index lists, and the `?data=`
 * files of pages open now (they were fetched before this worker could keep them).
 */
async function cacheDataFiles(cache: Cache): Promise<void> {
  const index = await cache.match(scoped("generated/data-index.json"));
  const indexed = index ? indexedDataFiles(await index.json().catch(() => null)).map((p) => scoped(p)) : [];
  const pages = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const previews = pages.flatMap((page) => previewDataFiles(page.url, self.registration.scope));
  const missing: string[] = [];
  for (const url of new Set([...indexed, ...previews])) if (!(await cache.match(url))) missing.push(url);
  // A listed file the server lacks must not stop the install; the app reports it when it loads.
  await Promise.allSettled(
    missing.map((url) => fetchAndKeep(cache, new Request(url, { cache: "no-cache" }))),
  );
}
