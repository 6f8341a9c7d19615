/**
 * Loaded data, through React Query: the data index, the boundaries and the site files (parsed
 * and validated in the worker). Derived map features are memoised on the loaded objects so the
 * map adapter sees the same object until the data really changes.
 */
import { useQuery } from "@tanstack/react-query";
import type { FeatureCollection } from "geojson";
import { useMemo } from "react";
import { quantityTonnes } from "../domain/units";
import { type DataIndex, glyphsUrl, parseDataIndex, siteFileUrls } from "../io/dataIndex";
import type { LoadedSites } from "../io/loadSites";
import { fetchJson } from "../io/userError";
import type { BoundaryData, SiteAreas, SitePoints } from "../map/types";
import { newJobId } from "../workers/heavyClient";
import type { AtlasSite } from "./atlasSites";
import { useServices } from "./services";
import { useViewStore } from "./viewStore";

export const DATA_INDEX_PATH = "generated/data-index.json";

export function useDataIndex() {
  const { baseUrl } = useServices();
  return useQuery({
    queryKey: ["data-index", baseUrl.href],
    queryFn: async ({ signal }) => {
      const url = new URL(DATA_INDEX_PATH, baseUrl).href;
      return parseDataIndex(await fetchJson(url, signal), url);
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useBoundaries(index: DataIndex | undefined) {
  const { baseUrl } = useServices();
  return useQuery({
    queryKey: ["boundaries", index?.boundaries],
    enabled: index !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async ({ signal }): Promise<BoundaryData> => {
      const b = (index as DataIndex).boundaries;
      const get = (p: string) => fetchJson(new URL(p, baseUrl).href, signal);
      const [municipalities, labels, neighbours] = await Promise.all([
        get(b.municipalities),
        get(b.labels),
        get(b.neighbours),
      ]);
      return {
        municipalities: municipalities as BoundaryData["municipalities"],
        labels: labels as BoundaryData["labels"],
        neighbours: neighbours as FeatureCollection as BoundaryData["neighbours"],
        glyphsUrl: glyphsUrl(index as DataIndex, baseUrl),
      };
    },
  });
}

export function useSites(index: DataIndex | undefined) {
  const { baseUrl, pageUrl, heavy } = useServices();
  const urls = useMemo(() => (index ? siteFileUrls(index, pageUrl, baseUrl) : []), [index, pageUrl, baseUrl]);
  return useQuery({
    queryKey: ["sites", urls],
    enabled: index !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async ({ signal }): Promise<LoadedSites> => {
      const jobId = newJobId();
      const cancel = () => heavy.cancel(jobId);
      signal.addEventListener("abort", cancel);
      try {
        const municipalitiesUrl = new URL((index as DataIndex).boundaries.municipalities, baseUrl).href;
        return await heavy.loadSites(jobId, urls, municipalitiesUrl);
      } finally {
        signal.removeEventListener("abort", cancel);
      }
    },
  });
}

/** Map features for the loaded sites: points for symbols, polygons for outlines. */
export function useSiteFeatures(sites: readonly AtlasSite[] | undefined): {
  points: SitePoints;
  areas: SiteAreas;
} {
  const params = useViewStore((s) => s.params);
  return useMemo(() => {
    const points: SitePoints = { type: "FeatureCollection", features: [] };
    const areas: SiteAreas = { type: "FeatureCollection", features: [] };
    // Largest first: the map draws in source order, so small sites end up on top.
    const sized = (sites ?? []).map((s) => ({ ...s, tonnes: quantityTonnes(s.site.properties, params) }));
    sized.sort((a, b) => b.tonnes - a.tonnes);
    for (const { site, point, tonnes } of sized) {
      const p = site.properties;
      const props = { id: p.id, kind: p.kind, name: p.name, tonnes };
      points.features.push({
        type: "Feature",
        geometry: { type: "Point", coordinates: point },
        properties: props,
      });
      if (site.geometry.type !== "Point") {
        areas.features.push({ type: "Feature", geometry: site.geometry, properties: props });
      }
    }
    return { points, areas };
  }, [sites, params]);
}
