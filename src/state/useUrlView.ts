/**
 * Keeps the view in the page address (src/state/urlState.ts): read once at start, written back
 * (replaceState, debounced) whenever the camera, layers, selection, panel, year, estimate or mode change.
 * `scene=ID` is written while the screen still shows the scene last applied (src/state/scenes.ts).
 */
import { useEffect, useRef } from "react";
import { sceneMatchesView } from "../domain/scenes/sceneView";
import { useScenesStore } from "./scenes";
import { type Camera, decodeUrlView, encodeUrlView } from "./urlState";
import { useViewStore } from "./viewStore";

const WRITE_DELAY_MS = 250;

/** Applies the address's view to the store; returns the camera to start the map with, if any. */
export function applyUrlView(search: string): Camera | undefined {
  const view = decodeUrlView(search);
  const store = useViewStore.getState();
  if (view.layers) {
    for (const kind of Object.keys(view.layers) as Array<keyof typeof view.layers>) {
      if (store.layers[kind] !== view.layers[kind]) store.toggleLayer(kind);
    }
  }
  if (view.selection) store.select(view.selection);
  if (view.panel) store.setPanel(view.panel);
  if (view.year !== undefined) store.setYear(view.year);
  if (view.scenario) store.setScenario(view.scenario);
  if (view.mode === "present") store.setMode("present");
  return view.camera;
}

export function useUrlViewWriter(camera: Camera | undefined): void {
  const layers = useViewStore((s) => s.layers);
  const selection = useViewStore((s) => s.selection);
  const panel = useViewStore((s) => s.panel);
  const year = useViewStore((s) => s.year);
  const scenario = useViewStore((s) => s.scenario);
  const mode = useViewStore((s) => s.mode);
  const scene = useScenesStore((s) => s.current);
  const first = useRef(true);
  useEffect(() => {
    // The first render only reflects what was read from the address.
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => {
      const shown = scene && sceneMatchesView(scene.view, { camera, layers, year, selection, panel });
      const url = new URL(window.location.href);
      const keep = new URLSearchParams(url.search);
      const view = encodeUrlView({
        ...(camera ? { camera } : {}),
        layers,
        ...(selection.type === "none" ? {} : { selection }),
        panel,
        ...(year === null ? {} : { year }),
        scenario,
        ...(mode === "present" ? { mode } : {}),
        ...(shown ? { scene: scene.id } : {}),
      });
      // Parameters the view does not own (data=, mode=) stay as they are.
      const next = new URLSearchParams(view);
      for (const [k, v] of keep)
        if (
          !next.has(k) &&
          !["map", "layers", "sel", "panel", "year", "est", "mode", "scene", "v"].includes(k)
        )
          next.set(k, v);
      window.history.replaceState(null, "", `${url.pathname}?${next.toString()}`);
    }, WRITE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [camera, layers, selection, panel, year, scenario, mode, scene]);
}
