import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "./renderApp";

describe("the view in the address", () => {
  it("restores camera, layers and selection from a link", async () => {
    const { map } = renderApp(undefined, {
      search: "?v=1&map=12.55,55.65,11&layers=source,pit&sel=muni:0147",
    });
    await screen.findByRole("article", { name: "Frederiksberg Kommune" });
    expect(map().calls).toContainEqual(["jumpTo", [{ lon: 12.55, lat: 55.65, zoom: 11 }]]);
    expect(map().calls).toContainEqual(["setLayerVisible", ["receiver", false]]);
    expect((screen.getByRole("checkbox", { name: /Modtagere/ }) as HTMLInputElement).checked).toBe(false);
  });

  it("writes the view back as it changes", async () => {
    const { map } = renderApp();
    await waitFor(() => expect(map()).toBeDefined());
    map().options.onCameraChange?.({ lon: 12.4, lat: 55.8, zoom: 9 });
    await waitFor(() => expect(window.location.search).toContain("map=12.4%2C55.8%2C9"));
  });
});
