/** Medians, spreads and ratios of one bench:map run, and their tables. */
import { ms, ratio, table } from "./report";
import type { LoadSample, PanSample } from "./runs";
import type { PipelineSplit } from "./split";
import { median, quantile, type Spread, spread } from "./stats";

export interface ScenarioInfo {
  scenario: string;
  sites: number;
}

export interface LoadSummary {
  sites: number;
  /** Navigation → idle, ms. */
  loadMs: Spread;
  /** Median over median of the bare peer. */
  ratio: number;
  /** The aim for `ratio`, when the issue sets one. */
  target?: number;
  /** Features drawn when idle (median). */
  drawn: number;
}

export interface PanSummary {
  /** Per-run median and 95th percentile of frame intervals, ms; frames per run. */
  medianMs: Spread;
  p95Ms: Spread;
  frames: Spread;
  /** Runs whose map was not idle within the settle limit after the pan. */
  unsettled: number;
}

/** Medians over runs of when each loading step was reached, ms from navigation. */
export interface Phases {
  boundariesFetchedMs: number;
  sitesFetchedMs: number;
  dataReadyMs: number;
  loadMs: number;
  blockedUntilReadyMs: number;
  blockedReadyToIdleMs: number;
}

export interface Summary {
  load: Record<string, LoadSummary>;
  pan: { bare: PanSummary; app: PanSummary; scenario: string; ratioMedian: number; ratioP95: number };
  phases: Record<string, Phases>;
  worker: Record<string, PipelineSplit>;
}

const med = (xs: readonly number[]) => median(xs.filter((x) => !Number.isNaN(x)));

function phases(samples: readonly LoadSample[]): Phases {
  return {
    boundariesFetchedMs: med(samples.map((s) => s.boundariesFetchedMs)),
    sitesFetchedMs: med(samples.map((s) => s.sitesFetchedMs ?? Number.NaN)),
    dataReadyMs: med(samples.map((s) => s.dataReadyMs)),
    loadMs: med(samples.map((s) => s.loadMs)),
    blockedUntilReadyMs: med(samples.map((s) => s.blockedMs.untilDataReady)),
    blockedReadyToIdleMs: med(samples.map((s) => s.blockedMs.dataReadyToIdle)),
  };
}

function panSummary(runs: readonly PanSample[]): PanSummary {
  return {
    medianMs: spread(runs.map((r) => median(r.frameIntervalsMs))),
    p95Ms: spread(runs.map((r) => quantile(r.frameIntervalsMs, 0.95))),
    frames: spread(runs.map((r) => r.frameIntervalsMs.length)),
    unsettled: runs.filter((r) => !r.settled).length,
  };
}

export function summarise(
  scenarios: readonly ScenarioInfo[],
  samples: readonly LoadSample[],
  pans: readonly PanSample[],
  worker: Record<string, PipelineSplit>,
  targets: Readonly<Record<string, number>>,
  panScenario: string,
): Summary {
  const of = (scenario: string) => samples.filter((s) => s.scenario === scenario);
  const bare = of("bare");
  const bareMedian = median(bare.map((s) => s.loadMs));
  const load: Record<string, LoadSummary> = {
    bare: {
      sites: 0,
      loadMs: spread(bare.map((s) => s.loadMs)),
      ratio: 1,
      drawn: med(bare.map((s) => s.rendered)),
    },
  };
  const phaseTable: Record<string, Phases> = { bare: phases(bare) };
  for (const { scenario, sites } of scenarios) {
    const runs = of(scenario);
    const loadMs = spread(runs.map((s) => s.loadMs));
    const target = targets[scenario];
    load[scenario] = {
      sites,
      loadMs,
      ratio: loadMs.median / bareMedian,
      ...(target === undefined ? {} : { target }),
      drawn: med(runs.map((s) => s.rendered)),
    };
    phaseTable[scenario] = phases(runs);
  }
  const barePan = panSummary(pans.filter((p) => p.page === "bare"));
  const appPan = panSummary(pans.filter((p) => p.scenario === panScenario));
  return {
    load,
    pan: {
      scenario: panScenario,
      bare: barePan,
      app: appPan,
      ratioMedian: appPan.medianMs.median / barePan.medianMs.median,
      ratioP95: appPan.p95Ms.median / barePan.p95Ms.median,
    },
    phases: phaseTable,
    worker,
  };
}

