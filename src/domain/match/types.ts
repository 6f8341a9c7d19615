/**
 * Public types of the match. Everything in a MatchResult is plain data (objects, arrays,
 * numbers, strings), so it can cross a Web Worker boundary by structured clone.
 */
import type { MismatchReason } from "../compatibility";
import type { Parameters } from "../params";
import type { ReceiverType, SiteProperties } from "../site";
import type { DistanceProvider } from "./distanceProvider";

export type MatchObjective = "tkm" | "co2" | "cost";

export type MatchPhase =
  | "screen"
  | "distances"
  | "arcs"
  | "solve"
  | "greedy"
  | "baseline"
  | "explain"
  | "done";

/** Editable assumptions: the shared Parameters plus the prices of the cost objective. */
export interface MatchParams extends Parameters {
  /** Haul price, DKK per tonne-km (rule of thumb; only the cost objective uses it). */
  haulPriceDkkPerTonneKm: number;
  /** Gate fee charged by a receiver, DKK per tonne, by receiver type ("pit": dispensed pits). */
  gateFeeDkkPerTonne: Readonly<Record<ReceiverType | "pit", number>>;
  /** Flow unit of the exact solve, t (1 g): quantities are rounded to it. */
  quantumTonnes: number;
}

export interface MatchOptions {
  objective?: MatchObjective;
  /** Overrides of the default assumptions. */
  params?: Partial<MatchParams>;
  /** Pro-rate every quantity to the days of its window inside this calendar year. */
  year?: number;
  /** Distance source; default: geodesic × circuity. */
  distance?: DistanceProvider;
  signal?: AbortSignal;
  /** Share of the work done (0–1) and the phase it is in. */
  onProgress?: (fraction: number, phase: MatchPhase) => void;
}

/** Why a site was left out of the match. */
export type ExclusionReason =
  | "unknown_kind"
  | "non_positive_quantity"
  | "bad_quantity"
  | "bad_dates"
  | "unknown_material"
  | "missing_class"
  | "missing_acceptance"
  | "bad_geometry"
  | "duplicate_id"
  | "completed"
  | "outside_year";

export interface ExcludedSite {
  id: string;
  /** Position in the input array. */
  index: number;
  reason: ExclusionReason;
  message: string;
}

/** A site as the match sees it: screened, in tonnes, with a point and day-number window. */
export interface MatchParty {
  index: number;
  id: string;
  props: SiteProperties;
  lon: number;
  lat: number;
  /** Quantity in play, t (after year pro-rating). */
  tonnes: number;
  /** The whole quantity, t. */
  fullTonnes: number;
  /** Window as days since 1970-01-01, inclusive; ±Infinity when open. */
  fromDay: number;
  toDay: number;
  /** Receivers: true for reuse (projects, harbour fills, dispensed pits), false for disposal. */
  reuse: boolean;
}

export interface MatchFlow {
  sourceId: string;
  receiverId: string;
  tonnes: number;
  /** Haul distance used in the objective, km (geodesic × circuity, or the road provider's). */
  distanceKm: number;
  /** Objective cost per tonne on this arc (km, kg CO2e or DKK). */
  costPerTonne: number;
  /** true when the receiver reuses the soil, false when it only disposes of it. */
  reuse: boolean;
}

/** Totals of one set of hauls. */
export interface HaulTotals {
  matchedTonnes: number;
  unmatchedTonnes: number;
  /** Whole loads per haul (a part load is a load), summed. */
  truckLoads: number;
  /** Laden truck-km: loads × haul km (the empty return is not counted). */
  truckKm: number;
  totalTonneKm: number;
  totalCo2eKg: number;
  /** Haul price × tonne-km + gate fees, DKK (with the cost parameters, whatever the objective). */
  totalCostDkk: number;
  reusedTonnes: number;
  disposedTonnes: number;
  /** reusedTonnes / all surplus in play. */
  reuseRate: number;
  /** Tonnes placed on projects and harbour fills, where virgin sand and gravel would go. */
  virginReplacedTonnes: number;
  virginReplacedM3: number;
}

