/**
 * The main thread's handle on the heavy-work worker. Callbacks cross the thread boundary as
 * Comlink proxies; everything else is structured-cloned.
 */
import { proxy, type Remote, wrap } from "comlink";
import type { HeavyApi, MatchProgressCallback, ProgressCallback } from "./heavyApi";

/** What components use: the same calls as HeavyApi, callable in-thread in tests. */
export interface HeavyWork {
  loadSites: HeavyApi["loadSites"];
  match: HeavyApi["match"];
  inspectImport: HeavyApi["inspectImport"];
  convertImport: HeavyApi["convertImport"];
  forgetImport: HeavyApi["forgetImport"];
  cancel: HeavyApi["cancel"];
}

let nextJobId = 1;
export const newJobId = () => nextJobId++;

export function createWorkerHeavyWork(): HeavyWork {
  const remote: Remote<HeavyApi> = wrap<HeavyApi>(
    new Worker(new URL("./heavy.worker.ts", import.meta.url), { type: "module", name: "jordbalance-heavy" }),
  );
  return {
    loadSites: (jobId, urls, municipalitiesUrl, onProgress?: ProgressCallback) =>
      remote.loadSites(jobId, urls, municipalitiesUrl, onProgress ? proxy(onProgress) : undefined),
    match: (jobId, sites, options, onProgress?: MatchProgressCallback) =>
      remote.match(jobId, sites, options, onProgress ? proxy(onProgress) : undefined),
    inspectImport: (jobId, input, url, onProgress?: (fraction: number) => void) =>
      remote.inspectImport(jobId, input, url, onProgress ? proxy(onProgress) : undefined),
    convertImport: (jobId, input, mapping, crs, url, onProgress?: (fraction: number) => void) =>
      remote.convertImport(jobId, input, mapping, crs, url, onProgress ? proxy(onProgress) : undefined),
    forgetImport: () => remote.forgetImport(),
    cancel: (jobId) => remote.cancel(jobId),
  };
}
