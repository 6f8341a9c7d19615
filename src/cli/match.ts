/**
 * Command line: the optimal match of a schema-v1 sites file.
 *
 *   npm run match -- <sites.geojson> [--objective tkm|co2|cost] [--max-haul-km N]
 *                    [--circuity F] [--year YYYY] [--json]
 *
 * Prints a readable summary, or with --json one JSON object (the match result plus the schema
 * issues of features that could not be read). Exit codes: 0 done (also when nothing matched),
 * 1 the file could not be read, 2 bad arguments.
 */
import { readFileSync } from "node:fs";
import { matchSitesSync } from "../domain/match/match";
import type { HaulTotals, MatchObjective, MatchParams, MatchResult } from "../domain/match/types";
import { type SiteIssue, validateSiteCollection } from "../domain/siteSchema";

const USAGE =
  "usage: npm run match -- <sites.geojson> [--objective tkm|co2|cost] [--max-haul-km N] [--circuity F] [--year YYYY] [--json]";

interface Args {
  file: string;
  objective: MatchObjective;
  params: Partial<MatchParams>;
  year?: number;
  json: boolean;
}

class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): Args {
  let file: string | undefined;
  let objective: MatchObjective = "tkm";
  const params: Partial<MatchParams> = {};
  let year: number | undefined;
  let json = false;
  const num = (flag: string, v: string | undefined, ok: (x: number) => boolean) => {
    const x = Number(v);
    if (v === undefined || !Number.isFinite(x) || !ok(x))
      throw new UsageError(`${flag} needs a valid number, got ${v ?? "nothing"}`);
    return x;
  };
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k] as string;
    const [flag, inline] =
      a.startsWith("--") && a.includes("=") ? (a.split(/=(.*)/s) as [string, string]) : [a, undefined];
    const value = () => inline ?? argv[++k];
    switch (flag) {
      case "--json":
        json = true;
        break;
      case "--objective": {
        const v = value();
        if (v !== "tkm" && v !== "co2" && v !== "cost")
          throw new UsageError(`--objective must be tkm, co2 or cost, got ${v}`);
        objective = v;
        break;
      }
      case "--max-haul-km":
        params.maxHaulKm = num(flag, value(), (x) => x > 0);
        break;
      case "--circuity":
        params.circuityFactor = num(flag, value(), (x) => x > 0);
        break;
      case "--year":
        year = num(flag, value(), (x) => Number.isInteger(x) && x >= 1900 && x <= 2200);
        break;
      case "--help":
      case "-h":
        throw new UsageError("");
      default:
        if (flag.startsWith("-")) throw new UsageError(`unknown option ${flag}`);
        if (file !== undefined) throw new UsageError(`one sites file only (got ${file} and ${flag})`);
        file = flag;
    }
  }
  if (file === undefined) throw new UsageError("no sites file given");
  return { file, objective, params, ...(year !== undefined ? { year } : {}), json };
}

const n0 = (x: number) => Math.round(x).toLocaleString("en-US");
const n1 = (x: number) => (Math.round(x * 10) / 10).toLocaleString("en-US", { minimumFractionDigits: 1 });
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length))) ?? [];
  return rows
    .map((r) =>
      r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join("   "),
    )
    .join("\n");
}

