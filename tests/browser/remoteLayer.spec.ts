import { describe, expect, inject, it } from "vitest";
import { type AppPage, addRemoteLayer, clickMapAt, failFirstRequests, waitForMapIdle } from "./driver";
import { browserSession } from "./lifecycle";

// A static OGC API – Features collection: items.json links "next" to items/2.json, which links
// to 3.json (relative); 7 features in all, 5 of them points, then a line and a polygon.
const COLLECTION = `${inject("origin")}/test-fixtures/ogc/collections/jordflytning`;
const FIXTURE = "?data=test-fixtures/fit-nearby.geojson";
const session = browserSession();

const drawn = (page: AppPage["page"], layer: string) =>
  page.evaluate((id) => window.__jordbalanceMap?.renderedCount(id), layer);

describe("a layer from an address", () => {
  it("reads every page of an OGC API collection, draws it under the sites, keeps sites clickable and remembers it", async () => {
    const app = await session.open(FIXTURE);
    const { page } = app;
    await waitForMapIdle(page);
    await addRemoteLayer(page, COLLECTION);
    const list = page.getByRole("list", { name: "Tilføjede lag" });
    await list.getByText("7 objekter").waitFor();
    await expect.poll(() => drawn(page, "remote-1-point")).toBe(5);
    expect(await drawn(page, "remote-1-fill")).toBeGreaterThanOrEqual(1);
    expect(await drawn(page, "remote-1-line")).toBeGreaterThanOrEqual(2);

    // The polygon lies over the Hillerød site: a click there still selects the site.
    await clickMapAt(page, 12.3, 55.93);
    await expect.poll(() => page.getByRole("article", { name: "Testkilde Hillerød" }).isVisible()).toBe(true);

    // Remembered: after a reload the layer is fetched again and drawn in the new style.
    await page.reload();
    await waitForMapIdle(page);
    await list.getByText("7 objekter").waitFor();
    await expect.poll(() => drawn(page, "remote-1-point")).toBe(5);

    await list.getByRole("checkbox", { name: /jordflytning/ }).uncheck();
    await waitForMapIdle(page);
    expect(await drawn(page, "remote-1-point")).toBe(0);
    expect(app.foreignRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });

  it("shows a failure with its HTTP status and fetches again on Retry", async () => {
    const app = await session.open();
    const { page } = app;
    await waitForMapIdle(page);
    // The first try and the one automatic retry fail; the user's Retry succeeds.
    await failFirstRequests(page, "/collections/jordflytning/items?", 2);
    await addRemoteLayer(page, COLLECTION);
    const list = page.getByRole("list", { name: "Tilføjede lag" });
    const alert = list.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("HTTP 500");
    expect(await alert.textContent()).toContain(`${COLLECTION}/items?f=json&limit=1000 (page 1)`);
    await list.getByRole("button", { name: "Prøv igen at hente jordflytning" }).click();
    await list.getByText("7 objekter").waitFor();
    expect(await alert.count()).toBe(0);
    await expect.poll(() => drawn(page, "remote-1-point")).toBe(5);
    // The browser reports the two 500 answers as console errors; nothing else may appear.
    expect(app.consoleErrors.filter((e) => !/status of 500/.test(e))).toEqual([]);
  });
});
