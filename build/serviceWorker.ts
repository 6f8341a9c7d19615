/**
 * Vite plugin: once the app is written to dist/, builds src/offline/serviceWorker.ts into
 * dist/sw.js with the list of files to precache and a content hash of them as the cache
 * version. Runs after everything else so the list sees the copied generated data too.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { build, type Plugin } from "vite";
import { precacheList } from "../src/offline/cachePolicy";

const ENTRY = "src/offline/serviceWorker.ts";

/** Every file under dir, as a '/'-separated path relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"));
}

/** sha256 over the files' paths and bytes, shortened: changes when any precached file does. */
export async function contentVersion(dir: string, files: readonly string[]): Promise<string> {
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(file);
    hash.update("\0");
    hash.update(await readFile(join(dir, file)));
  }
  return hash.digest("hex").slice(0, 16);
}

export function serviceWorker(): Plugin {
  let root = process.cwd();
  let outDir = "dist";
  return {
    name: "jordbalance-service-worker",
    apply: "build",
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const precache = precacheList(await listFiles(outDir));
      const version = await contentVersion(outDir, precache);
      await build({
        configFile: false,
        root,
        logLevel: "warn",
        publicDir: false,
        define: {
          __PRECACHE__: JSON.stringify(precache),
          __CACHE_VERSION__: JSON.stringify(version),
        },
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          target: "es2022",
          sourcemap: false,
          // A classic script: module service workers are not in every browser yet.
          lib: {
            entry: resolve(root, ENTRY),
            formats: ["iife"],
            name: "jordbalanceSw",
            fileName: () => "sw.js",
          },
        },
      });
    },
  };
}
