/**
 * One benchmark case in its own process, so the peak memory of one case never colours
 * another's: `node --import tsx bench/import/case.ts <mode> <file>`. Prints one JSON line:
 * wall time of the work (ms), the process's peak resident memory (MB) and, for an import, the
 * counts and the longest stretch between progress reports (how long a cancel can wait).
 */
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { municipalityAreasFromGeoJson } from "../../src/domain/municipality";
import { convertFile, inspectFile } from "../../src/io/formats/registry";

const [mode, file, boundaries] = process.argv.slice(2);
if (!mode || !file) throw new Error("usage: case.ts idle|json-parse|csv-parse|import <file> [boundaries]");

const areas =
  mode === "import" && boundaries
    ? municipalityAreasFromGeoJson(JSON.parse(readFileSync(boundaries, "utf8")))
    : [];
const out: Record<string, number> = {};
const t0 = performance.now();
switch (mode) {
  case "idle":
    break;
  case "json-parse":
    out.features = (JSON.parse(readFileSync(file, "utf8")) as { features: unknown[] }).features.length;
    break;
  case "csv-parse":
    out.rows = Papa.parse<string[]>(readFileSync(file, "utf8"), { delimiter: ";" }).data.length;
    break;
  case "import": {
    const input = { bytes: new Uint8Array(readFileSync(file)), fileName: file };
    const inspection = await inspectFile(input, { areas });
    out.inspectMs = performance.now() - t0;
    // Gaps between progress reports: the first is decoding and JSON.parse (one block, as
    // designed); the rest are the time slices a cancel may have to wait for.
    let last = performance.now();
    const gaps: number[] = [];
    const onProgress = () => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
    };
    const mapping = {
      ...inspection.suggested,
      defaultKind: "source" as const,
      unit: inspection.suggested.unit ?? "m3",
    };
    const result = await convertFile(input, mapping, { areas, onProgress });
    out.valid = result.candidates.length;
    out.rejected = result.rejected.length;
    out.parseBlockMs = gaps[0] ?? 0;
    out.longestSliceMs = Math.max(0, ...gaps.slice(1));
    break;
  }
  default:
    throw new Error(`unknown mode ${mode}`);
}
out.ms = performance.now() - t0;
out.peakMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify(out)}\n`);
