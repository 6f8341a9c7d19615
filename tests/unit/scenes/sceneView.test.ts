import { describe, expect, it } from "vitest";
import { sceneMatchesView, sceneViewOf } from "../../../src/domain/scenes/sceneView";
import { aResult, scene } from "./sceneFixtures";

describe("does the screen still show a scene", () => {
  const shown = sceneViewOf(scene("a", { selection: { type: "site", id: "s1" } }));

  it("keeps only the view's parts of a scene", () => {
    const full = scene("a", { result: aResult() });
    expect(sceneViewOf(full)).toEqual({
      camera: full.camera,
      layers: full.layers,
      year: full.year,
      selection: full.selection,
      panel: full.panel,
    });
  });

  it("matches the same view, within a metre and a hundredth of a zoom level", () => {
    expect(sceneMatchesView(shown, { ...shown })).toBe(true);
    const near = { ...shown.camera, lon: shown.camera.lon + 4e-6, zoom: shown.camera.zoom + 0.005 };
    expect(sceneMatchesView(shown, { ...shown, camera: near, layers: { ...shown.layers } })).toBe(true);
  });

  it("no longer matches after a pan, a zoom, a rotation, a layer, year, selection or panel change", () => {
    const c = shown.camera;
    for (const changed of [
      { camera: { ...c, lon: c.lon + 0.001 } },
      { camera: { ...c, zoom: c.zoom + 0.5 } },
      { camera: { ...c, bearing: 20 } },
      { camera: null },
      { layers: { ...shown.layers, pit: !shown.layers.pit } },
      { year: 2030 },
      { selection: { type: "site" as const, id: "s2" } },
      { selection: { type: "none" as const } },
      { panel: "match" as const },
    ])
      expect(sceneMatchesView(shown, { ...shown, ...changed })).toBe(false);
  });
});
