/**
 * The match, end to end: screen the sites, build the allowed arcs with their haul distances,
 * solve the transportation problem exactly (most tonnes placed, then least cost), run greedy
 * and business as usual on the same data, and explain the result.
 *
 * The steps are a generator so that one pipeline serves both drivers: `runMatch` (async; yields
 * to the event loop between phases so a worker can receive a cancel, and fetches road distances
 * when a road provider is configured) and `matchSitesSync` (geodesic distances only).
 */
import type { Site } from "../site";
import { abortError, throwIfAborted } from "./abort";
import { type ArcList, buildGeodesicArcs, buildMatrixArcs, type GeodesicArcOptions } from "./arcs";
import { needsVirgin, planBaseline } from "./baseline";
import { compatTable } from "./compat";
import { type DistanceProvider, geodesicProvider, isGeodesicProvider, type LonLat } from "./distanceProvider";
import { explainSources } from "./explain";
import { solveGreedy } from "./greedy";
import { baselineTotals, type FlowSet, savingOf, systemScenario, totalsOfFlows } from "./kpis";
import { gateFeeOf, OBJECTIVE_UNITS, resolveMatchParams } from "./matchParams";
import { type DistanceOracle, geodesicOracle, matrixOracle } from "./oracle";
import { screenSites } from "./screen";
import { CANDIDATES_PER_RECEIVER, CANDIDATES_PER_SOURCE, solveTransport } from "./transport";
import type {
  Comparison,
  MatchAssumptions,
  MatchFlow,
  MatchObjective,
  MatchOptions,
  MatchParams,
  MatchParty,
  MatchPhase,
  MatchResult,
} from "./types";

type Step =
  | { kind: "progress"; phase: MatchPhase; fraction: number }
  | { kind: "matrices"; sourcesToReceivers: [LonLat[], LonLat[]]; receiversToPits: [LonLat[], LonLat[]] };

/** Objective cost per tonne on each arc. */
export function arcCosts(
  arcs: ArcList,
  receivers: readonly MatchParty[],
  objective: MatchObjective,
  params: MatchParams,
): Float64Array {
  const m = arcs.receiver.length;
  // Tonne-km: the distances are the costs (shared, not copied; nothing writes to either).
  if (objective === "tkm") return arcs.distanceKm;
  const cost = new Float64Array(m);
  if (objective === "co2") {
    for (let a = 0; a < m; a++) cost[a] = (arcs.distanceKm[a] as number) * params.co2eKgPerTonneKm;
  } else {
    const fee = Float64Array.from(receivers, (r) => gateFeeOf(r.props, params));
    for (let a = 0; a < m; a++) {
      cost[a] =
        (arcs.distanceKm[a] as number) * params.haulPriceDkkPerTonneKm +
        (fee[arcs.receiver[a] as number] as number);
    }
  }
  return cost;
}

/** What the arc pass needs to pick the solver's first candidates for this objective. */
export function candidateCollection(
  receivers: readonly MatchParty[],
  objective: MatchObjective,
  params: MatchParams,
): NonNullable<GeodesicArcOptions["collect"]> {
  const base = { perSource: CANDIDATES_PER_SOURCE, perReceiver: CANDIDATES_PER_RECEIVER };
  if (objective === "tkm") return { ...base, perKm: 1 };
  if (objective === "co2") return { ...base, perKm: params.co2eKgPerTonneKm };
  return {
    ...base,
    perKm: params.haulPriceDkkPerTonneKm,
    fee: Float64Array.from(receivers, (r) => gateFeeOf(r.props, params)),
  };
}

