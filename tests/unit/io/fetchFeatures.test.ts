import type { Feature } from "geojson";
import { describe, expect, it } from "vitest";
import {
  type FetchLike,
  fetchRemoteFeatures,
  type RemoteProgress,
} from "../../../src/io/remote/fetchFeatures";
import { UserError } from "../../../src/io/userError";

const point = (i: number): Feature => ({
  type: "Feature",
  id: i,
  geometry: { type: "Point", coordinates: [12 + i / 100, 55.6] },
  properties: { n: i },
});

const page = (from: number, count: number, extra: Record<string, unknown> = {}) => ({
  type: "FeatureCollection",
  features: Array.from({ length: count }, (_, i) => point(from + i)),
  ...extra,
});

type Answer = unknown | (() => Response | Promise<Response>);

/** A fake server: URL → JSON body (or a function making the Response); records what was asked. */
function fakeServer(routes: Record<string, Answer>) {
  const requests: Array<{ url: string; accept: string | null }> = [];
  const fetch: FetchLike = async (url, init) => {
    requests.push({ url, accept: new Headers(init.headers).get("accept") });
    init.signal?.throwIfAborted();
    if (!(url in routes)) return new Response("no such page", { status: 404, statusText: "Not Found" });
    const answer = routes[url];
    if (typeof answer === "function") return (answer as () => Response)();
    return new Response(JSON.stringify(answer), { status: 200 });
  };
  return { fetch, requests };
}

const BASE = "https://api.example.dk/ogc/collections/jord";
const ITEMS = `${BASE}/items?f=json&limit=1000`;

async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected a failure");
}

