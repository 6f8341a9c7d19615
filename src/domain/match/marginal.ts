/**
 * The exact extra cost of an alternative: if source i had to send one tonne to receiver j (an
 * allowed arc it does not use), the whole optimum re-optimises, still placing as many tonnes;
 * the change of the objective per tonne is c_ij plus the cheapest way back from j to i through
 * the residual network (LP sensitivity, the right derivative). In reduced costs that is
 * rc_ij + d(j → i), where d is a shortest path over residual arcs (all with rc ≥ 0); the dual
 * value rc_ij alone is only a lower bound when the optimum is degenerate.
 *
 * One Dijkstra per source finds its best alternative: it starts from every receiver the source
 * could newly send to, labelled with that arc's reduced cost, follows residual arcs that keep
 * the placement, and stops when it gets back to the source. A budget caps the work per source;
 * past it the result is a lower bound and says so (kind "lowerBound").
 */
import type { ArcList } from "./arcs";

export interface MarginalInput {
  arcs: ArcList;
  arcCost: Float64Array;
  supplyTonnes: Float64Array;
  capacityTonnes: Float64Array;
  /** Optimal flow: arc indices (ascending) and tonnes. */
  flowArcs: Int32Array;
  flowTonnes: Float64Array;
  /** Optimal potentials: sources, receivers, then the sink (M and C parts). */
  potentialM: Float64Array;
  potentialC: Float64Array;
  /** Below this a residual capacity counts as none, t. */
  toleranceTonnes: number;
  /**
   * Arcs the way back may use (besides the flows): the solver's working set, which holds the
   * flows and each source's and receiver's cheapest arcs. Default: all arcs.
   */
  pathArcs?: Int32Array;
  /** Arcs one source's search may look at before it settles for a bound (default 60 000). */
  workBudget?: number;
}

export interface Alternative {
  /** Arc index of the best alternative, or -1. */
  arc: number;
  /** Extra objective per tonne, others re-optimised. */
  extraCostPerTonne: number;
  /** Using it would leave other soil unplaced (no way back that keeps placement). */
  displacesOthers: boolean;
  /**
   * "replan": the cost of the best re-plan over the path arcs (with all arcs, the exact
   * marginal cost; with fewer, never below it). "lowerBound": the search hit its budget, every
   * alternative costs at least this much more, and `arc` is the best by the duals.
   */
  kind: "replan" | "lowerBound";
}

/** A binary min-heap of (key, node) with lazy deletion. */
class Heap {
  keys = new Float64Array(64);
  nodes = new Int32Array(64);
  size = 0;
  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      const k = new Float64Array(this.size * 2);
      k.set(this.keys);
      const n = new Int32Array(this.size * 2);
      n.set(this.nodes);
      this.keys = k;
      this.nodes = n;
    }
    let c = this.size++;
    while (c > 0) {
      const p = (c - 1) >> 1;
      if ((this.keys[p] as number) <= key) break;
      this.keys[c] = this.keys[p] as number;
      this.nodes[c] = this.nodes[p] as number;
      c = p;
    }
    this.keys[c] = key;
    this.nodes[c] = node;
  }
  /** Removes the minimum; read it from topKey/topNode first. */
  pop(): void {
    const last = --this.size;
    const key = this.keys[last] as number;
    const node = this.nodes[last] as number;
    let c = 0;
    for (;;) {
      let k = 2 * c + 1;
      if (k >= last) break;
      if (k + 1 < last && (this.keys[k + 1] as number) < (this.keys[k] as number)) k++;
      if ((this.keys[k] as number) >= key) break;
      this.keys[c] = this.keys[k] as number;
      this.nodes[c] = this.nodes[k] as number;
      c = k;
    }
    this.keys[c] = key;
    this.nodes[c] = node;
  }
}

