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

/** Arc indices in increasing cost, ties by index (one group for sortWithinGroups). */
export function arcsByCost(cost: Float64Array): Uint32Array {
  return new Uint32Array(sortWithinGroups(Int32Array.of(0, cost.length), cost).buffer);
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
