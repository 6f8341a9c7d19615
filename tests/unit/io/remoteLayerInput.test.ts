import type { FeatureCollection, Point, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { fromWgs84 } from "../../../src/io/formats/crs";
import { asImportInput } from "../../../src/io/remote/asImportInput";
import { toDisplayLayer } from "../../../src/io/remote/displayCrs";
import { checkRemoteUrl, firstPageUrl, nameFromUrl, plainFileOfUrl } from "../../../src/io/remote/remoteUrl";
import { UserError } from "../../../src/io/userError";

describe("checkRemoteUrl", () => {
  it("accepts http and https addresses and says why others are refused", () => {
    expect(checkRemoteUrl("  https://api.example.dk/collections/jord ")).toEqual({
      ok: true,
      url: "https://api.example.dk/collections/jord",
    });
    expect(checkRemoteUrl("http://127.0.0.1:8080/a.geojson").ok).toBe(true);
    expect(checkRemoteUrl("")).toEqual({ ok: false, problem: "empty" });
    expect(checkRemoteUrl("api.example.dk/jord")).toEqual({ ok: false, problem: "invalid" });
    expect(checkRemoteUrl("file:///home/a.geojson")).toEqual({ ok: false, problem: "scheme" });
    expect(checkRemoteUrl("javascript:alert(1)")).toEqual({ ok: false, problem: "scheme" });
    // The import dialog reads same-origin paths relative to the app.
    expect(checkRemoteUrl("data/jord.geojson", "http://127.0.0.1:5173/app/")).toEqual({
      ok: true,
      url: "http://127.0.0.1:5173/app/data/jord.geojson",
    });
  });
});

describe("firstPageUrl", () => {
  it("reads a collection from its items as JSON in pages, and leaves other addresses as given", () => {
    expect(firstPageUrl("https://a.dk/ogc/collections/jord")).toEqual({
      url: "https://a.dk/ogc/collections/jord/items?f=json&limit=1000",
      ogc: true,
    });
    expect(firstPageUrl("https://a.dk/ogc/collections/jord/", 50).url).toBe(
      "https://a.dk/ogc/collections/jord/items?f=json&limit=50",
    );
    // The user's own f, limit and filters stand.
    expect(firstPageUrl("https://a.dk/collections/jord/items?limit=10&bbox=12,55,13,56").url).toBe(
      "https://a.dk/collections/jord/items?limit=10&bbox=12%2C55%2C13%2C56&f=json",
    );
    expect(firstPageUrl("https://a.dk/data/jord.geojson")).toEqual({
      url: "https://a.dk/data/jord.geojson",
      ogc: false,
    });
  });
});

describe("plainFileOfUrl", () => {
  it("names a CSV, KML or zipped Shapefile address, which is read as one file", () => {
    expect(plainFileOfUrl("https://a.dk/data/jord%20egedal.csv?v=2")).toBe("jord egedal.csv");
    expect(plainFileOfUrl("https://a.dk/k.KML")).toBe("k.KML");
    expect(plainFileOfUrl("https://a.dk/s.zip")).toBe("s.zip");
  });

  it("leaves GeoJSON and OGC API addresses to the feature fetcher", () => {
    expect(plainFileOfUrl("https://a.dk/s.geojson")).toBeUndefined();
    expect(plainFileOfUrl("https://a.dk/ogc/collections/jord/items")).toBeUndefined();
    expect(plainFileOfUrl("https://a.dk/")).toBeUndefined();
  });
});

describe("nameFromUrl", () => {
  it("names a layer by its collection, file or host", () => {
    expect(nameFromUrl("https://a.dk/ogc/collections/jord%20flyt/items?f=json")).toBe("jord flyt");
    expect(nameFromUrl("https://a.dk/data/jord.geojson")).toBe("jord.geojson");
    expect(nameFromUrl("https://a.dk/")).toBe("a.dk");
    expect(nameFromUrl("https://a.dk/100%")).toBe("100%");
  });
});

const CPH: [number, number] = [12.5683, 55.6761];

function collection(coordinates: Array<[number, number]>, crs?: string): FeatureCollection<Point> {
  return {
    type: "FeatureCollection",
    ...(crs ? { crs: { type: "name", properties: { name: crs } } } : {}),
    features: coordinates.map((c, i) => ({
      type: "Feature",
      properties: { i },
      geometry: { type: "Point", coordinates: c },
    })),
  } as FeatureCollection<Point>;
}

describe("toDisplayLayer", () => {
  it("keeps lon/lat data as the same object", () => {
    const fc = collection([CPH, [-3.7, 40.4]]);
    expect(toDisplayLayer(fc, "x")).toEqual({ data: fc, crs: "EPSG:4326" });
    expect(toDisplayLayer(fc, "x").data).toBe(fc);
  });

  it("reprojects a declared EPSG:25832 layer, polygons included", () => {
    const utm = fromWgs84("EPSG:25832");
    const corners: Array<[number, number]> = [CPH, [12.58, 55.6761], [12.58, 55.68], CPH];
    const ring = corners.map(([x, y]) => utm(x, y));
    const fc = {
      type: "FeatureCollection",
      crs: { type: "name", properties: { name: "urn:ogc:def:crs:EPSG::25832" } },
      features: [{ type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [ring] } }],
    } as FeatureCollection<Polygon>;
    const shown = toDisplayLayer(fc, "x");
    expect(shown.crs).toBe("EPSG:25832");
    const first = (shown.data.features[0]?.geometry as Polygon | undefined)?.coordinates[0]?.[0] ?? [];
    expect(first[0]).toBeCloseTo(CPH[0], 6);
    expect(first[1]).toBeCloseTo(CPH[1], 6);
  });

  it("recognises undeclared UTM coordinates in Denmark by their range (zone 33 for Bornholm)", () => {
    expect(toDisplayLayer(collection([fromWgs84("EPSG:25832")(...CPH)]), "x").crs).toBe("EPSG:25832");
    const rønne: [number, number] = [14.7, 55.1];
    const fc = collection([fromWgs84("EPSG:25833")(...rønne)]);
    const shown = toDisplayLayer(fc, "x");
    expect(shown.crs).toBe("EPSG:25833");
    const [lon, lat] = (shown.data.features[0]?.geometry as Point | undefined)?.coordinates ?? [];
    expect(lon).toBeCloseTo(rønne[0], 6);
    expect(lat).toBeCloseTo(rønne[1], 6);
  });

  it("refuses coordinates it cannot place and systems it cannot read, naming the layer", () => {
    expect(() => toDisplayLayer(collection([[5e6, 9e6]]), "https://a.dk/x")).toThrow(
      /https:\/\/a\.dk\/x are neither longitude\/latitude nor EPSG:25832\/25833/,
    );
    expect(() => toDisplayLayer(collection([CPH], "EPSG:3857"), "https://a.dk/x")).toThrow(UserError);
  });
});

describe("asImportInput", () => {
  it("hands the features, crs member included, to the import as a .geojson file", () => {
    const fc = collection([[724351.93, 6175804.02]], "urn:ogc:def:crs:EPSG::25832");
    const input = asImportInput(fc, "jord.geojson");
    expect(input.fileName).toBe("jord.geojson");
    expect(asImportInput(fc, "jordflytning").fileName).toBe("jordflytning.geojson");
    expect(JSON.parse(new TextDecoder().decode(input.bytes))).toEqual(fc);
  });
});
