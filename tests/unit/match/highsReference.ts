// An independent reference for the engine: the same transportation problem as a linear
// program solved by HiGHS, lexicographically (most tonnes placed, then least cost) in two stages.
import loadHighs from "highs";
import type { TransportProblem } from "../../../src/domain/match/transport";

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highs: Promise<Highs> | undefined;
export const getHighs = () => {
  highs ??= loadHighs();
  return highs;
};

export interface LpOptimum {
  placedTonnes: number;
  cost: number;
  /** Tonnes per arc. */
  x: Float64Array;
}

/** max Σx, then min Σ c·x with Σx ≥ (1 − 1e-12)·max; rows: supplies, capacities. */
export async function lexicographicLp(
  p: TransportProblem,
  force?: { arc: number; tonnes: number },
): Promise<LpOptimum> {
  const h = await getHighs();
  const ns = p.supplyTonnes.length;
  const nr = p.capacityTonnes.length;
  const m = p.arcReceiver.length;
  if (m === 0) return { placedTonnes: 0, cost: 0, x: new Float64Array(0) };
  const model = (withTotalRow: boolean, floor: number) => {
    const per = withTotalRow ? 3 : 2;
    const starts = new Int32Array(m + 1);
    const indices = new Int32Array(per * m);
    let src = 0;
    for (let a = 0; a < m; a++) {
      while ((p.arcStart[src + 1] as number) <= a) src++;
      starts[a] = per * a;
      indices[per * a] = src;
      indices[per * a + 1] = ns + (p.arcReceiver[a] as number);
      if (withTotalRow) indices[per * a + 2] = ns + nr;
    }
    starts[m] = per * m;
    const rows = ns + nr + (withTotalRow ? 1 : 0);
    const rowUpper = new Float64Array(rows).fill(Number.POSITIVE_INFINITY);
    rowUpper.set(p.supplyTonnes, 0);
    rowUpper.set(p.capacityTonnes, ns);
    const rowLower = new Float64Array(rows);
    if (withTotalRow) rowLower[ns + nr] = floor;
    return {
      numCols: m,
      numRows: rows,
      colCost: withTotalRow ? Float64Array.from(p.arcCost) : new Float64Array(m).fill(-1),
      colLower: (() => {
        const lower = new Float64Array(m);
        if (force) lower[force.arc] = force.tonnes;
        return lower;
      })(),
      colUpper: new Float64Array(m).fill(Number.POSITIVE_INFINITY),
      rowLower,
      rowUpper,
      matrix: {
        format: "csc" as const,
        numRows: rows,
        numCols: m,
        starts,
        indices,
        values: new Float64Array(per * m).fill(1),
      },
    };
  };
  const run = (data: ReturnType<typeof model>) => {
    const mod = h.createModel(data);
    try {
      mod.options.set({ output_flag: false });
      mod.run();
      return { obj: mod.getObjectiveValue(), x: Float64Array.from(mod.getSolution().colValue) };
    } finally {
      mod.dispose();
    }
  };
  const first = run(model(false, 0));
  const placed = -first.obj;
  const second = run(model(true, placed * (1 - 1e-12)));
  return { placedTonnes: placed, cost: second.obj, x: second.x };
}
