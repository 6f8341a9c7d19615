import { describe, expect, it } from "vitest";
import { runAxe, runMatch, waitForMapIdle } from "./driver";
import { browserSession } from "./lifecycle";

const session = browserSession();

describe("the optimal match on the embedded data", () => {
  it("runs in the worker and shows KPIs, the allocation and flows on the map", async () => {
    const app = await session.open();
    await waitForMapIdle(app.page);
    await runMatch(app.page);
    await waitForMapIdle(app.page);
    const kpis = app.page.getByRole("region", { name: "Resultat" });
    expect(await kpis.getByRole("columnheader", { name: "Business as usual" }).first().isVisible()).toBe(
      true,
    );
    const reuseRate = await app.page.locator(".kpi-card").nth(1).locator(".kpi-value").textContent();
    expect(Number.parseFloat((reuseRate ?? "").replace(",", "."))).toBeGreaterThan(0);
    const drawn = await app.page.evaluate(
      () =>
        (window.__jordbalanceMap?.renderedCount("flows-reuse") ?? 0) +
        (window.__jordbalanceMap?.renderedCount("flows-disposal") ?? 0),
    );
    expect(drawn).toBeGreaterThan(10);
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });

  it("keeps the match panel accessible", async () => {
    const app = await session.open();
    await waitForMapIdle(app.page);
    await runMatch(app.page);
    expect(await runAxe(app.page)).toEqual([]);
  });
});
