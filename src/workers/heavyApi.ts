/**
 * The heavy work the app hands to its Web Worker: a plain object of functions whose type the
 * main thread imports. Each long job has a job id so the main thread can cancel it.
 */
import { type MatchOptions, type MatchPhase, type MatchResult, runMatch } from "../domain/match";
import type { Site } from "../domain/site";
import { type LoadedSites, loadSiteFiles } from "../io/loadSites";

export type ProgressCallback = (done: number, total: number) => void;
export type MatchProgressCallback = (fraction: number, phase: MatchPhase) => void;
/** What the main thread may set; the worker supplies the signal and the distance provider. */
export type WorkerMatchOptions = Pick<MatchOptions, "objective" | "params" | "year">;

export function createHeavyApi() {
  const jobs = new Map<number, AbortController>();

  async function run<T>(jobId: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    jobs.set(jobId, controller);
    try {
      return await work(controller.signal);
    } finally {
      jobs.delete(jobId);
    }
  }

  return {
    loadSites(
      jobId: number,
      urls: string[],
      municipalitiesUrl: string,
      onProgress?: ProgressCallback,
    ): Promise<LoadedSites> {
      return run(jobId, (signal) =>
        loadSiteFiles(urls, municipalitiesUrl, { signal, ...(onProgress ? { onProgress } : {}) }),
      );
    },
    match(
      jobId: number,
      sites: Site[],
      options: WorkerMatchOptions,
      onProgress?: MatchProgressCallback,
    ): Promise<MatchResult> {
      return run(jobId, (signal) =>
        runMatch(sites, { ...options, signal, ...(onProgress ? { onProgress } : {}) }),
      );
    },
    cancel(jobId: number): void {
      jobs.get(jobId)?.abort();
    },
  };
}

export type HeavyApi = ReturnType<typeof createHeavyApi>;
