/**
 * npm run bench:match [-- --sizes 50,200,500,1000,2000] [--highs-max 2000] [--seed 1]
 *
 * Seeded random instances in the Copenhagen area (n sources, n receivers, about 30 % of pairs
 * forbidden by the pair rules, 40 km maximum haul, total capacity = total surplus), each solved
 * in one run by the engine, by HiGHS (the same LP, most tonnes then least tonne-km) and by
 * greedy. Printed per size: the bare arc-list pass (allowed arcs with their distances, nothing
 * else), the engine (its own arc pass included), HiGHS, greedy, the full match (greedy,
 * business as usual and explanations too), the ratios, whether the optima agree and greedy's
 * gap. Results also go to bench/results/match.json.
 *
 * HiGHS is slow here by nature: minutes at 1000 × 1000, and at 2000 × 2000 it runs for several
 * minutes before its WebAssembly heap (2 GiB) runs out and it aborts; that is reported as such.
 * `--highs-max 500` leaves it out above 500.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import loadHighs from "highs";
import { buildGeodesicArcs } from "../src/domain/match/arcs";
import { compatTable } from "../src/domain/match/compat";
import { solveGreedy } from "../src/domain/match/greedy";
import { arcCosts, candidateCollection, matchSitesSync } from "../src/domain/match/match";
import { resolveMatchParams } from "../src/domain/match/matchParams";
import { screenSites } from "../src/domain/match/screen";
import { solveTransport, type TransportProblem } from "../src/domain/match/transport";
import { copenhagenSites } from "./lib/matchInstances";

const arg = (name: string, fallback: string) => {
  const k = process.argv.indexOf(`--${name}`);
  return k >= 0 ? (process.argv[k + 1] ?? fallback) : fallback;
};
const sizes = arg("sizes", "50,200,500,1000,2000").split(",").map(Number);
const highsMax = Number(arg("highs-max", "2000"));
const seed = Number(arg("seed", "1"));
const MAX_HAUL_KM = 40;

type Highs = Awaited<ReturnType<typeof loadHighs>>;

/** The same LP for HiGHS: max Σx, then min Σ km·x with Σx kept (warm start, one model). */
function solveWithHighs(
  highs: Highs,
  p: TransportProblem,
): { placed: number; cost: number; stage1Ms: number; stage2Ms: number } {
  const ns = p.supplyTonnes.length;
  const nr = p.capacityTonnes.length;
  const m = p.arcReceiver.length;
  const starts = new Int32Array(m + 1);
  const indices = new Int32Array(2 * m);
  let src = 0;
  for (let a = 0; a < m; a++) {
    while ((p.arcStart[src + 1] as number) <= a) src++;
    starts[a] = 2 * a;
    indices[2 * a] = src;
    indices[2 * a + 1] = ns + (p.arcReceiver[a] as number);
  }
  starts[m] = 2 * m;
  const rowUpper = new Float64Array(ns + nr);
  rowUpper.set(p.supplyTonnes, 0);
  rowUpper.set(p.capacityTonnes, ns);
  const model = highs.createModel({
    numCols: m,
    numRows: ns + nr,
    colCost: new Float64Array(m).fill(-1),
    colLower: new Float64Array(m),
    colUpper: new Float64Array(m).fill(Number.POSITIVE_INFINITY),
    rowLower: new Float64Array(ns + nr),
    rowUpper,
    matrix: {
      format: "csc",
      numRows: ns + nr,
      numCols: m,
      starts,
      indices,
      values: new Float64Array(2 * m).fill(1),
    },
  });
  try {
    model.options.set({ output_flag: false });
    const t0 = performance.now();
    model.run();
    const stage1Ms = performance.now() - t0;
    const placed = -model.getObjectiveValue();
    model.addRow(placed * (1 - 1e-9), Number.POSITIVE_INFINITY, {
      indices: Int32Array.from({ length: m }, (_, k) => k),
      values: new Float64Array(m).fill(1),
    });
    model.changeColsCost({ kind: "range", from: 0, to: m - 1 }, p.arcCost);
    const t1 = performance.now();
    model.run();
    return { placed, cost: model.getObjectiveValue(), stage1Ms, stage2Ms: performance.now() - t1 };
  } finally {
    model.dispose();
  }
}

