/**
 * Addresses of remote layers: what a user may type (http or https only), what the first request
 * is (an OGC API – Features collection becomes its items with f=json and a page size) and a
 * name to show until the user has a better one.
 */

/** Why an address was refused, for the UI to say in the user's language. */
export type UrlProblem = "empty" | "invalid" | "scheme";

/** `base` resolves a relative address (the import dialog's, against the app); without it, it must be whole. */
export function checkRemoteUrl(
  text: string,
  base?: string,
): { ok: true; url: string } | { ok: false; problem: UrlProblem } {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, problem: "empty" };
  let parsed: URL;
  try {
    parsed = new URL(trimmed, base);
  } catch {
    return { ok: false, problem: "invalid" };
  }
  // file:, data:, javascript: and the like are not layers on a server.
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return { ok: false, problem: "scheme" };
  return { ok: true, url: parsed.href };
}

/** Features per OGC API page: large enough for few requests, small enough for most servers' maximum. */
export const OGC_PAGE_SIZE = 1000;

const COLLECTION = /\/collections\/[^/]+\/?$/;
const ITEMS = /\/collections\/[^/]+\/items\/?$/;

/**
 * The first page to fetch. `…/collections/{id}` is read from its `/items`; an items address
 * gets `f=json` and `limit` unless it already says otherwise; anything else is fetched as given
 * (a GeoJSON file, which may still carry `next` links).
 */
export function firstPageUrl(url: string, pageSize = OGC_PAGE_SIZE): { url: string; ogc: boolean } {
  const parsed = new URL(url);
  if (COLLECTION.test(parsed.pathname) && !ITEMS.test(parsed.pathname)) {
    parsed.pathname = `${parsed.pathname.replace(/\/$/, "")}/items`;
  }
  if (!ITEMS.test(parsed.pathname)) return { url: parsed.href, ogc: false };
  if (!parsed.searchParams.has("f")) parsed.searchParams.set("f", "json");
  if (!parsed.searchParams.has("limit")) parsed.searchParams.set("limit", String(pageSize));
  return { url: parsed.href, ogc: true };
}

/** A short name from the address: the collection id, else the file name, else the host. */
export function nameFromUrl(url: string): string {
  const parsed = new URL(url);
  const collection = /\/collections\/([^/]+)/.exec(parsed.pathname)?.[1];
  if (collection) return decoded(collection);
  const file = parsed.pathname.split("/").filter(Boolean).pop();
  return file ? decoded(file) : parsed.host;
}

function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part; // a stray "%" stays as typed
  }
}

/** Extensions of import formats that are not GeoJSON: such an address is read as one file. */
const FILE_EXTENSIONS = /\.(csv|tsv|txt|kml|zip)$/i;

/**
 * The file name of an address that names a CSV, KML or zipped Shapefile file, or undefined
 * for anything else (GeoJSON, an OGC API collection). Those files are fetched whole, as they
 * are, and go through the import's own format detection.
 */
export function plainFileOfUrl(url: string): string | undefined {
  const file = new URL(url).pathname.split("/").filter(Boolean).pop();
  return file && FILE_EXTENSIONS.test(file) ? decoded(file) : undefined;
}
