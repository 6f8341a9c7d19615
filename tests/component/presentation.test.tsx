import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useViewStore } from "../../src/state/viewStore";
import { type FakeMap, renderApp } from "./renderApp";

const lastCall = (map: FakeMap, name: string) => map.calls.filter(([n]) => n === name).at(-1)?.[1];

describe("presentation mode", () => {
  it("from the address: key figures of the year, no editing chrome, bigger map labels", async () => {
    const { map } = renderApp(undefined, { search: "?v=1&mode=present&panel=balance&year=2030" });
    const banner = await screen.findByRole("region", { name: "Nøgletal" });
    // København 1000 × (2030 − 2020) m³ surplus, Frederiksberg 5000 m³ demand (fakeForecast).
    await waitFor(() => expect(within(banner).getByText("10.000 m³")).toBeTruthy());
    expect(within(banner).getAllByText("5.000 m³")).toHaveLength(2); // demand, and the net
    // net range: surplus low − demand high … surplus high − demand low = 5000−10000 … 20000−2500
    expect(within(banner).getByText(/^spænd .5\.000 – 17\.500$/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Importér lokaliteter" })).toBeNull();
    expect(document.documentElement.classList.contains("presenting")).toBe(true);
    await waitFor(() => expect(lastCall(map(), "setLabelScale")).toEqual([1.7]));
  });

  it("is entered with P, ignores keys typed into a field, and Esc leaves it", async () => {
    renderApp();
    await screen.findByRole("button", { name: "Importér lokaliteter" });
    fireEvent.keyDown(screen.getByPlaceholderText("Søg kommune"), { key: "p" });
    expect(useViewStore.getState().mode).toBe("normal");
    fireEvent.keyDown(window, { key: "p" });
    await screen.findByRole("region", { name: "Nøgletal" });
    fireEvent.keyDown(window, { key: "Escape" });
    await screen.findByRole("button", { name: "Importér lokaliteter" });
    expect(document.documentElement.classList.contains("presenting")).toBe(false);
  });

  it("closes an open dialog on the way in, and gives focus back to its button on the way out", async () => {
    renderApp();
    fireEvent.click(await screen.findByRole("button", { name: "Importér lokaliteter" }));
    expect(screen.getByRole("dialog", { name: "Importér lokaliteter" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Præsentation" }));
    await screen.findByRole("region", { name: "Nøgletal" });
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement?.className).toBe("presentation-bar");
    fireEvent.keyDown(window, { key: "Escape" });
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Præsentation"));
  });

  it("says so when the address names a scene the workspace does not have", async () => {
    renderApp(undefined, { search: "?v=1&mode=present&scene=scene-gone" });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("scene-gone");
    expect(alert.closest(".presentation-bar")).not.toBeNull();
  });
});
