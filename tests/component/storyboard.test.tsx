import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Storyboard } from "../../src/domain/scenes/scene";
import { openDatabase } from "../../src/persist/db";
import { listWorkspaces } from "../../src/persist/workspaces";
import { useMatchStore } from "../../src/state/matchStore";
import { useScenesStore } from "../../src/state/scenes";
import { useViewStore } from "../../src/state/viewStore";
import { aResult } from "../unit/scenes/sceneFixtures";
import { renderApp } from "./renderApp";

beforeEach(() => {
  useScenesStore.setState(useScenesStore.getInitialState(), true);
  useMatchStore.setState(useMatchStore.getInitialState(), true);
});

const NORTH = { lon: 12.4, lat: 55.9, zoom: 10 };
const SOUTH = { lon: 12.6, lat: 55.6, zoom: 12 };

async function loaded(options: Parameters<typeof renderApp>[1] = {}) {
  const view = renderApp(undefined, options);
  await screen.findByRole("heading", { name: "Scener" });
  return view;
}

const panel = () => screen.getByRole("region", { name: "Scener" });
const list = () => within(panel()).getByRole("list", { name: "Storyboard" });
const names = () =>
  within(list())
    .getAllByRole("button", { name: /^Vis scenen / })
    .map((b) => b.textContent?.replace(/^Vis scenen /, ""));
const receivers = () => screen.getByRole("checkbox", { name: /Modtagere/ }) as HTMLInputElement;
const flights = (view: Awaited<ReturnType<typeof loaded>>) =>
  view
    .map()
    .calls.filter(([name]) => name === "flyTo")
    .map(([, args]) => args);

/** Two scenes: "Scene 1" in the north with every layer and 2027; "Havnen" in the south, no receivers, no year. */
async function twoScenes() {
  const view = await loaded();
  act(() => view.map().options.onCameraChange?.(NORTH));
  act(() => useViewStore.getState().setYear(2027));
  const name = within(panel()).getByLabelText("Scenens navn") as HTMLInputElement;
  expect(name.value).toBe("Scene 1");
  fireEvent.click(within(panel()).getByRole("button", { name: "Gem visningen som scene" }));
  await waitFor(() => expect(names()).toEqual(["Scene 1"]));
  expect(name.value).toBe("Scene 2");

  act(() => view.map().options.onCameraChange?.(SOUTH));
  act(() => useViewStore.getState().setYear(null));
  fireEvent.click(receivers());
  fireEvent.change(name, { target: { value: "Havnen" } });
  fireEvent.click(within(panel()).getByRole("button", { name: "Gem visningen som scene" }));
  await waitFor(() => expect(names()).toEqual(["Scene 1", "Havnen"]));
  return view;
}

function storyboardFile(content: unknown, name = "board.json") {
  return new File([typeof content === "string" ? content : JSON.stringify(content)], name, {
    type: "application/json",
  });
}

