import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { BALANCE_PALETTE } from "../../src/domain/forecast/classBreaks";
import { forecastToCsv } from "../../src/domain/forecast/csv";
import type { ForecastTable } from "../../src/domain/forecast/types";
import type { SitePoints } from "../../src/map/types";
import { useViewStore } from "../../src/state/viewStore";
import { fakeForecast } from "./fakeData";
import { type FakeMap, renderApp } from "./renderApp";

const lastCall = (map: FakeMap, name: string) => map.calls.filter(([n]) => n === name).at(-1)?.[1];

describe("the forecast balance", () => {
  it("colours the municipalities by net balance and lists them, largest surplus first", async () => {
    const { map } = renderApp();
    await userEvent.click(await screen.findByRole("button", { name: "Prognoser" }));
    const table = await screen.findByRole("table", { name: /Nettobalance pr. kommune i 2026/ });
    const rows = within(table).getAllByRole("row").slice(1);
    // All 29 municipalities of the region; those with a forecast first.
    expect(rows).toHaveLength(29);
    expect(rows[0]?.textContent).toMatch(/^København6\.000/);
    expect(rows[1]?.textContent).toMatch(/^Frederiksberg-5\.000/);
    expect(rows.find((r) => r.textContent?.startsWith("Bornholm"))?.textContent).toContain("ingen prognose");
    await waitFor(() => {
      const [colours] = lastCall(map(), "setChoropleth") as [Record<string, string>];
      expect(BALANCE_PALETTE.indexOf(colours["0147"] ?? "")).toBeLessThan(3);
      expect(BALANCE_PALETTE.indexOf(colours["0147"] ?? "")).toBeGreaterThanOrEqual(0);
      expect(BALANCE_PALETTE.indexOf(colours["0101"] ?? "")).toBeGreaterThan(3);
      expect(colours["0400"]).toBe("#bdbdbd");
    });
    expect(screen.getByRole("heading", { name: "Nettobalance 2026" })).toBeTruthy();
  });

  it("moves the year with the slider and shows only the sites whose window reaches into it", async () => {
    const { map } = renderApp();
    await userEvent.click(await screen.findByRole("button", { name: "Prognoser" }));
    const slider = await screen.findByRole("slider", { name: "År" });
    const shownIds = () => {
      const [points] = lastCall(map(), "setSites") as [SitePoints];
      return points.features.map((f) => f.properties.id);
    };
    await waitFor(() => expect(shownIds()).toContain("src-1"));
    fireEvent.change(slider, { target: { value: "2030" } });
    await screen.findByRole("heading", { name: "Nettobalance 2030" });
    // src-1 is available only in 2027.
    await waitFor(() => expect(shownIds()).not.toContain("src-1"));
    fireEvent.change(slider, { target: { value: "2027" } });
    await waitFor(() => expect(shownIds()).toContain("src-1"));
    await waitFor(() => expect(window.location.search).toContain("year=2027"));
  });

  it("moves a year the forecast lacks (from a link) to the nearest one it has", async () => {
    renderApp(undefined, { search: "?v=1&panel=balance&year=2045" });
    await screen.findByRole("heading", { name: "Nettobalance 2037" });
    await waitFor(() => expect(useViewStore.getState().year).toBe(2037));
  });

  it("reads the high estimate when asked", async () => {
    renderApp();
    await userEvent.click(await screen.findByRole("button", { name: "Prognoser" }));
    await userEvent.click(await screen.findByRole("radio", { name: "Højt" }));
    const table = await screen.findByRole("table", { name: /højt skøn/ });
    expect(within(table).getByText("12.000")).toBeTruthy();
    await waitFor(() => expect(window.location.search).toContain("est=high"));
    // Back to the central estimate: the address drops est again.
    await userEvent.click(screen.getByRole("radio", { name: "Centralt" }));
    await waitFor(() => expect(window.location.search).not.toContain("est="));
  });
});

describe("a forecast file", () => {
  const csvFile = (table: ForecastTable, name = "egedal.csv") =>
    new File([forecastToCsv(table)], name, { type: "text/csv" });

  it("is imported into the workspace after its report, kept through a reload, and can be undone", async () => {
    const first = renderApp();
    await userEvent.click(await screen.findByRole("button", { name: "Prognoser" }));
    const mine = fakeForecast() as unknown as ForecastTable;
    mine.title = "Vores prognose";
    mine.records = mine.records.map((r) =>
      r.municipalityCode === "0101" ? { ...r, low: 0, mid: 7, high: 9 } : r,
    );
    await userEvent.upload(await screen.findByLabelText("Importér prognose (CSV)"), csvFile(mine));
    const report = await screen.findByText(/egedal\.csv: 24 rækker kan bruges, 0 afvist/);
    expect(report).toBeTruthy();
    // Nothing changes before the user says so.
    expect(screen.getByRole("table", { name: /Nettobalance/ }).textContent).toContain("6.000");
    await userEvent.click(screen.getByRole("button", { name: "Brug denne prognose" }));
    await screen.findByText("Viser importeret prognose: Vores prognose");
    await waitFor(() =>
      expect(screen.getByRole("table", { name: /Nettobalance/ }).textContent).not.toContain("6.000"),
    );
    await waitFor(() => expect(screen.getByText("Alt er gemt")).toBeTruthy());
    first.unmount();

    // A reload opens the same workspace with the imported forecast.
    renderApp(undefined, { keepDatabase: true });
    await userEvent.click(await screen.findByRole("button", { name: "Prognoser" }));
    await screen.findByText("Viser importeret prognose: Vores prognose");
    await userEvent.click(screen.getByRole("button", { name: "Vis den indlejrede prognose igen" }));
    await waitFor(() =>
      expect(screen.getByRole("table", { name: /Nettobalance/ }).textContent).toContain("6.000"),
    );
  });

  it("refuses a file that is not a forecast and keeps the one shown", async () => {
    renderApp();
    await userEvent.click(await screen.findByRole("button", { name: "Prognoser" }));
    const input = await screen.findByLabelText("Importér prognose (CSV)");
    await userEvent.upload(input, new File(["navn;x\nfoo;1\n"], "sites.csv", { type: "text/csv" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/^sites\.csv er ikke en prognose: /);
    expect(screen.getByRole("table", { name: /Nettobalance/ }).textContent).toContain("6.000");
    expect(screen.queryByRole("button", { name: "Brug denne prognose" })).toBeNull();
  });
});

describe("the balance in the exported map image", () => {
  it("adds the choropleth's legend in m³ while it is on the map, and drops it after", async () => {
    const { useMapExportStore } = await import("../../src/state/mapExport");
    renderApp();
    await userEvent.click(await screen.findByRole("button", { name: "Prognoser" }));
    await waitFor(() => expect(useMapExportStore.getState().legends.balance).toBeDefined());
    const legend = useMapExportStore.getState().legends.balance;
    expect(legend?.title).toBe("Nettobalance 2026 (m³ overskud − behov)");
    expect(legend?.items).toHaveLength(8);
    expect(legend?.items.at(-1)).toMatchObject({ label: "ingen prognose", color: "#bdbdbd" });
    await userEvent.click(screen.getByRole("button", { name: "Prognoser" }));
    await waitFor(() => expect(useMapExportStore.getState().legends.balance).toBeUndefined());
  });
});
