import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeUrlView, encodeUrlView, type UrlView } from "../../src/state/urlState";

describe("URL view state", () => {
  it("round-trips a full view", () => {
    const view: UrlView = {
      camera: { lon: 12.45678, lat: 55.78912, zoom: 9.5 },
      layers: { source: true, receiver: false, pit: true },
      year: 2027,
      scenario: "high",
      selection: { type: "site", id: "src-0101 ø&=?" },
      panel: "match",
      mode: "present",
      scene: "scene-2",
    };
    expect(decodeUrlView(encodeUrlView(view))).toEqual(view);
  });

  it("leaves the central estimate out of the address and ignores an unknown one", () => {
    expect(encodeUrlView({ scenario: "mid" })).not.toContain("est=");
    expect(decodeUrlView("?v=1&est=low").scenario).toBe("low");
    expect(decodeUrlView("?v=1&est=extreme").scenario).toBeUndefined();
  });

  it("round-trips any camera to 1 m and any layer set (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -179, max: 179, noNaN: true }),
        fc.double({ min: -80, max: 80, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (lon, lat, zoom, source, receiver, pit) => {
          const back = decodeUrlView(
            encodeUrlView({ camera: { lon, lat, zoom }, layers: { source, receiver, pit } }),
          );
          expect(back.camera?.lon).toBeCloseTo(lon, 4);
          expect(back.camera?.lat).toBeCloseTo(lat, 4);
          expect(back.camera?.zoom).toBeCloseTo(zoom, 1);
          expect(back.layers).toEqual({ source, receiver, pit });
        },
      ),
    );
  });

  it("migrates version 0 camera links (c=zoom/lat/lon)", () => {
    expect(decodeUrlView("c=10/55.7/12.5").camera).toEqual({ lon: 12.5, lat: 55.7, zoom: 10 });
  });

  it("ignores a future version and malformed values instead of failing", () => {
    expect(decodeUrlView("v=99&year=2027")).toEqual({});
    expect(decodeUrlView("v=1&map=abc&year=1&sel=muni:12&mode=edit")).toEqual({});
  });
});
