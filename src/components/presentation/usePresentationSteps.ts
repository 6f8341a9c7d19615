import { useCallback } from "react";
import type { StoreApi } from "zustand";
import type { DocumentState } from "../../state/document/documentStore";
import { currentIndex, stepScene, useScenesStore, useStoryboard } from "../../state/scenes";
import { useViewStore } from "../../state/viewStore";

// Stable empties, so `step` keeps its identity (the key listener is not re-added each render).
const NO_SCENES: readonly never[] = [];
const NO_YEARS: readonly number[] = [];

export interface PresentationSteps {
  step(delta: 1 | -1): void;
  /** 1-based position and count, when there is anything to step through. */
  position?: { at: number; count: number };
  /** The name of the scene on screen, if the view is one. */
  sceneName?: string;
}

/**
 * What ←/→ step through: the storyboard's scenes when the workspace has any; otherwise, while
 * the balance is on screen, the forecast's years.
 */
export function usePresentationSteps(
  store: StoreApi<DocumentState> | undefined,
  years: readonly number[] | undefined,
): PresentationSteps {
  const board = useStoryboard(store);
  const current = useScenesStore((s) => s.current);
  const panel = useViewStore((s) => s.panel);
  const year = useViewStore((s) => s.year);
  const scenes = board?.ok ? board.storyboard.scenes : NO_SCENES;
  const yearSteps = scenes.length === 0 && panel === "balance" ? (years ?? NO_YEARS) : NO_YEARS;
  const sceneAt = board?.ok ? currentIndex(board.storyboard, current) : -1;

  const step = useCallback(
    (delta: 1 | -1) => {
      if (store && scenes.length > 0) {
        stepScene(store, delta);
        return;
      }
      if (yearSteps.length === 0) return;
      const at = year === null ? (delta === 1 ? -1 : yearSteps.length) : yearSteps.indexOf(year);
      const next = yearSteps[Math.min(yearSteps.length - 1, Math.max(0, at + delta))];
      if (next !== undefined) useViewStore.getState().setYear(next);
    },
    [store, scenes.length, yearSteps, year],
  );

  if (scenes.length > 0) {
    const sceneName = sceneAt >= 0 ? scenes[sceneAt]?.name : undefined;
    return {
      step,
      position: { at: sceneAt + 1, count: scenes.length },
      ...(sceneName ? { sceneName } : {}),
    };
  }
  if (yearSteps.length > 0) {
    // No year chosen yet: the first → goes to the first year.
    const at = year === null ? 0 : yearSteps.indexOf(year) + 1;
    return { step, position: { at, count: yearSteps.length } };
  }
  return { step };
}
