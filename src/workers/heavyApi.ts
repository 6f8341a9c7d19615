/**
 * The heavy work the app hands to its Web Worker: a plain object of functions whose type the
 * main thread imports. Each long job has a job id so the main thread can cancel it.
 */

import type { FeatureCollection } from "geojson";
import { type MatchOptions, type MatchPhase, type MatchResult, runMatch } from "../domain/match";
import { type MunicipalityArea, municipalityAreasFromGeoJson } from "../domain/municipality";
import type { Site } from "../domain/site";
import type { CrsId } from "../io/formats/crs";
import { convertFile, inspectFile } from "../io/formats/registry";
import { sameBytes } from "../io/formats/sameBytes";
import type { ImportInput, Inspection, ReadResult } from "../io/formats/types";
import { type LoadedSites, loadSiteFiles } from "../io/loadSites";
import type { FieldMapping } from "../io/mapping/fieldMapping";
import { fetchJson } from "../io/userError";

export type ProgressCallback = (done: number, total: number) => void;
export type MatchProgressCallback = (fraction: number, phase: MatchPhase) => void;
/** What the main thread may set; the worker supplies the signal and the distance provider. */
export type WorkerMatchOptions = Pick<MatchOptions, "objective" | "params" | "year">;

export function createHeavyApi() {
  const jobs = new Map<number, AbortController>();
  // Municipality boundaries for imports, fetched once per URL.
  const areasByUrl = new Map<string, Promise<MunicipalityArea[]>>();
  const areasOf = (url: string) => {
    let areas = areasByUrl.get(url);
    if (!areas) {
      areas = fetchJson(url).then((fc) => municipalityAreasFromGeoJson(fc as FeatureCollection));
      areasByUrl.set(url, areas);
    }
    return areas;
  };

  // The file last inspected. Its convert step sends the same bytes again (as a copy): passing
  // on this object instead lets the format reuse the parse it kept (pipeline.ts). Dropped once
  // converted or when the dialog closes (forgetImport), so a finished import holds no memory here.
  let inspected: ImportInput | undefined;
  const sameAsInspected = (input: ImportInput) =>
    inspected !== undefined &&
    inspected.fileName === input.fileName &&
    sameBytes(inspected.bytes, input.bytes)
      ? inspected
      : input;

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
    inspectImport(
      jobId: number,
      input: ImportInput,
      municipalitiesUrl: string,
      onProgress?: (fraction: number) => void,
    ): Promise<Inspection> {
      inspected = input;
      return run(jobId, async (signal) =>
        inspectFile(input, {
          signal,
          areas: await areasOf(municipalitiesUrl),
          ...(onProgress ? { onProgress } : {}),
        }),
      );
    },
    convertImport(
      jobId: number,
      input: ImportInput,
      mapping: FieldMapping,
      crs: CrsId | undefined,
      municipalitiesUrl: string,
      onProgress?: (fraction: number) => void,
    ): Promise<ReadResult> {
      const file = sameAsInspected(input);
      return run(jobId, async (signal) => {
        const result = await convertFile(file, mapping, {
          signal,
          areas: await areasOf(municipalitiesUrl),
          ...(crs ? { crs } : {}),
          ...(onProgress ? { onProgress } : {}),
        });
        // Kept after a failure: the user fixes the mapping and converts again.
        if (inspected === file) inspected = undefined;
        return result;
      });
    },
    /** The import dialog closed: let go of the file kept for its convert step. */
    forgetImport(): void {
      inspected = undefined;
    },
    cancel(jobId: number): void {
      jobs.get(jobId)?.abort();
    },
  };
}

export type HeavyApi = ReturnType<typeof createHeavyApi>;
