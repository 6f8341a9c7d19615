import { afterEach, describe, expect, it, vi } from "vitest";
import { type DataIndex, dataParamUrls, parseDataIndex, siteFileUrls } from "../../../src/io/dataIndex";
import { fetchJson, UserError } from "../../../src/io/userError";

const BASE = new URL("https://kort.example.dk/jord/");
const INDEX: DataIndex = {
  sites: ["generated/sites/sources.geojson"],
  forecasts: [],
  boundaries: { municipalities: "m", labels: "l", regions: "r", neighbours: "n" },
  glyphs: "generated/fonts/{fontstack}/{range}.pbf",
  attribution: [],
};

describe("which site files a page loads", () => {
  it("loads the index's files without a data parameter", () => {
    const page = new URL("index.html", BASE);
    expect(dataParamUrls(page, BASE)).toBeNull();
    expect(siteFileUrls(INDEX, page, BASE)).toEqual([
      "https://kort.example.dk/jord/generated/sites/sources.geojson",
    ]);
  });

  it("loads the data parameter's files instead, resolved against the app", () => {
    const page = new URL("index.html?data=a.geojson, ,x/b.geojson", BASE);
    expect(siteFileUrls(INDEX, page, BASE)).toEqual([
      "https://kort.example.dk/jord/a.geojson",
      "https://kort.example.dk/jord/x/b.geojson",
    ]);
  });

  it("refuses a file from another site, naming it", () => {
    const page = new URL("index.html?data=https://evil.example/a.geojson", BASE);
    expect(() => dataParamUrls(page, BASE)).toThrow(/data=https:\/\/evil\.example\/a\.geojson: only files/);
  });
});

describe("fetching a JSON file", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("names the file when there is no answer at all (offline)", async () => {
    vi.stubGlobal("fetch", vi.fn().mockRejectedValue(new TypeError("Failed to fetch")));
    const failed = fetchJson("https://kort.example.dk/jord/a.geojson");
    await expect(failed).rejects.toBeInstanceOf(UserError);
    await expect(failed).rejects.toThrow(
      /^https:\/\/kort\.example\.dk\/jord\/a\.geojson: no answer \(Failed to fetch\)/,
    );
  });

  it("passes a cancel through unchanged", async () => {
    const abort = new AbortController();
    abort.abort();
    const cancelled = new DOMException("aborted", "AbortError");
    vi.stubGlobal("fetch", vi.fn().mockRejectedValue(cancelled));
    await expect(fetchJson("https://kort.example.dk/a.json", abort.signal)).rejects.toBe(cancelled);
  });
});

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
