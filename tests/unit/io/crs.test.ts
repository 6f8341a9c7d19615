import { describe, expect, it } from "vitest";
import {
  chooseCrs,
  crsFromPrj,
  detectCrs,
  fromWgs84,
  mapCoordinates,
  parseCrsName,
  sampleIndices,
  spread,
  toWgs84,
} from "../../../src/io/formats/crs";
import { UserError } from "../../../src/io/userError";
import { dagiAreas, haveBoundaries } from "./helpers";

// Copenhagen City Hall square in each system (from proj4, checked against Danish map data).
const CPH_LONLAT: [number, number] = [12.5683, 55.6761];
const CPH_25832: [number, number] = [724351.93, 6175804.02];
const CPH_25833: [number, number] = [347090.94, 6172711.79];
// Rønne (Bornholm) in zone 33: the same numbers read in zone 32 fall in southern Jutland.
const RONNE_25833: [number, number] = [480857.23, 6105960.52];

describe("parseCrsName", () => {
  it.each([
    ["EPSG:25832", "EPSG:25832"],
    ["urn:ogc:def:crs:EPSG::25833", "EPSG:25833"],
    ["http://www.opengis.net/def/crs/EPSG/0/25832", "EPSG:25832"],
    ["urn:ogc:def:crs:OGC:1.3:CRS84", "EPSG:4326"],
    ["EPSG:4258", "EPSG:4326"],
    ["25832", "EPSG:25832"],
  ])("reads %s", (name, id) => {
    expect(parseCrsName(name)).toBe(id);
  });

  it("does not guess at systems it does not read", () => {
    expect(parseCrsName("EPSG:3857")).toBeUndefined();
  });
});

describe("crsFromPrj", () => {
  it("reads ESRI WKT for ETRS89 UTM 32N and 33N", () => {
    expect(crsFromPrj('PROJCS["ETRS_1989_UTM_Zone_32N",GEOGCS["GCS_ETRS_1989"]]')).toBe("EPSG:25832");
    expect(crsFromPrj('PROJCS["ETRS89 / UTM zone 33N",GEOGCS["ETRS89"]]')).toBe("EPSG:25833");
  });

  it("reads geographic WGS84", () => {
    expect(crsFromPrj('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984"]]')).toBe("EPSG:4326");
  });

  it("leaves UTM on another datum and other projections undecided", () => {
    expect(crsFromPrj('PROJCS["WGS_1984_UTM_Zone_32N",GEOGCS["GCS_WGS_1984"]]')).toBeUndefined();
    expect(crsFromPrj('PROJCS["WGS_84_Pseudo_Mercator"]')).toBeUndefined();
  });
});

describe("toWgs84 / fromWgs84", () => {
  it("projects EPSG:25832 to lon/lat and back within a centimetre", () => {
    const [lon, lat] = toWgs84("EPSG:25832")(...CPH_25832);
    expect(lon).toBeCloseTo(CPH_LONLAT[0], 6);
    expect(lat).toBeCloseTo(CPH_LONLAT[1], 6);
    const [x, y] = fromWgs84("EPSG:25832")(lon, lat);
    expect(Math.abs(x - CPH_25832[0])).toBeLessThan(0.01);
    expect(Math.abs(y - CPH_25832[1])).toBeLessThan(0.01);
  });

  it("projects EPSG:25833", () => {
    const [lon, lat] = toWgs84("EPSG:25833")(...CPH_25833);
    expect(lon).toBeCloseTo(CPH_LONLAT[0], 6);
    expect(lat).toBeCloseTo(CPH_LONLAT[1], 6);
  });

  it("leaves WGS84 as it is", () => {
    expect(toWgs84("EPSG:4326")(12.5, 55.7)).toEqual([12.5, 55.7]);
    expect(fromWgs84("EPSG:4326")(12.5, 55.7)).toEqual([12.5, 55.7]);
  });
});

describe("mapCoordinates", () => {
  const double = (x: number, y: number): [number, number] => [2 * x, 2 * y];

  it("maps positions at any depth and keeps a height", () => {
    expect(
      mapCoordinates(
        [
          [
            [1, 2, 9],
            [3, 4],
          ],
        ],
        double,
      ),
    ).toEqual([
      [
        [2, 4, 9],
        [6, 8],
      ],
    ]);
  });

  it("leaves what is not a pair of numbers for the validation to report", () => {
    expect(mapCoordinates([null, 55], double)).toEqual([null, 55]);
    expect(mapCoordinates([12, "55"], double)).toEqual([12, "55"]);
    expect(mapCoordinates("nonsense", double)).toBe("nonsense");
  });
});

