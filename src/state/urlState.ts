/**
 * The view in the URL, so a link restores what its sender saw. Versioned: `v=1` now; a
 * reader migrates older versions and ignores what it does not understand rather than fail.
 *
 *   ?v=1&map=12.45,55.78,9.5&layers=source,pit&year=2027&est=high&sel=site:ID&panel=match&mode=present&scene=ID
 *
 * `est` is the forecast estimate (low, high; the central one is left out).
 */
import type { ForecastScenario } from "../domain/forecast/types";
import { SITE_KINDS, type SiteKind } from "../domain/site";

export const URL_STATE_VERSION = 1;

export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

export interface UrlView {
  camera?: Camera;
  layers?: Record<SiteKind, boolean>;
  year?: number;
  scenario?: ForecastScenario;
  selection?: { type: "site"; id: string } | { type: "municipality"; code: string };
  panel?: "explore" | "match" | "balance";
  mode?: "present";
  scene?: string;
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));

export function encodeUrlView(view: UrlView): string {
  const p = new URLSearchParams();
  p.set("v", String(URL_STATE_VERSION));
  if (view.camera) {
    const { lon, lat, zoom } = view.camera;
    // 5 decimals ≈ 1 m, 2 for zoom: enough to restore the same view.
    p.set("map", [round(lon, 5), round(lat, 5), round(zoom, 2)].join(","));
  }
  if (view.layers) p.set("layers", SITE_KINDS.filter((k) => view.layers?.[k]).join(",") || "none");
  if (view.year !== undefined) p.set("year", String(view.year));
  if (view.scenario === "low" || view.scenario === "high") p.set("est", view.scenario);
  if (view.selection) {
    p.set(
      "sel",
      view.selection.type === "site" ? `site:${view.selection.id}` : `muni:${view.selection.code}`,
    );
  }
  if (view.panel === "match" || view.panel === "balance") p.set("panel", view.panel);
  if (view.mode) p.set("mode", view.mode);
  if (view.scene) p.set("scene", view.scene);
  return p.toString();
}

function parseCamera(text: string | null): Camera | undefined {
  if (!text) return undefined;
  const [lon, lat, zoom] = text.split(",").map(Number);
  if (lon === undefined || lat === undefined || zoom === undefined) return undefined;
  if (![lon, lat, zoom].every(Number.isFinite)) return undefined;
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 22) return undefined;
  return { lon, lat, zoom };
}

function parseLayers(text: string | null): Record<SiteKind, boolean> | undefined {
  if (text === null) return undefined;
  const on = new Set(text.split(","));
  return { source: on.has("source"), receiver: on.has("receiver"), pit: on.has("pit") };
}

function parseSelection(text: string | null): UrlView["selection"] {
  if (!text) return undefined;
  if (text.startsWith("site:") && text.length > 5) return { type: "site", id: text.slice(5) };
  const code = /^muni:(\d{4})$/.exec(text)?.[1];
  return code ? { type: "municipality", code } : undefined;
}

/** Reads a query string. Version 0 (no `v`, camera as `c=zoom/lat/lon`) is migrated. */
export function decodeUrlView(search: string): UrlView {
  const p = new URLSearchParams(search);
  const version = p.has("v") ? Number(p.get("v")) : 0;
  if (!Number.isInteger(version) || version > URL_STATE_VERSION) return {};
  const view: UrlView = {};
  const camera =
    version === 0
      ? parseCamera(p.get("c")?.split("/").reverse().join(",") ?? null)
      : parseCamera(p.get("map"));
  if (camera) view.camera = camera;
  const layers = parseLayers(p.get("layers"));
  if (layers) view.layers = layers;
  const year = Number(p.get("year"));
  if (p.has("year") && Number.isInteger(year) && year >= 2000 && year <= 2100) view.year = year;
  const estimate = p.get("est");
  if (estimate === "low" || estimate === "high") view.scenario = estimate;
  const selection = parseSelection(p.get("sel"));
  if (selection) view.selection = selection;
  const panel = p.get("panel");
  if (panel === "match" || panel === "balance") view.panel = panel;
  if (p.get("mode") === "present") view.mode = "present";
  const scene = p.get("scene");
  if (scene) view.scene = scene;
  return view;
}
