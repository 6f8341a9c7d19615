import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderApp } from "./renderApp";

async function loaded() {
  const view = renderApp();
  await waitFor(() =>
    expect(screen.getByRole("checkbox", { name: /Modtagere/ }).closest("label")?.textContent).toContain(
      "3 stk.",
    ),
  );
  return view;
}

const details = () => screen.getByRole("article");

describe("editing sites", () => {
  it("edits a site in a validated form, refusing a negative quantity with a message", async () => {
    const { map } = await loaded();
    act(() => map().options.onSiteClick("rcv-near"));
    fireEvent.click(screen.getByRole("button", { name: "Redigér" }));
    const form = screen.getByRole("form", { name: "Redigér" });
    fireEvent.change(within(form).getByLabelText("Kapacitet"), { target: { value: "-5" } });
    fireEvent.click(within(form).getByRole("button", { name: "Gem" }));
    expect(within(form).getByText("quantity is negative")).toBeInTheDocument();
    fireEvent.change(within(form).getByLabelText("Kapacitet"), { target: { value: "2.500,5" } });
    fireEvent.change(within(form).getByLabelText("Navn"), { target: { value: "Støjvold Nord" } });
    fireEvent.click(within(form).getByRole("button", { name: "Gem" }));
    expect(within(details()).getByRole("heading", { name: "Støjvold Nord" })).toBeInTheDocument();
    expect(within(details()).getByText(/≈ 2.501 t/)).toBeInTheDocument();
  });

  it("undoes and redoes one edit at a time, from buttons and Ctrl+Z / Ctrl+Shift+Z", async () => {
    const { map } = await loaded();
    act(() => map().options.onSiteClick("rcv-near"));
    fireEvent.click(screen.getByRole("button", { name: "Redigér" }));
    fireEvent.change(screen.getByLabelText("Navn"), { target: { value: "Første" } });
    fireEvent.click(screen.getByRole("button", { name: "Gem" }));
    fireEvent.click(screen.getByRole("button", { name: "Redigér" }));
    fireEvent.change(screen.getByLabelText("Navn"), { target: { value: "Anden" } });
    fireEvent.click(screen.getByRole("button", { name: "Gem" }));
    fireEvent.keyDown(window, { key: "z", ctrlKey: true });
    expect(within(details()).getByRole("heading", { name: "Første" })).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: /Fortryd/ }));
    expect(within(details()).getByRole("heading", { name: "Støjvold Nær" })).toBeInTheDocument();
    fireEvent.keyDown(window, { key: "Z", ctrlKey: true, shiftKey: true });
    expect(within(details()).getByRole("heading", { name: "Første" })).toBeInTheDocument();
  });

  it("adds a site where the map is clicked in add mode and opens its form", async () => {
    const { map } = await loaded();
    fireEvent.click(screen.getByRole("button", { name: /Tilføj lokalitet/ }));
    act(() => map().options.onMunicipalityClick("0147", [12.65, 55.65]));
    const form = screen.getByRole("form", { name: "Redigér" });
    expect((within(form).getByLabelText("Navn") as HTMLInputElement).value).toBe("Ny lokalitet");
    fireEvent.click(within(form).getByRole("button", { name: "Annullér" }));
    expect(within(details()).getByText(/Frederiksberg \(0147\)/)).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: /Jordkilder/ }).closest("label")?.textContent).toContain(
      "2 stk.",
    );
  });

  it("moves a dragged site and its municipality follows", async () => {
    const { map } = await loaded();
    act(() => map().options.onSiteClick("rcv-near"));
    expect(map().calls).toContainEqual(["setDraggableSite", ["rcv-near"]]);
    act(() => map().options.onSiteDragged("rcv-near", [12.65, 55.65]));
    expect(within(details()).getByText(/Frederiksberg \(0147\)/)).toBeInTheDocument();
  });

  it("deletes a site after confirmation", async () => {
    const { map } = await loaded();
    vi.spyOn(window, "confirm").mockReturnValue(true);
    act(() => map().options.onSiteClick("rcv-near"));
    fireEvent.click(screen.getByRole("button", { name: "Slet" }));
    expect(screen.getByRole("checkbox", { name: /Modtagere/ }).closest("label")?.textContent).toContain(
      "2 stk.",
    );
  });

  it("keeps edits across a reload of the app", async () => {
    const first = await loaded();
    act(() => first.map().options.onSiteClick("rcv-near"));
    fireEvent.click(screen.getByRole("button", { name: "Redigér" }));
    fireEvent.change(screen.getByLabelText("Navn"), { target: { value: "Gemt navn" } });
    fireEvent.click(screen.getByRole("button", { name: "Gem" }));
    await screen.findByText("Alt er gemt");
    first.unmount();
    const second = renderApp(undefined, { keepDatabase: true });
    await waitFor(() =>
      expect(screen.getByRole("checkbox", { name: /Modtagere/ }).closest("label")?.textContent).toContain(
        "3 stk.",
      ),
    );
    act(() => second.map().options.onSiteClick("rcv-near"));
    expect(within(details()).getByRole("heading", { name: "Gemt navn" })).toBeInTheDocument();
  });

  it("opens a returning user's workspace without waiting for the embedded site files", async () => {
    const first = await loaded();
    await screen.findByText("Alt er gemt");
    first.unmount();
    // The embedded site files never arrive now: the stored workspace still opens and is drawn.
    renderApp(undefined, { keepDatabase: true });
    const appFetch = globalThis.fetch;
    vi.stubGlobal("fetch", (input: string | URL, init?: RequestInit) =>
      String(input).endsWith("/generated/sites/test.geojson")
        ? new Promise<Response>(() => undefined)
        : appFetch(input, init),
    );
    await waitFor(() =>
      expect(screen.getByRole("checkbox", { name: /Modtagere/ }).closest("label")?.textContent).toContain(
        "3 stk.",
      ),
    );
  });
});
