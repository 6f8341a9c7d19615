/**
 * The optimal match as the view sees it: the options the user chose and where the run is.
 * The shared parameters (circuity, maximum haul, CO2e factor, load size, densities) live in
 * the view store; the match adds its objective, year and haul price.
 */
import { create } from "zustand";
import type { MatchObjective, MatchPhase, MatchResult } from "../domain/match";
import { DEFAULT_MATCH_PARAMS } from "../domain/match";

export type MatchRun =
  | { type: "idle" }
  | { type: "running"; jobId: number; fraction: number; phase: MatchPhase; previous?: MatchResult }
  | { type: "done"; result: MatchResult }
  | { type: "cancelled"; previous?: MatchResult }
  | { type: "error"; message: string; previous?: MatchResult };

export interface MatchState {
  objective: MatchObjective;
  /** A calendar year to pro-rate quantities to, or null for the whole period. */
  year: number | null;
  haulPriceDkkPerTonneKm: number;
  run: MatchRun;
  setObjective(objective: MatchObjective): void;
  setYear(year: number | null): void;
  setHaulPrice(dkkPerTonneKm: number): void;
  setRun(run: MatchRun): void;
}

export const useMatchStore = create<MatchState>((set) => ({
  objective: "tkm",
  year: null,
  haulPriceDkkPerTonneKm: DEFAULT_MATCH_PARAMS.haulPriceDkkPerTonneKm,
  run: { type: "idle" },
  setObjective: (objective) => set({ objective }),
  setYear: (year) => set({ year }),
  setHaulPrice: (haulPriceDkkPerTonneKm) => set({ haulPriceDkkPerTonneKm }),
  setRun: (run) => set({ run }),
}));

/** The result to show: the latest finished one, kept while a re-run is under way. */
export function shownResult(run: MatchRun): MatchResult | undefined {
  switch (run.type) {
    case "done":
      return run.result;
    case "running":
    case "cancelled":
    case "error":
      return run.previous;
    case "idle":
      return undefined;
  }
}
