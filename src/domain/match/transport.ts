/**
 * The exact transportation solve behind the match: network simplex on a small candidate set of
 * arcs, then pricing of every allowed arc against the optimal potentials; arcs that would
 * improve the solution join the set and the simplex continues from its current tree (column
 * generation). It stops when no allowed arc prices out, which proves the solution optimal for
 * the full arc set, not only for the candidates.
 */
import { arcsByCost } from "./greedy";
import { TransportSimplex } from "./networkSimplex";
import { insertSmallest } from "./smallest";

/** A bipartite instance: allowed arcs grouped by source (CSR), cost per tonne on each arc. */
export interface TransportProblem {
  /** Surplus per source, t. */
  supplyTonnes: Float64Array;
  /** Capacity per receiver, t. */
  capacityTonnes: Float64Array;
  /** Arcs of source i are arcStart[i] .. arcStart[i+1]-1. */
  arcStart: Int32Array;
  arcReceiver: Int32Array;
  /** Objective cost per tonne on each arc (km for tonne-km, kg CO2e, DKK). */
  arcCost: Float64Array;
}

export interface TransportOptions {
  /** Flow unit, t: quantities are rounded to it so the simplex works on exact integers (1 g). */
  quantumTonnes?: number;
  /** Cheapest arcs per source in the first candidate set. */
  candidatesPerSource?: number;
  /** Cheapest arcs per receiver added to the first candidate set. */
  candidatesPerReceiver?: number;
  /** Most arcs a source adds to the working set per pricing round. */
  addPerSource?: number;
  /** Entering-arc rule of the simplex: a candidate list (default) or block search. */
  pricing?: "block" | "list";
  /** Pricing block size as a multiple of √(candidate arcs). */
  blockFactor?: number;
  /** How the simplex starts: from greedy on the candidates (default) or from pivots. */
  start?: "greedy" | "pivots";
  /**
   * The first candidates, when the arc pass already collected them (buildGeodesicArcs with
   * `collect`); otherwise they are picked here in a pass over every arc.
   */
  candidates?: { arcs: Int32Array; sources: Int32Array; maxCost: number };
  /** Called between slices of pivots with the share of work done (a guess); may throw to cancel. */
  checkpoint?: (fraction: number) => void;
}

export interface TransportSolution {
  /** Full-list indices of arcs with positive flow, and their tonnes. */
  flowArcs: Int32Array;
  flowTonnes: Float64Array;
  placedTonnes: number;
  /** Σ tonnes × arcCost over the flows. */
  cost: number;
  /** Optimal potentials per node (sources, then receivers, then the sink): the duals. */
  potentialM: Float64Array;
  potentialC: Float64Array;
  quantumTonnes: number;
  rounds: number;
  pivots: number;
  candidateArcs: number;
  /** The working set at the end: full-list indices of every arc the simplex held. */
  workingArcs: Int32Array;
  /** Where the time went, ms: choosing candidates and the crash start, pivoting, pricing all arcs. */
  timingsMs: { select: number; simplex: number; pricing: number };
}

// First candidate set, tuned on the benchmark's balanced 2000 × 2000 instances: fewer rounds of
// full pricing against a larger first set for the simplex.
export const CANDIDATES_PER_SOURCE = 24;
export const CANDIDATES_PER_RECEIVER = 8;

/** Largest flow total the simplex may see, in quanta: integers stay exact well below 2^53. */
const MAX_QUANTA = 2 ** 50;

export function chooseQuantum(totalTonnes: number, requested = 1e-6): number {
  let q = requested;
  while (totalTonnes / q > MAX_QUANTA) q *= 10;
  return q;
}

/** The first candidate set: each source's kS cheapest arcs and each receiver's kR cheapest. */
interface Candidates {
  /** Arc indices, and the source of each. */
  arcs: Int32Array;
  sources: Int32Array;
  /** inSet[a] = 1 for every arc the simplex holds (grows with the rounds). */
  inSet: Uint8Array;
  /** Largest |cost|: the scale of the reduced-cost tolerance. */
  maxCost: number;
}

