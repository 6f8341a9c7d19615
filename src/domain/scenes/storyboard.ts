/**
 * Pure operations on a storyboard: each returns a new storyboard and leaves its input as it
 * was, so the caller can store the result as one change. An id that is not in the storyboard
 * changes nothing.
 */
import { MAX_SCENE_NAME_LENGTH, MAX_SCENES, type Scene, STORYBOARD_SCHEMA, type Storyboard } from "./scene";

export function emptyStoryboard(title = ""): Storyboard {
  return { schema: STORYBOARD_SCHEMA, title, scenes: [] };
}

export type SceneNameProblem = "empty" | "tooLong";

/** Why a scene name cannot be used, or null when it can (after trimming). */
export function sceneNameProblem(name: string): SceneNameProblem | null {
  const trimmed = name.trim();
  if (trimmed === "") return "empty";
  if (trimmed.length > MAX_SCENE_NAME_LENGTH) return "tooLong";
  return null;
}

function checkedName(name: string): string {
  const problem = sceneNameProblem(name);
  if (problem) throw new RangeError(`scene name is ${problem === "empty" ? "empty" : "too long"}`);
  return name.trim();
}

export function sceneIndex(board: Storyboard, id: string): number {
  return board.scenes.findIndex((s) => s.id === id);
}

/** Appends a scene (its name trimmed). Refused with a RangeError beyond MAX_SCENES or on a duplicate id. */
export function addScene(board: Storyboard, scene: Scene): Storyboard {
  if (board.scenes.length >= MAX_SCENES)
    throw new RangeError(`a storyboard holds at most ${MAX_SCENES} scenes`);
  if (sceneIndex(board, scene.id) >= 0) throw new RangeError(`scene id ${scene.id} is taken`);
  return { ...board, scenes: [...board.scenes, { ...scene, name: checkedName(scene.name) }] };
}

export function renameScene(board: Storyboard, id: string, name: string): Storyboard {
  const at = sceneIndex(board, id);
  if (at < 0) return board;
  const scenes = board.scenes.slice();
  scenes[at] = { ...(scenes[at] as Scene), name: checkedName(name) };
  return { ...board, scenes };
}

export function removeScene(board: Storyboard, id: string): Storyboard {
  const at = sceneIndex(board, id);
  if (at < 0) return board;
  return { ...board, scenes: board.scenes.filter((_, i) => i !== at) };
}

/** Moves a scene to `index` (clamped to the list), the others keeping their order. */
export function moveSceneTo(board: Storyboard, id: string, index: number): Storyboard {
  const from = sceneIndex(board, id);
  if (from < 0) return board;
  const to = Math.max(0, Math.min(board.scenes.length - 1, Math.trunc(index)));
  if (to === from) return board;
  const scenes = board.scenes.slice();
  const [moved] = scenes.splice(from, 1);
  scenes.splice(to, 0, moved as Scene);
  return { ...board, scenes };
}

/** One place up (-1) or down (+1); at either end nothing moves. */
export function moveSceneBy(board: Storyboard, id: string, delta: -1 | 1): Storyboard {
  const from = sceneIndex(board, id);
  return from < 0 ? board : moveSceneTo(board, id, from + delta);
}

/**
 * The index to step to from `current` (-1: no current scene) in a list of `count` scenes, or
 * null at the end. Stepping forward from no scene starts at the first; back from none goes nowhere.
 */
export function stepIndex(count: number, current: number, direction: -1 | 1): number | null {
  if (count === 0) return null;
  if (current < 0 || current >= count) return direction === 1 ? 0 : null;
  const next = current + direction;
  return next >= 0 && next < count ? next : null;
}

/**
 * `board` followed by `more`'s scenes. A scene whose id is already in use gets a new one from
 * `newId`, so importing the same file twice keeps both copies apart.
 */
export function appendStoryboard(board: Storyboard, more: Storyboard, newId: () => string): Storyboard {
  if (board.scenes.length + more.scenes.length > MAX_SCENES)
    throw new RangeError(`a storyboard holds at most ${MAX_SCENES} scenes`);
  const used = new Set(board.scenes.map((s) => s.id));
  const added = more.scenes.map((s) => {
    let id = s.id;
    while (used.has(id)) id = newId();
    used.add(id);
    return id === s.id ? s : { ...s, id };
  });
  return { ...board, scenes: [...board.scenes, ...added] };
}
