import { describe, expect, it } from "vitest";
import { haulDistanceKm } from "../../../src/domain/distance";
import {
  geodesicProvider,
  isGeodesicProvider,
  osrmTableProvider,
} from "../../../src/domain/match/distanceProvider";

type FakeResponse = { ok: boolean; status: number; json(): Promise<unknown> };

function fakeOsrm(metresPerDegree = 100_000) {
  const urls: string[] = [];
  const signals: (AbortSignal | undefined)[] = [];
  const fetch = async (url: string, init?: { signal?: AbortSignal }): Promise<FakeResponse> => {
    urls.push(url);
    signals.push(init?.signal);
    const m = /table\/v1\/[^/]+\/([^?]+)\?sources=([^&]+)&destinations=([^&]+)&annotations=distance$/.exec(
      url,
    );
    if (!m) return { ok: false, status: 400, json: async () => ({ code: "InvalidUrl", message: "bad url" }) };
    const coords = (m[1] as string).split(";").map((c) => c.split(",").map(Number));
    const src = (m[2] as string).split(";").map(Number);
    const dst = (m[3] as string).split(";").map(Number);
    const distances = src.map((a) =>
      dst.map((b) => {
        const [x1, y1] = coords[a] as number[];
        const [x2, y2] = coords[b] as number[];
        // A closed road: no route to points west of 12.
        return (x2 as number) < 12
          ? null
          : (Math.abs((x1 as number) - (x2 as number)) + Math.abs((y1 as number) - (y2 as number))) *
              metresPerDegree;
      }),
    );
    return { ok: true, status: 200, json: async () => ({ code: "Ok", distances }) };
  };
  return { fetch, urls, signals };
}

describe("osrmTableProvider", () => {
  it("asks the table service in blocks that fit its table size and converts metres to km", async () => {
    const fake = fakeOsrm();
    const p = osrmTableProvider({ url: "http://osrm.local:5000/", maxTableSize: 4, fetch: fake.fetch });
    const from = [
      [12.1, 55.6],
      [12.2, 55.6],
      [12.3, 55.6],
    ] as const;
    const to = [
      [12.1, 55.7],
      [11.9, 55.7],
      [12.4, 55.8],
    ] as const;
    const ctl = new AbortController();
    const km = await p.matrix(from, to, { signal: ctl.signal });
    // Blocks of 2 × 2: sources {0,1},{2} × destinations {0,1},{2} = 4 requests.
    expect(fake.urls).toHaveLength(4);
    expect(fake.urls[0]).toBe(
      "http://osrm.local:5000/table/v1/driving/12.1,55.6;12.2,55.6;12.1,55.7;11.9,55.7?sources=0;1&destinations=2;3&annotations=distance",
    );
    expect(fake.signals.every((s) => s === ctl.signal)).toBe(true);
    expect(km[0]).toBeCloseTo(10, 9); // |Δlon| 0 + |Δlat| 0.1 → 10 km
    expect(km[2 * 3 + 2]).toBeCloseTo(30, 9); // (12.3,55.6) → (12.4,55.8): 0.1 + 0.2
    expect(km[1]).toBeNaN(); // no route
    expect(p.id).toBe("osrm");
    expect(isGeodesicProvider(p)).toBe(false);
  });

  it("reports the service's error", async () => {
    const p = osrmTableProvider({
      url: "http://osrm.local",
      fetch: async () => ({
        ok: false,
        status: 400,
        json: async () => ({ code: "TooBig", message: "Too many table coordinates" }),
      }),
    });
    await expect(p.matrix([[12, 55]], [[12, 56]])).rejects.toThrow(/Too many table coordinates/);
    const q = osrmTableProvider({
      url: "http://osrm.local",
      fetch: async () => ({ ok: false, status: 502, json: async () => Promise.reject(new Error("no json")) }),
    });
    await expect(q.matrix([[12, 55]], [[12, 56]])).rejects.toThrow(/HTTP 502/);
  });
});

describe("geodesicProvider", () => {
  it("is haversine × circuity, and is recognised so the arc pass can fuse it", async () => {
    const p = geodesicProvider(1.25);
    const km = await p.matrix(
      [[12.1, 55.6]],
      [
        [12.5, 55.8],
        [12.1, 55.6],
      ],
    );
    expect(km[0] as number).toBeCloseTo(haulDistanceKm([12.1, 55.6], [12.5, 55.8], 1.25), 9);
    expect(km[1]).toBe(0);
    expect(isGeodesicProvider(p)).toBe(true);
    // A road provider that happens to carry a circuity is still not fused.
    expect(isGeodesicProvider({ ...p, id: "osrm" } as never)).toBe(false);
    expect(p.label).toMatch(/1\.25/);
  });
});