// The phases below are separate small functions on purpose: V8 optimises each hot loop early
// and keeps it optimised, which one large function did not (it was re-compiled mid-solve).

function selectCandidates(problem: TransportProblem, kS: number, kR: number): Candidates {
  const { arcStart, arcReceiver, arcCost } = problem;
  const ns = arcStart.length - 1;
  const nr = problem.capacityTonnes.length;
  const m = arcReceiver.length;
  let maxCost = 0;
  const inSet = new Uint8Array(m);
  const chosen: number[] = [];
  const chosenSource: number[] = [];
  const sCost = new Float64Array(Math.max(kS, 1));
  const sId = new Int32Array(Math.max(kS, 1));
  const rCost = new Float64Array(nr * kR);
  const rId = new Int32Array(nr * kR);
  const rCount = new Int32Array(nr);
  for (let i = 0; i < ns; i++) {
    let cnt = 0;
    for (let a = arcStart[i] as number, end = arcStart[i + 1] as number; a < end; a++) {
      const c = arcCost[a] as number;
      const ac = c < 0 ? -c : c;
      if (ac > maxCost) maxCost = ac;
      if (cnt < kS || c < (sCost[kS - 1] as number)) cnt = insertSmallest(sCost, sId, 0, cnt, kS, c, a);
      if (kR > 0) {
        const j = arcReceiver[a] as number;
        const rc = rCount[j] as number;
        if (rc < kR || c < (rCost[j * kR + kR - 1] as number)) {
          rCount[j] = insertSmallest(rCost, rId, j * kR, rc, kR, c, a);
        }
      }
    }
    for (let t = 0; t < cnt; t++) {
      const a = sId[t] as number;
      inSet[a] = 1;
      chosen.push(a);
      chosenSource.push(i);
    }
  }
  for (let j = 0; j < nr; j++) {
    for (let t = 0; t < (rCount[j] as number); t++) {
      const a = rId[j * kR + t] as number;
      if (inSet[a] === 1) continue;
      inSet[a] = 1;
      chosen.push(a);
      chosenSource.push(sourceOfArc(arcStart, a));
    }
  }
  return { arcs: Int32Array.from(chosen), sources: Int32Array.from(chosenSource), inSet, maxCost };
}

/** Candidates collected by the arc pass: drop repeats, mark the set. */
function markCandidates(
  problem: TransportProblem,
  given: { arcs: Int32Array; sources: Int32Array; maxCost: number },
): Candidates {
  const inSet = new Uint8Array(problem.arcReceiver.length);
  const arcs: number[] = [];
  const sources: number[] = [];
  for (let k = 0; k < given.arcs.length; k++) {
    const a = given.arcs[k] as number;
    if (inSet[a] === 1) continue;
    inSet[a] = 1;
    arcs.push(a);
    sources.push(given.sources[k] as number);
  }
  return { arcs: Int32Array.from(arcs), sources: Int32Array.from(sources), inSet, maxCost: given.maxCost };
}