describe("scenes and storyboard", () => {
  it("saves views as scenes and steps between them: camera, layers and year follow", async () => {
    const view = await twoScenes();
    expect(within(panel()).getByRole("status").textContent).toMatch("Scene 2 af 2");

    fireEvent.click(within(panel()).getByRole("button", { name: "← Forrige scene" }));
    expect(flights(view).at(-1)).toEqual([NORTH, expect.any(Number)]);
    expect(receivers().checked).toBe(true);
    expect(useViewStore.getState().year).toBe(2027);
    expect(within(panel()).getByRole("status").textContent).toMatch("Scene 1 af 2");
    expect(
      (within(panel()).getByRole("button", { name: "← Forrige scene" }) as HTMLButtonElement).disabled,
    ).toBe(true);

    fireEvent.click(within(panel()).getByRole("button", { name: "Næste scene →" }));
    expect(flights(view).at(-1)).toEqual([SOUTH, expect.any(Number)]);
    expect(receivers().checked).toBe(false);
    expect(useViewStore.getState().year).toBeNull();
    expect(view.map().calls).toContainEqual(["setLayerVisible", ["receiver", false]]);

    fireEvent.click(within(list()).getByRole("button", { name: "Vis scenen Scene 1" }));
    expect(within(panel()).getByRole("status").textContent).toMatch("Scene 1 af 2");
    expect(
      within(list()).getByRole("button", { name: "Vis scenen Scene 1" }).getAttribute("aria-current"),
    ).toBe("true");
  });

  it("each flight lasts the transition, and none when the system asks for less motion", async () => {
    const view = await twoScenes();
    fireEvent.click(within(list()).getByRole("button", { name: "Vis scenen Scene 1" }));
    const last = () => flights(view).at(-1)?.[1];
    expect(last()).toBeGreaterThan(0);
    // jsdom has no matchMedia: this one says the user asked for reduced motion.
    Object.assign(window, { matchMedia: (query: string) => ({ matches: query.includes("reduce") }) });
    try {
      fireEvent.click(within(list()).getByRole("button", { name: "Vis scenen Havnen" }));
      expect(last()).toBe(0);
    } finally {
      Reflect.deleteProperty(window, "matchMedia");
    }
  });

  it("keeps the match result shown with a scene and shows it again", async () => {
    const view = await loaded();
    act(() => view.map().options.onCameraChange?.(NORTH));
    const result = aResult();
    act(() => useMatchStore.setState({ objective: "co2", run: { type: "done", result } }));
    fireEvent.click(within(panel()).getByRole("button", { name: "Gem visningen som scene" }));
    act(() => useMatchStore.setState({ objective: "tkm", run: { type: "idle" } }));
    fireEvent.click(await within(panel()).findByRole("button", { name: "Vis scenen Scene 1" }));
    expect(useMatchStore.getState()).toMatchObject({ objective: "co2", run: { type: "done", result } });
  });

  it("names the scene in the address while the map shows it, and not after the view changes", async () => {
    const view = await twoScenes();
    fireEvent.click(within(list()).getByRole("button", { name: "Vis scenen Scene 1" }));
    // The map reports where it came to rest after the flight.
    act(() => view.map().options.onCameraChange?.(NORTH));
    await waitFor(() => expect(window.location.search).toMatch(/scene=scene-/));
    fireEvent.click(receivers());
    await waitFor(() => expect(window.location.search).not.toMatch(/scene=/));
  });

  it("renames, reorders and deletes scenes, and keeps them through a reload", async () => {
    const first = await twoScenes();
    fireEvent.click(within(list()).getByRole("button", { name: "Flyt Havnen op" }));
    expect(names()).toEqual(["Havnen", "Scene 1"]);
    expect(
      (within(list()).getByRole("button", { name: "Flyt Havnen op" }) as HTMLButtonElement).disabled,
    ).toBe(true);

    fireEvent.click(within(list()).getByRole("button", { name: "Omdøb Scene 1" }));
    const field = within(list()).getByLabelText("Nyt navn til Scene 1");
    fireEvent.change(field, { target: { value: "  " } });
    fireEvent.click(within(list()).getByRole("button", { name: "Gem navnet" }));
    expect(within(list()).getByRole("alert").textContent).toMatch("Skriv et navn til scenen.");
    fireEvent.change(field, { target: { value: "Nordkysten" } });
    fireEvent.click(within(list()).getByRole("button", { name: "Gem navnet" }));
    expect(names()).toEqual(["Havnen", "Nordkysten"]);

    fireEvent.click(within(list()).getByRole("button", { name: "Slet Havnen" }));
    expect(within(list()).getByRole("alert").textContent).toMatch("Slet scenen Havnen?");
    fireEvent.click(within(list()).getByRole("button", { name: "Slet" }));
    expect(names()).toEqual(["Nordkysten"]);

    await screen.findByText("Alt er gemt");
    first.unmount();
    useScenesStore.setState(useScenesStore.getInitialState(), true);
    await loaded({ keepDatabase: true });
    await waitFor(() => expect(names()).toEqual(["Nordkysten"]));
  });

  it("imports an invalid file: shows each problem and keeps the scenes", async () => {
    await twoScenes();
    const input = within(panel()).getByLabelText("Importér storyboard (JSON-fil)");
    const bad = {
      schema: "jordbalance/storyboard@1",
      title: "Forkert",
      scenes: [{ id: "x", name: "Ok", camera: { lon: 12, lat: 55, zoom: 99 } }],
    };
    fireEvent.change(input, { target: { files: [storyboardFile(bad, "forkert.json")] } });
    const alert = await within(panel()).findByText(/forkert\.json kan ikke bruges/);
    const report = alert.closest("[role=alert]") as HTMLElement;
    expect(within(report).getByText(/^scene 1, camera\.zoom:/)).toBeInTheDocument();
    expect(within(report).getByText(/^scene 1, layers:/)).toBeInTheDocument();
    fireEvent.change(input, { target: { files: [storyboardFile("{ not json", "brudt.json")] } });
    await within(panel()).findByText(/brudt\.json kan ikke bruges/);
    expect(names()).toEqual(["Scene 1", "Havnen"]);
  });

  it("imports a valid file after the current scenes or in their place", async () => {
    await twoScenes();
    const current = useViewStore.getState();
    const scene = (id: string, name: string) => ({
      id,
      name,
      camera: NORTH,
      layers: current.layers,
      year: null,
      selection: { type: "none" },
      panel: "explore",
      match: { objective: "co2", year: null, haulPriceDkkPerTonneKm: 2, params: current.params },
    });
    const file = { schema: "jordbalance/storyboard@1", title: "Ind", scenes: [scene("a", "Import A")] };
    const input = within(panel()).getByLabelText("Importér storyboard (JSON-fil)");
    fireEvent.change(input, { target: { files: [storyboardFile(file)] } });
    fireEvent.click(await within(panel()).findByRole("button", { name: "Tilføj efter de nuværende" }));
    expect(names()).toEqual(["Scene 1", "Havnen", "Import A"]);
    expect(within(panel()).getByText("1 scener importeret.")).toBeInTheDocument();

    fireEvent.change(input, { target: { files: [storyboardFile(file)] } });
    fireEvent.click(await within(panel()).findByRole("button", { name: "Erstat de nuværende scener" }));
    expect(names()).toEqual(["Import A"]);
    fireEvent.click(within(list()).getByRole("button", { name: "Vis scenen Import A" }));
    expect(useMatchStore.getState()).toMatchObject({ objective: "co2", haulPriceDkkPerTonneKm: 2 });
  });

  it("exports the storyboard as a dated JSON file", async () => {
    await twoScenes();
    const blobs: Blob[] = [];
    // jsdom has no Blob URLs: these two stand in for the browser's.
    Object.assign(URL, {
      createObjectURL: (b: Blob) => {
        blobs.push(b);
        return "blob:storyboard";
      },
      revokeObjectURL: () => {},
    });
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    fireEvent.click(within(panel()).getByRole("button", { name: "Eksportér storyboard" }));
    click.mockRestore();
    expect(clicked).toEqual([`jordbalance_storyboard_${new Date().toISOString().slice(0, 10)}.json`]);
    const saved = JSON.parse(await (blobs[0] as Blob).text());
    expect(saved.schema).toBe("jordbalance/storyboard@1");
    expect(saved.scenes.map((s: { name: string }) => s.name)).toEqual(["Scene 1", "Havnen"]);
  });

  it("applies scene=ID from the address once the workspace is loaded, and says when it is missing", async () => {
    const first = await twoScenes();
    await screen.findByText("Alt er gemt");
    const [north] = await storedSceneIds();
    first.unmount();

    useScenesStore.setState(useScenesStore.getInitialState(), true);
    const second = await loaded({ keepDatabase: true, search: `?v=1&scene=${north}` });
    await waitFor(() => expect(flights(second)).toContainEqual([NORTH, expect.any(Number)]));
    expect(useViewStore.getState().year).toBe(2027);
    expect(within(panel()).getByRole("status").textContent).toMatch("Scene 1 af 2");
    second.unmount();

    useScenesStore.setState(useScenesStore.getInitialState(), true);
    await loaded({ keepDatabase: true, search: "?v=1&scene=scene-gone" });
    expect((await within(panel()).findByRole("alert")).textContent).toMatch(/scene-gone/);
    expect(names()).toHaveLength(2);
  });
});

/** The ids of the scenes stored in the (only) workspace, as the next start reads them. */
async function storedSceneIds(): Promise<string[]> {
  const db = await openDatabase();
  const [ws] = await listWorkspaces(db);
  db.close();
  return (ws?.extra.storyboard as Storyboard | undefined)?.scenes.map((s) => s.id) ?? [];
}
