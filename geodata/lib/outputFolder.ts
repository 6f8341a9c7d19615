import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** Sibling folders a build stages in (`generated.tmp-<pid>`) or moves the last output to (`generated.old-<pid>`). */
const scratchName = (outDir: string, kind: "tmp" | "old") => `${outDir}.${kind}-${process.pid}`;

/** Removes scratch folders a killed build left beside outDir, so they don't pile up. */
async function removeStaleScratch(outDir: string): Promise<void> {
  const parent = path.dirname(outDir);
  const base = path.basename(outDir);
  const names = await readdir(parent).catch(() => []);
  const stale = names.filter((n) => n.startsWith(`${base}.tmp-`) || n.startsWith(`${base}.old-`));
  await Promise.all(stale.map((n) => rm(path.join(parent, n), { recursive: true, force: true })));
}

/**
 * Builds a fresh output folder beside outDir, then swaps it in with two renames: the app never
 * reads a half-written folder, and a build that fails leaves the last good output untouched.
 */
export async function replaceFolder<T>(outDir: string, fill: (stagingDir: string) => Promise<T>): Promise<T> {
  await removeStaleScratch(outDir);
  const staging = scratchName(outDir, "tmp");
  await mkdir(staging, { recursive: true });
  let result: T;
  try {
    result = await fill(staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const old = scratchName(outDir, "old");
  const hadOutput = await rename(outDir, old).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return false;
      throw error;
    },
  );
  try {
    await rename(staging, outDir);
  } catch (error) {
    if (hadOutput) await rename(old, outDir);
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  if (hadOutput) await rm(old, { recursive: true, force: true });
  return result;
}

/** Writes JSON, creating parent folders. GeoJSON goes compact (it is large); `pretty` for files people edit. */
export async function writeJson(file: string, value: unknown, pretty = false): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`);
}