export function bestAlternatives(input: MarginalInput): Alternative[] {
  const {
    arcs,
    arcCost,
    supplyTonnes,
    capacityTonnes,
    flowArcs,
    flowTonnes,
    potentialM: pm,
    potentialC: pc,
  } = input;
  const ns = supplyTonnes.length;
  const nr = capacityTonnes.length;
  const T = ns + nr;
  const m = arcs.receiver.length;
  const tol = input.toleranceTonnes;
  const budget = input.workBudget ?? 60_000;
  /** The source of arc a (arcs are grouped by source). */
  const sourceOf = (a: number) => {
    let lo = 0;
    let hi = ns - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((arcs.start[mid] as number) <= a) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  // The way back may use the path arcs, grouped by source (ascending arc index = by source).
  const pathArcs = input.pathArcs
    ? Int32Array.from(input.pathArcs).sort()
    : Int32Array.from({ length: m }, (_, a) => a);
  const pathStart = new Int32Array(ns + 1);
  for (const a of pathArcs) {
    const i1 = sourceOf(a) + 1;
    pathStart[i1] = (pathStart[i1] as number) + 1;
  }
  for (let i = 0; i < ns; i++) pathStart[i + 1] = (pathStart[i + 1] as number) + (pathStart[i] as number);

  // The flows, by receiver (for the way back from a receiver to the sources that fill it).
  const used = new Uint8Array(m);
  const placed = new Float64Array(ns);
  const inflow = new Float64Array(nr);
  const flowSource = new Int32Array(flowArcs.length);
  const inStart = new Int32Array(nr + 1);
  for (let k = 0; k < flowArcs.length; k++) {
    const a = flowArcs[k] as number;
    used[a] = 1;
    const i = sourceOf(a);
    flowSource[k] = i;
    placed[i] = (placed[i] as number) + (flowTonnes[k] as number);
    const j = arcs.receiver[a] as number;
    inflow[j] = (inflow[j] as number) + (flowTonnes[k] as number);
    inStart[j + 1] = (inStart[j + 1] as number) + 1;
  }
  for (let j = 0; j < nr; j++) inStart[j + 1] = (inStart[j + 1] as number) + (inStart[j] as number);
  // Flows by source: flowArcs is ascending, so already grouped.
  const flowStart = new Int32Array(ns + 1);
  for (let k = 0; k < flowArcs.length; k++) {
    const i1 = (flowSource[k] as number) + 1;
    flowStart[i1] = (flowStart[i1] as number) + 1;
  }
  for (let i = 0; i < ns; i++) flowStart[i + 1] = (flowStart[i + 1] as number) + (flowStart[i] as number);
  const inArc = new Int32Array(flowArcs.length);
  const inSource = new Int32Array(flowArcs.length);
  const fillIn = inStart.slice(0, nr);
  for (let k = 0; k < flowArcs.length; k++) {
    const j = arcs.receiver[flowArcs[k] as number] as number;
    const p = fillIn[j] as number;
    inArc[p] = flowArcs[k] as number;
    inSource[p] = flowSource[k] as number;
    fillIn[j] = p + 1;
  }

  const rcOf = (u: number, v: number, costC: number) => costC + (pc[u] as number) - (pc[v] as number);
  const flat = (u: number, v: number, costM: number) => costM + (pm[u] as number) - (pm[v] as number) === 0;
  const hasRoom = (j: number) => (inflow[j] as number) < (capacityTonnes[j] as number) - tol;
  const hasUnplaced = (s: number) => (placed[s] as number) < (supplyTonnes[s] as number) - tol;

  // Residual arcs out of a node, T left out (the hub is handled through dToT and dFromT):
  // receiver j → the sources that fill it (back along a flow); source s → its path arcs.
  const heap = new Heap();
  const forEachOut = (x: number, visit: (v: number, w: number) => void) => {
    if (x >= ns) {
      const j = x - ns;
      for (let k = inStart[j] as number; k < (inStart[j + 1] as number); k++) {
        const s2 = inSource[k] as number;
        if (flat(s2, x, 0)) visit(s2, Math.max(0, -rcOf(s2, x, arcCost[inArc[k] as number] as number)));
      }
    } else {
      for (let k = pathStart[x] as number; k < (pathStart[x + 1] as number); k++) {
        const a = pathArcs[k] as number;
        const v = ns + (arcs.receiver[a] as number);
        if (flat(x, v, 0)) visit(v, Math.max(0, rcOf(x, v, arcCost[a] as number)));
      }
    }
  };

  // dFromT: shortest way from T to every node (T → a receiver holding soil, T → a source with
  // soil unplaced, then on). dToT: from every node to T (a receiver with room, or any flat
  // "unplaced" arc), computed on the reversed arcs.
  const dFromT = new Float64Array(T + 1).fill(Number.POSITIVE_INFINITY);
  const dToT = new Float64Array(T + 1).fill(Number.POSITIVE_INFINITY);
  {
    const seed = (d: Float64Array, u: number, w: number) => {
      if (w < (d[u] as number)) {
        d[u] = w;
        heap.push(w, u);
      }
    };
    heap.size = 0;
    for (let j = 0; j < nr; j++)
      if ((inflow[j] as number) > tol && flat(ns + j, T, 0))
        seed(dFromT, ns + j, Math.max(0, -rcOf(ns + j, T, 0)));
    for (let s2 = 0; s2 < ns; s2++)
      if (hasUnplaced(s2) && flat(s2, T, 1)) seed(dFromT, s2, Math.max(0, -rcOf(s2, T, 0)));
    dijkstra(heap, dFromT, (x, visit) => forEachOut(x, visit));

    // Reversed arcs: into receiver j from the sources with a path arc to it; into source s from
    // the receivers it fills.
    const rStart = new Int32Array(nr + 1);
    for (const a of pathArcs) {
      const j1 = (arcs.receiver[a] as number) + 1;
      rStart[j1] = (rStart[j1] as number) + 1;
    }
    for (let j = 0; j < nr; j++) rStart[j + 1] = (rStart[j + 1] as number) + (rStart[j] as number);
    const rSource = new Int32Array(pathArcs.length);
    const rArc = new Int32Array(pathArcs.length);
    const fillR = rStart.slice(0, nr);
    for (const a of pathArcs) {
      const j = arcs.receiver[a] as number;
      const k = fillR[j] as number;
      rSource[k] = sourceOf(a);
      rArc[k] = a;
      fillR[j] = k + 1;
    }
    heap.size = 0;
    for (let j = 0; j < nr; j++)
      if (hasRoom(j) && flat(ns + j, T, 0)) seed(dToT, ns + j, Math.max(0, rcOf(ns + j, T, 0)));
    for (let s2 = 0; s2 < ns; s2++) if (flat(s2, T, 1)) seed(dToT, s2, Math.max(0, rcOf(s2, T, 0)));
    dijkstra(heap, dToT, (x, visit) => {
      if (x >= ns) {
        const j = x - ns;
        for (let k = rStart[j] as number; k < (rStart[j + 1] as number); k++) {
          const s2 = rSource[k] as number;
          if (flat(s2, x, 0)) visit(s2, Math.max(0, rcOf(s2, x, arcCost[rArc[k] as number] as number)));
        }
      } else {
        for (let k = flowStart[x] as number; k < (flowStart[x + 1] as number); k++) {
          const a = flowArcs[k] as number;
          const v = ns + (arcs.receiver[a] as number);
          if (flat(x, v, 0)) visit(v, Math.max(0, -rcOf(x, v, arcCost[a] as number)));
        }
      }
    });
  }

  const dist = new Float64Array(T + 1).fill(Number.POSITIVE_INFINITY);
  const origin = new Int32Array(T + 1);
  const done = new Uint8Array(T + 1);
  const touched: number[] = [];
  const out: Alternative[] = [];

  for (let i = 0; i < ns; i++) {
    const a0 = arcs.start[i] as number;
    const a1 = arcs.start[i + 1] as number;
    // Start from every receiver i could newly send to, labelled with that arc's reduced cost;
    // the best way back through T is known at once: rc + dToT(j) + dFromT(i).
    let fallback = -1;
    let fbM = Number.POSITIVE_INFINITY;
    let fbC = Number.POSITIVE_INFINITY;
    let viaT = Number.POSITIVE_INFINITY;
    let viaArc = -1;
    heap.size = 0;
    const relax = (u: number, d: number, from: number) => {
      if (d < (dist[u] as number) && d < viaT) {
        if (dist[u] === Number.POSITIVE_INFINITY) touched.push(u);
        dist[u] = d;
        origin[u] = from;
        heap.push(d, u);
      }
    };
    const fromT = dFromT[i] as number;
    for (let a = a0; a < a1; a++) {
      if (used[a] === 1) continue;
      const v = ns + (arcs.receiver[a] as number);
      const rm = (pm[i] as number) - (pm[v] as number);
      const rc = rcOf(i, v, arcCost[a] as number);
      if (rm < fbM || (rm === fbM && rc < fbC)) {
        fbM = rm;
        fbC = rc;
        fallback = a;
      }
      if (rm !== 0) continue;
      const t = Math.max(0, rc) + (dToT[v] as number) + fromT;
      if (t < viaT) {
        viaT = t;
        viaArc = a;
      }
    }
    for (let a = a0; a < a1; a++) {
      if (used[a] === 1) continue;
      const v = ns + (arcs.receiver[a] as number);
      if ((pm[i] as number) === (pm[v] as number)) relax(v, Math.max(0, rcOf(i, v, arcCost[a] as number)), a);
    }
    let result: Alternative =
      viaArc >= 0
        ? { arc: viaArc, extraCostPerTonne: viaT, displacesOthers: false, kind: "replan" }
        : {
            arc: fallback,
            extraCostPerTonne: Math.max(0, fbC),
            displacesOthers: fallback >= 0,
            kind: "replan",
          };
    let work = 0;
    while (heap.size > 0) {
      const d = heap.keys[0] as number;
      const x = heap.nodes[0] as number;
      heap.pop();
      if (done[x] === 1 || d > (dist[x] as number)) continue;
      if (d >= viaT) break;
      done[x] = 1;
      const from = origin[x] as number;
      if (x === i) {
        result = { arc: from, extraCostPerTonne: d, displacesOthers: false, kind: "replan" };
        break;
      }
      work +=
        x >= ns
          ? (inStart[x - ns + 1] as number) - (inStart[x - ns] as number) + 1
          : (pathStart[x + 1] as number) - (pathStart[x] as number) + 1;
      if (work > budget) {
        // Ways back not yet found cost at least d; the one through T costs viaT.
        result = {
          arc: viaArc >= 0 ? viaArc : fallback,
          extraCostPerTonne: d,
          displacesOthers: false,
          kind: "lowerBound",
        };
        break;
      }
      if (x >= ns) {
        const j = x - ns;
        for (let k = inStart[j] as number; k < (inStart[j + 1] as number); k++) {
          const s2 = inSource[k] as number;
          if (done[s2] === 0 && (pm[s2] as number) === (pm[x] as number))
            relax(s2, d + Math.max(0, -rcOf(s2, x, arcCost[inArc[k] as number] as number)), from);
        }
      } else {
        for (let k = pathStart[x] as number; k < (pathStart[x + 1] as number); k++) {
          const a = pathArcs[k] as number;
          const v = ns + (arcs.receiver[a] as number);
          if (done[v] === 0 && (pm[x] as number) === (pm[v] as number))
            relax(v, d + Math.max(0, rcOf(x, v, arcCost[a] as number)), from);
        }
      }
    }
    for (const u of touched) {
      dist[u] = Number.POSITIVE_INFINITY;
      done[u] = 0;
    }
    touched.length = 0;
    out.push(result);
  }
  return out;
}

/** Plain Dijkstra on a heap already seeded with the start labels in `dist`. */
function dijkstra(
  heap: Heap,
  dist: Float64Array,
  forEachOut: (x: number, visit: (v: number, w: number) => void) => void,
): void {
  const done = new Uint8Array(dist.length);
  while (heap.size > 0) {
    const d = heap.keys[0] as number;
    const x = heap.nodes[0] as number;
    heap.pop();
    if (done[x] === 1 || d > (dist[x] as number)) continue;
    done[x] = 1;
    forEachOut(x, (v, w) => {
      const nd = d + w;
      if (nd < (dist[v] as number)) {
        dist[v] = nd;
        heap.push(nd, v);
      }
    });
  }
}
