/**
 * Greedy: the cheapest pair first (for tonne-km and CO2e, the nearest pair), as much as both
 * sides allow, until nothing fits. The usual hand method, and the benchmark's reference.
 */
import type { TransportProblem } from "./transport";

export interface GreedySolution {
  /** Full-list arc indices with positive flow, ascending, and their tonnes. */
  flowArcs: Int32Array;
  flowTonnes: Float64Array;
  placedTonnes: number;
  cost: number;
}

/** Arc indices in increasing cost, ties by index. */
export function arcsByCost(cost: Float64Array): Uint32Array {
  const m = cost.length;
  if (m === 0) return new Uint32Array(0);
  if (m >= 2 ** 22)
    return Uint32Array.from({ length: m }, (_, k) => k).sort(
      (a, b) => (cost[a] as number) - (cost[b] as number) || a - b,
    );
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let a = 0; a < m; a++) {
    const c = cost[a] as number;
    if (c < lo) lo = c;
    if (c > hi) hi = c;
  }
  // A native numeric sort of packed keys (30-bit cost bucket, 22-bit arc index: < 2^52, exact);
  // runs that share a bucket are then put in exact cost order.
  const scale = hi > lo ? (2 ** 30 - 1) / (hi - lo) : 0;
  const keys = new Float64Array(m);
  for (let a = 0; a < m; a++) keys[a] = Math.floor(((cost[a] as number) - lo) * scale) * 2 ** 22 + a;
  keys.sort();
  const order = new Uint32Array(m);
  for (let k = 0; k < m; k++) order[k] = (keys[k] as number) % 2 ** 22;
  let runStart = 0;
  for (let k = 1; k <= m; k++) {
    if (
      k < m &&
      Math.floor((keys[k] as number) / 2 ** 22) === Math.floor((keys[runStart] as number) / 2 ** 22)
    )
      continue;
    for (let x = runStart + 1; x < k; x++) {
      const v = order[x] as number;
      let y = x - 1;
      while (y >= runStart && (cost[order[y] as number] as number) > (cost[v] as number)) {
        order[y + 1] = order[y] as number;
        y--;
      }
      order[y + 1] = v;
    }
    runStart = k;
  }
  return order;
}

export function solveGreedy(problem: TransportProblem): GreedySolution {
  const { supplyTonnes, capacityTonnes, arcStart, arcReceiver, arcCost } = problem;
  const ns = supplyTonnes.length;
  const m = arcReceiver.length;
  const arcSource = new Int32Array(m);
  for (let i = 0; i < ns; i++) arcSource.fill(i, arcStart[i] as number, arcStart[i + 1] as number);
  const leftS = Float64Array.from(supplyTonnes);
  const leftR = Float64Array.from(capacityTonnes);
  let sourcesLeft = leftS.reduce((n, v) => n + (v > 0 ? 1 : 0), 0);
  let receiversLeft = leftR.reduce((n, v) => n + (v > 0 ? 1 : 0), 0);
  const order = arcsByCost(arcCost);
  const used: number[] = [];
  const tonnes: number[] = [];
  let placed = 0;
  let cost = 0;
  for (let k = 0; k < m && sourcesLeft > 0 && receiversLeft > 0; k++) {
    const a = order[k] as number;
    const i = arcSource[a] as number;
    const j = arcReceiver[a] as number;
    const s = leftS[i] as number;
    const r = leftR[j] as number;
    if (s <= 0 || r <= 0) continue;
    const f = Math.min(s, r);
    leftS[i] = s - f;
    leftR[j] = r - f;
    if (s - f <= 0) sourcesLeft--;
    if (r - f <= 0) receiversLeft--;
    used.push(a);
    tonnes.push(f);
    placed += f;
    cost += f * (arcCost[a] as number);
  }
  const idx = used.map((_, k) => k).sort((x, y) => (used[x] as number) - (used[y] as number));
  return {
    flowArcs: Int32Array.from(idx, (k) => used[k] as number),
    flowTonnes: Float64Array.from(idx, (k) => tonnes[k] as number),
    placedTonnes: placed,
    cost,
  };
}
