/**
 * The shape of a MatchResult (src/domain/match/types.ts) as zod, so a result read from a
 * storyboard file is checked before the match panel draws it. Objects are loose: a result
 * written by a later version with more fields still reads; what the panel uses must be there.
 */
import { z } from "zod";

const num = z.number();
const nonNeg = z.number().nonnegative();
const id = z.string().min(1);
const objective = z.enum(["tkm", "co2", "cost"]);

const flow = z.looseObject({
  sourceId: id,
  receiverId: id,
  tonnes: nonNeg,
  distanceKm: nonNeg,
  costPerTonne: num,
  reuse: z.boolean(),
});

const haulTotals = {
  matchedTonnes: nonNeg,
  unmatchedTonnes: nonNeg,
  truckLoads: nonNeg,
  truckKm: nonNeg,
  totalTonneKm: nonNeg,
  totalCo2eKg: nonNeg,
  totalCostDkk: num,
  reusedTonnes: nonNeg,
  disposedTonnes: nonNeg,
  reuseRate: nonNeg,
  virginReplacedTonnes: nonNeg,
  virginReplacedM3: nonNeg,
};

const scenario = z.looseObject({
  tonneKm: num,
  truckKm: num,
  truckLoads: num,
  co2eKg: num,
  reusedTonnes: num,
  disposedTonnes: num,
  unplacedTonnes: num,
  reuseRate: num,
  virginTonnes: num,
  virginM3: num,
  virginTonneKm: num,
});

const saving = z.looseObject({
  tonneKm: num,
  truckKm: num,
  truckLoads: num,
  co2eKg: num,
  virginTonnes: num,
  virginM3: num,
});

const explanation = z.looseObject({
  sourceId: id,
  surplusTonnes: nonNeg,
  placedTonnes: nonNeg,
  unplacedTonnes: nonNeg,
  destinations: z.array(
    z.looseObject({ receiverId: id, tonnes: nonNeg, distanceKm: nonNeg, costPerTonne: num }),
  ),
  alternative: z
    .looseObject({
      receiverId: id,
      distanceKm: nonNeg,
      costPerTonne: num,
      extraCostPerTonne: num,
      directExtraPerTonne: num,
      displacesOthers: z.boolean(),
      extraCostKind: z.enum(["exact", "lowerBound"]),
    })
    .optional(),
  unplacedReason: z
    .enum(["capacity_taken", "no_receiver_in_range", "dates", "no_compatible_receiver"])
    .optional(),
  unplacedDetail: z.string().optional(),
  fullReceivers: z
    .array(
      z.looseObject({
        receiverId: id,
        distanceKm: nonNeg,
        takenBy: z.array(z.looseObject({ sourceId: id, tonnes: nonNeg })),
      }),
    )
    .optional(),
  nearestOutOfRange: z.looseObject({ receiverId: id, distanceKm: nonNeg }).optional(),
});

const excluded = z.looseObject({
  id: z.string(),
  index: z.number().int().nonnegative(),
  reason: z.enum([
    "unknown_kind",
    "non_positive_quantity",
    "bad_quantity",
    "bad_dates",
    "unknown_material",
    "missing_class",
    "missing_acceptance",
    "bad_geometry",
    "duplicate_id",
    "completed",
    "outside_year",
  ]),
  message: z.string(),
});

const assumptions = z.looseObject({
  objective,
  objectiveUnit: z.string(),
  circuityFactor: num,
  maxHaulKm: num,
  truckLoadTonnes: num,
  co2eKgPerTonneKm: num,
  haulPriceDkkPerTonneKm: num,
  gateFeeDkkPerTonne: z.record(z.string(), num),
  densityTPerM3: z.record(z.string(), num),
  averageSoilDensityTPerM3: num,
  distance: z.string(),
  year: z.number().int().optional(),
  conventions: z.array(z.string()),
});

export const matchResultSchema = z.looseObject({
  objective,
  status: z.enum(["optimal", "empty"]),
  emptyReason: z.string().optional(),
  matchedTonnes: nonNeg,
  unmatchedTonnes: nonNeg,
  totalTonneKm: nonNeg,
  totalCo2eKg: nonNeg,
  objectiveValue: num,
  totals: z.looseObject(haulTotals),
  flows: z.array(flow),
  greedy: z.looseObject({ ...haulTotals, objectiveValue: num, flows: z.array(flow) }),
  baseline: z.looseObject(haulTotals),
  comparison: z.looseObject({
    optimum: scenario,
    greedy: scenario,
    baseline: scenario,
    savingVsBaseline: saving,
    savingVsGreedy: saving,
    deliveredToReuseTonnes: num,
    notes: z.array(z.string()),
  }),
  sources: z.array(explanation),
  excluded: z.array(excluded),
  assumptions,
  stats: z.looseObject({
    sources: nonNeg,
    receivers: nonNeg,
    pits: nonNeg,
    arcs: nonNeg,
    candidateArcs: nonNeg,
    rounds: nonNeg,
    pivots: nonNeg,
    timingsMs: z.record(z.string(), num),
  }),
});
