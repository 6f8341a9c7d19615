/**
 * Totals of a set of hauls and of whole scenarios. Loads are whole trucks per haul (a part load
 * is a load); truck-km are laden (loads × haul km); CO2e is tonne-km × the per-tonne-km factor,
 * which already averages in empty running. Reuse and disposal are kept apart throughout.
 */
import { truckLoads } from "../units";
import type { BaselinePlan } from "./baseline";
import { needsVirgin } from "./baseline";
import { gateFeeOf } from "./matchParams";
import type { HaulTotals, MatchParams, MatchParty, Saving, SystemScenario } from "./types";

/** Hauls by source and receiver index. */
export interface FlowSet {
  source: Int32Array;
  receiver: Int32Array;
  tonnes: Float64Array;
  km: Float64Array;
}

interface LegSums {
  loads: number;
  truckKm: number;
  tonneKm: number;
  costDkk: number;
}

const emptySums = (): LegSums => ({ loads: 0, truckKm: 0, tonneKm: 0, costDkk: 0 });

function addLeg(sums: LegSums, tonnes: number, km: number, gateFee: number, params: MatchParams): void {
  if (!(tonnes > 0)) return;
  const loads = truckLoads(tonnes, params.truckLoadTonnes);
  sums.loads += loads;
  sums.truckKm += loads * km;
  sums.tonneKm += tonnes * km;
  sums.costDkk += tonnes * km * params.haulPriceDkkPerTonneKm + tonnes * gateFee;
}

const sumOf = (parties: readonly MatchParty[]) => parties.reduce((a, p) => a + p.tonnes, 0);

/** Totals of the match's own hauls (the optimum's or greedy's). */
export function totalsOfFlows(
  flows: FlowSet,
  sources: readonly MatchParty[],
  receivers: readonly MatchParty[],
  params: MatchParams,
): HaulTotals {
  const sums = emptySums();
  let matched = 0;
  let reused = 0;
  let replaced = 0;
  for (let k = 0; k < flows.tonnes.length; k++) {
    const t = flows.tonnes[k] as number;
    const r = receivers[flows.receiver[k] as number] as MatchParty;
    addLeg(sums, t, flows.km[k] as number, gateFeeOf(r.props, params), params);
    matched += t;
    if (r.reuse) reused += t;
    if (needsVirgin(r)) replaced += t;
  }
  const surplus = sumOf(sources);
  return {
    matchedTonnes: matched,
    unmatchedTonnes: Math.max(0, surplus - matched),
    truckLoads: sums.loads,
    truckKm: sums.truckKm,
    totalTonneKm: sums.tonneKm,
    totalCo2eKg: sums.tonneKm * params.co2eKgPerTonneKm,
    totalCostDkk: sums.costDkk,
    reusedTonnes: reused,
    disposedTonnes: matched - reused,
    reuseRate: surplus > 0 ? reused / surplus : 0,
    virginReplacedTonnes: replaced,
    virginReplacedM3: replaced / params.averageSoilDensityTPerM3,
  };
}

/**
 * Business as usual on its own: all surplus to its disposal site, and `virginTargets` (t per
 * receiver) hauled from pits. "matched" = surplus that has a disposal site to go to.
 */
export function baselineTotals(
  sources: readonly MatchParty[],
  receivers: readonly MatchParty[],
  plan: BaselinePlan,
  virginTargets: Float64Array,
  params: MatchParams,
): HaulTotals {
  const sums = emptySums();
  let placed = 0;
  sources.forEach((s, i) => {
    const j = plan.disposal[i] as number;
    if (j < 0) return;
    addLeg(
      sums,
      s.tonnes,
      plan.disposalKm[i] as number,
      gateFeeOf((receivers[j] as MatchParty).props, params),
      params,
    );
    placed += s.tonnes;
  });
  receivers.forEach((_, j) => {
    if ((plan.virginPit[j] as number) >= 0)
      addLeg(sums, virginTargets[j] as number, plan.virginKm[j] as number, 0, params);
  });
  const surplus = sumOf(sources);
  return {
    matchedTonnes: placed,
    unmatchedTonnes: Math.max(0, surplus - placed),
    truckLoads: sums.loads,
    truckKm: sums.truckKm,
    totalTonneKm: sums.tonneKm,
    totalCo2eKg: sums.tonneKm * params.co2eKgPerTonneKm,
    totalCostDkk: sums.costDkk,
    reusedTonnes: 0,
    disposedTonnes: placed,
    reuseRate: 0,
    virginReplacedTonnes: 0,
    virginReplacedM3: 0,
  };
}

