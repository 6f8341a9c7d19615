import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { offlineStyle } from "../../../src/map/style";
import {
  cacheName,
  DEFAULT_GLYPH_FILES,
  indexedDataFiles,
  precacheList,
  previewDataFiles,
  routeFor,
} from "../../../src/offline/cachePolicy";

const SCOPE = "https://kort.example.dk/jord/";
const get = (path: string, mode = "cors") => ({ url: new URL(path, SCOPE).href, method: "GET", mode });

describe("which requests the service worker answers, and how", () => {
  it("serves the page from the cache at any of its addresses and with any query", () => {
    expect(routeFor(get("", "navigate"), SCOPE)).toBe("shell");
    expect(routeFor(get("index.html", "navigate"), SCOPE)).toBe("shell");
    expect(routeFor(get("index.html?data=a.geojson,b.geojson&v=1", "navigate"), SCOPE)).toBe("shell");
  });

  it("leaves other pages, other origins, other paths, writes and itself to the browser", () => {
    expect(routeFor(get("docs/help.html", "navigate"), SCOPE)).toBe("pass");
    expect(routeFor({ url: "https://tiles.example.com/1/2/3.png", method: "GET", mode: "cors" }, SCOPE)).toBe(
      "pass",
    );
    expect(
      routeFor({ url: "https://kort.example.dk/other/app.js", method: "GET", mode: "cors" }, SCOPE),
    ).toBe("pass");
    expect(routeFor({ ...get("generated/data-index.json"), method: "POST" }, SCOPE)).toBe("pass");
    expect(routeFor(get("sw.js"), SCOPE)).toBe("pass");
  });

  it("answers hashed assets and glyphs from the cache first, data from the network first", () => {
    expect(routeFor(get("assets/index-9yqX56Cu.js"), SCOPE)).toBe("cache-first");
    expect(routeFor(get("generated/fonts/DejaVu%20Sans/256-511.pbf"), SCOPE)).toBe("cache-first");
    expect(routeFor(get("generated/data-index.json"), SCOPE)).toBe("network-first");
    expect(routeFor(get("generated/sites/sources.geojson"), SCOPE)).toBe("network-first");
    expect(routeFor(get("uploads/kommune.geojson"), SCOPE)).toBe("network-first");
  });
});

describe("what the build precaches", () => {
  it("keeps the page, assets, data and default glyphs; drops source maps, other glyphs and sw.js", () => {
    const built = [
      "sw.js",
      "index.html",
      "assets/index-a1.js",
      "assets/index-a1.js.map",
      "assets/index-b2.css",
      "generated/data-index.json",
      "generated/sites/sources.geojson",
      "generated/fonts/DejaVu Sans/0-255.pbf",
      "generated/fonts/DejaVu Sans/256-511.pbf",
      "generated/fonts/DejaVu Sans Bold/0-255.pbf",
    ];
    expect(precacheList(built)).toEqual([
      "assets/index-a1.js",
      "assets/index-b2.css",
      "generated/data-index.json",
      "generated/fonts/DejaVu Sans/0-255.pbf",
      "generated/sites/sources.geojson",
      "index.html",
    ]);
  });

  it("precaches a Latin-1 glyph range of every font the map's labels use, and the build makes them", () => {
    const fonts = new Set<string>();
    for (const layer of offlineStyle("x").layers) {
      const font = layer.type === "symbol" ? layer.layout?.["text-font"] : undefined;
      if (Array.isArray(font)) for (const f of font) fonts.add(String(f));
    }
    expect(fonts.size).toBeGreaterThan(0);
    for (const font of fonts) expect(DEFAULT_GLYPH_FILES).toContain(`generated/fonts/${font}/0-255.pbf`);
    for (const file of DEFAULT_GLYPH_FILES) expect(existsSync(`public/${file}`)).toBe(true);
  });

  it("names caches by build version under one prefix", () => {
    expect(cacheName("abc123")).toBe("jordbalance-abc123");
  });
});

describe("the data files a deployed data index lists", () => {
  it("lists its site, forecast and boundary files", () => {
    const index = {
      schema: "jordbalance/data-index@1",
      sites: ["data/kommune-a.geojson", "data/kommune-b.geojson"],
      forecasts: ["data/prognose.json"],
      boundaries: {
        municipalities: "m.geojson",
        labels: "l.geojson",
        regions: "r.geojson",
        neighbours: "n.geojson",
      },
      glyphs: "generated/fonts/{fontstack}/{range}.pbf",
    };
    expect(indexedDataFiles(index)).toEqual([
      "data/kommune-a.geojson",
      "data/kommune-b.geojson",
      "data/prognose.json",
      "m.geojson",
      "l.geojson",
      "r.geojson",
      "n.geojson",
    ]);
  });

  it("lists nothing for an index that does not parse", () => {
    expect(indexedDataFiles(null)).toEqual([]);
    expect(indexedDataFiles({ schema: "jordbalance/data-index@1", sites: "a.geojson" })).toEqual([]);
  });
});

describe("the files a preview page's ?data= parameter loads", () => {
  it("lists its same-origin files inside the app as absolute URLs", () => {
    expect(previewDataFiles(`${SCOPE}index.html?data=a.geojson,%20sub/b.geojson`, SCOPE)).toEqual([
      `${SCOPE}a.geojson`,
      `${SCOPE}sub/b.geojson`,
    ]);
  });

  it("lists nothing without the parameter, for a foreign file, or for a file outside the app", () => {
    expect(previewDataFiles(`${SCOPE}index.html`, SCOPE)).toEqual([]);
    expect(previewDataFiles(`${SCOPE}?data=https://evil.example/a.geojson`, SCOPE)).toEqual([]);
    expect(previewDataFiles(`${SCOPE}?data=/elsewhere/a.geojson`, SCOPE)).toEqual([]);
  });
});
