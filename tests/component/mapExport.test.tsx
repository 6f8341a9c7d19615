import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { type Kpi, type LegendGroup, useMapExportExtras, useMapExportStore } from "../../src/state/mapExport";
import { renderApp } from "./renderApp";

const LEGEND: LegendGroup = { title: "Balance 2027", items: [{ color: "#b2182b", label: "Underskud" }] };
const KPIS: Kpi[] = [{ label: "År", value: "2027" }];

function BalancePanel() {
  useMapExportExtras("balance", { legend: LEGEND, kpis: KPIS });
  return <p>balance</p>;
}

describe("what panels add to the exported map", () => {
  it("holds a panel's legend and key figures while it is shown, and drops them when it closes", () => {
    const view = render(<BalancePanel />);
    expect(useMapExportStore.getState().legends).toEqual({ balance: LEGEND });
    expect(useMapExportStore.getState().kpis).toEqual({ balance: KPIS });
    view.unmount();
    expect(useMapExportStore.getState().legends).toEqual({});
    expect(useMapExportStore.getState().kpis).toEqual({});
  });

  it("keeps other panels' additions when one panel removes its own", () => {
    const { setExtras } = useMapExportStore.getState();
    act(() => setExtras("other", { kpis: KPIS }));
    const view = render(<BalancePanel />);
    view.unmount();
    expect(useMapExportStore.getState().kpis).toEqual({ other: KPIS });
    act(() => setExtras("other", null));
  });
});

describe("the map image export in the export panel", () => {
  it("reaches the map's snapshot through the state the map view registered", async () => {
    // jsdom has no 2D canvas (it would log "not implemented"): say so the way a browser would.
    const getContext = vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
    const app = renderApp();
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Eksportér" }));
    const button = await screen.findByRole("button", { name: "Eksportér kort som PNG" });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    await user.click(button);
    await waitFor(() => expect(app.map().calls.some(([name]) => name === "snapshot")).toBe(true));
    // Without a canvas the export says why instead of failing silently.
    expect((await screen.findByRole("alert")).textContent).toMatch(
      /Kortbilledet kunne ikke laves: .*2D canvas/,
    );
    app.unmount();
    expect(useMapExportStore.getState().snapshot).toBeNull();
    getContext.mockRestore();
  });
});
