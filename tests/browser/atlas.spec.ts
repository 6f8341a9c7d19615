import { describe, expect, it } from "vitest";
import { chooseMunicipality, clickMapAt, runAxe, switchLanguage, waitForMapIdle } from "./driver";
import { browserSession } from "./lifecycle";

const FIXTURE = "?data=test-fixtures/fit-nearby.geojson";
const session = browserSession();

describe("the atlas on the embedded data", () => {
  it("loads with no network, shows 29 municipalities in the picker, no console error", async () => {
    const app = await session.open();
    await waitForMapIdle(app.page);
    const picker = app.page.getByRole("list", { name: "Kommune" });
    expect(await picker.getByRole("button").count()).toBe(29);
    expect(
      await app.page.evaluate(() => window.__jordbalanceMap?.renderedCount("municipality-labels")),
    ).toBeGreaterThan(15);
    expect(await app.page.getByText("Illustrative data").first().isVisible()).toBe(true);
    expect(app.foreignRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });

  it("toggles a site layer on and off", async () => {
    const app = await session.open();
    await waitForMapIdle(app.page);
    const drawn = () => app.page.evaluate(() => window.__jordbalanceMap?.renderedCount("sites-source"));
    expect(await drawn()).toBeGreaterThan(50);
    await app.page.getByRole("checkbox", { name: /Jordkilder/ }).uncheck();
    await waitForMapIdle(app.page);
    expect(await drawn()).toBe(0); // hidden layer: nothing drawn
    await app.page.getByRole("checkbox", { name: /Jordkilder/ }).check();
    await waitForMapIdle(app.page);
    expect(await drawn()).toBeGreaterThan(50);
  });

  it("opens a municipality's summary from the picker", async () => {
    const app = await session.open();
    await waitForMapIdle(app.page);
    await chooseMunicipality(app.page, "Egedal");
    const summary = app.page.getByRole("article", { name: "Egedal Kommune" });
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await summary.getByText(/Kommunekode 0240/).isVisible()).toBe(true);
  });

  it("passes an axe-core check of the main screen", async () => {
    const app = await session.open();
    await waitForMapIdle(app.page);
    expect(await runAxe(app.page)).toEqual([]);
  });

  it("switches to English and remembers it after a reload", async () => {
    const app = await session.open();
    await waitForMapIdle(app.page);
    await switchLanguage(app.page, "English");
    expect(await app.page.getByRole("heading", { name: "Layers" }).isVisible()).toBe(true);
    await app.page.reload();
    await waitForMapIdle(app.page);
    expect(await app.page.getByRole("heading", { name: "Layers" }).isVisible()).toBe(true);
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe("en");
  });
});

describe("a fixture loaded by URL parameter", () => {
  it("opens a site's details when it is clicked on the map", async () => {
    const app = await session.open(FIXTURE);
    await waitForMapIdle(app.page);
    await clickMapAt(app.page, 12.3, 55.93);
    const details = app.page.getByRole("article", { name: "Testkilde Hillerød" });
    await expect.poll(() => details.isVisible()).toBe(true);
    expect(await details.getByText("20.000 m³ ≈ 37.000 t").isVisible()).toBe(true);
  });

  it("ranks what fits nearby by haul distance and says why the others do not fit", async () => {
    const app = await session.open(FIXTURE);
    await waitForMapIdle(app.page);
    await clickMapAt(app.page, 12.3, 55.93);
    const rows = app.page.getByRole("table").getByRole("row");
    await expect.poll(() => rows.count()).toBe(4);
    const names = await rows.locator("th[scope=row]").allInnerTexts();
    expect(names.map((n) => n.trim())).toEqual([
      "Nær støjvold",
      "Mellem landskab",
      "Fjern grusgrav med dispensation",
    ]);
    expect(
      await app.page.evaluate(() => window.__jordbalanceMap?.renderedCount("fit-lines")),
    ).toBeGreaterThan(0);
    await app.page.getByRole("button", { name: /Vis dem der ikke passer/ }).click();
    const rejected = app.page.locator(".fit-rejected");
    expect(await rejected.getByText(/Depot kun forurenet: jordklasse modtages ikke/).isVisible()).toBe(true);
    expect(await rejected.getByText(/Grusgrav uden dispensation: ingen § 52-dispensation/).isVisible()).toBe(
      true,
    );
    expect(await rejected.getByText(/Senere vejanlæg: perioderne overlapper ikke/).isVisible()).toBe(true);
  });

  it("shows a name with markup as text and runs no script from it", async () => {
    const app = await session.open(FIXTURE);
    await waitForMapIdle(app.page);
    await clickMapAt(app.page, 12.25, 56.02);
    const details = app.page.getByRole("article", { name: '<img src=x onerror="window.__xss=1">Vold' });
    await expect.poll(() => details.isVisible()).toBe(true);
    expect(await app.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await app.page.locator(".details-panel img").count()).toBe(0);
  });

  it("reports a record that fails the schema with its id and field, and loads the rest", async () => {
    const app = await session.open(FIXTURE);
    await waitForMapIdle(app.page);
    await app.page.getByText(/1 lokaliteter kunne ikke indlæses/).click();
    expect(await app.page.getByText(/fx-bad: quantity: quantity is negative/).isVisible()).toBe(true);
    expect(
      await app.page
        .getByRole("checkbox", { name: /Modtagere/ })
        .locator("..")
        .textContent(),
    ).toContain("5 stk.");
  });
});
