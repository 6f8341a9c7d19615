import { describe, expect, it } from "vitest";
import { MAX_SCENES } from "../../../src/domain/scenes/scene";
import {
  addScene,
  appendStoryboard,
  emptyStoryboard,
  moveSceneBy,
  moveSceneTo,
  removeScene,
  renameScene,
  sceneIndex,
  sceneNameProblem,
  stepIndex,
} from "../../../src/domain/scenes/storyboard";
import { scene } from "./sceneFixtures";

const board = (...ids: string[]) => ids.reduce((b, id) => addScene(b, scene(id)), emptyStoryboard("T"));
const order = (b: ReturnType<typeof board>) => b.scenes.map((s) => s.id);

describe("storyboard operations", () => {
  it("starts empty with the schema and title", () => {
    expect(emptyStoryboard("Workshop")).toEqual({
      schema: "jordbalance/storyboard@1",
      title: "Workshop",
      scenes: [],
    });
  });

  it("adds scenes at the end with trimmed names, leaving the input as it was", () => {
    const one = board("a");
    const two = addScene(one, scene("b", { name: "  Nord  " }));
    expect(order(one)).toEqual(["a"]);
    expect(order(two)).toEqual(["a", "b"]);
    expect(two.scenes[1]?.name).toBe("Nord");
  });

  it("refuses a taken id, an empty name and more than the maximum of scenes", () => {
    expect(() => addScene(board("a"), scene("a"))).toThrow(/taken/);
    expect(() => addScene(board(), scene("a", { name: "   " }))).toThrow(/empty/);
    const full = {
      ...emptyStoryboard(),
      scenes: Array.from({ length: MAX_SCENES }, (_, i) => scene(`s${i}`)),
    };
    expect(() => addScene(full, scene("x"))).toThrow(/at most/);
  });

  it("says why a name cannot be used", () => {
    expect(sceneNameProblem(" ")).toBe("empty");
    expect(sceneNameProblem("x".repeat(201))).toBe("tooLong");
    expect(sceneNameProblem(" Syd ")).toBeNull();
  });

  it("renames one scene, and refuses an empty name", () => {
    const b = renameScene(board("a", "b"), "b", " Havnen ");
    expect(b.scenes.map((s) => s.name)).toEqual(["Scene a", "Havnen"]);
    expect(() => renameScene(b, "a", "")).toThrow(RangeError);
    expect(renameScene(b, "nope", "X")).toBe(b);
  });

  it("removes a scene by id; an unknown id changes nothing", () => {
    const b = board("a", "b", "c");
    expect(order(removeScene(b, "b"))).toEqual(["a", "c"]);
    expect(removeScene(b, "zz")).toBe(b);
  });

  it("moves a scene to an index, clamped, and up or down by one", () => {
    const b = board("a", "b", "c", "d");
    expect(order(moveSceneTo(b, "a", 2))).toEqual(["b", "c", "a", "d"]);
    expect(order(moveSceneTo(b, "d", -5))).toEqual(["d", "a", "b", "c"]);
    expect(order(moveSceneTo(b, "b", 99))).toEqual(["a", "c", "d", "b"]);
    expect(order(moveSceneBy(b, "c", -1))).toEqual(["a", "c", "b", "d"]);
    expect(order(moveSceneBy(b, "c", 1))).toEqual(["a", "b", "d", "c"]);
    expect(moveSceneBy(b, "a", -1)).toBe(b);
    expect(moveSceneBy(b, "d", 1)).toBe(b);
    expect(moveSceneTo(b, "zz", 0)).toBe(b);
  });

  it("finds a scene's index", () => {
    expect(sceneIndex(board("a", "b"), "b")).toBe(1);
    expect(sceneIndex(board("a"), "b")).toBe(-1);
  });

  it("steps forward and back, stopping at the ends", () => {
    expect(stepIndex(3, 0, 1)).toBe(1);
    expect(stepIndex(3, 2, 1)).toBeNull();
    expect(stepIndex(3, 1, -1)).toBe(0);
    expect(stepIndex(3, 0, -1)).toBeNull();
    expect(stepIndex(3, -1, 1)).toBe(0);
    expect(stepIndex(3, -1, -1)).toBeNull();
    expect(stepIndex(0, -1, 1)).toBeNull();
    expect(stepIndex(2, 7, 1)).toBe(0);
  });

  it("appends another storyboard, giving new ids to scenes whose id is taken", () => {
    let n = 0;
    const b = appendStoryboard(board("a", "b"), board("b", "c", "a"), () => `new${++n}`);
    expect(order(b)).toEqual(["a", "b", "new1", "c", "new2"]);
    expect(b.title).toBe("T");
    const full = {
      ...emptyStoryboard(),
      scenes: Array.from({ length: MAX_SCENES }, (_, i) => scene(`s${i}`)),
    };
    expect(() => appendStoryboard(full, board("x"), () => "y")).toThrow(/at most/);
  });
});