/** The source of arc a (arcs are grouped by source). */
function sourceOfArc(arcStart: Int32Array, a: number): number {
  let lo = 0;
  let hi = arcStart.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((arcStart[mid] as number) <= a) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Crash start: greedy (cheapest candidate first) in whole quanta, as a basis. */
function crashStart(
  sx: TransportSimplex,
  cand: Candidates,
  firstPair: number,
  supplyQ: Float64Array,
  capQ: Float64Array,
  problem: TransportProblem,
): void {
  const { arcReceiver, arcCost } = problem;
  const order = arcsByCost(Float64Array.from(cand.arcs, (a) => arcCost[a] as number));
  const leftS = supplyQ.slice();
  const leftR = capQ.slice();
  const startArcs: number[] = [];
  const startFlow: number[] = [];
  for (let t = 0; t < order.length; t++) {
    const k = order[t] as number;
    const a = cand.arcs[k] as number;
    const i = cand.sources[k] as number;
    const j = arcReceiver[a] as number;
    const f = Math.min(leftS[i] as number, leftR[j] as number);
    if (f <= 0) continue;
    leftS[i] = (leftS[i] as number) - f;
    leftR[j] = (leftR[j] as number) - f;
    startArcs.push(firstPair + k);
    startFlow.push(f);
  }
  sx.startFrom(Int32Array.from(startArcs), Float64Array.from(startFlow));
}

/** The effective receiver potentials for sources on M level `level` (see priceAll). */
function effectiveFor(
  levels: Map<number, Float64Array>,
  piM: Float64Array,
  piC: Float64Array,
  ns: number,
  nr: number,
  level: number,
): Float64Array {
  let eff = levels.get(level);
  if (!eff) {
    eff = new Float64Array(nr);
    for (let j = 0; j < nr; j++) {
      const lm = piM[ns + j] as number;
      eff[j] =
        lm > level
          ? Number.POSITIVE_INFINITY
          : lm === level
            ? (piC[ns + j] as number)
            : Number.NEGATIVE_INFINITY;
    }
    levels.set(level, eff);
  }
  return eff;
}

/**
 * Prices every allowed arc with exact potentials and adds each source's most negative few to
 * the simplex. An arc i→j prices out when π_j is on a higher M level than π_i (more could be
 * placed), or on the same level with cost + π_i < π_j. Per M level of the sources, one array
 * says which: +∞ above the level, π_j on it, −∞ below; then each arc costs one look-up.
 * Returns the number of arcs added.
 */
function priceAll(
  sx: TransportSimplex,
  problem: TransportProblem,
  inSet: Uint8Array,
  perSourceAdd: number,
): number {
  const { arcStart, arcReceiver, arcCost } = problem;
  const ns = sx.ns;
  const nr = sx.nr;
  sx.recomputePotentials();
  const { piM, piC } = sx;
  const eps = sx.eps;
  const addCost = new Float64Array(perSourceAdd);
  const addId = new Int32Array(perSourceAdd);
  const levels = new Map<number, Float64Array>();
  let added = 0;
  for (let i = 0; i < ns; i++) {
    const eff = effectiveFor(levels, piM, piC, ns, nr, piM[i] as number);
    // Violation: cost + π_i < eff − eps.
    const shift = (piC[i] as number) + eps;
    let cnt = 0;
    for (let a = arcStart[i] as number, end = arcStart[i + 1] as number; a < end; a++) {
      const e = eff[arcReceiver[a] as number] as number;
      const c = arcCost[a] as number;
      if (c + shift >= e || inSet[a] === 1) continue;
      // M-level violations (e = +∞) sort before any C-level one.
      cnt = insertSmallest(
        addCost,
        addId,
        0,
        cnt,
        perSourceAdd,
        e === Number.POSITIVE_INFINITY ? -1e300 : c + shift - e,
        a,
      );
    }
    if (cnt > 0) sx.reserve(cnt);
    for (let t = 0; t < cnt; t++) {
      const a = addId[t] as number;
      inSet[a] = 1;
      sx.addPair(i, arcReceiver[a] as number, arcCost[a] as number, a);
      added++;
    }
  }
  return added;
}

export function solveTransport(problem: TransportProblem, options: TransportOptions = {}): TransportSolution {
  const { supplyTonnes, capacityTonnes, arcReceiver, arcCost } = problem;
  const ns = supplyTonnes.length;
  const nr = capacityTonnes.length;
  const kS = options.candidatesPerSource ?? CANDIDATES_PER_SOURCE;
  const kR = options.candidatesPerReceiver ?? CANDIDATES_PER_RECEIVER;
  const checkpoint = options.checkpoint;

  let totalSupply = 0;
  for (let i = 0; i < ns; i++) totalSupply += supplyTonnes[i] as number;
  const quantum = chooseQuantum(totalSupply, options.quantumTonnes);
  const supplyQ = new Float64Array(ns);
  for (let i = 0; i < ns; i++) supplyQ[i] = Math.round((supplyTonnes[i] as number) / quantum);
  // No receiver can take more than all supply: capping keeps the integers small. The cap is one
  // quantum above the total so that a capped receiver is never full and its dual stays 0.
  const capQ = new Float64Array(nr);
  const totalQ = supplyQ.reduce((a, b) => a + b, 0);
  for (let j = 0; j < nr; j++)
    capQ[j] = Math.min(Math.round((capacityTonnes[j] as number) / quantum), totalQ + 1);

  const tSelect = performance.now();
  const cand = options.candidates
    ? markCandidates(problem, options.candidates)
    : selectCandidates(problem, kS, kR);
  const sx = new TransportSimplex(supplyQ, capQ, cand.arcs.length * 2);
  sx.eps = 1e-10 * Math.max(cand.maxCost, Number.MIN_VALUE);
  if (options.blockFactor !== undefined) sx.blockFactor = options.blockFactor;
  if (options.pricing !== undefined) sx.pricing = options.pricing;
  const firstPair = sx.arcCount;
  for (let k = 0; k < cand.arcs.length; k++) {
    const a = cand.arcs[k] as number;
    sx.addPair(cand.sources[k] as number, arcReceiver[a] as number, arcCost[a] as number, a);
  }
  if (options.start === "pivots") sx.initialPivots(firstPair, sx.arcCount);
  else crashStart(sx, cand, firstPair, supplyQ, capQ, problem);

  const timingsMs = { select: performance.now() - tSelect, simplex: 0, pricing: 0 };
  const slice = 2000;
  const perSourceAdd = Math.max(1, options.addPerSource ?? 8);
  let rounds = 0;
  for (;;) {
    rounds++;
    const tRound = performance.now();
    while (!sx.run(slice)) checkpoint?.(Math.min(0.9, sx.pivots / (4 * (ns + nr) + 1)));
    const tPrice = performance.now();
    timingsMs.simplex += tPrice - tRound;
    checkpoint?.(0.9);
    const added = priceAll(sx, problem, cand.inSet, perSourceAdd);
    timingsMs.pricing += performance.now() - tPrice;
    if (added === 0) break;
  }
  return readSolution(sx, firstPair, arcCost, quantum, rounds, timingsMs);
}

function readSolution(
  sx: TransportSimplex,
  firstPair: number,
  arcCost: Float64Array,
  quantum: number,
  rounds: number,
  timingsMs: TransportSolution["timingsMs"],
): TransportSolution {
  const flowArcsList: number[] = [];
  const flowQ: number[] = [];
  let placedQ = 0;
  let cost = 0;
  for (let e = firstPair; e < sx.arcCount; e++) {
    const f = sx.flow[e] as number;
    if (f > 0) {
      const a = sx.tag[e] as number;
      flowArcsList.push(a);
      flowQ.push(f);
      placedQ += f;
      cost += f * quantum * (arcCost[a] as number);
    }
  }
  const order = flowArcsList
    .map((_, k) => k)
    .sort((x, y) => (flowArcsList[x] as number) - (flowArcsList[y] as number));
  return {
    flowArcs: Int32Array.from(order, (k) => flowArcsList[k] as number),
    flowTonnes: Float64Array.from(order, (k) => (flowQ[k] as number) * quantum),
    placedTonnes: placedQ * quantum,
    cost,
    potentialM: sx.piM.slice(),
    potentialC: sx.piC.slice(),
    quantumTonnes: quantum,
    rounds,
    pivots: sx.pivots,
    candidateArcs: sx.arcCount - firstPair,
    workingArcs: sx.tag.slice(firstPair, sx.arcCount),
    timingsMs,
  };
}
