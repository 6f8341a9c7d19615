/**
 * Point-to-point haul distances after the arc pass, for the baseline and the explanations:
 * source → any receiver (also beyond the maximum haul) and receiver → pit.
 */
import { chord2, kmOfChord2, unitVectors } from "./geodesic";
import type { MatchParty } from "./types";

export interface DistanceOracle {
  /** Haul km from source i to receiver j (NaN when unknown). */
  sourceToReceiverKm(i: number, j: number): number;
  /** Haul km from receiver j to pit p (NaN when unknown). */
  receiverToPitKm(j: number, p: number): number;
}

const vectors = (parties: readonly MatchParty[]) =>
  unitVectors(
    parties.map((p) => p.lon),
    parties.map((p) => p.lat),
  );

export function geodesicOracle(
  sources: readonly MatchParty[],
  receivers: readonly MatchParty[],
  pits: readonly MatchParty[],
  circuityFactor: number,
): DistanceOracle {
  const us = vectors(sources);
  const ur = vectors(receivers);
  const up = vectors(pits);
  return {
    sourceToReceiverKm: (i, j) => kmOfChord2(chord2(us, i, ur, j)) * circuityFactor,
    receiverToPitKm: (j, p) => kmOfChord2(chord2(ur, j, up, p)) * circuityFactor,
  };
}

/** From provider matrices: sources × receivers and receivers × pits, row-major, km. */
export function matrixOracle(
  sourceReceiverKm: Float64Array,
  receiverCount: number,
  receiverPitKm: Float64Array,
  pitCount: number,
): DistanceOracle {
  const at = (m: Float64Array, k: number) => {
    const v = m[k];
    return v !== undefined && Number.isFinite(v) ? v : Number.NaN;
  };
  return {
    sourceToReceiverKm: (i, j) => at(sourceReceiverKm, i * receiverCount + j),
    receiverToPitKm: (j, p) => at(receiverPitKm, j * pitCount + p),
  };
}
