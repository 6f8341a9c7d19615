/**
 * npm run bench:import [-- --runs 3]
 *
 * Import speed and peak memory for a 10 MB and a 50 MB GeoJSON (schema v1) and a 200,000-row
 * Danish CSV (";", decimal commas, UTM x/y), each against the bare parse of the same file in
 * the same run: `JSON.parse`, and Papa Parse without any mapping. The import is the whole
 * path the app and the command line take: inspect (columns, CRS, suggested mapping) and
 * convert (mapping, reprojection, validateSite for every record, municipality by
 * point-in-polygon). Every measurement runs in a fresh process (see bench/import/case.ts), so
 * peak memory is the process's own; "idle" is Node with the same loader doing nothing.
 * Files are generated into a temporary folder and removed afterwards. Results also go to
 * bench/results/import.json.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { generateCsv, generateGeoJson } from "./import/generate";
import { median } from "./map/stats";

const arg = (name: string, fallback: string) => {
  const k = process.argv.indexOf(`--${name}`);
  return k >= 0 ? (process.argv[k + 1] ?? fallback) : fallback;
};
const runs = Number(arg("runs", "3"));
const MB = 1024 * 1024;

const boundaries = [
  "public/generated/boundaries/municipalities.geojson",
  "../shared/geodata/dagi-kommuner.geojson",
].find((f) => existsSync(f));

type Sample = Record<string, number>;

function runCase(mode: string, file: string): Sample {
  const args = ["--import", "tsx", "bench/import/case.ts", mode, file, ...(boundaries ? [boundaries] : [])];
  const child = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 16 * MB });
  if (child.status !== 0) throw new Error(`${mode} ${file} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").at(-1) as string);
}

/** Median of each measure over `runs` fresh processes. */
function measure(mode: string, file: string): Sample {
  const samples = Array.from({ length: runs }, () => runCase(mode, file));
  return Object.fromEntries(
    Object.keys(samples[0] ?? {}).map((k) => [k, median(samples.map((s) => s[k] as number))]),
  );
}

const dir = mkdtempSync(path.join(tmpdir(), "bench-import-"));
try {
  const files = [
    {
      label: "GeoJSON 10 MB",
      file: path.join(dir, "sites-10mb.geojson"),
      make: () => generateGeoJson(10 * MB),
      peer: "json-parse",
    },
    {
      label: "GeoJSON 50 MB",
      file: path.join(dir, "sites-50mb.geojson"),
      make: () => generateGeoJson(50 * MB),
      peer: "json-parse",
    },
    {
      label: "CSV 200,000 rows",
      file: path.join(dir, "sites-200k.csv"),
      make: () => generateCsv(200_000),
      peer: "csv-parse",
    },
  ];
  for (const f of files) writeFileSync(f.file, f.make());
  const idle = measure("idle", files[0]?.file as string);
  console.log(
    `Import benchmark: median of ${runs} fresh processes per cell; Node ${process.version}; ` +
      `boundaries ${boundaries ?? "none"}; idle process peak ${idle.peakMB?.toFixed(0)} MB.`,
  );
  const rows = [];
  for (const f of files) {
    const bare = measure(f.peer, f.file);
    const ours = measure("import", f.file);
    rows.push({ ...f, sizeMB: statSync(f.file).size / MB, bare, ours });
  }
  const header = [
    "file",
    "size",
    "bare ms",
    "import ms",
    "ratio",
    "bare peak MB",
    "import peak MB",
    "ratio",
    "above idle, ratio",
  ];
  const table = [
    header,
    ...rows.map((r) => {
      const above =
        ((r.ours.peakMB as number) - (idle.peakMB as number)) /
        ((r.bare.peakMB as number) - (idle.peakMB as number));
      return [
        r.label,
        `${r.sizeMB.toFixed(1)} MB`,
        (r.bare.ms as number).toFixed(0),
        (r.ours.ms as number).toFixed(0),
        `${((r.ours.ms as number) / (r.bare.ms as number)).toFixed(1)}×`,
        (r.bare.peakMB as number).toFixed(0),
        (r.ours.peakMB as number).toFixed(0),
        `${((r.ours.peakMB as number) / (r.bare.peakMB as number)).toFixed(1)}×`,
        `${above.toFixed(1)}×`,
      ];
    }),
  ];
  const widths = header.map((_, c) => Math.max(...table.map((row) => (row[c] ?? "").length)));
  for (const row of table)
    console.log(
      row
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
        .join("  "),
    );
  console.log("\nImport detail (medians):");
  for (const r of rows)
    console.log(
      `  ${r.label}: ${r.ours.valid} sites, ${r.ours.rejected} rejected; inspect ${(r.ours.inspectMs as number).toFixed(0)} ms; ` +
        `decode + parse block ${(r.ours.parseBlockMs as number).toFixed(0)} ms; longest slice after it ${(r.ours.longestSliceMs as number).toFixed(0)} ms`,
    );
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(
    "bench/results/import.json",
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, runs, idle, rows: rows.map(({ make, ...r }) => r) }, null, 2)}\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