/** One whole scenario on a common footing (see docs/matching.md, "Comparison"). */
export interface SystemScenario {
  tonneKm: number;
  truckKm: number;
  truckLoads: number;
  co2eKg: number;
  reusedTonnes: number;
  disposedTonnes: number;
  /** Surplus with nowhere to go, not even a business-as-usual disposal site. */
  unplacedTonnes: number;
  reuseRate: number;
  virginTonnes: number;
  virginM3: number;
  /** Virgin hauled from a pit; 0 with a note when the data has no pit. */
  virginTonneKm: number;
}

export interface Saving {
  tonneKm: number;
  truckKm: number;
  truckLoads: number;
  co2eKg: number;
  virginTonnes: number;
  virginM3: number;
}

export interface Comparison {
  optimum: SystemScenario;
  greedy: SystemScenario;
  baseline: SystemScenario;
  savingVsBaseline: Saving;
  savingVsGreedy: Saving;
  /** Tonnes every scenario delivers to projects and harbour fills (from soil or virgin). */
  deliveredToReuseTonnes: number;
  notes: string[];
}

export type UnplacedReason = "capacity_taken" | "no_receiver_in_range" | "dates" | "no_compatible_receiver";

export interface SourceExplanation {
  sourceId: string;
  surplusTonnes: number;
  placedTonnes: number;
  unplacedTonnes: number;
  destinations: { receiverId: string; tonnes: number; distanceKm: number; costPerTonne: number }[];
  /** The best allowed receiver this source does not use, by marginal cost. */
  alternative?: {
    receiverId: string;
    distanceKm: number;
    costPerTonne: number;
    /**
     * Extra objective per tonne sent there, the rest re-planned so that as much soil is still
     * placed (see extraCostKind).
     */
    extraCostPerTonne: number;
    /** costPerTonne minus the average cost per tonne of the current destinations. */
    directExtraPerTonne: number;
    /** Sending soil there would leave other soil unplaced. */
    displacesOthers: boolean;
    /**
     * "exact": the extra cost of the best re-plan. "lowerBound": the search was cut short
     * (very large instances) and every alternative costs at least this much more.
     */
    extraCostKind: "exact" | "lowerBound";
  };
  unplacedReason?: UnplacedReason;
  /** Plain-language reason for the unplaced part. */
  unplacedDetail?: string;
  /** For capacity_taken: the full receivers in range and who filled them. */
  fullReceivers?: {
    receiverId: string;
    distanceKm: number;
    takenBy: { sourceId: string; tonnes: number }[];
  }[];
  /** For no_receiver_in_range: the nearest receiver that would fit but for the distance. */
  nearestOutOfRange?: { receiverId: string; distanceKm: number };
}

export interface MatchAssumptions {
  objective: MatchObjective;
  objectiveUnit: string;
  circuityFactor: number;
  maxHaulKm: number;
  truckLoadTonnes: number;
  co2eKgPerTonneKm: number;
  haulPriceDkkPerTonneKm: number;
  gateFeeDkkPerTonne: Readonly<Record<string, number>>;
  densityTPerM3: Readonly<Record<string, number>>;
  averageSoilDensityTPerM3: number;
  distance: string;
  year?: number;
  conventions: string[];
}

export interface MatchResult {
  objective: MatchObjective;
  /** "empty" when nothing could be matched; `emptyReason` says why. */
  status: "optimal" | "empty";
  emptyReason?: string;
  matchedTonnes: number;
  unmatchedTonnes: number;
  totalTonneKm: number;
  totalCo2eKg: number;
  /** The optimised quantity: Σ tonnes × costPerTonne. */
  objectiveValue: number;
  totals: HaulTotals;
  flows: MatchFlow[];
  greedy: HaulTotals & { objectiveValue: number; flows: MatchFlow[] };
  baseline: HaulTotals;
  comparison: Comparison;
  sources: SourceExplanation[];
  excluded: ExcludedSite[];
  assumptions: MatchAssumptions;
  stats: {
    sources: number;
    receivers: number;
    pits: number;
    arcs: number;
    candidateArcs: number;
    rounds: number;
    pivots: number;
    timingsMs: Record<string, number>;
  };
}

export type { MismatchReason };