/**
 * One scenario on the common footing: its own hauls (none for business as usual), the rest of
 * every source's surplus to its business-as-usual disposal site, and each project's or harbour
 * fill's target topped up with virgin material from its nearest pit.
 */
export function systemScenario(
  flows: FlowSet | null,
  sources: readonly MatchParty[],
  receivers: readonly MatchParty[],
  plan: BaselinePlan,
  virginTargets: Float64Array,
  params: MatchParams,
): SystemScenario {
  const sums = emptySums();
  const placedBySource = new Float64Array(sources.length);
  const soilByReceiver = new Float64Array(receivers.length);
  let reused = 0;
  let disposed = 0;
  if (flows) {
    for (let k = 0; k < flows.tonnes.length; k++) {
      const t = flows.tonnes[k] as number;
      const i = flows.source[k] as number;
      const j = flows.receiver[k] as number;
      const r = receivers[j] as MatchParty;
      addLeg(sums, t, flows.km[k] as number, gateFeeOf(r.props, params), params);
      placedBySource[i] = (placedBySource[i] as number) + t;
      soilByReceiver[j] = (soilByReceiver[j] as number) + t;
      if (r.reuse) reused += t;
      else disposed += t;
    }
  }
  let unplaced = 0;
  sources.forEach((s, i) => {
    const rest = s.tonnes - (placedBySource[i] as number);
    if (rest <= 1e-9 * s.tonnes) return;
    const j = plan.disposal[i] as number;
    if (j < 0) {
      unplaced += rest;
      return;
    }
    addLeg(
      sums,
      rest,
      plan.disposalKm[i] as number,
      gateFeeOf((receivers[j] as MatchParty).props, params),
      params,
    );
    disposed += rest;
  });
  const virginSums = emptySums();
  let virgin = 0;
  receivers.forEach((_, j) => {
    const need = Math.max(0, (virginTargets[j] as number) - (soilByReceiver[j] as number));
    if (need <= 0) return;
    virgin += need;
    if ((plan.virginPit[j] as number) >= 0) addLeg(virginSums, need, plan.virginKm[j] as number, 0, params);
  });
  const surplus = sumOf(sources);
  const tonneKm = sums.tonneKm + virginSums.tonneKm;
  return {
    tonneKm,
    truckKm: sums.truckKm + virginSums.truckKm,
    truckLoads: sums.loads + virginSums.loads,
    co2eKg: tonneKm * params.co2eKgPerTonneKm,
    reusedTonnes: reused,
    disposedTonnes: disposed,
    unplacedTonnes: unplaced,
    reuseRate: surplus > 0 ? reused / surplus : 0,
    virginTonnes: virgin,
    virginM3: virgin / params.averageSoilDensityTPerM3,
    virginTonneKm: virginSums.tonneKm,
  };
}

/** What scenario `b` saves against scenario `a` (positive = b hauls less). */
export function savingOf(a: SystemScenario, b: SystemScenario): Saving {
  return {
    tonneKm: a.tonneKm - b.tonneKm,
    truckKm: a.truckKm - b.truckKm,
    truckLoads: a.truckLoads - b.truckLoads,
    co2eKg: a.co2eKg - b.co2eKg,
    virginTonnes: a.virginTonnes - b.virginTonnes,
    virginM3: a.virginM3 - b.virginM3,
  };
}
