/**
 * Layers the user added from an address: the list (remembered in localStorage) and, per layer,
 * its features through React Query (key ["remote-layer", url]), fetched page by page with the
 * progress kept here so every view of the layer shows the same count.
 */
import { queryOptions, useQueries, useQuery } from "@tanstack/react-query";
import type { FeatureCollection } from "geojson";
import { useCallback } from "react";
import { create } from "zustand";
import type { CrsId } from "../io/formats/crs";
import { toDisplayLayer } from "../io/remote/displayCrs";
import { fetchRemoteFeatures, type RemoteFeatures, type RemoteProgress } from "../io/remote/fetchFeatures";
import { checkRemoteUrl, nameFromUrl } from "../io/remote/remoteUrl";
import { OVERLAY_COLOURS } from "../map/palette";
import type { MapOverlay } from "../map/types";

export interface RemoteLayer {
  id: string;
  url: string;
  name: string;
  visible: boolean;
  /** Index into OVERLAY_COLOURS, kept so a layer keeps its colour when another is removed. */
  colour: number;
}

export const REMOTE_LAYERS_KEY = "jordbalance.remoteLayers";

/** The saved list; anything malformed (by hand, by an older version) is left out, not fatal. */
export function parseSavedLayers(raw: string | null): RemoteLayer[] {
  let value: unknown;
  try {
    value = JSON.parse(raw ?? "[]");
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const layers: RemoteLayer[] = [];
  for (const item of value) {
    if (typeof item !== "object" || item === null) continue;
    const { id, url, name, visible, colour } = item as Record<string, unknown>;
    if (typeof id !== "string" || id === "" || typeof url !== "string" || typeof name !== "string") continue;
    const checked = checkRemoteUrl(url);
    if (!checked.ok || layers.some((l) => l.id === id || l.url === checked.url)) continue;
    layers.push({
      id,
      url: checked.url,
      name,
      visible: visible !== false,
      colour:
        Number.isInteger(colour) && (colour as number) >= 0 && (colour as number) < OVERLAY_COLOURS.length
          ? (colour as number)
          : 0,
    });
  }
  return layers;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage blocked: the layers last until the page closes
  }
}

/** The first colour no layer has, else round again. */
function freeColour(layers: readonly RemoteLayer[]): number {
  const free = OVERLAY_COLOURS.findIndex((_, i) => !layers.some((l) => l.colour === i));
  return free >= 0 ? free : layers.length % OVERLAY_COLOURS.length;
}

/** Short ids in the order added ("1", "2", …): they name the map's layers too. */
function nextId(layers: readonly RemoteLayer[]): string {
  return String(Math.max(0, ...layers.map((l) => Number(l.id) || 0)) + 1);
}

export type AddResult = { ok: true; layer: RemoteLayer } | { ok: false; problem: "duplicate"; name: string };

interface RemoteLayersState {
  layers: RemoteLayer[];
  /** `url` must have passed checkRemoteUrl. */
  add(url: string): AddResult;
  remove(id: string): void;
  toggle(id: string): void;
}

export const useRemoteLayers = create<RemoteLayersState>((set, get) => ({
  layers: parseSavedLayers(storage()?.getItem(REMOTE_LAYERS_KEY) ?? null),
  add(url) {
    const { layers } = get();
    const same = layers.find((l) => l.url === url);
    if (same) return { ok: false, problem: "duplicate", name: same.name };
    const layer = {
      id: nextId(layers),
      url,
      name: nameFromUrl(url),
      visible: true,
      colour: freeColour(layers),
    };
    set({ layers: [...layers, layer] });
    return { ok: true, layer };
  },
  remove(id) {
    set({ layers: get().layers.filter((l) => l.id !== id) });
  },
  toggle(id) {
    set({ layers: get().layers.map((l) => (l.id === id ? { ...l, visible: !l.visible } : l)) });
  },
}));

useRemoteLayers.subscribe((state, before) => {
  if (state.layers === before.layers) return;
  try {
    storage()?.setItem(REMOTE_LAYERS_KEY, JSON.stringify(state.layers));
  } catch {
    // full or blocked storage: the list still works for this session
  }
});

/** Pages and features read so far, per address; cleared when a fetch starts over. */
const useProgress = create<Record<string, RemoteProgress>>(() => ({}));

export interface RemoteLayerData extends RemoteFeatures {
  /** The features in WGS84 for the map (the same object as `collection` when already lon/lat). */
  display: FeatureCollection;
  crs: CrsId;
}

/** Remote data changes seldom: 30 min before a new look, kept an hour after the last view. */
const STALE_MS = 30 * 60_000;
const KEEP_MS = 60 * 60_000;

function remoteLayerQuery(url: string) {
  return queryOptions({
    queryKey: ["remote-layer", url] as const,
    queryFn: async ({ signal }): Promise<RemoteLayerData> => {
      useProgress.setState({ [url]: { pages: 0, features: 0 } });
      const result = await fetchRemoteFeatures(url, {
        // Looked up at call time, so tests can stand in for the network.
        fetch: (input, init) => globalThis.fetch(input, init),
        signal,
        onProgress: (progress) => useProgress.setState({ [url]: progress }),
      });
      const { data, crs } = toDisplayLayer(result.collection, url);
      return { ...result, display: data, crs };
    },
    staleTime: STALE_MS,
    gcTime: KEEP_MS,
    // One automatic retry for a passing fault; after that the user decides (Retry button).
    retry: 1,
    retryDelay: 1_000,
    refetchOnWindowFocus: false,
  });
}

/** One layer's fetch: status, data, error, progress and a refetch for the Retry button. */
export function useRemoteLayer(url: string) {
  const query = useQuery(remoteLayerQuery(url));
  const progress = useProgress((s) => s[url]);
  const { refetch } = query;
  return {
    status: query.status,
    isFetching: query.isFetching,
    data: query.data,
    error: query.error,
    progress,
    refetch: useCallback(() => void refetch(), [refetch]),
  };
}

/** What the map draws: every fetched layer, visible or not, in the order added. */
export function useRemoteOverlays(): readonly MapOverlay[] {
  const layers = useRemoteLayers((s) => s.layers);
  const combine = useCallback(
    (results: ReadonlyArray<{ data?: RemoteLayerData }>) =>
      layers.flatMap((layer, i): MapOverlay[] => {
        const data = results[i]?.data?.display;
        return data
          ? [{ id: layer.id, data, visible: layer.visible, colour: OVERLAY_COLOURS[layer.colour] ?? "#000" }]
          : [];
      }),
    [layers],
  );
  return useQueries({ queries: layers.map((l) => remoteLayerQuery(l.url)), combine });
}
