import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { main, parseArgs, summary } from "../../../src/cli/match";
import { matchSitesSync } from "../../../src/domain/match/match";
import { fixtureSites } from "./fixtures";

const root = resolve(__dirname, "../../..");
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli/match.ts", ...args], {
    cwd: root,
    encoding: "utf8",
  });

describe("parseArgs", () => {
  it("reads the file, the objective, the maximum haul, the circuity, a year and --json", () => {
    expect(parseArgs(["a.geojson"])).toEqual({
      file: "a.geojson",
      objective: "tkm",
      params: {},
      json: false,
    });
    expect(
      parseArgs([
        "--objective",
        "cost",
        "a.geojson",
        "--max-haul-km",
        "40",
        "--circuity=1.2",
        "--year",
        "2026",
        "--json",
      ]),
    ).toEqual({
      file: "a.geojson",
      objective: "cost",
      params: { maxHaulKm: 40, circuityFactor: 1.2 },
      year: 2026,
      json: true,
    });
  });

  it("rejects what it cannot use", () => {
    expect(() => parseArgs([])).toThrow(/no sites file/);
    expect(() => parseArgs(["a", "--objective", "speed"])).toThrow(/tkm, co2 or cost/);
    expect(() => parseArgs(["a", "--max-haul-km", "-3"])).toThrow(/valid number/);
    expect(() => parseArgs(["a", "--circuity"])).toThrow(/valid number/);
    expect(() => parseArgs(["a", "b"])).toThrow(/one sites file/);
    expect(() => parseArgs(["a", "--fast"])).toThrow(/unknown option/);
  });
});

describe("summary", () => {
  it("puts the three scenarios side by side with the assumptions", () => {
    const text = summary(matchSitesSync(fixtureSites("hand.geojson")), []);
    expect(text).toMatch(/optimum\s+greedy\s+business as usual/);
    expect(text).toMatch(/Matched, t\s+2,225\s+2,225\s+2,125/);
    expect(text).toMatch(/S4: 200 t unplaced: no receiver that accepts it within 60 km/);
    expect(text).toMatch(/Z0: quantity 0 t is not positive/);
    expect(text).toMatch(/circuity 1\.3; maximum haul 60 km/);
  });

  it("says plainly when nothing matched, and why", () => {
    const text = summary(matchSitesSync([]), []);
    expect(text).toMatch(/Nothing matched\. No source with surplus takes part/);
  });
});

describe("npm run match", () => {
  it("prints one JSON object with the totals, the comparisons and the flows", { timeout: 30_000 }, () => {
    const out = cli("tests/fixtures/match/hand.geojson", "--json", "--max-haul-km", "60");
    expect(out.status).toBe(0);
    const r = JSON.parse(out.stdout);
    for (const key of ["objective", "matchedTonnes", "unmatchedTonnes", "totalTonneKm", "totalCo2eKg"]) {
      expect(typeof r[key] === "number" || typeof r[key] === "string").toBe(true);
      expect(r.baseline[key] ?? r.objective).toBeDefined();
      expect(r.greedy[key] ?? r.objective).toBeDefined();
    }
    expect(r.flows[0]).toMatchObject({
      sourceId: expect.any(String),
      receiverId: expect.any(String),
      tonnes: expect.any(Number),
      distanceKm: expect.any(Number),
    });
    expect(r.matchedTonnes).toBeCloseTo(2225, 6);
  });

  it("reports bad sites with their ids and matches the rest; usage errors exit 2, unreadable files 1", () => {
    const written: string[] = [];
    const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect(main(["tests/fixtures/match/bad-input.geojson", "--json"])).toBe(0);
      const r = JSON.parse(written.join(""));
      expect(r.invalid.map((i: { ref: string }) => i.ref).sort()).toEqual(["INV", "NEG", "UNK"]);
      expect(r.excluded.map((e: { id: string }) => e.id)).toEqual(["ZERO"]);
      expect(r.matchedTonnes).toBe(100);
      expect(main([])).toBe(2);
      expect(main(["no/such/file.geojson"])).toBe(1);
      expect(main(["package.json"])).toBe(1); // not a sites collection
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  });
});
