/**
 * Gathers every feature behind an address: a GeoJSON file, or an OGC API – Features collection
 * or items address, page by page along `links` with rel="next". Pure apart from the `fetch` it
 * is given, so tests drive it with a fake server. Every failure a user can act on is a
 * UserError naming the page and its address; a cancel rejects with the signal's AbortError.
 */
import type { Feature, FeatureCollection } from "geojson";
import { parseCrsName } from "../formats/crs";
import { parseJsonText, UserError } from "../userError";
import { firstPageUrl, OGC_PAGE_SIZE } from "./remoteUrl";

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface RemoteProgress {
  pages: number;
  features: number;
  /** What the server says matches in all (OGC API `numberMatched`), when it says. */
  numberMatched?: number;
}

export interface FetchFeaturesOptions {
  fetch: FetchLike;
  signal?: AbortSignal;
  onProgress?(progress: RemoteProgress): void;
  /** Pages fetched at most; a server offering more is refused with a message. */
  maxPages?: number;
  /** Features kept at most; more is refused with a message rather than cut off silently. */
  maxFeatures?: number;
  /** OGC API `limit` when the address does not set one. */
  pageSize?: number;
}

export interface RemoteFeatures {
  /**
   * All features; with the first page's `crs` member (or its Content-Crs header) and `schema`
   * member when given.
   */
  collection: FeatureCollection;
  pages: number;
  numberMatched?: number;
  /** Read as OGC API – Features items (CRS84 unless said otherwise). */
  ogc: boolean;
}

/** 200 pages of 1,000: far beyond what an overlay needs, yet a runaway server stops. */
export const MAX_PAGES = 200;
/** An overlay beyond this draws slowly and is better narrowed (bbox, filter) at the server. */
export const MAX_FEATURES = 100_000;

const ACCEPT = "application/geo+json, application/json;q=0.9, */*;q=0.1";
const JSON_TYPES = ["application/geo+json", "application/json"];

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

export async function fetchRemoteFeatures(
  address: string,
  options: FetchFeaturesOptions,
): Promise<RemoteFeatures> {
  const maxPages = options.maxPages ?? MAX_PAGES;
  const maxFeatures = options.maxFeatures ?? MAX_FEATURES;
  const pageSize = options.pageSize ?? OGC_PAGE_SIZE;
  const start = firstPageUrl(address, pageSize);
  let ogc = start.ogc;
  const features: Feature[] = [];
  const seen = new Set<string>();
  let crs: unknown;
  // A jordbalance file's schema member says how to read it (coordinates, version): kept.
  let schema: unknown;
  let numberMatched: number | undefined;
  let pages = 0;
  let url: string | undefined = start.url;
  while (url !== undefined) {
    if (pages === maxPages)
      throw new UserError(
        `${address}: stopped after ${maxPages} pages and the server offers more (next: ${url}). ` +
          "Narrow the request in the address (a bbox or a filter) or ask for larger pages (limit).",
      );
    seen.add(url);
    const page = pages + 1;
    const { body, headers } = await fetchPage(url, page, options);
    const items: string | undefined = page === 1 && !ogc ? itemsLink(body, url, pageSize) : undefined;
    if (items !== undefined) {
      // A collection's description, not its features: read on from its items.
      ogc = true;
      url = items;
      continue;
    }
    const pageFeatures = featuresOf(body, url, page);
    pages = page;
    if (page === 1) {
      crs = body.crs ?? crsFromHeader(headers.get("content-crs"));
      schema = body.schema;
    }
    if (typeof body.numberMatched === "number" && body.numberMatched >= 0) numberMatched = body.numberMatched;
    const total = Math.max(numberMatched ?? 0, features.length + pageFeatures.length);
    if (total > maxFeatures)
      throw new UserError(
        `${address} holds more than ${maxFeatures.toLocaleString("en")} features ` +
          `(${total.toLocaleString("en")} ${numberMatched === total ? "matched" : `by page ${page}`}); ` +
          "narrow the request in the address (a bbox or a filter) to show it as a layer.",
      );
    // One by one: spreading a 100,000-element page into push() can overflow the stack.
    for (const f of pageFeatures) features.push(f);
    options.onProgress?.({
      pages,
      features: features.length,
      ...(numberMatched !== undefined ? { numberMatched } : {}),
    });
    const next = nextLink(body, url, page);
    if (next !== undefined && seen.has(next))
      throw new UserError(
        `${url} (page ${page}) links "next" back to a page already read (${next}): ` +
          "the server's paging goes round in a loop, so the layer would never be complete.",
      );
    url = next;
  }
  const collection: FeatureCollection & { crs?: unknown; schema?: unknown } = {
    type: "FeatureCollection",
    ...(typeof schema === "string" ? { schema } : {}),
    features,
  };
  if (crs !== undefined && crs !== null) collection.crs = crs;
  return { collection, pages, ogc, ...(numberMatched !== undefined ? { numberMatched } : {}) };
}