/** The source index of arc a (arcs are grouped by source). */
function sourceOfArc(start: Int32Array, a: number): number {
  let lo = 0;
  let hi = start.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((start[mid] as number) <= a) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function flowSet(arcs: ArcList, flowArcs: Int32Array, flowTonnes: Float64Array): FlowSet {
  const n = flowArcs.length;
  const fs: FlowSet = {
    source: new Int32Array(n),
    receiver: new Int32Array(n),
    tonnes: Float64Array.from(flowTonnes),
    km: new Float64Array(n),
  };
  for (let k = 0; k < n; k++) {
    const a = flowArcs[k] as number;
    fs.source[k] = sourceOfArc(arcs.start, a);
    fs.receiver[k] = arcs.receiver[a] as number;
    fs.km[k] = arcs.distanceKm[a] as number;
  }
  return fs;
}

function matchFlows(
  fs: FlowSet,
  flowArcs: Int32Array,
  arcCost: Float64Array,
  sources: readonly MatchParty[],
  receivers: readonly MatchParty[],
): MatchFlow[] {
  return Array.from(fs.tonnes, (tonnes, k) => {
    const r = receivers[fs.receiver[k] as number] as MatchParty;
    return {
      sourceId: (sources[fs.source[k] as number] as MatchParty).id,
      receiverId: r.id,
      tonnes,
      distanceKm: fs.km[k] as number,
      costPerTonne: arcCost[flowArcs[k] as number] as number,
      reuse: r.reuse,
    };
  });
}

function* pipeline(
  sites: readonly Site[],
  options: MatchOptions,
): Generator<Step, MatchResult, Float64Array[]> {
  const timings: Record<string, number> = {};
  let t0 = performance.now();
  const lap = (name: string) => {
    const t = performance.now();
    timings[name] = t - t0;
    t0 = t;
  };
  const objective: MatchObjective = options.objective ?? "tkm";
  const params = resolveMatchParams(options.params);
  const provider: DistanceProvider = options.distance ?? geodesicProvider(params.circuityFactor);
  const circuity = isGeodesicProvider(provider) ? provider.circuityFactor : params.circuityFactor;

  yield { kind: "progress", phase: "screen", fraction: 0 };

  t0 = performance.now();
  const { sources, receivers, pits, excluded } = screenSites(sites, { params, year: options.year });
  const compat = compatTable(sources, receivers);
  lap("screen");

  let arcs: ArcList;
  let oracle: DistanceOracle;
  if (isGeodesicProvider(provider)) {
    yield { kind: "progress", phase: "arcs", fraction: 0.05 };
    t0 = performance.now();
    arcs = buildGeodesicArcs(sources, receivers, compat, {
      maxHaulKm: params.maxHaulKm,
      circuityFactor: circuity,
      collect: candidateCollection(receivers, objective, params),
    });
    oracle = geodesicOracle(sources, receivers, pits, circuity);
  } else {
    const pt = (p: MatchParty): LonLat => [p.lon, p.lat];
    const [sr, rp] = yield {
      kind: "matrices",
      sourcesToReceivers: [sources.map(pt), receivers.map(pt)],
      receiversToPits: [receivers.map(pt), pits.map(pt)],
    };
    yield { kind: "progress", phase: "arcs", fraction: 0.15 };
    t0 = performance.now();
    arcs = buildMatrixArcs(sources, receivers, compat, sr as Float64Array, params.maxHaulKm);
    oracle = matrixOracle(sr as Float64Array, receivers.length, rp as Float64Array, pits.length);
  }
  lap("arcs");

  yield { kind: "progress", phase: "solve", fraction: 0.25 };

  t0 = performance.now();
  const cost = arcCosts(arcs, receivers, objective, params);
  const problem = {
    supplyTonnes: Float64Array.from(sources, (s) => s.tonnes),
    capacityTonnes: Float64Array.from(receivers, (r) => r.tonnes),
    arcStart: arcs.start,
    arcReceiver: arcs.receiver,
    arcCost: cost,
  };
  const signal = options.signal;
  const sol = solveTransport(problem, {
    quantumTonnes: params.quantumTonnes,
    ...(arcs.candidates ? { candidates: arcs.candidates } : {}),
    checkpoint: (f) => {
      if (signal?.aborted) throw abortError(signal);
      options.onProgress?.(0.25 + 0.5 * f, "solve");
    },
  });
  lap("solve");

  yield { kind: "progress", phase: "greedy", fraction: 0.75 };

  t0 = performance.now();
  const greedy = solveGreedy(problem);
  lap("greedy");

  yield { kind: "progress", phase: "baseline", fraction: 0.85 };

  t0 = performance.now();
  const optFlows = flowSet(arcs, sol.flowArcs, sol.flowTonnes);
  const greedyFlows = flowSet(arcs, greedy.flowArcs, greedy.flowTonnes);
  // Deliveries every scenario makes to projects and harbour fills: the larger of the optimum's
  // and greedy's, from soil where a scenario places soil, else virgin material.
  const targets = new Float64Array(receivers.length);
  const soilTo = (fs: FlowSet) => {
    const by = new Float64Array(receivers.length);
    fs.receiver.forEach((j, k) => {
      by[j] = (by[j] as number) + (fs.tonnes[k] as number);
    });
    return by;
  };
  const dOpt = soilTo(optFlows);
  const dGreedy = soilTo(greedyFlows);
  receivers.forEach((r, j) => {
    if (needsVirgin(r)) targets[j] = Math.max(dOpt[j] as number, dGreedy[j] as number);
  });
  const plan = planBaseline(sources, receivers, pits, compat, oracle);
  const totals = totalsOfFlows(optFlows, sources, receivers, params);
  const greedyTotals = totalsOfFlows(greedyFlows, sources, receivers, params);
  const baseline = baselineTotals(sources, receivers, plan, targets, params);
  const sOpt = systemScenario(optFlows, sources, receivers, plan, targets, params);
  const sGreedy = systemScenario(greedyFlows, sources, receivers, plan, targets, params);
  const sBase = systemScenario(null, sources, receivers, plan, targets, params);
  const deliveredToReuse = targets.reduce((a, b) => a + b, 0);
  const notes = [
    "Business as usual: each source's surplus goes to its nearest accepting depot or landfill (treatment too for klasse 3-4), with no capacity limit or maximum haul, i.e. the shortest plausible hauls; savings are therefore on the low side.",
    `Every scenario delivers ${Math.round(deliveredToReuse).toLocaleString("en-US")} t to projects and harbour fills: soil where the scenario places soil, virgin sand and gravel from the nearest pit for the rest; surplus a scenario does not place goes to its business-as-usual disposal site.`,
    "Soil placed in §52-dispensed pits counts as reuse but not as virgin material replaced: filling a pit saves no sand or gravel.",
    `Virgin m³ at the average soil density, ${params.averageSoilDensityTPerM3} t/m³.`,
  ];
  if (pits.length === 0)
    notes.push("There is no pit in the data: virgin material is counted in tonnes, but its haul is not.");
  if (sBase.unplacedTonnes > 0) {
    notes.push(
      `${Math.round(sBase.unplacedTonnes).toLocaleString("en-US")} t of surplus has no accepting depot or landfill in the data and counts as unplaced in business as usual.`,
    );
  }
  const comparison: Comparison = {
    optimum: sOpt,
    greedy: sGreedy,
    baseline: sBase,
    savingVsBaseline: savingOf(sBase, sOpt),
    savingVsGreedy: savingOf(sGreedy, sOpt),
    deliveredToReuseTonnes: deliveredToReuse,
    notes,
  };
  lap("baseline");

  yield { kind: "progress", phase: "explain", fraction: 0.9 };

  t0 = performance.now();
  const explanations = explainSources({
    sources,
    receivers,
    arcs,
    arcCost: cost,
    flowArcs: sol.flowArcs,
    flowTonnes: sol.flowTonnes,
    potentialM: sol.potentialM,
    potentialC: sol.potentialC,
    compat,
    oracle,
    maxHaulKm: params.maxHaulKm,
    toleranceTonnes: sol.quantumTonnes * 0.5,
  });
  lap("explain");

  const assumptions: MatchAssumptions = {
    objective,
    objectiveUnit: OBJECTIVE_UNITS[objective],
    circuityFactor: circuity,
    maxHaulKm: params.maxHaulKm,
    truckLoadTonnes: params.truckLoadTonnes,
    co2eKgPerTonneKm: params.co2eKgPerTonneKm,
    haulPriceDkkPerTonneKm: params.haulPriceDkkPerTonneKm,
    gateFeeDkkPerTonne: { ...params.gateFeeDkkPerTonne },
    densityTPerM3: { ...params.densityTPerM3 },
    averageSoilDensityTPerM3: params.averageSoilDensityTPerM3,
    distance: provider.label,
    ...(options.year !== undefined ? { year: options.year } : {}),
    conventions: [
      "A source's m³ are in-situ m³, converted with its material's density; receiver and pit m³ with the average soil density.",
      `Loads: whole ${params.truckLoadTonnes} t loads per haul, counted from tonnes; truck-km are laden km.`,
      `CO2e: ${params.co2eKgPerTonneKm} kg per tonne-km of laden haul (the factor averages in empty running).`,
      "Windows are inclusive; an absent date is an open end.",
      "Exact: as many tonnes as possible are placed, then the objective is the least possible.",
      ...(options.year !== undefined
        ? [
            `Quantities pro-rated by the days of each window in ${options.year}; an open-ended window counts in full.`,
          ]
        : []),
    ],
  };

  const flows = matchFlows(optFlows, sol.flowArcs, cost, sources, receivers);
  let status: MatchResult["status"] = "optimal";
  let emptyReason: string | undefined;
  if (flows.length === 0) {
    status = "empty";
    if (sources.length === 0) emptyReason = "No source with surplus takes part (see the excluded sites).";
    else if (receivers.length === 0) emptyReason = "No receiver or dispensed pit with capacity takes part.";
    else {
      const count = (r: string) => explanations.filter((e) => e.unplacedReason === r).length;
      emptyReason = `No source has a receiver that accepts its material and class, is open at the same time and lies within ${params.maxHaulKm} km (${count("no_receiver_in_range")} sources: none in range; ${count("dates")}: dates; ${count("no_compatible_receiver")}: material or class).`;
    }
  }
  timings.total = Object.values(timings).reduce((a, b) => a + b, 0);
  yield { kind: "progress", phase: "done", fraction: 1 };
  return {
    objective,
    status,
    ...(emptyReason !== undefined ? { emptyReason } : {}),
    matchedTonnes: totals.matchedTonnes,
    unmatchedTonnes: totals.unmatchedTonnes,
    totalTonneKm: totals.totalTonneKm,
    totalCo2eKg: totals.totalCo2eKg,
    objectiveValue: sol.cost,
    totals,
    flows,
    greedy: {
      ...greedyTotals,
      objectiveValue: greedy.cost,
      flows: matchFlows(greedyFlows, greedy.flowArcs, cost, sources, receivers),
    },
    baseline,
    comparison,
    sources: explanations,
    excluded,
    assumptions,
    stats: {
      sources: sources.length,
      receivers: receivers.length,
      pits: pits.length,
      arcs: arcs.receiver.length,
      candidateArcs: sol.candidateArcs,
      rounds: sol.rounds,
      pivots: sol.pivots,
      timingsMs: timings,
    },
  };
}

/** Lets queued messages (a worker's cancel) in between phases. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs the match. Resolves to a structured-cloneable result; rejects with an AbortError when
 * `options.signal` is aborted (checked between phases and between slices of pivots).
 */
export async function runMatch(sites: readonly Site[], options: MatchOptions = {}): Promise<MatchResult> {
  const steps = pipeline(sites, options);
  let input: Float64Array[] | undefined;
  for (;;) {
    throwIfAborted(options.signal);
    const r = input === undefined ? steps.next() : steps.next(input);
    input = undefined;
    if (r.done) return r.value;
    const step = r.value;
    if (step.kind === "progress") {
      options.onProgress?.(step.fraction, step.phase);
      if (options.signal) await nextTask();
    } else {
      options.onProgress?.(0.02, "distances");
      const provider = options.distance as DistanceProvider;
      const sig = options.signal ? { signal: options.signal } : {};
      const sr = await provider.matrix(...step.sourcesToReceivers, sig);
      const rp = await provider.matrix(...step.receiversToPits, sig);
      input = [sr, rp];
    }
  }
}

/** The same match, synchronously, for geodesic distances (command line, benchmark, tests). */
export function matchSitesSync(sites: readonly Site[], options: MatchOptions = {}): MatchResult {
  if (options.distance && !isGeodesicProvider(options.distance)) {
    throw new Error(
      "matchSitesSync works with geodesic distances only; use runMatch for a road-distance provider",
    );
  }
  const steps = pipeline(sites, options);
  for (;;) {
    throwIfAborted(options.signal);
    const r = steps.next();
    if (r.done) return r.value;
    if (r.value.kind === "progress") options.onProgress?.(r.value.fraction, r.value.phase);
  }
}
