/**
 * Business as usual, the reference the match is measured against: every source's soil goes
 * to its nearest disposal site that accepts it (depot or landfill; treatment too for klasse
 * 3-4), and projects and harbour fills get virgin sand and gravel from the nearest pit.
 * Disposal capacity is not limited here and there is no maximum haul: that flatters business
 * as usual with the shortest possible hauls, so the savings shown are, if anything, too low.
 */
import type { CompatTable } from "./compat";
import { pairMismatch } from "./compat";
import type { DistanceOracle } from "./oracle";
import type { MatchParty } from "./types";

export interface BaselinePlan {
  /** Per source: receiver index of its business-as-usual disposal site, or -1. */
  disposal: Int32Array;
  disposalKm: Float64Array;
  /** Per receiver: the pit its virgin material would come from, or -1 (also for non-project receivers). */
  virginPit: Int32Array;
  virginKm: Float64Array;
}

/** Whether a receiver is where business as usual disposes of this source's soil. */
export function isBusinessAsUsualDisposal(source: MatchParty, receiver: MatchParty): boolean {
  const t = receiver.props.receiverType;
  if (receiver.props.kind !== "receiver") return false;
  if (t === "depot" || t === "landfill") return true;
  return t === "treatment" && (source.props.soilClass ?? 0) >= 3;
}

/** Receivers whose need business as usual meets with virgin material: projects and harbour fills. */
export function needsVirgin(receiver: MatchParty): boolean {
  return receiver.reuse && receiver.props.kind === "receiver";
}

export function planBaseline(
  sources: readonly MatchParty[],
  receivers: readonly MatchParty[],
  pits: readonly MatchParty[],
  compat: CompatTable,
  oracle: DistanceOracle,
): BaselinePlan {
  const ns = sources.length;
  const nr = receivers.length;
  const disposal = new Int32Array(ns).fill(-1);
  const disposalKm = new Float64Array(ns).fill(Number.NaN);
  const disposalSites = receivers.map((_, j) => j).filter((j) => !(receivers[j] as MatchParty).reuse);
  for (let i = 0; i < ns; i++) {
    const s = sources[i] as MatchParty;
    let best = -1;
    let bestKm = Number.POSITIVE_INFINITY;
    for (const j of disposalSites) {
      const r = receivers[j] as MatchParty;
      if (!isBusinessAsUsualDisposal(s, r) || pairMismatch(compat, sources, receivers, i, j) !== undefined)
        continue;
      const km = oracle.sourceToReceiverKm(i, j);
      if (km < bestKm) {
        bestKm = km;
        best = j;
      }
    }
    disposal[i] = best;
    if (best >= 0) disposalKm[i] = bestKm;
  }
  const virginPit = new Int32Array(nr).fill(-1);
  const virginKm = new Float64Array(nr).fill(Number.NaN);
  for (let j = 0; j < nr; j++) {
    if (!needsVirgin(receivers[j] as MatchParty)) continue;
    let best = -1;
    let bestKm = Number.POSITIVE_INFINITY;
    for (let p = 0; p < pits.length; p++) {
      const km = oracle.receiverToPitKm(j, p);
      if (km < bestKm) {
        bestKm = km;
        best = p;
      }
    }
    virginPit[j] = best;
    if (best >= 0) virginKm[j] = bestKm;
  }
  return { disposal, disposalKm, virginPit, virginKm };
}
