// Made-up scenes for the storyboard tests, with a real match result.
import { matchSitesSync } from "../../../src/domain/match";
import { DEFAULT_PARAMETERS } from "../../../src/domain/params";
import type { Scene } from "../../../src/domain/scenes/scene";
import { receiver, source } from "../helpers";

export const aResult = () =>
  matchSitesSync([source("s1", 12.5, 55.7), source("s2", 12.45, 55.75), receiver("r1", 12.6, 55.7)]);

export function scene(id: string, patch: Partial<Scene> = {}): Scene {
  return {
    id,
    name: `Scene ${id}`,
    camera: { lon: 12.5, lat: 55.7, zoom: 9 },
    layers: { source: true, receiver: true, pit: false },
    year: 2027,
    selection: { type: "none" },
    panel: "explore",
    match: { objective: "tkm", year: null, haulPriceDkkPerTonneKm: 1.6, params: DEFAULT_PARAMETERS },
    ...patch,
  };
}
