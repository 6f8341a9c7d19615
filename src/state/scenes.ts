/**
 * Scenes and the storyboard as the app uses them (docs/workshop.md): the storyboard lives in
 * the open workspace's `extra.storyboard` and is saved like a site edit; a scene is captured
 * from, and applied to, the view and match stores; the map flies to the scene's camera.
 *
 * `stepScene(store, ±1)` is what a keyboard shortcut or the presentation mode calls for ←/→.
 */
import { useEffect, useMemo, useRef } from "react";
import type { StoreApi } from "zustand";
import { create } from "zustand";
import type { Scene, Storyboard } from "../domain/scenes/scene";
import { type SceneView, sceneViewOf } from "../domain/scenes/sceneView";
import { emptyStoryboard, sceneIndex, stepIndex } from "../domain/scenes/storyboard";
import { readStoryboard } from "../domain/scenes/storyboardFile";
import { formatStoryboardIssue } from "../domain/scenes/storyboardSchema";
import type { DocumentState } from "./document/documentStore";
import { shownResult, useMatchStore } from "./matchStore";
import { useServices } from "./services";
import { decodeUrlView } from "./urlState";
import { useDocumentState } from "./useDocument";
import { useViewStore } from "./viewStore";

/** The key in a workspace's `extra` that holds its storyboard. */
const STORYBOARD_KEY = "storyboard";

/** A flight between scenes long enough to follow, short enough not to wait for, ms. */
export const SCENE_TRANSITION_MS = 1200;

export type StoredStoryboard = { ok: true; storyboard: Storyboard } | { ok: false; detail: string };

export type SceneNotice = { type: "notFound"; id: string };

interface ScenesState {
  /** The scene last applied: where stepping goes on from, and the view the address may name. */
  current: { id: string; view: SceneView } | null;
  notice: SceneNotice | null;
  dismissNotice(): void;
}

export const useScenesStore = create<ScenesState>((set) => ({
  current: null,
  notice: null,
  dismissNotice: () => set({ notice: null }),
}));

const EMPTY: StoredStoryboard = { ok: true, storyboard: emptyStoryboard() };
// Validating a storyboard with its match results is not free: once per stored object.
const read = new WeakMap<object, StoredStoryboard>();

/** The storyboard in a workspace's `extra`; an unreadable one is reported, never replaced silently. */
function storyboardOf(extra: Record<string, unknown>): StoredStoryboard {
  const raw = extra[STORYBOARD_KEY];
  if (raw === undefined) return EMPTY;
  if (raw === null || typeof raw !== "object") return { ok: false, detail: "not an object" };
  let known = read.get(raw);
  if (!known) {
    const checked = readStoryboard(raw);
    known = checked.ok
      ? checked
      : { ok: false, detail: checked.issues.map(formatStoryboardIssue).join("; ") };
    read.set(raw, known);
  }
  return known;
}

export function useStoryboard(store: StoreApi<DocumentState> | undefined): StoredStoryboard | undefined {
  const extra = useDocumentState(store, (s) => (s.workspace ? s.extra : undefined));
  return useMemo(() => (extra ? storyboardOf(extra) : undefined), [extra]);
}

export type StoryboardChange = { ok: true } | { ok: false; reason: "busy" | "unreadable" };

/**
 * Stores `change(storyboard)` in the workspace, saved at once. Refused while the stored
 * storyboard cannot be read, so it is never overwritten unseen (`discardUnreadable` for that).
 */
export function changeStoryboard(
  store: StoreApi<DocumentState>,
  change: (board: Storyboard) => Storyboard,
): StoryboardChange {
  const stored = storyboardOf(store.getState().extra);
  if (!stored.ok) return { ok: false, reason: "unreadable" };
  const next = change(stored.storyboard);
  if (next === stored.storyboard) return { ok: true };
  read.set(next, { ok: true, storyboard: next });
  const outcome = store.getState().setExtra(STORYBOARD_KEY, next);
  return outcome.ok ? { ok: true } : { ok: false, reason: "busy" };
}

