import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { chooseMunicipality, mapCamera, runAxe, waitForMapIdle } from "./driver";
import { browserSession } from "./lifecycle";

const session = browserSession();

/** Same view to within ~10 m and a twentieth of a zoom level. */
const near = (a: { lon: number; lat: number; zoom: number }, b: { lon: number; lat: number; zoom: number }) =>
  Math.abs(a.lon - b.lon) < 1e-4 && Math.abs(a.lat - b.lat) < 1e-4 && Math.abs(a.zoom - b.zoom) < 0.05;

describe("scenes and storyboard in the browser", () => {
  it("saves two scenes, steps between them, keeps them through a reload and round-trips the file", async () => {
    const app = await session.open("?v=1&year=2027");
    const { page } = app;
    await waitForMapIdle(page);
    const panel = page.getByRole("region", { name: "Scener" });
    const list = panel.getByRole("list", { name: "Storyboard" });
    const receivers = page.getByRole("checkbox", { name: /Modtagere/ });
    const matchYear = page.getByRole("combobox", { name: /^År/ });
    const save = async (name: string) => {
      await panel.getByLabel("Scenens navn").fill(name);
      await panel.getByRole("button", { name: "Gem visningen som scene" }).click();
      await list.getByRole("button", { name: `Vis scenen ${name}` }).waitFor();
    };

    // Scene 1: Egedal, every layer, the explore panel.
    await chooseMunicipality(page, "Egedal");
    await waitForMapIdle(page);
    const egedal = await mapCamera(page);
    await save("Egedal");

    // Scene 2: Bornholm, no receivers, the match panel with its year set to 2028.
    await page.getByRole("button", { name: "Gå til Bornholm" }).click();
    await waitForMapIdle(page);
    await receivers.uncheck();
    await page.getByRole("button", { name: "Optimal match" }).click();
    await matchYear.selectOption("2028");
    await waitForMapIdle(page);
    const bornholm = await mapCamera(page);
    expect(near(egedal, bornholm)).toBe(false);
    await save("Bornholm");
    await expect.poll(() => panel.getByRole("status").textContent()).toBe("Scene 2 af 2");

    // Back: the map flies to Egedal, receivers come back, the match panel closes.
    await panel.getByRole("button", { name: /Forrige scene/ }).click();
    await expect.poll(async () => near(await mapCamera(page), egedal), { timeout: 10_000 }).toBe(true);
    expect(await receivers.isChecked()).toBe(true);
    expect(await matchYear.count()).toBe(0);
    await expect
      .poll(() => new URL(page.url()).searchParams.get("scene"), { timeout: 5_000 })
      .toMatch(/^scene-/);

    // Forward: Bornholm again, receivers off, match year 2028.
    await panel.getByRole("button", { name: /Næste scene/ }).click();
    await expect.poll(async () => near(await mapCamera(page), bornholm), { timeout: 10_000 }).toBe(true);
    expect(await receivers.isChecked()).toBe(false);
    expect(await matchYear.inputValue()).toBe("2028");
    await page.getByText("Alt er gemt").waitFor();

    // Kept in the workspace: a reload shows both, in order.
    await page.reload();
    await waitForMapIdle(page);
    const names = async () =>
      (await list.getByRole("button", { name: /^Vis scenen / }).allTextContents()).map((n) =>
        n.replace(/^Vis scenen /, ""),
      );
    await expect.poll(names).toEqual(["Egedal", "Bornholm"]);

    // Export, delete one, import the file in place of the rest: both are back.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      panel.getByRole("button", { name: "Eksportér storyboard" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^jordbalance_storyboard_\d{4}-\d{2}-\d{2}\.json$/);
    const path = await download.path();
    expect(JSON.parse(await readFile(path, "utf8")).schema).toBe("jordbalance/storyboard@1");
    await list.getByRole("button", { name: "Slet Egedal" }).click();
    await list.getByRole("button", { name: "Slet", exact: true }).click();
    await expect.poll(names).toEqual(["Bornholm"]);
    await panel.getByLabel(/Importér storyboard/).setInputFiles(path);
    await panel.getByRole("button", { name: "Erstat de nuværende scener" }).click();
    await expect.poll(names).toEqual(["Egedal", "Bornholm"]);
    await list.getByRole("button", { name: "Vis scenen Egedal" }).click();
    await expect.poll(async () => near(await mapCamera(page), egedal), { timeout: 10_000 }).toBe(true);

    expect(await runAxe(page)).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });

  it("jumps without a flight under reduced motion, and opens the scene the address names", async () => {
    const app = await session.open();
    const { page } = app;
    await page.emulateMedia({ reducedMotion: "reduce" });
    await waitForMapIdle(page);
    await chooseMunicipality(page, "Egedal");
    await waitForMapIdle(page);
    const egedal = await mapCamera(page);
    const panel = page.getByRole("region", { name: "Scener" });
    await panel.getByRole("button", { name: "Gem visningen som scene" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("scene")).toMatch(/^scene-/);
    const link = page.url();
    await page.getByRole("button", { name: "Gå til Bornholm" }).click();
    await waitForMapIdle(page);
    await expect.poll(() => new URL(page.url()).searchParams.get("scene")).toBeNull();

    // Reduced motion: the map is there at once, not after a flight of SCENE_TRANSITION_MS.
    await panel.getByRole("button", { name: /Vis scenen Scene 1/ }).click();
    await page.waitForTimeout(150);
    expect(near(await mapCamera(page), egedal)).toBe(true);

    await page.goto(link);
    await waitForMapIdle(page);
    await expect.poll(async () => near(await mapCamera(page), egedal), { timeout: 10_000 }).toBe(true);
    await page.goto(`${link.replace(/scene=[^&]+/, "scene=scene-missing")}`);
    await waitForMapIdle(page);
    await panel.getByText(/scene-missing/).waitFor();
    expect(app.consoleErrors).toEqual([]);
  });
});
