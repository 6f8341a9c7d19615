/**
 * Loads schema-v1 site files: fetch, parse, validate, and settle each site's municipality.
 * A broken file or a bad record is reported with where it is; the rest still load.
 */
import type { FeatureCollection } from "geojson";
import { representativePoint } from "../domain/distance";
import {
  municipalityAreasFromGeoJson,
  resolveSiteMunicipality,
  type SiteMunicipality,
} from "../domain/municipality";
import type { Site } from "../domain/site";
import { type SiteIssue, validateSiteCollection } from "../domain/siteSchema";
import { fetchJson, UserError } from "./userError";

/** A site as loaded: validated, with its representative point [lon, lat] and municipality. */
export interface LoadedSite {
  site: Site;
  point: [number, number];
  municipality: SiteMunicipality;
  file: string;
}

export interface LoadedSites {
  sites: LoadedSite[];
  issues: Array<SiteIssue & { file: string }>;
  fileErrors: Array<{ file: string; message: string }>;
}

export interface LoadOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

const fileName = (url: string) => decodeURIComponent(new URL(url).pathname.split("/").pop() ?? url);

/** Validates already-parsed collections and resolves municipalities; pure apart from its input. */
export function settleSites(
  files: ReadonlyArray<{ file: string; raw: unknown }>,
  municipalities: FeatureCollection,
): Omit<LoadedSites, "fileErrors"> {
  const areas = municipalityAreasFromGeoJson(municipalities);
  const seen = new Set<string>();
  const sites: LoadedSite[] = [];
  const issues: LoadedSites["issues"] = [];
  for (const { file, raw } of files) {
    const result = validateSiteCollection(raw, seen);
    for (const issue of result.issues) issues.push({ ...issue, file });
    for (const site of result.sites) {
      seen.add(site.properties.id);
      sites.push({
        site,
        point: representativePoint(site.geometry),
        municipality: resolveSiteMunicipality(site, areas),
        file,
      });
    }
  }
  return { sites, issues };
}

export async function loadSiteFiles(
  urls: readonly string[],
  municipalitiesUrl: string,
  options: LoadOptions = {},
): Promise<LoadedSites> {
  const fileErrors: LoadedSites["fileErrors"] = [];
  const municipalities = (await fetchJson(municipalitiesUrl, options.signal)) as FeatureCollection;
  const files: Array<{ file: string; raw: unknown }> = [];
  let done = 0;
  for (const url of urls) {
    options.signal?.throwIfAborted();
    try {
      files.push({ file: fileName(url), raw: await fetchJson(url, options.signal) });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      fileErrors.push({ file: fileName(url), message: e.message });
    }
    options.onProgress?.(++done, urls.length + 1);
  }
  const settled = settleSites(files, municipalities);
  options.onProgress?.(urls.length + 1, urls.length + 1);
  return { ...settled, fileErrors };
}
