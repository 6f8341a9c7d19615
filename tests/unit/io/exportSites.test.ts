import { describe, expect, it } from "vitest";
import { exportFileName, exportSites, isUiOnlyKey } from "../../../src/io/export/exportSites";
import { source } from "../helpers";

const options = { scope: "0240", date: "2026-11-27" } as const;

describe("exportFileName", () => {
  it("names the file by scope and date", () => {
    expect(exportFileName("geojson", "0240", "2026-11-27")).toBe("jordbalance_0240_2026-11-27.geojson");
    expect(exportFileName("geojson-25832", "0240", "2026-11-27")).toBe(
      "jordbalance_0240_2026-11-27_epsg25832.geojson",
    );
    expect(exportFileName("csv", "udvalg", "2026-11-27")).toBe("jordbalance_udvalg_2026-11-27.csv");
  });

  it("keeps the name safe on any file system", () => {
    expect(exportFileName("csv", "../Høje Taastrup/", "2026-11-27")).toBe(
      "jordbalance_H-je-Taastrup_2026-11-27.csv",
    );
  });
});

describe("exportSites", () => {
  const sites = [source("a", 12.5, 55.7, { _selected: true, _hover: 1, draftNote: "ui", keep: "me" })];

  it("writes each format with its MIME type", () => {
    expect(exportSites(sites, { ...options, format: "geojson" }).mime).toBe("application/geo+json");
    expect(exportSites(sites, { ...options, format: "geojson-25832" }).text).toMatch(/EPSG::25832/);
    expect(exportSites(sites, { ...options, format: "csv" }).mime).toBe("text/csv;charset=utf-8");
  });

  it("leaves out keys starting with '_' and keys the UI names, keeping the rest, and names them", () => {
    const file = exportSites(sites, { ...options, format: "geojson", omitKeys: ["draftNote"] });
    expect(file.notes).toEqual([
      "properties the app keeps for itself were left out: _selected, _hover, draftNote",
    ]);
    const props = JSON.parse(file.text).features[0].properties;
    expect(props).not.toHaveProperty("_selected");
    expect(props).not.toHaveProperty("_hover");
    expect(props).not.toHaveProperty("draftNote");
    expect(props.keep).toBe("me");
    expect(sites[0]?.properties._selected).toBe(true);
  });

  it("passes on what CSV could not carry", () => {
    const file = exportSites([source("a", 12.5, 55.7, { lon: 1 })], { ...options, format: "csv" });
    expect(file.notes[0]).toMatch(/left out: lon/);
  });
});

describe("isUiOnlyKey", () => {
  it("is true for one leading underscore and for named keys, not for dunder keys from other tools", () => {
    expect(isUiOnlyKey("_selected")).toBe(true);
    expect(isUiOnlyKey("draft", new Set(["draft"]))).toBe(true);
    expect(isUiOnlyKey("__proto__")).toBe(false);
    expect(isUiOnlyKey("__index_level_0__")).toBe(false);
    expect(isUiOnlyKey("note_")).toBe(false);
  });
});
