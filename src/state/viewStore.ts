/**
 * The view: language, layers, selection, parameters and basemap. Not the sites themselves
 * (those are loaded data, see src/io). Language and basemap are remembered per browser.
 */
import { create } from "zustand";
import type { ForecastScenario } from "../domain/forecast/types";
import { DEFAULT_PARAMETERS, type Parameters } from "../domain/params";
import type { ViewCamera } from "../domain/scenes/scene";
import type { SiteKind } from "../domain/site";
import type { Language } from "../i18n/catalog";

export type Selection =
  | { type: "none" }
  | { type: "site"; id: string }
  | { type: "municipality"; code: string };

export type Basemap = { type: "offline" } | { type: "style"; url: string } | { type: "raster"; url: string };

/** What the right-hand panel shows: the selection's details, the optimal match, or the forecast balance. */
export type Panel = "explore" | "match" | "balance";

/** "present": the workshop's presentation mode (big type, no editing chrome). */
export type Mode = "normal" | "present";

/** "add": the next click on the map adds a site there. */
export type EditMode = "none" | "add";

export interface ViewState {
  language: Language;
  panel: Panel;
  mode: Mode;
  /**
   * The forecast year the view shows (choropleth, sites whose windows overlap it), or null
   * for no year filter.
   */
  year: number | null;
  /** Which forecast estimate the balance reads. */
  scenario: ForecastScenario;
  editMode: EditMode;
  /** The site whose edit form is open, if any. */
  formFor: string | null;
  layers: Record<SiteKind, boolean>;
  selection: Selection;
  params: Parameters;
  basemap: Basemap;
  /** Bounding box [w, s, e, n] the map should move to; a new object each request. */
  zoomTarget: { bbox: [number, number, number, number] } | null;
  /** Where the map looks, as it last reported on coming to rest; null until it has. */
  camera: ViewCamera | null;
  /** A camera the map should move to over `durationMs` (0: at once); a new object each request. */
  cameraTarget: { camera: ViewCamera; durationMs: number } | null;
  setLanguage(language: Language): void;
  setPanel(panel: Panel): void;
  setMode(mode: Mode): void;
  setYear(year: number | null): void;
  setScenario(scenario: ForecastScenario): void;
  setEditMode(mode: EditMode): void;
  setFormFor(id: string | null): void;
  toggleLayer(kind: SiteKind): void;
  select(selection: Selection): void;
  setParams(patch: Partial<Parameters>): void;
  setBasemap(basemap: Basemap): void;
  zoomTo(bbox: [number, number, number, number]): void;
  setCamera(camera: ViewCamera): void;
  flyTo(camera: ViewCamera, durationMs: number): void;
}

const LANGUAGE_KEY = "jordbalance.language";
const BASEMAP_KEY = "jordbalance.basemap";

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage blocked: the app still works, it just forgets
  }
}

function readLanguage(): Language {
  // Danish by default whatever the browser's locale.
  return storage()?.getItem(LANGUAGE_KEY) === "en" ? "en" : "da";
}

function readBasemap(): Basemap {
  try {
    const raw = JSON.parse(storage()?.getItem(BASEMAP_KEY) ?? "null") as unknown;
    if (raw && typeof raw === "object" && "type" in raw && "url" in raw) {
      const { type, url } = raw as { type: unknown; url: unknown };
      if ((type === "style" || type === "raster") && typeof url === "string" && /^https?:\/\//.test(url)) {
        return { type, url };
      }
    }
  } catch {
    // a broken saved value falls back to offline
  }
  return { type: "offline" };
}

export const useViewStore = create<ViewState>((set) => ({
  language: readLanguage(),
  panel: "explore",
  mode: "normal",
  year: null,
  scenario: "mid",
  editMode: "none",
  formFor: null,
  layers: { source: true, receiver: true, pit: true },
  selection: { type: "none" },
  params: DEFAULT_PARAMETERS,
  basemap: readBasemap(),
  zoomTarget: null,
  camera: null,
  cameraTarget: null,
  setLanguage(language) {
    storage()?.setItem(LANGUAGE_KEY, language);
    document.documentElement.lang = language;
    set({ language });
  },
  setPanel(panel) {
    set({ panel });
  },
  setMode(mode) {
    set({ mode, ...(mode === "present" ? { editMode: "none" as const, formFor: null } : {}) });
  },
  setYear(year) {
    set({ year });
  },
  setScenario(scenario) {
    set({ scenario });
  },
  setEditMode(editMode) {
    set({ editMode });
  },
  setFormFor(formFor) {
    set({ formFor });
  },
  toggleLayer(kind) {
    set((s) => ({ layers: { ...s.layers, [kind]: !s.layers[kind] } }));
  },
  select(selection) {
    set((s) => ({
      selection,
      formFor: selection.type === "site" && selection.id === s.formFor ? s.formFor : null,
    }));
  },
  setParams(patch) {
    set((s) => ({ params: { ...s.params, ...patch } }));
  },
  setBasemap(basemap) {
    storage()?.setItem(BASEMAP_KEY, JSON.stringify(basemap));
    set({ basemap });
  },
  zoomTo(bbox) {
    set({ zoomTarget: { bbox } });
  },
  setCamera(camera) {
    set({ camera });
  },
  flyTo(camera, durationMs) {
    set({ cameraTarget: { camera, durationMs } });
  },
}));
