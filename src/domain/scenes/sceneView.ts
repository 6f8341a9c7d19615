/**
 * Whether the screen still shows a scene: after a scene is applied the user may pan or toggle
 * a layer, and from then on the address should no longer name the scene.
 */
import type { Scene, ViewCamera } from "./scene";

export type SceneView = Pick<Scene, "camera" | "layers" | "year" | "selection" | "panel">;

/** ~1 m in degrees, and a hundredth of a zoom level: what the address keeps of a camera. */
const DEGREES_TOLERANCE = 1e-5;
const ZOOM_TOLERANCE = 0.01;
const ANGLE_TOLERANCE_DEG = 0.1;

function sameCamera(a: ViewCamera, b: ViewCamera): boolean {
  return (
    Math.abs(a.lon - b.lon) <= DEGREES_TOLERANCE &&
    Math.abs(a.lat - b.lat) <= DEGREES_TOLERANCE &&
    Math.abs(a.zoom - b.zoom) <= ZOOM_TOLERANCE &&
    Math.abs((a.bearing ?? 0) - (b.bearing ?? 0)) <= ANGLE_TOLERANCE_DEG &&
    Math.abs((a.pitch ?? 0) - (b.pitch ?? 0)) <= ANGLE_TOLERANCE_DEG
  );
}

function sameSelection(a: SceneView["selection"], b: SceneView["selection"]): boolean {
  if (a.type === "site" && b.type === "site") return a.id === b.id;
  if (a.type === "municipality" && b.type === "municipality") return a.code === b.code;
  return a.type === b.type;
}

/** `camera` null: the map has not said where it looks yet, so it cannot be the scene's view. */
export function sceneMatchesView(
  scene: SceneView,
  view: Omit<SceneView, "camera"> & { camera: ViewCamera | null | undefined },
): boolean {
  return (
    !!view.camera &&
    sameCamera(scene.camera, view.camera) &&
    scene.year === view.year &&
    scene.panel === view.panel &&
    sameSelection(scene.selection, view.selection) &&
    (Object.keys(scene.layers) as Array<keyof SceneView["layers"]>).every(
      (k) => scene.layers[k] === view.layers[k],
    )
  );
}

/** The parts of a scene `sceneMatchesView` compares, without the rest (the result can be large). */
export function sceneViewOf({ camera, layers, year, selection, panel }: Scene): SceneView {
  return { camera, layers, year, selection, panel };
}
