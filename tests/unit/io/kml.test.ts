import { describe, expect, it } from "vitest";
import { kmlFormat } from "../../../src/io/formats/kml";
import { fixture, textInput } from "./helpers";

describe("KML import", () => {
  it("reads placemarks with ExtendedData as WGS84, leaving styling out by default", async () => {
    const input = fixture("sites.kml");
    const inspection = await kmlFormat.inspect(input);
    expect(inspection.crs).toMatchObject({ status: "declared", crs: "EPSG:4326" });
    expect(inspection.suggested.ignore).toEqual(expect.arrayContaining(["styleUrl"]));
    const result = await kmlFormat.convert(input, { ...inspection.suggested, defaultKind: "receiver" });
    const [wall, park] = result.candidates;
    expect(wall?.properties).toMatchObject({
      name: "Støjvold Hvidovre",
      quantity: 25000,
      unit: "m3",
      acceptedMaterials: ["clay", "sand"],
      acceptedClasses: [0, 1],
      receiverType: "noise_wall",
      description: "Modtager til ren jord",
    });
    expect(wall?.properties.styleUrl).toBeUndefined();
    expect(park?.geometry.type).toBe("Polygon");
    expect(result.rejected.map((r) => [r.ref, r.field])).toEqual([
      ["placemark 3", "quantity"],
      ["placemark 3", "unit"],
      ["placemark 3", "geometry"],
    ]);
  });

  it("refuses broken XML and XML that is not KML", async () => {
    await expect(kmlFormat.inspect(fixture("broken.kml"))).rejects.toThrow(
      /broken\.kml is not valid XML: .*Placemark/,
    );
    await expect(kmlFormat.inspect(textInput("<gpx></gpx>", "a.kml"))).rejects.toThrow(/XML but not KML/);
    await expect(kmlFormat.inspect(textInput("<kml><Document/></kml>", "a.kml"))).rejects.toThrow(
      /no placemarks/,
    );
  });
});
