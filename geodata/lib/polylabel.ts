/**
 * Pole of inaccessibility: the point inside a polygon farthest from its edges, which is where
 * a label fits best. A small port of Mapbox's polylabel (ISC licence, github.com/mapbox/polylabel):
 * cover the polygon with square cells, then keep splitting the cells that could still hold a
 * better point, best-first. No npm package for it is installed, and it is about 80 lines.
 *
 * Coordinates are planar. For lon/lat input use labelPointLonLat, which first stretches
 * longitude by cos(latitude) so that "farthest from the edges" means the same north-south as
 * east-west.
 */
import type { Position } from "geojson";

interface Cell {
  x: number;
  y: number;
  /** Half the cell's side. */
  half: number;
  /** Signed distance from the cell centre to the polygon outline (negative outside). */
  distance: number;
  /** Largest distance any point in the cell can have. */
  potential: number;
}

function segmentDistanceSq(px: number, py: number, a: Position, b: Position): number {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  let x = ax;
  let y = ay;
  let dx = bx - x;
  let dy = by - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = bx;
      y = by;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

/** Signed distance from a point to the polygon outline: positive inside, negative outside. */
export function signedDistance(x: number, y: number, rings: readonly Position[][]): number {
  let inside = false;
  let minSq = Number.POSITIVE_INFINITY;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i] as Position;
      const b = ring[j] as Position;
      const [ax = 0, ay = 0] = a;
      const [bx = 0, by = 0] = b;
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      minSq = Math.min(minSq, segmentDistanceSq(x, y, a, b));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(minSq);
}

function cell(x: number, y: number, half: number, rings: readonly Position[][]): Cell {
  const distance = signedDistance(x, y, rings);
  return { x, y, half, distance, potential: distance + half * Math.SQRT2 };
}

/** Area-weighted centroid of the exterior ring: a good first guess for most shapes. */
function centroidCell(rings: readonly Position[][]): Cell {
  const ring = rings[0] ?? [];
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [ax = 0, ay = 0] = ring[i] as Position;
    const [bx = 0, by = 0] = ring[j] as Position;
    const f = ax * by - bx * ay;
    cx += (ax + bx) * f;
    cy += (ay + by) * f;
    area += f * 3;
  }
  const [x0 = 0, y0 = 0] = ring[0] ?? [];
  return area === 0 ? cell(x0, y0, 0, rings) : cell(cx / area, cy / area, 0, rings);
}

/** Keeps cells ordered by potential, best on top (binary max-heap). */
class CellHeap {
  private readonly items: Cell[] = [];

  get size(): number {
    return this.items.length;
  }

  push(c: Cell): void {
    const items = this.items;
    items.push(c);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((items[parent] as Cell).potential >= c.potential) break;
      items[i] = items[parent] as Cell;
      i = parent;
    }
    items[i] = c;
  }

  pop(): Cell | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let best = left;
      if (left >= items.length) break;
      if (right < items.length && (items[right] as Cell).potential > (items[left] as Cell).potential)
        best = right;
      if ((items[best] as Cell).potential <= last.potential) break;
      items[i] = items[best] as Cell;
      i = best;
    }
    items[i] = last;
    return top;
  }
}

/**
 * Pole of inaccessibility of a polygon (exterior ring first, then holes), to within `precision`
 * in the input's units.
 */
export function polylabel(rings: readonly Position[][], precision: number): Position {
  const exterior = rings[0] ?? [];
  const xs = exterior.map((p) => p[0] ?? 0);
  const ys = exterior.map((p) => p[1] ?? 0);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const width = Math.max(...xs) - minX;
  const height = Math.max(...ys) - minY;
  const size = Math.max(precision, Math.min(width, height));
  let best = centroidCell(rings);
  const boxCentre = cell(minX + width / 2, minY + height / 2, 0, rings);
  if (boxCentre.distance > best.distance) best = boxCentre;
  if (size === precision) return [best.x, best.y];

  const heap = new CellHeap();
  for (let x = minX; x < minX + width; x += size) {
    for (let y = minY; y < minY + height; y += size)
      heap.push(cell(x + size / 2, y + size / 2, size / 2, rings));
  }
  for (let c = heap.pop(); c !== undefined; c = heap.pop()) {
    if (c.distance > best.distance) best = c;
    if (c.potential - best.distance <= precision) continue;
    const h = c.half / 2;
    heap.push(cell(c.x - h, c.y - h, h, rings));
    heap.push(cell(c.x + h, c.y - h, h, rings));
    heap.push(cell(c.x - h, c.y + h, h, rings));
    heap.push(cell(c.x + h, c.y + h, h, rings));
  }
  return [best.x, best.y];
}

/**
 * Label point of a lon/lat polygon (degrees). Works in a local equirectangular plane so that
 * distances east-west and north-south count alike; precision is 1/1000 of the polygon's
 * larger side, so small islands get as good a point as large municipalities.
 */
export function labelPointLonLat(rings: readonly Position[][]): Position {
  const lats = (rings[0] ?? []).map((p) => p[1] ?? 0);
  const midLatRad = (((Math.min(...lats) + Math.max(...lats)) / 2) * Math.PI) / 180;
  const stretch = Math.cos(midLatRad);
  const planar = rings.map((ring) => ring.map(([lon = 0, lat = 0]) => [lon * stretch, lat]));
  const xs = (planar[0] ?? []).map((p) => p[0] ?? 0);
  const side = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...lats) - Math.min(...lats));
  const [x = 0, y = 0] = polylabel(planar, side / 1000);
  return [x / stretch, y];
}
