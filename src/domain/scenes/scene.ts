/**
 * A scene is one saved view of the workshop: where the map looks, which layers and year it
 * shows, what is selected, which panel is open, the match's options and, if one was shown, the
 * match's result. A storyboard is the ordered list of scenes a workshop steps through.
 * Plain data only, so it can be stored in IndexedDB and written to a file as it is.
 */
import type { ForecastScenario } from "../forecast/types";
import type { MatchObjective, MatchResult } from "../match";
import type { Parameters } from "../params";
import type { SiteKind } from "../site";

export const STORYBOARD_SCHEMA = "jordbalance/storyboard@1";

/** Where the map looks: centre in WGS84 degrees, MapLibre zoom, bearing and pitch in degrees. */
export interface ViewCamera {
  lon: number;
  lat: number;
  zoom: number;
  bearing?: number;
  pitch?: number;
}

export type SceneSelection =
  | { type: "none" }
  | { type: "site"; id: string }
  | { type: "municipality"; code: string };

export const SCENE_PANELS = ["explore", "match", "balance"] as const;
export type ScenePanel = (typeof SCENE_PANELS)[number];

export interface SceneMatch {
  objective: MatchObjective;
  /** The calendar year the match pro-rates to, or null for the whole period. */
  year: number | null;
  haulPriceDkkPerTonneKm: number;
  params: Parameters;
}

export interface Scene {
  id: string;
  name: string;
  camera: ViewCamera;
  layers: Record<SiteKind, boolean>;
  /** The forecast year the view shows, or null for none. */
  year: number | null;
  selection: SceneSelection;
  panel: ScenePanel;
  /** Which forecast estimate the balance reads; absent in scenes saved before it was kept. */
  scenario?: ForecastScenario;
  match: SceneMatch;
  /** The match result on screen when the scene was saved, if any. */
  result?: MatchResult;
}

export interface Storyboard {
  schema: typeof STORYBOARD_SCHEMA;
  title: string;
  scenes: Scene[];
}

export const MAX_SCENE_NAME_LENGTH = 200;
export const MAX_SCENES = 500;
