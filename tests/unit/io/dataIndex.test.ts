import { describe, expect, it } from "vitest";
import { parseDataIndex } from "../../../src/io/dataIndex";

const base = {
  schema: "jordbalance/data-index@1",
  sites: ["generated/sites/a.geojson"],
  boundaries: { municipalities: "m", labels: "l", regions: "r", neighbours: "n" },
  glyphs: "generated/fonts/{fontstack}/{range}.pbf",
};

describe("parseDataIndex", () => {
  it("reads the forecast tables it lists", () => {
    expect(parseDataIndex({ ...base, forecasts: ["generated/forecasts/f.json"] }, "x").forecasts).toEqual([
      "generated/forecasts/f.json",
    ]);
  });

  it("takes an index from before forecasts as listing none", () => {
    expect(parseDataIndex(base, "x").forecasts).toEqual([]);
  });

  it("refuses a forecast list that is not paths, naming the file", () => {
    expect(() => parseDataIndex({ ...base, forecasts: "f.json" }, "data-index.json")).toThrow(
      'data-index.json: "forecasts" must list file paths',
    );
  });
});
