/**
 * The document's sites with what the map and panels derive from them: the representative
 * point and the municipality. Derivations are cached per site object, so an edit recomputes
 * only the sites it replaced (the document shares every other site object).
 */
import { useMemo } from "react";
import { representativePoint } from "../domain/distance";
import {
  type MunicipalityArea,
  resolveSiteMunicipality,
  type SiteMunicipality,
} from "../domain/municipality";
import type { Site } from "../domain/site";

export interface AtlasSite {
  site: Site;
  /** Representative point [lon, lat], for distances and symbols. */
  point: [number, number];
  municipality: SiteMunicipality;
}

const derived = new WeakMap<Site, Omit<AtlasSite, "site">>();

/** Seeds the cache with what the loading worker already computed for these very objects. */
export function primeDerived(sites: readonly AtlasSite[]): void {
  for (const { site, point, municipality } of sites) {
    if (!derived.has(site)) derived.set(site, { point, municipality });
  }
}

export function deriveSite(site: Site, areas: readonly MunicipalityArea[]): AtlasSite {
  let d = derived.get(site);
  if (!d) {
    d = { point: representativePoint(site.geometry), municipality: resolveSiteMunicipality(site, areas) };
    derived.set(site, d);
  }
  return { site, ...d };
}

export function useAtlasSites(
  sites: readonly Site[] | undefined,
  areas: readonly MunicipalityArea[] | undefined,
): AtlasSite[] | undefined {
  return useMemo(() => (sites && areas ? sites.map((s) => deriveSite(s, areas)) : undefined), [sites, areas]);
}
