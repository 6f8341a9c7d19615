/**
 * Runs the match in the worker: one job at a time, the previous one cancelled; progress and
 * the result land in the match store. After a first run, any change of the inputs re-runs it
 * (debounced), so the numbers always belong to the parameters shown.
 */
import { useCallback, useEffect, useRef } from "react";
import { isAbortError } from "../domain/match";
import type { Site } from "../domain/site";
import { newJobId } from "../workers/heavyClient";
import { shownResult, useMatchStore } from "./matchStore";
import { useServices } from "./services";
import { useViewStore } from "./viewStore";

const RERUN_DELAY_MS = 300;

export function useMatchRunner(sites: readonly Site[] | undefined) {
  const { heavy } = useServices();
  const params = useViewStore((s) => s.params);
  const objective = useMatchStore((s) => s.objective);
  const year = useMatchStore((s) => s.year);
  const haulPrice = useMatchStore((s) => s.haulPriceDkkPerTonneKm);
  const current = useRef<number | null>(null);

  const start = useCallback(() => {
    if (!sites) return;
    const store = useMatchStore.getState();
    if (current.current !== null) heavy.cancel(current.current);
    const jobId = newJobId();
    current.current = jobId;
    const previous = shownResult(store.run);
    const base = previous ? { previous } : {};
    store.setRun({ type: "running", jobId, fraction: 0, phase: "screen", ...base });
    const mine = () => current.current === jobId;
    heavy
      .match(
        jobId,
        [...sites],
        {
          objective,
          params: { ...params, haulPriceDkkPerTonneKm: haulPrice },
          ...(year === null ? {} : { year }),
        },
        (fraction, phase) => {
          if (mine()) useMatchStore.getState().setRun({ type: "running", jobId, fraction, phase, ...base });
        },
      )
      .then((result) => {
        if (mine()) useMatchStore.getState().setRun({ type: "done", result });
      })
      .catch((e: unknown) => {
        if (!mine()) return;
        useMatchStore
          .getState()
          .setRun(
            isAbortError(e)
              ? { type: "cancelled", ...base }
              : { type: "error", message: e instanceof Error ? e.message : String(e), ...base },
          );
      })
      .finally(() => {
        if (mine()) current.current = null;
      });
  }, [heavy, sites, params, objective, year, haulPrice]);

  const cancel = useCallback(() => {
    if (current.current !== null) heavy.cancel(current.current);
  }, [heavy]);

  // Re-run when an input changes (a new `start`), once the user has run the match.
  const lastStart = useRef(start);
  useEffect(() => {
    if (lastStart.current === start) return;
    lastStart.current = start;
    if (useMatchStore.getState().run.type === "idle") return;
    const timer = setTimeout(start, RERUN_DELAY_MS);
    return () => clearTimeout(timer);
  }, [start]);

  return { start, cancel };
}
