/**
 * The heavy work the app hands to its Web Worker: a plain object of functions whose type the
 * main thread imports. Each long job has a job id so the main thread can cancel it.
 */
import { type LoadedSites, loadSiteFiles } from "../io/loadSites";

export type ProgressCallback = (done: number, total: number) => void;

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
    cancel(jobId: number): void {
      jobs.get(jobId)?.abort();
    },
  };
}

export type HeavyApi = ReturnType<typeof createHeavyApi>;
