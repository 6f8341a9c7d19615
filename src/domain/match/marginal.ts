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
 * the placement, and stops when it gets back to the source. Every allowed arc may be on the way
 * back; to keep that cheap, each source's arcs are sorted by reduced cost once, so a search
 * only looks at the arcs cheap enough to matter. The sink T, which touches every node, is
 * handled by two global searches (to T and from T). A budget caps the work per source; past it
 * the result is a lower bound and says so (kind "lowerBound").
 */
import type { ArcList } from "./arcs";
import { sortWithinGroups } from "./sortGroups";

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
  /** Arcs one source's search may look at before it settles for a bound (default 200 000). */
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
   * "exact": the extra cost of the best re-plan. "lowerBound": the search hit its budget,
   * every alternative costs at least this much more, and `arc` is the best by the duals.
   */
  kind: "exact" | "lowerBound";
}

/** A binary min-heap of nodes keyed by label, with decrease-key (each node at most once). */
class Heap {
  readonly keys: Float64Array;
  readonly nodes: Int32Array;
  readonly pos: Int32Array;
  size = 0;
  constructor(n: number) {
    this.keys = new Float64Array(n);
    this.nodes = new Int32Array(n);
    this.pos = new Int32Array(n).fill(-1);
  }
  /** Inserts the node, or lowers its key. */
  push(key: number, node: number): void {
    let c = this.pos[node] as number;
    if (c === -1) c = this.size++;
    else if ((this.keys[c] as number) <= key) return;
    while (c > 0) {
      const p = (c - 1) >> 1;
      if ((this.keys[p] as number) <= key) break;
      this.keys[c] = this.keys[p] as number;
      const pn = this.nodes[p] as number;
      this.nodes[c] = pn;
      this.pos[pn] = c;
      c = p;
    }
    this.keys[c] = key;
    this.nodes[c] = node;
    this.pos[node] = c;
  }
  /** Removes the minimum; read it from keys[0]/nodes[0] first. */
  pop(): void {
    this.pos[this.nodes[0] as number] = -1;
    const last = --this.size;
    if (last === 0) return;
    const key = this.keys[last] as number;
    const node = this.nodes[last] as number;
    let c = 0;
    for (;;) {
      let k = 2 * c + 1;
      if (k >= last) break;
      if (k + 1 < last && (this.keys[k + 1] as number) < (this.keys[k] as number)) k++;
      if ((this.keys[k] as number) >= key) break;
      this.keys[c] = this.keys[k] as number;
      const kn = this.nodes[k] as number;
      this.nodes[c] = kn;
      this.pos[kn] = c;
      c = k;
    }
    this.keys[c] = key;
    this.nodes[c] = node;
    this.pos[node] = c;
  }
  clear(): void {
    for (let k = 0; k < this.size; k++) this.pos[this.nodes[k] as number] = -1;
    this.size = 0;
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
  const budget = input.workBudget ?? 200_000;
  const arcSource = new Int32Array(m);
  for (let i = 0; i < ns; i++) arcSource.fill(i, arcs.start[i] as number, arcs.start[i + 1] as number);

  // Reduced cost of every forward arc that keeps the placement (M part 0), else +∞, and each
  // source's arcs sorted by it, so a search looks only at arcs cheap enough to matter.
  const rcArc = new Float64Array(m);
  for (let a = 0; a < m; a++) {
    const i = arcSource[a] as number;
    const v = ns + (arcs.receiver[a] as number);
    rcArc[a] =
      (pm[i] as number) === (pm[v] as number)
        ? Math.max(0, (arcCost[a] as number) + (pc[i] as number) - (pc[v] as number))
        : Number.POSITIVE_INFINITY;
  }
  const sorted = sortWithinGroups(arcs.start, rcArc);
  const rcFloor = (k: number) => rcArc[sorted[k] as number] as number;

  // The flow picture: used arcs, placement, inflow; flows by receiver.
  const used = new Uint8Array(m);
  const placed = new Float64Array(ns);
  const inflow = new Float64Array(nr);
  const inStart = new Int32Array(nr + 1);
  for (let k = 0; k < flowArcs.length; k++) {
    const a = flowArcs[k] as number;
    used[a] = 1;
    const i = arcSource[a] as number;
    placed[i] = (placed[i] as number) + (flowTonnes[k] as number);
    const j = arcs.receiver[a] as number;
    inflow[j] = (inflow[j] as number) + (flowTonnes[k] as number);
    inStart[j + 1] = (inStart[j + 1] as number) + 1;
  }
  for (let j = 0; j < nr; j++) inStart[j + 1] = (inStart[j + 1] as number) + (inStart[j] as number);
  const inArc = new Int32Array(flowArcs.length);
  const fillIn = inStart.slice(0, nr);
  for (let k = 0; k < flowArcs.length; k++) {
    const j = arcs.receiver[flowArcs[k] as number] as number;
    inArc[fillIn[j] as number] = flowArcs[k] as number;
    fillIn[j] = (fillIn[j] as number) + 1;
  }
  // Residual arc weights in reduced costs (every residual arc has rc ≥ 0 at the optimum).
  const flatT = (u: number, costM: number) => costM + (pm[u] as number) - (pm[T] as number) === 0;
  const rcT = (u: number) => Math.max(0, (pc[u] as number) - (pc[T] as number));
  const rcTBack = (u: number) => Math.max(0, (pc[T] as number) - (pc[u] as number));
  /** Back along a flow j → s: weight −rc (0 at the optimum), if it keeps placement. */
  const backWeight = (a: number) => {
    const s2 = arcSource[a] as number;
    const v = ns + (arcs.receiver[a] as number);
    return (pm[s2] as number) === (pm[v] as number)
      ? Math.max(0, -((arcCost[a] as number) + (pc[s2] as number) - (pc[v] as number)))
      : Number.POSITIVE_INFINITY;
  };

  const heap = new Heap(T + 1);
  // dFromT: from T (to a receiver that holds soil, to a source with soil unplaced) to every node.
  const dFromT = new Float64Array(T + 1).fill(Number.POSITIVE_INFINITY);
  {
    const done = new Uint8Array(T + 1);
    const push = (u: number, d: number) => {
      if (d < (dFromT[u] as number)) {
        dFromT[u] = d;
        heap.push(d, u);
      }
    };
    heap.clear();
    for (let j = 0; j < nr; j++)
      if ((inflow[j] as number) > tol && flatT(ns + j, 0)) push(ns + j, rcTBack(ns + j));
    for (let s2 = 0; s2 < ns; s2++)
      if ((placed[s2] as number) < (supplyTonnes[s2] as number) - tol && flatT(s2, 1)) push(s2, rcTBack(s2));
    while (heap.size > 0) {
      const d = heap.keys[0] as number;
      const x = heap.nodes[0] as number;
      heap.pop();
      if (done[x] === 1 || d > (dFromT[x] as number)) continue;
      done[x] = 1;
      if (x >= ns) {
        const j = x - ns;
        for (let k = inStart[j] as number; k < (inStart[j + 1] as number); k++)
          push(arcSource[inArc[k] as number] as number, d + backWeight(inArc[k] as number));
      } else {
        for (let a = arcs.start[x] as number; a < (arcs.start[x + 1] as number); a++)
          push(ns + (arcs.receiver[a] as number), d + (rcArc[a] as number));
      }
    }
  }
  // dToT: from every node to T (a receiver with room, or an "unplaced" arc), on reversed arcs.
  const dToT = new Float64Array(T + 1).fill(Number.POSITIVE_INFINITY);
  {
    const byRecvStart = new Int32Array(nr + 1);
    for (let a = 0; a < m; a++) {
      const j1 = (arcs.receiver[a] as number) + 1;
      byRecvStart[j1] = (byRecvStart[j1] as number) + 1;
    }
    for (let j = 0; j < nr; j++)
      byRecvStart[j + 1] = (byRecvStart[j + 1] as number) + (byRecvStart[j] as number);
    const byRecvArc = new Int32Array(m);
    const fill = byRecvStart.slice(0, nr);
    for (let a = 0; a < m; a++) {
      const j = arcs.receiver[a] as number;
      byRecvArc[fill[j] as number] = a;
      fill[j] = (fill[j] as number) + 1;
    }
    const flowStart = new Int32Array(ns + 1);
    for (let k = 0; k < flowArcs.length; k++) {
      const i1 = (arcSource[flowArcs[k] as number] as number) + 1;
      flowStart[i1] = (flowStart[i1] as number) + 1;
    }
    for (let i = 0; i < ns; i++) flowStart[i + 1] = (flowStart[i + 1] as number) + (flowStart[i] as number);
    const done = new Uint8Array(T + 1);
    const push = (u: number, d: number) => {
      if (d < (dToT[u] as number)) {
        dToT[u] = d;
        heap.push(d, u);
      }
    };
    heap.clear();
    for (let j = 0; j < nr; j++)
      if ((inflow[j] as number) < (capacityTonnes[j] as number) - tol && flatT(ns + j, 0))
        push(ns + j, rcT(ns + j));
    for (let s2 = 0; s2 < ns; s2++) if (flatT(s2, 1)) push(s2, rcT(s2));
    while (heap.size > 0) {
      const d = heap.keys[0] as number;
      const x = heap.nodes[0] as number;
      heap.pop();
      if (done[x] === 1 || d > (dToT[x] as number)) continue;
      done[x] = 1;
      if (x >= ns) {
        // Into receiver j: every allowed arc s → j.
        const j = x - ns;
        for (let k = byRecvStart[j] as number; k < (byRecvStart[j + 1] as number); k++) {
          const a = byRecvArc[k] as number;
          push(arcSource[a] as number, d + (rcArc[a] as number));
        }
      } else {
        // Into source s: back along its flows (j → s).
        for (let k = flowStart[x] as number; k < (flowStart[x + 1] as number); k++) {
          const a = flowArcs[k] as number;
          push(ns + (arcs.receiver[a] as number), d + backWeight(a));
        }
      }
    }
  }

  const dist = new Float64Array(T + 1).fill(Number.POSITIVE_INFINITY);
  const origin = new Int32Array(T + 1);
  const done = new Uint8Array(T + 1);
  const touched: number[] = [];
  const out: Alternative[] = [];
  let bound = Number.POSITIVE_INFINITY;
  const relax = (u: number, d: number, from: number) => {
    if (d < (dist[u] as number) && d < bound) {
      if (dist[u] === Number.POSITIVE_INFINITY) touched.push(u);
      dist[u] = d;
      origin[u] = from;
      heap.push(d, u);
    }
  };

  for (let i = 0; i < ns; i++) {
    const a0 = arcs.start[i] as number;
    const a1 = arcs.start[i + 1] as number;
    // The best by the duals (also the fallback when nothing keeps the placement) and the best
    // way back through T: rc + dToT(j) + dFromT(i), which bounds the search.
    let fallback = -1;
    let fbM = Number.POSITIVE_INFINITY;
    let fbC = Number.POSITIVE_INFINITY;
    bound = Number.POSITIVE_INFINITY;
    let viaArc = -1;
    const fromT = dFromT[i] as number;
    for (let a = a0; a < a1; a++) {
      if (used[a] === 1) continue;
      const v = ns + (arcs.receiver[a] as number);
      const rm = (pm[i] as number) - (pm[v] as number);
      const rc = (arcCost[a] as number) + (pc[i] as number) - (pc[v] as number);
      if (rm < fbM || (rm === fbM && rc < fbC)) {
        fbM = rm;
        fbC = rc;
        fallback = a;
      }
      if (rm !== 0) continue;
      const t = (rcArc[a] as number) + (dToT[v] as number) + fromT;
      if (t < bound) {
        bound = t;
        viaArc = a;
      }
    }
    let result: Alternative =
      viaArc >= 0
        ? { arc: viaArc, extraCostPerTonne: bound, displacesOthers: false, kind: "exact" }
        : {
            arc: fallback,
            extraCostPerTonne: Math.max(0, fbC),
            displacesOthers: fallback >= 0,
            kind: "exact",
          };
    heap.clear();
    // Start labels: i's unused arcs in order of reduced cost, while cheaper than the bound.
    for (let k = a0; k < a1; k++) {
      if (rcFloor(k) >= bound) break;
      const a = sorted[k] as number;
      if (used[a] === 0) relax(ns + (arcs.receiver[a] as number), rcArc[a] as number, a);
    }
    let work = 0;
    while (heap.size > 0) {
      const d = heap.keys[0] as number;
      const x = heap.nodes[0] as number;
      heap.pop();
      if (done[x] === 1 || d > (dist[x] as number)) continue;
      if (d >= bound) break;
      done[x] = 1;
      const from = origin[x] as number;
      if (x === i) {
        result = { arc: from, extraCostPerTonne: d, displacesOthers: false, kind: "exact" };
        break;
      }
      if (work > budget) {
        // Ways back not yet found cost at least d; the one through T costs the bound.
        result = {
          arc: viaArc >= 0 ? viaArc : fallback,
          extraCostPerTonne: d,
          displacesOthers: false,
          kind: "lowerBound",
        };
        break;
      }
      if (x >= ns) {
        // Receiver: back along the flows into it.
        const j = x - ns;
        for (let k = inStart[j] as number; k < (inStart[j + 1] as number); k++) {
          const a = inArc[k] as number;
          const s2 = arcSource[a] as number;
          if (done[s2] === 0) relax(s2, d + backWeight(a), from);
        }
        work += (inStart[j + 1] as number) - (inStart[j] as number) + 1;
      } else {
        // Source: on along its arcs, cheapest first, while they can still beat the bound.
        const b0 = arcs.start[x] as number;
        const b1 = arcs.start[x + 1] as number;
        let k = b0;
        for (; k < b1; k++) {
          if (d + rcFloor(k) >= bound) break;
          const a = sorted[k] as number;
          const v = ns + (arcs.receiver[a] as number);
          if (done[v] === 0) relax(v, d + (rcArc[a] as number), from);
        }
        work += k - b0 + 1;
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