describe("fetchRemoteFeatures", () => {
  it("reads a collection's items through three pages, absolute and relative next links, with progress", async () => {
    const server = fakeServer({
      [ITEMS]: page(0, 2, {
        numberMatched: 5,
        links: [
          { rel: "self", href: ITEMS },
          { rel: "next", type: "text/html", href: `${BASE}/items?f=html&offset=2` },
          { rel: "next", type: "application/geo+json", href: `${BASE}/items?f=json&limit=1000&offset=2` },
        ],
      }),
      [`${BASE}/items?f=json&limit=1000&offset=2`]: page(2, 2, {
        numberMatched: 5,
        links: [{ rel: "next", href: "items?f=json&limit=1000&offset=4" }],
      }),
      [`${BASE}/items?f=json&limit=1000&offset=4`]: page(4, 1, { numberMatched: 5, links: [] }),
    });
    const progress: RemoteProgress[] = [];
    const result = await fetchRemoteFeatures(BASE, {
      fetch: server.fetch,
      onProgress: (p) => progress.push(p),
    });
    expect(result.collection.features.map((f) => f.id)).toEqual([0, 1, 2, 3, 4]);
    expect(result.pages).toBe(3);
    expect(result.numberMatched).toBe(5);
    expect(result.ogc).toBe(true);
    expect(progress).toEqual([
      { pages: 1, features: 2, numberMatched: 5 },
      { pages: 2, features: 4, numberMatched: 5 },
      { pages: 3, features: 5, numberMatched: 5 },
    ]);
    expect(server.requests[0]?.accept).toMatch(/^application\/geo\+json/);
  });

  it("reads a plain GeoJSON file once, and a lone Feature as a collection of one", async () => {
    const url = "https://data.example.dk/jord.geojson";
    const server = fakeServer({ [url]: page(0, 3), "https://data.example.dk/one.json": point(7) });
    const file = await fetchRemoteFeatures(url, { fetch: server.fetch });
    expect(file.collection.features).toHaveLength(3);
    expect(file).toMatchObject({ pages: 1, ogc: false });
    expect(server.requests.map((r) => r.url)).toEqual([url]);
    const one = await fetchRemoteFeatures("https://data.example.dk/one.json", { fetch: server.fetch });
    expect(one.collection.features.map((f) => f.id)).toEqual([7]);
  });

  it("follows a collection description's items link when the address is not …/collections/{id}", async () => {
    const landing = "https://api.example.dk/jord?f=json";
    const server = fakeServer({
      [landing]: {
        id: "jord",
        links: [{ rel: "items", type: "application/geo+json", href: "/x/collections/jord/items" }],
      },
      "https://api.example.dk/x/collections/jord/items?f=json&limit=1000": page(0, 2),
    });
    const result = await fetchRemoteFeatures(landing, { fetch: server.fetch });
    expect(result.collection.features).toHaveLength(2);
    expect(result).toMatchObject({ pages: 1, ogc: true });
  });

  it("keeps a jordbalance file's schema member, so the import reads it as that schema", async () => {
    const server = fakeServer({ "https://a.dk/s.geojson": page(0, 2, { schema: "jordbalance/sites@1" }) });
    const { collection } = await fetchRemoteFeatures("https://a.dk/s.geojson", { fetch: server.fetch });
    expect(collection).toHaveProperty("schema", "jordbalance/sites@1");
    expect(collection.features).toHaveLength(2);
  });

  it("keeps the crs member, or takes the system from a Content-Crs header", async () => {
    const crs = { type: "name", properties: { name: "urn:ogc:def:crs:EPSG::25832" } };
    const header = "<http://www.opengis.net/def/crs/EPSG/0/25833>";
    const server = fakeServer({
      "https://a.dk/f.geojson": page(0, 1, { crs }),
      [ITEMS]: () => new Response(JSON.stringify(page(0, 1)), { headers: { "Content-Crs": header } }),
    });
    expect(
      (await fetchRemoteFeatures("https://a.dk/f.geojson", { fetch: server.fetch })).collection,
    ).toHaveProperty("crs", crs);
    expect((await fetchRemoteFeatures(BASE, { fetch: server.fetch })).collection).toHaveProperty("crs", {
      type: "name",
      properties: { name: "http://www.opengis.net/def/crs/EPSG/0/25833" },
    });
  });

  it("refuses a loop of next links, naming the page that loops", async () => {
    const a = "https://a.dk/collections/x/items?f=json&limit=1000";
    const b = "https://a.dk/collections/x/items?f=json&limit=1000&offset=1";
    const server = fakeServer({
      [a]: page(0, 1, { links: [{ rel: "next", href: b }] }),
      [b]: page(1, 1, { links: [{ rel: "next", href: a }] }),
    });
    const e = await failure(fetchRemoteFeatures("https://a.dk/collections/x", { fetch: server.fetch }));
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toContain("(page 2)");
    expect(e.message).toMatch(/loop/);
    expect(server.requests).toHaveLength(2);
  });

  it("stops at the page cap and at the feature cap with a message saying how to narrow it", async () => {
    const routes: Record<string, unknown> = {};
    for (let i = 0; i < 10; i++)
      routes[`https://a.dk/p${i}.json`] = page(i * 10, 10, {
        links: [{ rel: "next", href: `p${i + 1}.json` }],
      });
    const server = fakeServer(routes);
    const pages = await failure(
      fetchRemoteFeatures("https://a.dk/p0.json", { fetch: server.fetch, maxPages: 3 }),
    );
    expect(pages).toBeInstanceOf(UserError);
    expect(pages.message).toMatch(/stopped after 3 pages.*p3\.json/);
    expect(server.requests).toHaveLength(3);

    const many = await failure(
      fetchRemoteFeatures("https://a.dk/p0.json", { fetch: server.fetch, maxFeatures: 25 }),
    );
    expect(many.message).toMatch(/more than 25 features \(30 by page 3\).*bbox/);

    // numberMatched on the first page refuses at once, before fetching the rest.
    const counted = fakeServer({
      [ITEMS]: page(0, 1000, { numberMatched: 250_000, links: [{ rel: "next", href: "x" }] }),
    });
    const big = await failure(fetchRemoteFeatures(BASE, { fetch: counted.fetch }));
    expect(big.message).toContain("more than 100,000 features (250,000 matched)");
    expect(counted.requests).toHaveLength(1);
  });

  it("says HTTP status, address and page when a later page fails", async () => {
    const server = fakeServer({
      "https://a.dk/p1.json": page(0, 1, { links: [{ rel: "next", href: "p2.json" }] }),
      "https://a.dk/p2.json": () =>
        new Response("boom", { status: 500, statusText: "Internal Server Error" }),
    });
    const e = await failure(fetchRemoteFeatures("https://a.dk/p1.json", { fetch: server.fetch }));
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toBe("HTTP 500 Internal Server Error from https://a.dk/p2.json (page 2)");
  });

  it("says when a page is not JSON, not an object or not a FeatureCollection", async () => {
    const server = fakeServer({
      "https://a.dk/html": () => new Response("<!doctype html><p>Log ind</p>", { status: 200 }),
      "https://a.dk/cut": () => new Response('{"type": "FeatureCollection", "features": [', { status: 200 }),
      "https://a.dk/list": [1, 2],
      "https://a.dk/point": { type: "Point", coordinates: [12, 55] },
      "https://a.dk/p1": page(0, 1, { links: [{ rel: "next", href: "p2" }] }),
      "https://a.dk/p2": { type: "FeatureCollection", features: "none" },
    });
    const html = await failure(fetchRemoteFeatures("https://a.dk/html", { fetch: server.fetch }));
    expect(html.message).toMatch(/^https:\/\/a\.dk\/html \(page 1\) is not JSON but a web page/);
    const cut = await failure(fetchRemoteFeatures("https://a.dk/cut", { fetch: server.fetch }));
    expect(cut.message).toMatch(/^https:\/\/a\.dk\/cut \(page 1\) is not valid JSON/);
    const list = await failure(fetchRemoteFeatures("https://a.dk/list", { fetch: server.fetch }));
    expect(list.message).toContain("is JSON but not a GeoJSON object (it is a list)");
    const geometry = await failure(fetchRemoteFeatures("https://a.dk/point", { fetch: server.fetch }));
    expect(geometry.message).toContain('is not a GeoJSON FeatureCollection: its type is "Point"');
    const second = await failure(fetchRemoteFeatures("https://a.dk/p1", { fetch: server.fetch }));
    expect(second.message).toBe('https://a.dk/p2 (page 2) is a FeatureCollection without a "features" list.');
  });

  it("turns a network failure into a message about the connection", async () => {
    const offline: FetchLike = async () => {
      throw new TypeError("Failed to fetch");
    };
    const e = await failure(fetchRemoteFeatures("https://a.dk/f.geojson", { fetch: offline }));
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toMatch(
      /^Could not reach https:\/\/a\.dk\/f\.geojson \(page 1\): Failed to fetch\. .*offline/,
    );
  });

  it("stops between pages on abort and rejects with the AbortError, not a UserError", async () => {
    const controller = new AbortController();
    const server = fakeServer({
      "https://a.dk/p1": page(0, 1, { links: [{ rel: "next", href: "p2" }] }),
      "https://a.dk/p2": page(1, 1),
    });
    const e = await failure(
      fetchRemoteFeatures("https://a.dk/p1", {
        fetch: server.fetch,
        signal: controller.signal,
        onProgress: () => controller.abort(),
      }),
    );
    expect(e.name).toBe("AbortError");
    expect(e).not.toBeInstanceOf(UserError);
    expect(server.requests).toHaveLength(1);

    // A fetch cancelled in flight rejects the same way.
    const slow = new AbortController();
    const hanging: FetchLike = (_url, init) =>
      new Promise((_ok, fail) => init.signal?.addEventListener("abort", () => fail(init.signal?.reason)));
    const pending = failure(fetchRemoteFeatures("https://a.dk/p1", { fetch: hanging, signal: slow.signal }));
    slow.abort();
    expect((await pending).name).toBe("AbortError");
  });
});
