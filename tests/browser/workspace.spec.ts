import { describe, expect, it } from "vitest";
import { importFile, runAxe, waitForMapIdle } from "./driver";
import { browserSession } from "./lifecycle";

const SITE = "src-0101-bispebjerg-hospital";
const session = browserSession();

describe("the user's own data in the browser", () => {
  it("edits with undo and redo, saves at once and restores everything after a reload", async () => {
    const app = await session.open(`?v=1&sel=site:${SITE}`);
    await waitForMapIdle(app.page);
    const { page } = app;
    const original = (await page.getByRole("article").getByRole("heading").first().textContent()) ?? "";
    await page.getByRole("button", { name: "Redigér" }).click();
    await page.getByLabel("Navn", { exact: true }).fill("Bispebjerg, ændret navn");
    await page.getByRole("button", { name: "Gem", exact: true }).click();
    const heading = page.getByRole("article").getByRole("heading").first();
    await expect.poll(() => heading.textContent()).toBe("Bispebjerg, ændret navn");
    await page.keyboard.press("Control+z");
    await expect.poll(() => heading.textContent()).toBe(original);
    await page.keyboard.press("Control+Shift+z");
    await expect.poll(() => heading.textContent()).toBe("Bispebjerg, ændret navn");
    await page.getByText("Alt er gemt").waitFor();
    await page.reload();
    await waitForMapIdle(page);
    await expect
      .poll(() => page.getByRole("article").getByRole("heading").first().textContent())
      .toBe("Bispebjerg, ændret navn");
    expect(app.consoleErrors).toEqual([]);
  });

  it("imports a file whose names hold markup, shows them as text and runs no script", async () => {
    const app = await session.open();
    await waitForMapIdle(app.page);
    const { page } = app;
    await importFile(page, "tests/fixtures/browser/markup-import.geojson");
    await page.getByRole("button", { name: "Tabel" }).click();
    await page.getByLabel("Søg i navn, id eller kommune").fill("Skolebyggeri");
    const cell = page.getByText('<img src=x onerror="window.__xss=1">Skolebyggeri');
    await cell.first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator(".table-drawer img, .details-panel img").count()).toBe(0);
    expect(await runAxe(page)).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
