import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "./renderApp";

async function loaded() {
  const view = renderApp();
  await screen.findByRole("button", { name: "Frederiksberg" });
  await waitFor(() => expect(screen.getByText(/lokaliteter kunne ikke indlæses/)).toBeInTheDocument());
  // The sites are on the map once the workspace has opened.
  await waitFor(() =>
    expect(screen.getByRole("checkbox", { name: /Modtagere/ }).closest("label")?.textContent).toContain(
      "3 stk.",
    ),
  );
  return view;
}

describe("municipality picker", () => {
  it("lists the region's municipalities by name (not neighbours) and filters by search", async () => {
    await loaded();
    const list = screen.getByRole("list", { name: "Kommune" });
    expect(
      within(list)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Bornholm", "Frederiksberg", "København"]);
    fireEvent.change(screen.getByRole("searchbox", { name: "Søg kommune" }), { target: { value: "frede" } });
    expect(
      within(list)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Frederiksberg"]);
  });

  it("zooms to the chosen municipality and shows its summary", async () => {
    const { map } = await loaded();
    fireEvent.click(screen.getByRole("button", { name: "København" }));
    expect(map().calls).toContainEqual(["fitBounds", [[12.5, 55.6, 12.6, 55.7]]]);
    const summary = screen.getByRole("article", { name: "København Kommune" });
    expect(within(summary).getByText("Kommunekode 0101 · Areal 70,5 km²")).toBeInTheDocument();
    // 1 source of 10,000 m³ clay (18,500 t); 2 receivers (rcv-far lies in Frederiksberg).
    expect(within(summary).getByText("10.000 m³ ≈ 18.500 t")).toBeInTheDocument();
    expect(within(summary).getByText("Lokaliteter (3)")).toBeInTheDocument();
  });

  it("reaches Bornholm in one step", async () => {
    const { map } = await loaded();
    fireEvent.click(screen.getByRole("button", { name: "Gå til Bornholm" }));
    expect(map().calls).toContainEqual(["fitBounds", [[14.8, 55.1, 14.9, 55.2]]]);
    expect(screen.getByRole("article", { name: "Bornholm Kommune" })).toBeInTheDocument();
  });
});

describe("layers", () => {
  it("shows counts and toggles a layer on the map", async () => {
    const { map } = await loaded();
    const toggle = screen.getByRole("checkbox", { name: /Modtagere/ });
    expect(toggle.closest("label")?.textContent).toContain("3 stk.");
    fireEvent.click(toggle);
    expect(map().calls).toContainEqual(["setLayerVisible", ["receiver", false]]);
  });
});

describe("site details and what fits nearby", () => {
  it("opens every field of a clicked site, showing a name with markup as text", async () => {
    const { map } = await loaded();
    act(() => map().options.onSiteClick("src-1"));
    const details = screen.getByRole("article", { name: "Metro <img src=x onerror=alert(1)>" });
    expect(details.querySelector("img")).toBeNull();
    expect(within(details).getByText("10.000 m³ ≈ 18.500 t")).toBeInTheDocument();
    expect(within(details).getByText("Kategori 1")).toBeInTheDocument();
    expect(within(details).getByText("Jord & Co")).toBeInTheDocument();
    expect(within(details).getByText(/København \(0101\)/)).toBeInTheDocument();
  });

  it("ranks fitting receivers by distance, draws the best as lines and explains the rest", async () => {
    const { map } = await loaded();
    act(() => map().options.onSiteClick("src-1"));
    const table = screen.getByRole("table");
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getByRole("button").textContent?.trim())).toEqual([
      "Støjvold Nær",
      "Landskab Fjern",
    ]);
    expect(within(rows[0] as HTMLElement).getByText("2.000 t")).toBeInTheDocument();
    expect(within(rows[0] as HTMLElement).getByText("80")).toBeInTheDocument(); // 2,000 t / 25 t per load
    const lines = map()
      .calls.filter(([n]) => n === "setFitLines")
      .at(-1)?.[1][0] as { features: unknown[] };
    expect(lines.features).toHaveLength(2);
    fireEvent.click(screen.getByRole("button", { name: /Vis dem der ikke passer/ }));
    expect(screen.getByText(/Depot Forurenet: jordklasse modtages ikke/)).toBeInTheDocument();
  });

  it("re-ranks when the maximum haul is edited", async () => {
    const { map } = await loaded();
    act(() => map().options.onSiteClick("src-1"));
    fireEvent.change(screen.getByLabelText("Maks. kørselsafstand (km)"), { target: { value: "3" } });
    const rows = within(screen.getByRole("table")).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(1);
  });

  it("reports a site that fails the schema with its id and field", async () => {
    await loaded();
    fireEvent.click(screen.getByText(/1 lokaliteter kunne ikke indlæses/));
    expect(screen.getByText(/bad-1: quantity: quantity is negative/)).toBeInTheDocument();
  });
});

describe("language", () => {
  it("is Danish by default, switches to English and remembers it", async () => {
    await loaded();
    expect(screen.getByRole("heading", { name: "Lag" })).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("heading", { name: "Layers" })).toBeInTheDocument();
    expect(localStorage.getItem("jordbalance.language")).toBe("en");
  });
});

describe("map clicks and settings", () => {
  it("opens a municipality's summary when the map reports a click on it", async () => {
    const { map } = await loaded();
    act(() => map().options.onMunicipalityClick("0147", [12.65, 55.65]));
    const summary = screen.getByRole("article", { name: "Frederiksberg Kommune" });
    expect(within(summary).getByText("Landskab Fjern")).toBeInTheDocument();
    act(() => map().options.onBackgroundClick([12, 56]));
    expect(screen.queryByRole("article")).toBeNull();
  });

  it("keeps the basemap offline until an online one is chosen with a valid address", async () => {
    const { map } = await loaded();
    expect(map().calls).toContainEqual(["setBasemap", [{ type: "offline" }]]);
    fireEvent.click(screen.getByRole("button", { name: "Indstillinger" }));
    fireEvent.click(screen.getByRole("radio", { name: /rasterfliser/ }));
    const ok = screen.getByRole("button", { name: "OK" }) as HTMLButtonElement;
    expect(ok.disabled).toBe(true);
    fireEvent.change(screen.getByRole("textbox", { name: "Adresse" }), {
      target: { value: "https://tiles.example/{z}/{x}/{y}.png" },
    });
    fireEvent.click(ok);
    expect(map().calls).toContainEqual([
      "setBasemap",
      [{ type: "raster", url: "https://tiles.example/{z}/{x}/{y}.png" }],
    ]);
    expect(JSON.parse(localStorage.getItem("jordbalance.basemap") ?? "null")).toEqual({
      type: "raster",
      url: "https://tiles.example/{z}/{x}/{y}.png",
    });
  });
});
