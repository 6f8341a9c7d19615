/**
 * Site symbols drawn as RGBA pixels from signed distances (anti-aliased, outlined), so they
 * need no sprite file and no canvas. Each image is SIZE×SIZE pixels at pixelRatio 2.
 */
import type { SiteKind } from "../domain/site";
import { SITE_COLOURS, SITE_SHAPES } from "./palette";

export const ICON_SIZE_PX = 48;
export const ICON_PIXEL_RATIO = 2;
const OUTLINE_PX = 4; // 2 CSS px of dark outline so symbols read on light and dark ground

type Shape = "circle" | "square" | "triangle";

/** Signed distance from (x, y) to the shape's edge in pixels; negative inside. */
function signedDistance(shape: Shape, x: number, y: number, r: number): number {
  switch (shape) {
    case "circle":
      return Math.hypot(x, y) - r;
    case "square": {
      const s = r * 0.86; // a square of the same visual weight as the circle
      const dx = Math.abs(x) - s;
      const dy = Math.abs(y) - s;
      return Math.hypot(Math.max(dx, 0), Math.max(dy, 0)) + Math.min(Math.max(dx, dy), 0);
    }
    case "triangle": {
      // Apex-up equilateral triangle centred on its centroid, circumradius R; the distance is
      // the largest of the three edge-plane distances (exact inside, close enough outside).
      const R = r * 1.3;
      const c = Math.sqrt(3) / 2;
      return Math.max(y, c * x - 0.5 * y, -c * x - 0.5 * y) - R / 2;
    }
  }
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export interface IconImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** The symbol image of a site kind. */
export function siteIcon(kind: SiteKind): IconImage {
  const size = ICON_SIZE_PX;
  const data = new Uint8Array(size * size * 4);
  const fill = hexToRgb(SITE_COLOURS[kind]);
  const outline: [number, number, number] = [20, 20, 20];
  const r = size / 2 - OUTLINE_PX - 2;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const d = signedDistance(SITE_SHAPES[kind], i + 0.5 - size / 2, j + 0.5 - size / 2, r);
      const alpha = Math.min(1, Math.max(0, OUTLINE_PX - d)); // outer anti-aliased edge
      const inner = Math.min(1, Math.max(0, -d)); // 0 on the outline ring, 1 well inside
      const o = (j * size + i) * 4;
      for (let c = 0; c < 3; c++) {
        data[o + c] = Math.round((fill[c] as number) * inner + (outline[c] as number) * (1 - inner));
      }
      data[o + 3] = Math.round(alpha * 255);
    }
  }
  return { width: size, height: size, data };
}

/** A white-edged dark chevron pointing along +x (a line's direction), 32×32 px. */
export function arrowIcon(): IconImage {
  const size = 32;
  const data = new Uint8Array(size * size * 4);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const x = i + 0.5 - size / 2;
      const y = Math.abs(j + 0.5 - size / 2);
      // Distance to the chevron's two strokes: the line x = 6 - y (for y ≤ 10), thickness 5 px.
      const d = y > 10 ? Number.POSITIVE_INFINITY : Math.abs(x - (6 - y)) / Math.SQRT2;
      const core = Math.min(1, Math.max(0, 3 - d));
      const edge = Math.min(1, Math.max(0, 4.5 - d));
      const o = (j * size + i) * 4;
      const v = Math.round(255 * (1 - core));
      data[o] = v;
      data[o + 1] = v;
      data[o + 2] = v;
      data[o + 3] = Math.round(255 * edge);
    }
  }
  return { width: size, height: size, data };
}