async function fetchPage(
  url: string,
  page: number,
  { fetch, signal }: FetchFeaturesOptions,
): Promise<{ body: Json; headers: Headers }> {
  signal?.throwIfAborted();
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { headers: { Accept: ACCEPT }, ...(signal ? { signal } : {}) });
    if (!response.ok)
      throw new UserError(
        `HTTP ${`${response.status} ${response.statusText}`.trim()} from ${url} (page ${page})`,
      );
    text = await response.text();
  } catch (e) {
    if (e instanceof UserError) throw e;
    if (signal?.aborted) throw signal.reason;
    if (e instanceof Error && e.name === "AbortError") throw e;
    const why = e instanceof Error ? e.message : String(e);
    throw new UserError(
      `Could not reach ${url} (page ${page}): ${why}. Check the connection (offline?) and that ` +
        "the server lets other sites read it (CORS).",
    );
  }
  if (text.trimStart().startsWith("<"))
    throw new UserError(
      `${url} (page ${page}) is not JSON but a web page or XML (it starts with "<"): ` +
        "perhaps a login or error page, or the address of a page about the data rather than the data.",
    );
  const body = parseJsonText(text, `${url} (page ${page})`);
  if (!isObject(body))
    throw new UserError(`${url} (page ${page}) is JSON but not a GeoJSON object (it is ${describe(body)}).`);
  return { body, headers: response.headers };
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return "a list";
  return v === null ? "null" : `a ${typeof v}`;
}

/** The features of a page: a FeatureCollection's, or a lone Feature (a file of one). */
function featuresOf(body: Json, url: string, page: number): Feature[] {
  if (page === 1 && body.type === "Feature") return [body as unknown as Feature];
  if (body.type !== "FeatureCollection") {
    const what = typeof body.type === "string" ? `its type is "${body.type}"` : "it has no type";
    const hint =
      page === 1
        ? " Give a GeoJSON file, an OGC API – Features collection (…/collections/{id}) or its items."
        : "";
    throw new UserError(`${url} (page ${page}) is not a GeoJSON FeatureCollection: ${what}.${hint}`);
  }
  if (!Array.isArray(body.features))
    throw new UserError(`${url} (page ${page}) is a FeatureCollection without a "features" list.`);
  return body.features as Feature[];
}

interface Link {
  rel: string;
  href: string;
  type?: string;
}

function links(body: Json): Link[] {
  if (!Array.isArray(body.links)) return [];
  return body.links.filter(
    (l): l is Link => isObject(l) && typeof l.rel === "string" && typeof l.href === "string",
  );
}

/**
 * Of several links with one rel (one per media type), the GeoJSON one, else one without a type,
 * else any: following it then fails with a message, where ignoring it would lose pages unsaid.
 */
function pick(candidates: Link[]): Link | undefined {
  return (
    candidates.find((l) => l.type !== undefined && JSON_TYPES.some((t) => l.type?.startsWith(t))) ??
    candidates.find((l) => l.type === undefined) ??
    candidates[0]
  );
}

function resolve(href: string, base: string, url: string, page: number, rel: string): string {
  try {
    return new URL(href, base).href;
  } catch {
    throw new UserError(`${url} (page ${page}) has a "${rel}" link that is not an address: ${href}`);
  }
}

function nextLink(body: Json, url: string, page: number): string | undefined {
  const next = pick(links(body).filter((l) => l.rel === "next"));
  return next ? resolve(next.href, url, url, page, "next") : undefined;
}

/** An OGC API collection description's link to its features, if the page is one. */
function itemsLink(body: Json, url: string, pageSize: number): string | undefined {
  if (body.type === "FeatureCollection" || body.type === "Feature") return undefined;
  const items = pick(links(body).filter((l) => l.rel === "items"));
  return items ? firstPageUrl(resolve(items.href, url, url, 1, "items"), pageSize).url : undefined;
}

/**
 * OGC API – Features Part 2 names the coordinates' system in a Content-Crs header
 * (`<http://www.opengis.net/def/crs/EPSG/0/25832>`); as a GeoJSON `crs` member the rest of the
 * app (display, import) reads it like a file's own.
 */
function crsFromHeader(header: string | null): unknown {
  if (header === null) return undefined;
  const name = header.trim().replace(/^<|>$/g, "");
  const crs = parseCrsName(name);
  if (crs === undefined || crs === "EPSG:4326") return undefined;
  return { type: "name", properties: { name } };
}