describe("detectCrs", () => {
  it("detects UTM 32N from coordinate ranges alone", () => {
    const d = detectCrs([CPH_25832]);
    expect(d).toMatchObject({ status: "detected", crs: "EPSG:25832" });
  });

  it("detects lon/lat", () => {
    expect(detectCrs([CPH_LONLAT])).toMatchObject({ status: "detected", crs: "EPSG:4326" });
  });

  it("keeps a declaration the coordinates agree with", () => {
    const d = detectCrs([CPH_25832], { crs: "EPSG:25832", by: "the crs member" });
    expect(d).toMatchObject({ status: "declared", crs: "EPSG:25832" });
    expect(d.evidence[0]).toBe("declared by the crs member");
  });

  it("is unsure when a declaration contradicts the coordinates, listing the fitting system first", () => {
    const d = detectCrs([CPH_25832], { crs: "EPSG:4326", by: "the crs member" });
    expect(d).toMatchObject({ status: "unsure", candidates: ["EPSG:25832", "EPSG:4326"] });
    expect(d.evidence[0]).toMatch(/declared as EPSG:4326 .* but the coordinates fit EPSG:25832/);
  });

  it("is unsure when two systems put the points in Denmark (Bornholm in zone 33 is Jutland in zone 32)", () => {
    expect(detectCrs([RONNE_25833])).toMatchObject({
      status: "unsure",
      candidates: ["EPSG:25832", "EPSG:25833"],
    });
  });

  it("is unsure, offering every system, when none puts the points in Denmark", () => {
    const d = detectCrs([[100, 100]]);
    expect(d).toMatchObject({ status: "unsure", candidates: ["EPSG:4326", "EPSG:25832", "EPSG:25833"] });
    expect(d.evidence[0]).toMatch(/no system/);
  });

  it("tolerates a few broken rows among the sample (80 % must fit)", () => {
    const points = [...Array(9).fill(CPH_25832), [1, 1]];
    expect(detectCrs(points)).toMatchObject({ status: "detected", crs: "EPSG:25832" });
  });

  it("assumes WGS84 when there are no usable coordinates, and says so", () => {
    const d = detectCrs([[Number.NaN, 1]]);
    expect(d).toMatchObject({ status: "detected", crs: "EPSG:4326" });
    expect(d.evidence[0]).toMatch(/no usable coordinates/);
  });

  it.runIf(haveBoundaries)("names the municipality the points fall in when boundaries are given", () => {
    const d = detectCrs([RONNE_25833], undefined, dagiAreas());
    expect(d.evidence.join("; ")).toMatch(/EPSG:25833: 1 of 1 .* 0400 Bornholm/);
  });
});

describe("chooseCrs", () => {
  const unsure = detectCrs([RONNE_25833]);

  it("refuses to guess when unsure, naming the candidates and the command-line option", () => {
    const call = () => chooseCrs(unsure, undefined, "bornholm.geojson");
    expect(call).toThrow(UserError);
    expect(call).toThrow(/bornholm\.geojson is uncertain: it could be EPSG:25832 or EPSG:25833.*--crs/);
  });

  it("takes an explicit choice, noting when it overrides a declaration", () => {
    expect(chooseCrs(unsure, "EPSG:25833", "b").crs).toBe("EPSG:25833");
    const declared = detectCrs([CPH_25832], { crs: "EPSG:25832", by: "x" });
    expect(chooseCrs(declared, "EPSG:4326", "b").basis).toMatch(/although the file declares EPSG:25832/);
  });

  it("uses a declared or detected system and says on what basis", () => {
    expect(chooseCrs(detectCrs([CPH_25832]), undefined, "b")).toEqual({
      crs: "EPSG:25832",
      basis: "EPSG:25832 (detected: EPSG:25832: 1 of 1 sampled points in Denmark)",
    });
  });
});

describe("sampleIndices / spread", () => {
  it("takes everything from a short list", () => {
    expect(sampleIndices(3, 5)).toEqual([0, 1, 2]);
  });

  it("spreads evenly over a long list", () => {
    expect(sampleIndices(10, 5)).toEqual([0, 2, 4, 6, 8]);
    expect(spread(["a", "b", "c", "d"], 2)).toEqual(["a", "c"]);
  });
});
