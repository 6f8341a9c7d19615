import { describe, expect, it } from "vitest";
import { parseSavedLayers } from "../../src/state/remoteLayers";

describe("parseSavedLayers", () => {
  it("reads the saved list and leaves out whatever is malformed", () => {
    const saved = JSON.stringify([
      { id: "1", url: "https://a.dk/collections/jord", name: "jord", visible: false, colour: 3 },
      { id: "2", url: "javascript:alert(1)", name: "x", visible: true, colour: 0 },
      { id: "3", url: "https://a.dk/collections/jord", name: "same address", visible: true, colour: 1 },
      { id: "1", url: "https://b.dk/x.geojson", name: "same id", visible: true, colour: 1 },
      { id: "5", url: "https://b.dk/y.geojson", name: 7 },
      "text",
      null,
      { id: "6", url: "https://b.dk/z.geojson", name: "z", colour: 99 },
    ]);
    expect(parseSavedLayers(saved)).toEqual([
      { id: "1", url: "https://a.dk/collections/jord", name: "jord", visible: false, colour: 3 },
      { id: "6", url: "https://b.dk/z.geojson", name: "z", visible: true, colour: 0 },
    ]);
  });

  it("starts empty on nothing saved, broken JSON or the wrong shape", () => {
    expect(parseSavedLayers(null)).toEqual([]);
    expect(parseSavedLayers("[{")).toEqual([]);
    expect(parseSavedLayers('{"layers": []}')).toEqual([]);
  });
});