export function summary(result: MatchResult, issues: readonly SiteIssue[]): string {
  const a = result.assumptions;
  const out: string[] = [];
  out.push(
    `jordbalance match: objective ${a.objective} (${a.objectiveUnit}); exact: most tonnes placed, then the least ${a.objectiveUnit}`,
  );
  out.push(
    `Sites in play: ${result.stats.sources} sources, ${result.stats.receivers} receivers (dispensed pits included), ${result.stats.pits} pits; ${
      result.excluded.length + issues.length
    } left out. Allowed arcs: ${n0(result.stats.arcs)}.`,
  );
  if (result.status === "empty") out.push(`\nNothing matched. ${result.emptyReason ?? ""}`);
  const cols: [string, (t: HaulTotals) => string][] = [
    ["Matched, t", (t) => n0(t.matchedTonnes)],
    ["Unmatched, t", (t) => n0(t.unmatchedTonnes)],
    ["Truck loads", (t) => n0(t.truckLoads)],
    ["Truck-km (laden)", (t) => n0(t.truckKm)],
    ["Tonne-km", (t) => n0(t.totalTonneKm)],
    ["CO2e, t", (t) => n1(t.totalCo2eKg / 1000)],
    ["Reused, t", (t) => n0(t.reusedTonnes)],
    ["Disposed, t", (t) => n0(t.disposedTonnes)],
    ["Reuse rate", (t) => pct(t.reuseRate)],
    ["Virgin replaced, t", (t) => n0(t.virginReplacedTonnes)],
    ["Virgin replaced, m³", (t) => n0(t.virginReplacedM3)],
  ];
  out.push("\nThe hauls themselves (business as usual: disposal hauls plus virgin hauls):");
  out.push(
    table([
      ["", "optimum", "greedy", "business as usual"],
      ...cols.map(([name, f]) => [name, f(result.totals), f(result.greedy), f(result.baseline)]),
    ]),
  );

  const c = result.comparison;
  out.push("\nWhole scenarios on a common footing (all surplus handled, the same deliveries to projects):");
  out.push(
    table([
      ["", "optimum", "greedy", "business as usual", "saved vs BAU", "saved vs greedy"],
      [
        "Tonne-km",
        n0(c.optimum.tonneKm),
        n0(c.greedy.tonneKm),
        n0(c.baseline.tonneKm),
        n0(c.savingVsBaseline.tonneKm),
        n0(c.savingVsGreedy.tonneKm),
      ],
      [
        "Truck-km",
        n0(c.optimum.truckKm),
        n0(c.greedy.truckKm),
        n0(c.baseline.truckKm),
        n0(c.savingVsBaseline.truckKm),
        n0(c.savingVsGreedy.truckKm),
      ],
      [
        "Truck loads",
        n0(c.optimum.truckLoads),
        n0(c.greedy.truckLoads),
        n0(c.baseline.truckLoads),
        n0(c.savingVsBaseline.truckLoads),
        n0(c.savingVsGreedy.truckLoads),
      ],
      [
        "CO2e, t",
        n1(c.optimum.co2eKg / 1000),
        n1(c.greedy.co2eKg / 1000),
        n1(c.baseline.co2eKg / 1000),
        n1(c.savingVsBaseline.co2eKg / 1000),
        n1(c.savingVsGreedy.co2eKg / 1000),
      ],
      [
        "Virgin used, t",
        n0(c.optimum.virginTonnes),
        n0(c.greedy.virginTonnes),
        n0(c.baseline.virginTonnes),
        n0(c.savingVsBaseline.virginTonnes),
        n0(c.savingVsGreedy.virginTonnes),
      ],
      [
        "Virgin used, m³",
        n0(c.optimum.virginM3),
        n0(c.greedy.virginM3),
        n0(c.baseline.virginM3),
        n0(c.savingVsBaseline.virginM3),
        n0(c.savingVsGreedy.virginM3),
      ],
      ["Reuse rate", pct(c.optimum.reuseRate), pct(c.greedy.reuseRate), pct(c.baseline.reuseRate), "", ""],
    ]),
  );
  for (const note of c.notes) out.push(`  - ${note}`);

  if (result.flows.length > 0) {
    const top = [...result.flows].sort((x, y) => y.tonnes - x.tonnes).slice(0, 25);
    out.push(
      `\nFlows (${result.flows.length}${result.flows.length > top.length ? `, largest ${top.length} shown` : ""}):`,
    );
    out.push(
      table([
        ["source", "receiver", "t", "km", ""],
        ...top.map((f) => [
          f.sourceId,
          f.receiverId,
          n0(f.tonnes),
          n1(f.distanceKm),
          f.reuse ? "reuse" : "disposal",
        ]),
      ]),
    );
  }
  const unplaced = result.sources.filter((s) => s.unplacedTonnes > 0);
  if (unplaced.length > 0) {
    out.push("\nUnplaced:");
    for (const s of unplaced.slice(0, 25)) out.push(`  ${s.sourceId}: ${s.unplacedDetail ?? ""}`);
    if (unplaced.length > 25) out.push(`  … and ${unplaced.length - 25} more (see --json)`);
  }
  if (issues.length + result.excluded.length > 0) {
    out.push("\nLeft out of the match:");
    for (const i of issues) out.push(`  ${i.ref}: ${i.field}: ${i.message}`);
    for (const e of result.excluded) out.push(`  ${e.id}: ${e.message}`);
  }
  out.push("\nAssumptions:");
  out.push(`  distance: ${a.distance}; maximum haul ${a.maxHaulKm} km`);
  out.push(`  CO2e ${a.co2eKgPerTonneKm} kg per tonne-km; ${a.truckLoadTonnes} t per load`);
  out.push(
    `  densities, t/m³: ${Object.entries(a.densityTPerM3)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}; average soil ${a.averageSoilDensityTPerM3}`,
  );
  if (a.objective === "cost") {
    out.push(
      `  haul price ${a.haulPriceDkkPerTonneKm} DKK per tonne-km; gate fees, DKK/t: ${Object.entries(
        a.gateFeeDkkPerTonne,
      )
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}`,
    );
  }
  for (const conv of a.conventions) out.push(`  ${conv}`);
  return out.join("\n");
}

export function main(argv: readonly string[]): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) console.error(`match: ${e.message}`);
      console.error(USAGE);
      return 2;
    }
    throw e;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(args.file, "utf8"));
  } catch (e) {
    console.error(`match: cannot read ${args.file}: ${(e as Error).message}`);
    return 1;
  }
  const { sites, issues } = validateSiteCollection(raw);
  if (issues.some((i) => i.ref === "collection")) {
    console.error(`match: ${args.file}: ${issues.map((i) => i.message).join("; ")}`);
    return 1;
  }
  const result = matchSitesSync(sites, {
    objective: args.objective,
    params: args.params,
    ...(args.year !== undefined ? { year: args.year } : {}),
  });
  if (args.json) process.stdout.write(`${JSON.stringify({ ...result, invalid: issues })}\n`);
  else process.stdout.write(`${summary(result, issues)}\n`);
  return 0;
}

// Run only as a script, not when a test imports parseArgs/summary.
if (process.argv[1] && /cli[\\/]match\.ts$/.test(process.argv[1]))
  process.exitCode = main(process.argv.slice(2));
