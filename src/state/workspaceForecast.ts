/**
 * The forecast the balance shows: one the user imported into the workspace (kept in its
 * `extra.forecast`, saved at once and carried in the workspace file), else the embedded one.
 * A stored table that no longer validates is reported and not shown, never silently dropped.
 */
import { useMemo } from "react";
import type { StoreApi } from "zustand";
import type { ForecastTable } from "../domain/forecast/types";
import { type JsonForecastIssue, validateForecastTable } from "../domain/forecast/validate";
import type { DocumentState } from "./document/documentStore";
import type { LoadedForecast } from "./forecastData";
import { useDocumentState } from "./useDocument";

export const FORECAST_KEY = "forecast";

export type ShownForecast =
  | { source: "embedded"; forecast: LoadedForecast | null | undefined; storedProblem?: string }
  | { source: "workspace"; forecast: LoadedForecast };

export interface StoredForecast {
  table?: ForecastTable;
  /** Records the stored table holds that cannot be used (shown with it, as for any forecast). */
  issues?: JsonForecastIssue[];
  problem?: string;
}

// Validating a 12-year table is not free, and `extra` changes with every scene edit: once per
// stored object.
const checked = new WeakMap<object, StoredForecast>();

/** What a workspace's `extra` holds under "forecast": nothing, a usable table, or why not. */
export function storedForecast(extra: Record<string, unknown>): StoredForecast {
  const raw = extra[FORECAST_KEY];
  if (raw === undefined) return {};
  if (raw === null || typeof raw !== "object") return { problem: "table: not a JSON object" };
  let known = checked.get(raw);
  if (!known) {
    const { table, issues } = validateForecastTable(raw);
    known = table ? { table, issues } : { problem: issues.map((i) => `${i.field}: ${i.message}`).join("; ") };
    checked.set(raw, known);
  }
  return known;
}

export function useShownForecast(
  store: StoreApi<DocumentState> | undefined,
  embedded: LoadedForecast | null | undefined,
): ShownForecast {
  const extra = useDocumentState(store, (s) => (s.workspace ? s.extra : undefined));
  const stored = useMemo(() => (extra ? storedForecast(extra) : {}), [extra]);
  return useMemo((): ShownForecast => {
    if (stored.table)
      return { source: "workspace", forecast: { table: stored.table, issues: stored.issues ?? [], url: "" } };
    return {
      source: "embedded",
      forecast: embedded,
      ...(stored.problem ? { storedProblem: stored.problem } : {}),
    };
  }, [stored, embedded]);
}

/** Keeps `table` in the workspace (undefined: back to the embedded forecast). */
export function keepForecast(store: StoreApi<DocumentState>, table: ForecastTable | undefined): boolean {
  return store.getState().setExtra(FORECAST_KEY, table).ok;
}
