import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { keepScreenshot, mapCamera, runAxe, smallestVisibleTextPx, waitForMapIdle } from "./driver";
import { browserSession } from "./lifecycle";

const session = browserSession();
const PRESENT_BALANCE = "?v=1&panel=balance&year=2030&mode=present";

describe("presentation mode", () => {
  it("at 1920×1080: no text under 24 px, contrast passes, legend and key figures on screen", async () => {
    const app = await session.open(PRESENT_BALANCE, { width: 1920, height: 1080 });
    await waitForMapIdle(app.page);
    const { page } = app;
    await page.getByRole("heading", { name: "Nettobalance 2030" }).waitFor();
    const smallest = await smallestVisibleTextPx(page);
    expect(smallest.px, `smallest text: "${smallest.text}"`).toBeGreaterThanOrEqual(24);
    expect(await page.getByRole("region", { name: "Nøgletal" }).isVisible()).toBe(true);
    expect(await page.getByText("Overskudsjord", { exact: true }).isVisible()).toBe(true);
    // Editing chrome is gone.
    expect(await page.getByRole("button", { name: "Importér lokaliteter" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Tabel" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Optimal match" }).count()).toBe(0);
    expect(await runAxe(page)).toEqual([]);
    expect(existsSync(await keepScreenshot(page, "presentation-1920x1080"))).toBe(true);
    expect(app.foreignRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });

  it("at 1280×720: still readable (no text under 16 px), contrast passes", async () => {
    const app = await session.open(PRESENT_BALANCE, { width: 1280, height: 720 });
    await waitForMapIdle(app.page);
    await app.page.getByRole("heading", { name: "Nettobalance 2030" }).waitFor();
    const smallest = await smallestVisibleTextPx(app.page);
    expect(smallest.px, `smallest text: "${smallest.text}"`).toBeGreaterThanOrEqual(16);
    expect(await runAxe(app.page)).toEqual([]);
    await keepScreenshot(app.page, "presentation-1280x720");
  });

  it("is entered with P and left with Esc; the arrow keys step the forecast years, F goes full screen", async () => {
    const app = await session.open("?v=1&panel=balance&year=2027", { width: 1280, height: 720 });
    await waitForMapIdle(app.page);
    const { page } = app;
    await page.locator("body").click({ position: { x: 5, y: 300 } }); // focus the page, not a field
    await page.keyboard.press("p");
    const bar = page.locator(".presentation-bar");
    await bar.waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get("mode")).toBe("present");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.getByRole("heading", { name: "Nettobalance 2029" }).waitFor();
    await page.keyboard.press("ArrowLeft");
    await page.getByRole("heading", { name: "Nettobalance 2028" }).waitFor();
    expect(await bar.getByText("3 af 12").isVisible()).toBe(true);
    const fullScreen = () => page.evaluate(() => document.fullscreenElement !== null);
    await page.keyboard.press("f");
    await expect.poll(fullScreen).toBe(true);
    await page.keyboard.press("f");
    await expect.poll(fullScreen).toBe(false);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Importér lokaliteter" }).waitFor();
    expect(await bar.count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get("mode")).toBe(null);
    await expect.poll(() => new URL(page.url()).searchParams.get("year")).toBe("2028");
  });
});

describe("a storyboard in presentation mode", () => {
  it("is walked with the keyboard alone: P, → → ←, Esc; camera, layers, year and estimate follow", async () => {
    const app = await session.open("?v=1", { width: 1920, height: 1080 });
    await waitForMapIdle(app.page);
    const { page } = app;
    // Set-up (not part of the walk): the workshop's storyboard, imported from its file.
    const scenes = page.getByRole("region", { name: "Scener" });
    await scenes
      .getByLabel(/Importér storyboard/)
      .setInputFiles("tests/fixtures/browser/storyboard-walk.json");
    await scenes.getByRole("button", { name: "Erstat de nuværende scener" }).click();
    await scenes.getByRole("button", { name: "Vis scenen København" }).waitFor();

    // The walk: keys only.
    await page.keyboard.press("Escape"); // leave any field the import focused
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("p");
    const bar = page.locator(".presentation-bar");
    await bar.waitFor();
    const settled = async () => {
      await page.waitForTimeout(1500); // the 1.2 s flight
      await waitForMapIdle(page);
    };

    await page.keyboard.press("ArrowRight");
    await settled();
    await page.getByRole("heading", { name: "Nettobalance 2028" }).waitFor();
    expect(await bar.getByText("Regionen 2028 ·").isVisible()).toBe(true);
    expect(await bar.getByText("1 af 3").isVisible()).toBe(true);
    expect((await mapCamera(page)).zoom).toBeCloseTo(8.6, 1);

    await page.keyboard.press("ArrowRight");
    await settled();
    await page.getByRole("heading", { name: "Nettobalance 2030" }).waitFor();
    const camera = await mapCamera(page);
    expect(camera.zoom).toBeCloseTo(10.5, 1);
    expect(camera.lon).toBeCloseTo(12.2, 2);
    expect(await page.evaluate(() => window.__jordbalanceMap?.renderedCount("sites-receiver"))).toBe(0);
    expect(await page.getByRole("radio", { name: "Højt" }).isChecked()).toBe(true);
    expect(await bar.getByText("2 af 3").isVisible()).toBe(true);
    await keepScreenshot(page, "storyboard-scene-2");

    await page.keyboard.press("ArrowRight");
    await settled();
    expect((await mapCamera(page)).zoom).toBeCloseTo(11, 1);
    expect(await page.getByRole("heading", { name: /Nettobalance/ }).count()).toBe(0);
    // The last scene: → stays there.
    await page.keyboard.press("ArrowRight");
    await settled();
    expect(await bar.getByText("3 af 3").isVisible()).toBe(true);

    await page.keyboard.press("ArrowLeft");
    await settled();
    await page.getByRole("heading", { name: "Nettobalance 2030" }).waitFor();
    expect((await mapCamera(page)).zoom).toBeCloseTo(10.5, 1);

    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Importér lokaliteter" }).waitFor();
    expect(app.consoleErrors).toEqual([]);
  });
});

describe("a link restores the view", () => {
  it("camera, layers, year, panel and selection come back from the address", async () => {
    const app = await session.open(
      "?v=1&map=12.2,55.78,10.5&layers=source&year=2028&panel=balance&sel=muni:0240",
    );
    await waitForMapIdle(app.page);
    const { page } = app;
    const camera = await page.evaluate(() => window.__jordbalanceMap?.camera());
    expect(camera?.zoom).toBeCloseTo(10.5, 1);
    expect(camera?.lon).toBeCloseTo(12.2, 3);
    expect(camera?.lat).toBeCloseTo(55.78, 3);
    expect(await page.getByRole("checkbox", { name: /Jordkilder/ }).isChecked()).toBe(true);
    expect(await page.getByRole("checkbox", { name: /Modtagere/ }).isChecked()).toBe(false);
    expect(await page.evaluate(() => window.__jordbalanceMap?.renderedCount("sites-receiver"))).toBe(0);
    await page.getByRole("heading", { name: "Nettobalance 2028" }).waitFor();
    expect(await page.getByRole("button", { name: "Egedal", pressed: true }).isVisible()).toBe(true);
  });
});
