import { readdir } from "node:fs/promises";
import path from "node:path";
import { validateSiteCollection } from "../../src/domain/siteSchema";
import type { Fault } from "./faults";
import { readJsonFile } from "./readJsonFile";

export interface CheckedSites {
  /** Absolute paths of the site files, sorted by name; copied as they are when all are valid. */
  files: string[];
  faults: Fault[];
  warnings: string[];
}

/** The *.geojson files in dir, sorted; none when the folder is missing. */
async function listGeojson(dir: string): Promise<string[] | undefined> {
  try {
    const names = await readdir(dir);
    return names
      .filter((n) => n.endsWith(".geojson"))
      .sort()
      .map((n) => path.join(dir, n));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * Checks every site file against schema v1 (src/domain/siteSchema.ts). Ids must be unique
 * across all files, since the app loads them into one document. Every bad record becomes a
 * fault naming its id, field and message.
 */
export async function checkSiteFiles(dir: string): Promise<CheckedSites> {
  const files = await listGeojson(dir);
  if (files === undefined || files.length === 0) {
    const why = files === undefined ? "does not exist" : "has no .geojson files";
    return { files: [], faults: [], warnings: [`no embedded sites: ${dir} ${why}`] };
  }
  const faults: Fault[] = [];
  const seenIds = new Set<string>();
  for (const filePath of files) {
    const file = path.basename(filePath);
    const read = await readJsonFile(filePath);
    if (!read.ok) {
      faults.push(read.fault);
      continue;
    }
    const { sites, issues } = validateSiteCollection(read.value, seenIds);
    for (const s of sites) seenIds.add(s.properties.id);
    faults.push(
      ...issues.map((i) => ({ file, where: `site ${i.ref}`, message: `${i.field}: ${i.message}` })),
    );
  }
  return { files, faults, warnings: [] };
}
