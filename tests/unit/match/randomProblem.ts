// Small random transportation problems for property tests.
import { seededRandom } from "../../../bench/lib/matchInstances";
import type { TransportProblem } from "../../../src/domain/match/transport";

export interface RandomProblemSpec {
  ns: number;
  nr: number;
  seed: number;
  /** Share of pairs that have an arc. */
  density: number;
  /** Whole tonnes (true) or tonnes with three decimals. */
  wholeTonnes: boolean;
  /** Costs drawn from a few values, to make ties. */
  ties: boolean;
  /** Total capacity over total supply. */
  capacityRatio: number;
}

export function randomProblem(spec: RandomProblemSpec): TransportProblem {
  const r = seededRandom(spec.seed);
  const qty = () =>
    spec.wholeTonnes ? 1 + Math.floor(r() * 1000) : Math.round((0.001 + r() * 1000) * 1000) / 1000;
  const supply = Float64Array.from({ length: spec.ns }, qty);
  const cap = Float64Array.from({ length: spec.nr }, qty);
  const ratio = (spec.capacityRatio * supply.reduce((a, b) => a + b, 0)) / cap.reduce((a, b) => a + b, 0);
  // Whole tonnes stay whole after scaling, so basic solutions and residual capacities are too.
  const unit = spec.wholeTonnes ? 1 : 1000;
  for (let j = 0; j < spec.nr; j++)
    cap[j] = Math.max(1 / unit, Math.round((cap[j] as number) * ratio * unit) / unit);
  const start = new Int32Array(spec.ns + 1);
  const rec: number[] = [];
  const cost: number[] = [];
  for (let i = 0; i < spec.ns; i++) {
    start[i] = rec.length;
    for (let j = 0; j < spec.nr; j++) {
      if (r() >= spec.density) continue;
      rec.push(j);
      cost.push(spec.ties ? 1 + Math.floor(r() * 4) * 2.5 : 0.2 + r() * 79.8);
    }
  }
  start[spec.ns] = rec.length;
  return {
    supplyTonnes: supply,
    capacityTonnes: cap,
    arcStart: start,
    arcReceiver: Int32Array.from(rec),
    arcCost: Float64Array.from(cost),
  };
}
