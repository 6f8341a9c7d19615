import { describe, expect, it } from "vitest";
import { storedForecast } from "../../src/state/workspaceForecast";
import { demand, record, table } from "./forecast/tables";

describe("storedForecast", () => {
  it("is nothing when the workspace keeps no forecast", () => {
    expect(storedForecast({ storyboard: {} })).toEqual({});
  });

  it("gives back a stored table that validates", () => {
    const t = table([record("0240", 2027, demand, [1, 2, 3])]);
    expect(storedForecast({ forecast: t }).table?.records).toEqual(t.records);
  });

  it("reports the records of a stored table that cannot be used", () => {
    const t = table([record("0240", 2027, demand, [1, 2, 3]), record("9999", 2027, demand, [1, 2, 3])]);
    const stored = storedForecast({ forecast: t });
    expect(stored.table?.records).toHaveLength(1);
    expect(stored.issues?.[0]).toMatchObject({ record: 1, field: "municipalityCode" });
  });

  it("says why a stored table cannot be shown", () => {
    expect(storedForecast({ forecast: { schema: "other" } }).problem).toMatch(/^schema: /);
  });
});
