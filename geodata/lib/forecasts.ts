import { readdir } from "node:fs/promises";
import path from "node:path";
import { validateForecastTable } from "../../src/domain/forecast/validate";
import type { Fault } from "./faults";
import { readJsonFile } from "./readJsonFile";

export interface CheckedForecasts {
  /** Absolute paths of the forecast tables (*.json), sorted by name; copied as they are. */
  files: string[];
  faults: Fault[];
  warnings: string[];
}

/**
 * Checks every forecast table in dir against `jordbalance/forecast@1` (docs/forecasts.md).
 * A table the app would refuse, or any record it would drop, is a fault: the embedded data
 * must load whole.
 */
export async function checkForecastFiles(dir: string): Promise<CheckedForecasts> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(".json")).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    names = [];
  }
  if (names.length === 0)
    return { files: [], faults: [], warnings: [`no forecasts: ${dir} has no .json files`] };
  const faults: Fault[] = [];
  for (const name of names) {
    const read = await readJsonFile(path.join(dir, name));
    if (!read.ok) {
      faults.push(read.fault);
      continue;
    }
    for (const i of validateForecastTable(read.value).issues) {
      faults.push({
        file: name,
        ...(i.record === undefined ? {} : { where: `record #${i.record}` }),
        message: `${i.field}: ${i.message}`,
      });
    }
  }
  return { files: names.map((n) => path.join(dir, n)), faults, warnings: [] };
}
