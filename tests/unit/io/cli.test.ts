import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { describeMapping, main, parseArgs, report, UsageError } from "../../../src/cli/import";
import { readFile } from "../../../src/io/formats/registry";
import { emptyMapping } from "../../../src/io/mapping/fieldMapping";
import { fixture, fixturePath } from "./helpers";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "import-cli-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe("parseArgs", () => {
  it("reads the file and every option", () => {
    expect(
      parseArgs([
        "a.csv",
        "--out",
        "o.geojson",
        "--kind",
        "pit",
        "--unit=t",
        "--crs",
        "EPSG:25832",
        "--mapping",
        "m.json",
        "--json",
      ]),
    ).toEqual({
      file: "a.csv",
      out: "o.geojson",
      kind: "pit",
      unit: "t",
      crs: "EPSG:25832",
      mapping: "m.json",
      json: true,
    });
    expect(parseArgs(["a.csv", "--out", "o", "--no-boundaries"]).boundaries).toBe(false);
  });

  it("refuses bad values, unknown options, a missing --out and writing over the input", () => {
    expect(() => parseArgs(["a.csv", "--out", "o", "--kind", "quarry"])).toThrow(
      /--kind must be one of source, receiver, pit/,
    );
    expect(() => parseArgs(["a.csv", "--out", "o", "--crs", "EPSG:3857"])).toThrow(UsageError);
    expect(() => parseArgs(["a.csv", "--colour"])).toThrow(/unknown option --colour/);
    expect(() => parseArgs(["a.csv"])).toThrow(/--out/);
    expect(() => parseArgs(["a.csv", "--out", "a.csv"])).toThrow(/must not be the input/);
    expect(() => parseArgs(["a.csv", "--out"])).toThrow(/--out needs a value/);
  });
});

describe("describeMapping", () => {
  it("says which column feeds which field and what holds for every record", () => {
    const m = {
      ...emptyMapping(","),
      fields: { name: "Navn" },
      unit: "m3" as const,
      defaultKind: "source" as const,
      coordinates: { x: "X", y: "Y" },
    };
    expect(describeMapping(m)).toEqual([
      "columns: name ← Navn",
      "coordinates: x ← X, y ← Y",
      "unit: m3 for every record",
      "kind: source for every record",
      'decimal mark: ","',
    ]);
  });
});

describe("report", () => {
  it("lists assumptions, notes and every rejected row with field and reason", async () => {
    const result = await readFile(fixture("broken-rows.csv"), {
      saved: { defaultKind: "source", unit: "m3" },
    });
    const text = report("broken-rows.csv", result, "out.geojson");
    expect(text).toMatch(/^jordbalance import: broken-rows\.csv \(csv, 9 records\): 1 valid, 8 rejected/);
    expect(text).toMatch(/Assumed:\n {2}coordinate system EPSG:25832 \(detected/);
    expect(text).toContain("  row 5: quantity: quantity is negative");
    expect(text).toContain(
      '  row 9: row: 8 cells, but the header has 7 (a stray ";" or an unquoted decimal comma?)',
    );
    expect(text).toMatch(/Wrote 1 sites to out\.geojson$/);
  });
});

describe("main", () => {
  it("writes a schema-v1 file of the valid records and prints the report", async () => {
    const out = path.join(dir, "sites.geojson");
    const used = path.join(dir, "used.json");
    const r = await run(
      fixturePath("kommune-semikolon.csv"),
      "--out",
      out,
      "--kind",
      "source",
      "--save-mapping",
      used,
      "--no-boundaries",
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/3 records\): 2 valid, 1 rejected/);
    expect(r.stdout).toContain("columns: name ← Projektnavn; quantity ← Mængde (m³); material ← Jordtype");
    const doc = JSON.parse(readFileSync(out, "utf8"));
    expect(doc.schema).toBe("jordbalance/sites@1");
    expect(doc.features).toHaveLength(2);
    expect(JSON.parse(readFileSync(used, "utf8")).defaultKind).toBe("source");
  });

  it("reads a saved mapping", async () => {
    const out = path.join(dir, "sites.geojson");
    const r = await run(
      fixturePath("own-columns.csv"),
      "--out",
      out,
      "--mapping",
      fixturePath("own-columns.mapping.json"),
      "--no-boundaries",
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("material words: skærver → gravel");
  });

  it("fails with exit 1 and a hint when the CRS is uncertain or the mapping incomplete", async () => {
    const out = path.join(dir, "x.geojson");
    const unsure = await run(fixturePath("bornholm-25833.geojson"), "--out", out, "--kind", "source");
    expect(unsure.code).toBe(1);
    expect(unsure.stderr).toMatch(/uncertain.*--crs EPSG:25832/);
    const incomplete = await run(fixturePath("kommune-semikolon.csv"), "--out", out);
    expect(incomplete.code).toBe(1);
    expect(incomplete.stderr).toMatch(/kind .*\n--kind and --unit/);
  });

  it("writes nothing and exits 1 when no record is valid; prints JSON on request", async () => {
    const out = path.join(dir, "x.geojson");
    // Receivers must say what they accept; this file does not.
    const file = fixturePath("nocrs-25832.geojson");
    const r = await run(file, "--out", out, "--kind", "receiver", "--json", "--no-boundaries");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ format: "geojson", records: 2, valid: 0 });
    expect(existsSync(out)).toBe(false);
    expect(json.rejected.length).toBeGreaterThan(0);
  });

  it("prints the usage on bad arguments (exit 2) and names a missing file (exit 1)", async () => {
    expect((await run("--out")).code).toBe(2);
    const missing = await run(path.join(dir, "nope.csv"), "--out", path.join(dir, "o.geojson"));
    expect(missing).toMatchObject({ code: 1 });
    expect(missing.stderr).toMatch(/nope\.csv/);
  });
});
