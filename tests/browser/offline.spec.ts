import { describe, expect, it } from "vitest";
import { type AppPage, waitForMapIdle, waitForServiceWorker } from "./driver";
import { browserSession } from "./lifecycle";

const session = browserSession();

/** Drawn features of a map layer. */
const drawn = (app: AppPage, layer: string) =>
  app.page.evaluate((id) => window.__jordbalanceMap?.renderedCount(id), layer);

describe("offline after the first visit", () => {
  it("starts with no network and draws the municipalities and sites", async () => {
    const app = await session.open();
    await waitForMapIdle(app.page);
    await waitForServiceWorker(app.page);
    await app.page.context().setOffline(true);
    // The network is really gone, for the service worker too: a file it never cached fails.
    const uncached = await app.page.evaluate(() =>
      fetch("generated/fonts/DejaVu%20Sans/9984-10239.pbf").then(
        (r) => r.status,
        () => "failed",
      ),
    );
    expect(uncached).toBe("failed");
    app.consoleErrors.length = 0; // that failed fetch is logged; only the reload's errors count
    await app.page.reload();
    await waitForMapIdle(app.page);
    expect(await drawn(app, "municipality-labels")).toBeGreaterThan(15);
    expect(await drawn(app, "sites-source")).toBeGreaterThan(50);
    expect(await drawn(app, "sites-receiver")).toBeGreaterThan(10);
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });

  it("keeps a ?data= preview opened once, and still says it is a preview", async () => {
    const app = await session.open("?data=test-fixtures/fit-nearby.geojson");
    await waitForMapIdle(app.page);
    const online = await drawn(app, "sites-receiver");
    expect(online).toBeGreaterThan(0);
    await waitForServiceWorker(app.page);
    await app.page.context().setOffline(true);
    await app.page.reload();
    await waitForMapIdle(app.page);
    expect(await drawn(app, "sites-receiver")).toBe(online);
    expect(await app.page.getByText(/Forhåndsvisning af filer fra adressen/).isVisible()).toBe(true);
    expect(app.consoleErrors).toEqual([]);
  });

  it("starts from the cached data when the server answers with an error (a venue proxy's 503)", async () => {
    const app = await session.open();
    await waitForMapIdle(app.page);
    await waitForServiceWorker(app.page);
    await app.page.context().route(
      (url) => url.pathname.includes("/generated/") && !url.pathname.includes("/fonts/"),
      (route) => route.fulfill({ status: 503, contentType: "text/plain", body: "maintenance" }),
    );
    await app.page.reload();
    await waitForMapIdle(app.page);
    expect(await drawn(app, "sites-source")).toBeGreaterThan(50);
    expect(await drawn(app, "municipality-labels")).toBeGreaterThan(15);
  });
});