const range = (s: Spread) => `${ms(s.min)}–${ms(s.max)}`;

function verdict(l: LoadSummary): string {
  if (l.target === undefined) return "";
  if (l.ratio <= l.target) return `≤ ${l.target}×: met`;
  return `≤ ${l.target}×: MISSED by ${((l.ratio / l.target - 1) * 100).toFixed(0)} %`;
}

export function printSummary(s: Summary): void {
  const loadRows = Object.entries(s.load).map(([name, l]) => [
    name,
    name === "bare" ? "–" : l.sites.toLocaleString("en-GB"),
    ms(l.loadMs.median),
    range(l.loadMs),
    String(l.loadMs.n),
    ratio(l.ratio),
    Math.round(l.drawn).toLocaleString("en-GB"),
    verdict(l),
  ]);
  console.log("\nLoad: navigation → map idle with the data drawn, ms");
  console.log(table(["page", "sites", "median", "min–max", "runs", "vs bare", "drawn", "target"], loadRows));

  const panRow = (name: string, p: PanSummary) => [
    name,
    ms(p.medianMs.median),
    range(p.medianMs),
    ms(p.p95Ms.median),
    range(p.p95Ms),
    ms(p.frames.median),
    String(p.unsettled),
  ];
  console.log(
    `\nPan (${s.pan.scenario} vs bare): animation frame interval, ms (median over runs of each run's value)`,
  );
  console.log(
    table(
      ["page", "median", "min–max", "p95", "min–max", "frames", "unsettled"],
      [
        panRow("bare", s.pan.bare),
        panRow(s.pan.scenario, s.pan.app),
        ["app / bare", ratio(s.pan.ratioMedian), "", ratio(s.pan.ratioP95), "", "", ""],
      ],
    ),
  );

  console.log("\nWhere the load time goes in the browser: median ms from navigation");
  console.log(
    table(
      [
        "page",
        "boundaries fetched",
        "sites fetched",
        "data ready",
        "idle",
        "fetched→ready",
        "ready→idle",
        "main blocked ≤ready",
        "main blocked ready→idle",
      ],
      Object.entries(s.phases).map(([name, p]) => [
        name,
        ms(p.boundariesFetchedMs),
        ms(p.sitesFetchedMs),
        ms(p.dataReadyMs),
        ms(p.loadMs),
        ms(p.dataReadyMs - p.sitesFetchedMs),
        ms(p.loadMs - p.dataReadyMs),
        ms(p.blockedUntilReadyMs),
        ms(p.blockedReadyToIdleMs),
      ]),
    ),
  );
  console.log(
    "  data ready: app = loading status gone (worker done, result cloned, React rendered); bare = setData called",
  );

  console.log("\nThe app worker's stages, timed in Node (same code, same V8; an estimate), ms");
  console.log(
    table(
      [
        "scenario",
        "sites",
        "parse",
        "validate",
        "assign",
        "of which outside",
        "in/near/out",
        "settle",
        "transfer",
        "MB",
        "setData clone",
        "MB",
      ],
      Object.entries(s.worker).map(([name, w]) => [
        name,
        w.sites.toLocaleString("en-GB"),
        ms(w.parseMs),
        ms(w.validateMs),
        ms(w.assignMs),
        ms(w.assignOutsideMs),
        `${w.outcomes.inside}/${w.outcomes.nearest}/${w.outcomes.outside}`,
        ms(w.settleMs),
        ms(w.transferMs),
        w.transferMb.toFixed(1),
        ms(w.setDataCloneMs),
        w.setDataCloneMb.toFixed(1),
      ]),
    ),
  );
}