/** Replaces an unreadable stored storyboard with an empty one: the user chose to. */
export function discardUnreadable(store: StoreApi<DocumentState>): StoryboardChange {
  const next = emptyStoryboard();
  read.set(next, { ok: true, storyboard: next });
  const outcome = store.getState().setExtra(STORYBOARD_KEY, next);
  return outcome.ok ? { ok: true } : { ok: false, reason: "busy" };
}

/** Random and unguessable across tabs, like workspace ids. */
export function newSceneId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `scene-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/** The view as it is now, as a scene; null until the map has said where it looks. */
export function captureScene(id: string, name: string): Scene | null {
  const view = useViewStore.getState();
  const match = useMatchStore.getState();
  if (!view.camera) return null;
  const result = shownResult(match.run);
  return {
    id,
    name,
    camera: { ...view.camera },
    layers: { ...view.layers },
    year: view.year,
    selection: view.selection,
    panel: view.panel,
    scenario: view.scenario,
    match: {
      objective: match.objective,
      year: match.year,
      haulPriceDkkPerTonneKm: match.haulPriceDkkPerTonneKm,
      params: view.params,
    },
    ...(result ? { result } : {}),
  };
}

/** 0 when the user asked the system for less motion. */
function transitionMs(): number {
  return globalThis.matchMedia?.("(prefers-reduced-motion: reduce)").matches ? 0 : SCENE_TRANSITION_MS;
}

/**
 * Shows a scene: layers, year, selection, panel and parameters in the view; objective, year,
 * haul price and the saved result in the match; the map flies to its camera. If the scene's
 * match options differ from those in use, the match re-runs with them as after any change.
 */
export function applyScene(scene: Scene): void {
  const view = useViewStore.getState();
  for (const kind of Object.keys(scene.layers) as Array<keyof Scene["layers"]>)
    if (view.layers[kind] !== scene.layers[kind]) view.toggleLayer(kind);
  view.setYear(scene.year);
  view.select(scene.selection);
  view.setPanel(scene.panel);
  if (scene.scenario) view.setScenario(scene.scenario);
  // A new params object would re-run the match even when nothing changed.
  if (JSON.stringify(view.params) !== JSON.stringify(scene.match.params)) view.setParams(scene.match.params);
  const match = useMatchStore.getState();
  match.setObjective(scene.match.objective);
  match.setYear(scene.match.year);
  match.setHaulPrice(scene.match.haulPriceDkkPerTonneKm);
  match.setRun(scene.result ? { type: "done", result: scene.result } : { type: "idle" });
  view.flyTo(scene.camera, transitionMs());
  useScenesStore.setState({ current: { id: scene.id, view: sceneViewOf(scene) }, notice: null });
}

/** The index of the scene last applied in `board`, or -1. */
export function currentIndex(board: Storyboard, current: ScenesState["current"]): number {
  return current ? sceneIndex(board, current.id) : -1;
}

/** Applies the next (+1) or previous (-1) scene; false at either end or without a storyboard. */
export function stepScene(store: StoreApi<DocumentState>, direction: -1 | 1): boolean {
  const stored = storyboardOf(store.getState().extra);
  if (!stored.ok) return false;
  const { scenes } = stored.storyboard;
  const next = stepIndex(
    scenes.length,
    currentIndex(stored.storyboard, useScenesStore.getState().current),
    direction,
  );
  const scene = next === null ? undefined : scenes[next];
  if (!scene) return false;
  applyScene(scene);
  return true;
}

/**
 * `scene=ID` in the address: applied once, when the workspace has loaded. A scene that is not
 * in the workspace leaves the view as it is and says so.
 */
export function useSceneFromAddress(store: StoreApi<DocumentState> | undefined): void {
  const { pageUrl } = useServices();
  const wanted = useMemo(() => decodeUrlView(pageUrl.search).scene, [pageUrl]);
  const board = useStoryboard(store);
  const done = useRef(false);
  useEffect(() => {
    if (done.current || !wanted || !board) return;
    done.current = true;
    const scene = board.ok ? board.storyboard.scenes.find((s) => s.id === wanted) : undefined;
    if (scene) applyScene(scene);
    else useScenesStore.setState({ notice: { type: "notFound", id: wanted } });
  }, [wanted, board]);
}
