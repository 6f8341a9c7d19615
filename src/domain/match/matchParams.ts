/**
 * Defaults of the match's own assumptions, on top of the shared Parameters. The prices are
 * illustrative rules of thumb, not quotes: every one is editable and shown beside results.
 */
import { DEFAULT_PARAMETERS } from "../params";
import type { SiteProperties } from "../site";
import type { MatchObjective, MatchParams } from "./types";

export const DEFAULT_MATCH_PARAMS: MatchParams = {
  ...DEFAULT_PARAMETERS,
  // A 25 t truck at about DKK 800/h covering about 40 km/h laden, doubled for the empty return.
  haulPriceDkkPerTonneKm: 1.6,
  // Illustrative gate fees, DKK/t: projects take clean soil free; disposal costs more the
  // dirtier the route (treatment and landfill include handling; landfill tax not modelled).
  gateFeeDkkPerTonne: {
    noise_wall: 0,
    landscaping: 0,
    climate_adaptation: 0,
    road_fill: 0,
    harbour_fill: 35,
    depot: 60,
    treatment: 250,
    landfill: 450,
    pit: 20,
  },
  quantumTonnes: 1e-6,
};

export const OBJECTIVE_UNITS: Readonly<Record<MatchObjective, string>> = {
  tkm: "tonne-km",
  co2: "kg CO2e",
  cost: "DKK",
};

/** Defaults with the caller's overrides; rejects values that would make the result meaningless. */
export function resolveMatchParams(overrides: Partial<MatchParams> = {}): MatchParams {
  const p: MatchParams = {
    ...DEFAULT_MATCH_PARAMS,
    ...overrides,
    gateFeeDkkPerTonne: { ...DEFAULT_MATCH_PARAMS.gateFeeDkkPerTonne, ...overrides.gateFeeDkkPerTonne },
    densityTPerM3: { ...DEFAULT_MATCH_PARAMS.densityTPerM3, ...overrides.densityTPerM3 },
  };
  const positive: [string, number][] = [
    ["circuityFactor", p.circuityFactor],
    ["maxHaulKm", p.maxHaulKm],
    ["truckLoadTonnes", p.truckLoadTonnes],
    ["averageSoilDensityTPerM3", p.averageSoilDensityTPerM3],
    ["quantumTonnes", p.quantumTonnes],
  ];
  for (const [name, v] of positive) {
    if (!(Number.isFinite(v) && v > 0)) throw new RangeError(`${name} must be a positive number, got ${v}`);
  }
  const nonNegative: [string, number][] = [
    ["co2eKgPerTonneKm", p.co2eKgPerTonneKm],
    ["haulPriceDkkPerTonneKm", p.haulPriceDkkPerTonneKm],
    ...Object.entries(p.gateFeeDkkPerTonne).map(([k, v]): [string, number] => [`gateFeeDkkPerTonne.${k}`, v]),
  ];
  for (const [name, v] of nonNegative) {
    if (!(Number.isFinite(v) && v >= 0)) throw new RangeError(`${name} must be zero or more, got ${v}`);
  }
  return p;
}

/**
 * A receiver's gate fee, DKK/t: its own `gateFeeDkkPerTonne` property when the data has one,
 * else the default for its type (dispensed pits: "pit"; no type: 0).
 */
export function gateFeeOf(props: SiteProperties, params: MatchParams): number {
  const own = props.gateFeeDkkPerTonne;
  if (typeof own === "number" && Number.isFinite(own) && own >= 0) return own;
  if (props.kind === "pit") return params.gateFeeDkkPerTonne.pit;
  return props.receiverType === undefined ? 0 : params.gateFeeDkkPerTonne[props.receiverType];
}
