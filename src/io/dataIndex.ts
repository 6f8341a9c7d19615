/**
 * The data index (public/generated/data-index.json, written by the geodata build) says which
 * files the app loads, so a deployment can point it at real data without rebuilding. A
 * same-origin `?data=a.geojson,b.geojson` URL parameter overrides its site list (tests,
 * benchmarks, demos).
 */
import { UserError } from "./userError";

export const DATA_INDEX_SCHEMA = "jordbalance/data-index@1";

export interface DataIndex {
  sites: string[];
  /** Forecast tables; the first is the one the balance view shows. Older indexes have none. */
  forecasts: string[];
  boundaries: { municipalities: string; labels: string; regions: string; neighbours: string };
  glyphs: string;
  attribution: string[];
}

const isString = (v: unknown): v is string => typeof v === "string";

export function parseDataIndex(raw: unknown, where: string): DataIndex {
  const r = (raw ?? {}) as Record<string, unknown>;
  if (r.schema !== DATA_INDEX_SCHEMA) {
    throw new UserError(
      `${where}: expected schema "${DATA_INDEX_SCHEMA}", found ${JSON.stringify(r.schema ?? null)}`,
    );
  }
  const b = (r.boundaries ?? {}) as Record<string, unknown>;
  const keys = ["municipalities", "labels", "regions", "neighbours"] as const;
  const missing = keys.filter((k) => !isString(b[k]));
  if (!Array.isArray(r.sites) || !r.sites.every(isString))
    throw new UserError(`${where}: "sites" must list file paths`);
  if (missing.length > 0)
    throw new UserError(`${where}: boundaries.${missing.join(", boundaries.")} missing`);
  if (!isString(r.glyphs)) throw new UserError(`${where}: "glyphs" missing`);
  if (r.forecasts !== undefined && !(Array.isArray(r.forecasts) && r.forecasts.every(isString)))
    throw new UserError(`${where}: "forecasts" must list file paths`);
  return {
    sites: r.sites,
    forecasts: (r.forecasts as string[] | undefined) ?? [],
    boundaries: {
      municipalities: b.municipalities as string,
      labels: b.labels as string,
      regions: b.regions as string,
      neighbours: b.neighbours as string,
    },
    glyphs: r.glyphs,
    attribution: Array.isArray(r.attribution) ? r.attribution.filter(isString) : [],
  };
}

/**
 * The absolute URLs of the site files to load: the `data` URL parameter when present (only
 * same-origin addresses, so a link cannot make the app fetch from elsewhere), else the index.
 */
export function siteFileUrls(index: DataIndex, page: URL, base: URL): string[] {
  return dataParamUrls(page, base) ?? index.sites.map((p) => new URL(p, base).href);
}

/** The absolute URLs in the page's `data` parameter, or null when it has none. */
export function dataParamUrls(page: URL, base: URL): string[] | null {
  const param = page.searchParams.get("data");
  if (param === null) return null;
  return param
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((p) => {
      const url = new URL(p, base);
      if (url.origin !== page.origin)
        throw new UserError(`data=${p}: only files from this site can be loaded`);
      return url.href;
    });
}

/** The glyph URL template made absolute without encoding its {fontstack}/{range} braces. */
export function glyphsUrl(index: DataIndex, base: URL): string {
  return base.href.replace(/\/?$/, "/") + index.glyphs.replace(/^\.?\//, "");
}