// Collect garbage before each timed step, so that no step pays for the one before it.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const time = <T>(f: () => T): [T, number] => {
  gc();
  const t = performance.now();
  const v = f();
  return [v, performance.now() - t];
};
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1e-12, Math.abs(b));

interface Row {
  n: number;
  arcs: number;
  forbiddenShare: number;
  arcPassMs: number;
  engineMs: number;
  engineSolveMs: number;
  engineOverArcPass: number;
  highsMs: number | null;
  highsNote: string;
  engineOverHighs: number | null;
  sameOptimum: string;
  greedyMs: number;
  greedyGap: string;
  fullMatchMs: number;
  /** Explanations whose extra cost is only a lower bound (search capped). */
  boundedExplanations: number;
  pivots: number;
  rounds: number;
  solveSplitMs: { select: number; simplex: number; pricing: number };
  loadAverage: number;
}

async function main() {
  const highs = await loadHighs();
  const params = resolveMatchParams({ maxHaulKm: MAX_HAUL_KM });
  const rows: Row[] = [];
  console.log(
    `Node ${process.version}, ${MAX_HAUL_KM} km maximum haul, circuity ${params.circuityFactor}, seed ${seed}`,
  );
  for (const n of sizes) {
    const sites = copenhagenSites(n, seed * 7919 + n, { dispensedPits: false, capacityRatio: 1 });
    const { sources, receivers } = screenSites(sites, { params });
    const compat = compatTable(sources, receivers);
    let forbidden = 0;
    for (let i = 0; i < sources.length; i++) {
      const row = (compat.sourceProfile[i] as number) * compat.receiverProfiles;
      const s = sources[i];
      for (let j = 0; j < receivers.length; j++) {
        const r = receivers[j];
        const dates = s && r ? s.fromDay > r.toDay || r.fromDay > s.toDay : false;
        if (compat.code[row + (compat.receiverProfile[j] as number)] !== 0 || dates) forbidden++;
      }
    }
    const geo = { maxHaulKm: MAX_HAUL_KM, circuityFactor: params.circuityFactor };

    // The bare arc-list pass: allowed arcs with their distances and nothing else.
    const [arcs, arcPassMs] = time(() => buildGeodesicArcs(sources, receivers, compat, geo));
    // The engine, distances included: its own arc pass, costs, exact solve.
    const [sol, engineMs] = time(() => {
      // The engine's arc pass also picks the solver's first candidates (one pass, not two).
      const a = buildGeodesicArcs(sources, receivers, compat, {
        ...geo,
        collect: candidateCollection(receivers, "tkm", params),
      });
      const problem: TransportProblem = {
        supplyTonnes: Float64Array.from(sources, (s) => s.tonnes),
        capacityTonnes: Float64Array.from(receivers, (r) => r.tonnes),
        arcStart: a.start,
        arcReceiver: a.receiver,
        arcCost: arcCosts(a, receivers, "tkm", params),
      };
      return { problem, solution: solveTransport(problem, a.candidates ? { candidates: a.candidates } : {}) };
    });
    const [greedy, greedyMs] = time(() => solveGreedy(sol.problem));
    const [full, fullMatchMs] = time(() => matchSitesSync(sites, { params: { maxHaulKm: MAX_HAUL_KM } }));
    const boundedExplanations = full.sources.filter(
      (x) => x.alternative?.extraCostKind === "lowerBound",
    ).length;

    let highsMs: number | null = null;
    let highsNote = "";
    let sameOptimum = "-";
    if (n <= highsMax) {
      try {
        const [h, ms] = time(() => solveWithHighs(highs, sol.problem));
        highsMs = ms;
        highsNote = `max tonnes ${(h.stage1Ms / 1000).toFixed(1)} s + min tonne-km ${(h.stage2Ms / 1000).toFixed(1)} s`;
        const dPlaced = rel(sol.solution.placedTonnes, h.placed);
        const dCost = rel(sol.solution.cost, h.cost);
        sameOptimum =
          dPlaced <= 1e-6 && dCost <= 1e-6
            ? `yes (Δ ${Math.max(dPlaced, dCost).toExponential(1)})`
            : `NO: tonnes ${dPlaced.toExponential(2)}, cost ${dCost.toExponential(2)}`;
      } catch (e) {
        highsNote = `aborted: ${String((e as Error).message ?? e).slice(0, 80)}`;
      }
    } else highsNote = "not run (--highs-max)";

    const g = greedy;
    const s = sol.solution;
    // Greedy's gap: lexicographic like the optimum (tonnes first), with its tonne-km per tonne
    // placed beside it when it places less (then total tonne-km are not comparable).
    const perTonne =
      g.placedTonnes > 0 && s.placedTonnes > 0 ? g.cost / g.placedTonnes / (s.cost / s.placedTonnes) - 1 : 0;
    const greedyGap =
      Math.abs(g.placedTonnes - s.placedTonnes) > 1e-6 * s.placedTonnes
        ? `places ${((1 - g.placedTonnes / s.placedTonnes) * 100).toFixed(2)} % less, ${(perTonne * 100).toFixed(1)} % tkm/t`
        : `+${(((g.cost - s.cost) / s.cost) * 100).toFixed(2)} % tkm`;
    const row: Row = {
      n,
      arcs: arcs.receiver.length,
      forbiddenShare: forbidden / (sources.length * receivers.length),
      arcPassMs,
      engineMs,
      engineSolveMs: s.timingsMs.select + s.timingsMs.simplex + s.timingsMs.pricing,
      engineOverArcPass: engineMs / arcPassMs,
      highsMs,
      highsNote,
      engineOverHighs: highsMs === null ? null : engineMs / highsMs,
      sameOptimum,
      greedyMs,
      greedyGap,
      fullMatchMs,
      boundedExplanations,
      pivots: s.pivots,
      rounds: s.rounds,
      solveSplitMs: s.timingsMs,
      loadAverage: loadavg()[0] as number,
    };
    rows.push(row);
    const f = (x: number) => x.toFixed(x < 10 ? 1 : 0);
    console.log(
      `n=${n}: ${row.arcs} arcs (${(row.forbiddenShare * 100).toFixed(0)} % of pairs forbidden); arc pass ${f(arcPassMs)} ms; engine ${f(engineMs)} ms (${f(row.engineOverArcPass)}× arc pass; solve ${f(row.engineSolveMs)} ms = candidates ${f(s.timingsMs.select)} + simplex ${f(s.timingsMs.simplex)} + pricing ${f(s.timingsMs.pricing)}, ${s.pivots} pivots, ${s.rounds} rounds); HiGHS ${highsMs === null ? highsNote : `${f(highsMs)} ms (${highsNote}), engine/HiGHS ${row.engineOverHighs?.toExponential(2)} (${f(highsMs / engineMs)}× faster), same optimum: ${sameOptimum}`}; greedy ${f(greedyMs)} ms, ${greedyGap}; full match ${f(fullMatchMs)} ms (${boundedExplanations} extra costs only bounded); load average ${row.loadAverage.toFixed(1)}`,
    );
  }
  const head = [
    "n × n",
    "arcs",
    "forbidden",
    "arc pass ms",
    "engine ms",
    "engine/arc pass",
    "HiGHS ms",
    "engine/HiGHS",
    "same optimum",
    "greedy ms",
    "greedy gap",
    "full match ms",
  ];
  const body = rows.map((r) => [
    `${r.n}`,
    `${r.arcs}`,
    `${(r.forbiddenShare * 100).toFixed(0)} %`,
    r.arcPassMs.toFixed(1),
    r.engineMs.toFixed(1),
    `${r.engineOverArcPass.toFixed(2)}×`,
    r.highsMs === null ? r.highsNote : r.highsMs.toFixed(0),
    r.engineOverHighs === null ? "-" : `1/${(1 / r.engineOverHighs).toFixed(0)}`,
    r.sameOptimum,
    r.greedyMs.toFixed(1),
    r.greedyGap,
    r.fullMatchMs.toFixed(0),
  ]);
  console.log(
    `\n| ${head.join(" | ")} |\n|${head.map(() => "---").join("|")}|\n${body.map((b) => `| ${b.join(" | ")} |`).join("\n")}`,
  );
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(
    "bench/results/match.json",
    `${JSON.stringify({ node: process.version, seed, maxHaulKm: MAX_HAUL_KM, rows }, null, 2)}\n`,
  );
}

await main();
