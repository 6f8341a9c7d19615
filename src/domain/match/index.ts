/**
 * The match's public surface: run it (async or sync), its options and result types, the
 * distance providers, and the defaults of its assumptions.
 */
export { abortError, isAbortError } from "./abort";
export {
  type DistanceProvider,
  type GeodesicProvider,
  geodesicProvider,
  type LonLat,
  type OsrmTableOptions,
  osrmTableProvider,
} from "./distanceProvider";
export { arcCosts, matchSitesSync, runMatch } from "./match";
export { DEFAULT_MATCH_PARAMS, gateFeeOf, OBJECTIVE_UNITS, resolveMatchParams } from "./matchParams";
export type * from "./types";
