/**
 * Why the match came out as it did, per source: where its soil went; the best receiver it does
 * not use and what sending a tonne there would cost extra, the rest re-optimised (marginal.ts);
 * and for soil left unplaced, the reason.
 */
import type { ArcList } from "./arcs";
import { type CompatTable, pairMismatch } from "./compat";
import { type Alternative, bestAlternatives } from "./marginal";
import type { DistanceOracle } from "./oracle";
import type { MatchParty, SourceExplanation, UnplacedReason } from "./types";

export interface ExplainInput {
  sources: readonly MatchParty[];
  receivers: readonly MatchParty[];
  arcs: ArcList;
  arcCost: Float64Array;
  /** The optimum's arcs (ascending) and tonnes. */
  flowArcs: Int32Array;
  flowTonnes: Float64Array;
  /** Optimal potentials: sources, then receivers (M part and C part). */
  potentialM: Float64Array;
  potentialC: Float64Array;
  compat: CompatTable;
  oracle: DistanceOracle;
  maxHaulKm: number;
  /** Below this many tonnes a remainder counts as nothing (the solve's rounding unit). */
  toleranceTonnes: number;
}

const fmt = (x: number) => (Math.round(x * 10) / 10).toLocaleString("en-US");

export function explainSources(input: ExplainInput): SourceExplanation[] {
  const { sources, receivers, arcs, arcCost, flowArcs, flowTonnes, potentialM, potentialC } = input;
  const ns = sources.length;
  const arcSource = new Int32Array(arcs.receiver.length);
  for (let i = 0; i < ns; i++) arcSource.fill(i, arcs.start[i] as number, arcs.start[i + 1] as number);

  // Who fills each receiver, for "capacity taken by others".
  const takers = new Map<number, { sourceId: string; tonnes: number }[]>();
  const used = new Uint8Array(arcs.receiver.length);
  for (let k = 0; k < flowArcs.length; k++) {
    const a = flowArcs[k] as number;
    used[a] = 1;
    const j = arcs.receiver[a] as number;
    const list = takers.get(j) ?? [];
    list.push({
      sourceId: (sources[arcSource[a] as number] as MatchParty).id,
      tonnes: flowTonnes[k] as number,
    });
    takers.set(j, list);
  }
  for (const list of takers.values()) list.sort((x, y) => y.tonnes - x.tonnes);

  const alternatives = bestAlternatives({
    arcs,
    arcCost,
    supplyTonnes: Float64Array.from(sources, (p) => p.tonnes),
    capacityTonnes: Float64Array.from(receivers, (p) => p.tonnes),
    flowArcs,
    flowTonnes,
    potentialM,
    potentialC,
    toleranceTonnes: input.toleranceTonnes,
  });
  const out: SourceExplanation[] = [];
  let k = 0;
  for (let i = 0; i < ns; i++) {
    const s = sources[i] as MatchParty;
    const a0 = arcs.start[i] as number;
    const a1 = arcs.start[i + 1] as number;
    const destinations: SourceExplanation["destinations"] = [];
    let placed = 0;
    let costSum = 0;
    while (k < flowArcs.length && (flowArcs[k] as number) < a1) {
      const a = flowArcs[k] as number;
      const t = flowTonnes[k] as number;
      destinations.push({
        receiverId: (receivers[arcs.receiver[a] as number] as MatchParty).id,
        tonnes: t,
        distanceKm: arcs.distanceKm[a] as number,
        costPerTonne: arcCost[a] as number,
      });
      placed += t;
      costSum += t * (arcCost[a] as number);
      k++;
    }
    const unplaced = s.tonnes - placed;
    const e: SourceExplanation = {
      sourceId: s.id,
      surplusTonnes: s.tonnes,
      placedTonnes: placed,
      unplacedTonnes: unplaced > input.toleranceTonnes ? unplaced : 0,
      destinations,
    };

    const alt = alternatives[i] as Alternative;
    if (alt.arc >= 0) {
      const c = arcCost[alt.arc] as number;
      e.alternative = {
        receiverId: (receivers[arcs.receiver[alt.arc] as number] as MatchParty).id,
        distanceKm: arcs.distanceKm[alt.arc] as number,
        costPerTonne: c,
        extraCostPerTonne: alt.extraCostPerTonne,
        directExtraPerTonne: placed > 0 ? c - costSum / placed : 0,
        displacesOthers: alt.displacesOthers,
        extraCostKind: alt.kind,
      };
    }

    if (e.unplacedTonnes > 0) explainUnplaced(e, i, a0, a1, input, takers);
    out.push(e);
  }
  return out;
}

function explainUnplaced(
  e: SourceExplanation,
  i: number,
  a0: number,
  a1: number,
  input: ExplainInput,
  takers: Map<number, { sourceId: string; tonnes: number }[]>,
): void {
  const { sources, receivers, arcs, compat, oracle, maxHaulKm } = input;
  const t = fmt(e.unplacedTonnes);
  if (a1 > a0) {
    // Every receiver in range is full (otherwise the optimum would have used it); name the
    // five nearest (a small insertion, not a sort of all arcs).
    const inRange: { j: number; km: number }[] = [];
    for (let a = a0; a < a1; a++) {
      const km = arcs.distanceKm[a] as number;
      if (inRange.length === 5 && km >= (inRange[4] as { km: number }).km) continue;
      let p = Math.min(inRange.length, 4);
      if (inRange.length < 5) inRange.push({ j: 0, km: 0 });
      while (p > 0 && (inRange[p - 1] as { km: number }).km > km) {
        inRange[p] = inRange[p - 1] as { j: number; km: number };
        p--;
      }
      inRange[p] = { j: arcs.receiver[a] as number, km };
    }
    e.unplacedReason = "capacity_taken";
    e.fullReceivers = inRange.map(({ j, km }) => ({
      receiverId: (receivers[j] as MatchParty).id,
      distanceKm: km,
      takenBy: (takers.get(j) ?? []).slice(0, 3),
    }));
    e.unplacedDetail = `${t} t unplaced: the ${a1 - a0} receiver(s) in range are full, taken by soil that fits the whole better.`;
    return;
  }
  let nearest = -1;
  let nearestKm = Number.POSITIVE_INFINITY;
  let datesOnly = false;
  for (let j = 0; j < receivers.length; j++) {
    const why = pairMismatch(compat, sources, receivers, i, j);
    if (why === undefined) {
      const km = oracle.sourceToReceiverKm(i, j);
      if (km < nearestKm || nearest < 0) {
        nearestKm = km;
        nearest = j;
      }
    } else if (why === "dates") datesOnly = true;
  }
  let reason: UnplacedReason;
  if (nearest >= 0) {
    reason = "no_receiver_in_range";
    e.nearestOutOfRange = { receiverId: (receivers[nearest] as MatchParty).id, distanceKm: nearestKm };
    e.unplacedDetail = `${t} t unplaced: no receiver that accepts it within ${fmt(maxHaulKm)} km; the nearest, ${
      (receivers[nearest] as MatchParty).id
    }, is ${fmt(nearestKm)} km away.`;
  } else if (datesOnly) {
    reason = "dates";
    e.unplacedDetail = `${t} t unplaced: receivers accept this material and class, but none is open while the soil is available.`;
  } else {
    reason = "no_compatible_receiver";
    e.unplacedDetail = `${t} t unplaced: no receiver accepts this material and class.`;
  }
  e.unplacedReason = reason;
}
