/**
 * Greedy: the cheapest pair first (for tonne-km and CO2e, the nearest pair), as much as both
 * sides allow, until nothing fits. The usual hand method, and the benchmark's reference.
 */
import { sortWithinGroups } from "./sortGroups";
import type { TransportProblem } from "./transport";

export interface GreedySolution {
  /** Full-list arc indices with positive flow, ascending, and their tonnes. */
  flowArcs: Int32Array;
  flowTonnes: Float64Array;
  placedTonnes: number;
  cost: number;
}

/**
 * Arc indices in increasing cost, ties by index: a bucket sort (linear in the arcs), each
 * bucket then put in exact order. Costs travel with the ids so the final pass reads memory in
 * order rather than jumping around the cost array.
 */
export function arcsByCost(cost: Float64Array): Uint32Array {
  return sortArcs(cost).order;
}

/** The sort, with the costs in sorted order alongside (and room for the caller's payload). */
function sortArcs(cost: Float64Array): { order: Uint32Array; sortedCost: Float64Array } {
  const m = cost.length;
  const order = new Uint32Array(m);
  const sortedCost = new Float64Array(m);
  if (m === 0) return { order, sortedCost };
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let a = 0; a < m; a++) {
    const c = cost[a] as number;
    if (c < lo) lo = c;
    if (c > hi) hi = c;
  }
  // About four arcs per bucket, and few enough buckets for the counts to stay in cache.
  const nb = Math.max(1, Math.min(m >> 2, 1 << 18));
  const range = hi > lo ? hi - lo : 0;
  const rawScale = range > 0 ? (nb - 1) / range : 0;
  // A tiny (denormal) range would make the scale infinite: divide first then.
  const finite = Number.isFinite(rawScale);
  const bucketOf = (c: number) =>
    finite ? Math.floor((c - lo) * rawScale) : Math.floor(((c - lo) / range) * (nb - 1));
  const start = new Uint32Array(nb + 1);
  for (let a = 0; a < m; a++) {
    const b = bucketOf(cost[a] as number);
    start[b + 1] = (start[b + 1] as number) + 1;
  }
  for (let b = 0; b < nb; b++) start[b + 1] = (start[b + 1] as number) + (start[b] as number);
  const fill = start.slice(0, nb);
  for (let a = 0; a < m; a++) {
    const c = cost[a] as number;
    const b = bucketOf(c);
    const p = fill[b] as number;
    order[p] = a;
    sortedCost[p] = c;
    fill[b] = p + 1;
  }
  // Within a bucket the ids are ascending; a stable insertion sort by cost keeps ties by index.
  for (let b = 0; b < nb; b++) {
    const b0 = start[b] as number;
    const b1 = start[b + 1] as number;
    if (b1 - b0 < 2) continue;
    if (b1 - b0 > 64) {
      const idx = Array.from(order.subarray(b0, b1)).sort(
        (x, y) => (cost[x] as number) - (cost[y] as number) || x - y,
      );
      idx.forEach((a, k) => {
        order[b0 + k] = a;
        sortedCost[b0 + k] = cost[a] as number;
      });
      continue;
    }
    for (let x = b0 + 1; x < b1; x++) {
      const v = order[x] as number;
      const cv = sortedCost[x] as number;
      let y = x - 1;
      while (y >= b0 && (sortedCost[y] as number) > cv) {
        order[y + 1] = order[y] as number;
        sortedCost[y + 1] = sortedCost[y] as number;
        y--;
      }
      order[y + 1] = v;
      sortedCost[y + 1] = cv;
    }
  }
  return { order, sortedCost };
}

/** Each source's arcs in increasing cost, ties by index, as positions into the arc arrays. */
export function arcsByCostPerSource(arcStart: Int32Array, cost: Float64Array): Int32Array {
  return sortWithinGroups(arcStart, cost);
}

/**
 * Greedy without a global sort: every source offers its cheapest arc to an open receiver; a
 * heap keyed by (cost, arc index) serves the cheapest offer first, which is exactly the order
 * of a global sort. A source whose offer went stale (the receiver filled) moves on to its next.
 */
export function solveGreedy(problem: TransportProblem): GreedySolution {
  const { supplyTonnes, capacityTonnes, arcStart, arcReceiver, arcCost } = problem;
  const ns = supplyTonnes.length;
  const sorted = arcsByCostPerSource(arcStart, arcCost);
  const leftS = Float64Array.from(supplyTonnes);
  const leftR = Float64Array.from(capacityTonnes);
  let receiversLeft = leftR.reduce((n, v) => n + (v > 0 ? 1 : 0), 0);
  const ptr = Int32Array.from(arcStart.subarray(0, ns));
  // Min-heap of sources by (cost, arc) of their current offer.
  const heap = new Int32Array(ns);
  let size = 0;
  const offer = (i: number) => sorted[ptr[i] as number] as number;
  const less = (x: number, y: number) => {
    const ax = offer(x);
    const ay = offer(y);
    const cx = arcCost[ax] as number;
    const cy = arcCost[ay] as number;
    return cx < cy || (cx === cy && ax < ay);
  };
  const siftDown = (start: number) => {
    let c = start;
    const v = heap[c] as number;
    for (;;) {
      let k = 2 * c + 1;
      if (k >= size) break;
      if (k + 1 < size && less(heap[k + 1] as number, heap[k] as number)) k++;
      if (!less(heap[k] as number, v)) break;
      heap[c] = heap[k] as number;
      c = k;
    }
    heap[c] = v;
  };
  /** Moves source i past offers to full receivers; false when it has none left. */
  const advance = (i: number) => {
    let p = ptr[i] as number;
    const end = arcStart[i + 1] as number;
    while (p < end && (leftR[arcReceiver[sorted[p] as number] as number] as number) <= 0) p++;
    ptr[i] = p;
    return p < end;
  };
  for (let i = 0; i < ns; i++) if ((leftS[i] as number) > 0 && advance(i)) heap[size++] = i;
  for (let k = (size >> 1) - 1; k >= 0; k--) siftDown(k);

  const used: number[] = [];
  const tonnes: number[] = [];
  let placed = 0;
  let cost = 0;
  while (size > 0 && receiversLeft > 0) {
    const i = heap[0] as number;
    const a = offer(i);
    const j = arcReceiver[a] as number;
    const r = leftR[j] as number;
    if (r > 0) {
      const s = leftS[i] as number;
      const f = Math.min(s, r);
      leftS[i] = s - f;
      leftR[j] = r - f;
      if (r - f <= 0) receiversLeft--;
      used.push(a);
      tonnes.push(f);
      placed += f;
      cost += f * (arcCost[a] as number);
    }
    // The top source either emptied, or its offer is gone: drop it, or re-offer and sift.
    if ((leftS[i] as number) <= 0 || !advance(i)) {
      heap[0] = heap[--size] as number;
      if (size > 0) siftDown(0);
    } else siftDown(0);
  }
  const idx = used.map((_, k) => k).sort((x, y) => (used[x] as number) - (used[y] as number));
  return {
    flowArcs: Int32Array.from(idx, (k) => used[k] as number),
    flowTonnes: Float64Array.from(idx, (k) => tonnes[k] as number),
    placedTonnes: placed,
    cost,
  };
}
