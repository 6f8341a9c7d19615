import { describe, expect, it } from "vitest";
import { validateForecastTable } from "../../../src/domain/forecast/validate";
import { demand, record, surplus, table } from "./tables";

const good = record("0101", 2026, surplus("clay", 1), [1, 2, 3]);
const json = (value: unknown) => JSON.parse(JSON.stringify(value));

describe("validateForecastTable", () => {
  it("accepts a well-formed table as it is", () => {
    const t = table([good, record("0240", 2037, demand, [0, 0, 0])]);
    expect(validateForecastTable(json(t))).toEqual({ table: t, issues: [] });
  });
  it("refuses a table of another schema or with broken metadata as a whole", () => {
    expect(validateForecastTable(json({ ...table([]), schema: "jordbalance/sites@1" }))).toMatchObject({
      table: undefined,
      issues: [{ field: "schema", reason: "bad_table" }],
    });
    const shortYears = { ...table([]), years: [2026, 2027] };
    expect(validateForecastTable(json(shortYears)).issues[0]).toMatchObject({ field: "years" });
    expect(validateForecastTable(null).table).toBeUndefined();
  });
  it("reports each bad record by index and keeps the rest", () => {
    const t = json(table([good]));
    t.records.push(
      { ...good, municipalityCode: "0411" },
      { ...good, year: 2020 },
      { ...good, category: { kind: "surplus", material: "clay", soilClass: 9 } },
      { ...good, category: { kind: "secondary", material: "clay" } },
      { ...good, category: { kind: "import" } },
      { ...good, low: "1" },
      { ...good, unit: "kg" },
      { ...good, low: 5 },
      good,
      { ...good, category: { kind: "demand", material: "crushed_brick" } },
    );
    const { table: kept, issues } = validateForecastTable(t);
    expect(kept?.records).toEqual([good]);
    expect(issues.map((i) => [i.record, i.reason])).toEqual([
      [1, "unknown_municipality"],
      [2, "year_outside"],
      [3, "unknown_class"],
      [4, "unknown_material"],
      [5, "unknown_category"],
      [6, "bad_number"],
      [7, "unknown_unit"],
      [8, "low_above_high"],
      [9, "duplicate"],
      [10, "unknown_material"],
    ]);
  });
  it("rejects values that are not finite numbers, in a table built in code too", () => {
    const t = table([good]);
    const bad = [{ low: Number.NaN }, { mid: "2" }, { high: Number.POSITIVE_INFINITY }, { mid: null }];
    t.records = bad.map((b) => ({ ...good, ...b }) as typeof good);
    const { issues } = validateForecastTable(t);
    expect(issues.map((i) => [i.record, i.field, i.reason])).toEqual([
      [0, "low", "bad_number"],
      [1, "mid", "bad_number"],
      [2, "high", "bad_number"],
      [3, "mid", "bad_number"],
    ]);
  });
});
