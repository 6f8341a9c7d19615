import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { FeatureCollection } from "geojson";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { MapOverlay } from "../../src/map/types";
import { REMOTE_LAYERS_KEY, useRemoteLayers } from "../../src/state/remoteLayers";
import { fakeFiles } from "./fakeData";
import { type FakeMap, renderApp } from "./renderApp";

const COLLECTION = "https://remote.test/ogc/collections/jord";
const ITEMS = `${COLLECTION}/items?f=json&limit=1000`;

/** Schema-v1 sources, so the import step can take them as they are. */
const site = (n: number) => ({
  type: "Feature",
  geometry: { type: "Point", coordinates: [12.55 + n / 1000, 55.65] },
  properties: {
    id: `fjern-${n}`,
    kind: "source",
    name: `Fjernlag ${n}`,
    material: "sand",
    soilClass: 0,
    quantity: 100,
    unit: "t",
  },
});

/** Three pages: 2 + 2 + 1 features, the second link relative. */
function threePages(): Record<string, unknown> {
  return {
    [ITEMS]: {
      type: "FeatureCollection",
      numberMatched: 5,
      features: [site(1), site(2)],
      links: [{ rel: "next", type: "application/geo+json", href: `${ITEMS}&offset=2` }],
    },
    [`${ITEMS}&offset=2`]: {
      type: "FeatureCollection",
      numberMatched: 5,
      features: [site(3), site(4)],
      links: [{ rel: "next", href: "items?f=json&limit=1000&offset=4" }],
    },
    [`${ITEMS}&offset=4`]: { type: "FeatureCollection", numberMatched: 5, features: [site(5)], links: [] },
  };
}

type Route = unknown | (() => Response | Promise<Response>);

/** Answers https://remote.test/… from `routes`, and everything else as renderApp set up. */
function serveRemote(routes: Record<string, Route>) {
  const appFetch = globalThis.fetch;
  const requests: string[] = [];
  vi.stubGlobal("fetch", async (input: string, init?: RequestInit) => {
    if (!String(input).startsWith("https://remote.test/")) return appFetch(input, init);
    requests.push(String(input));
    const route = routes[String(input)];
    if (route === undefined) return new Response("not found", { status: 404, statusText: "Not Found" });
    if (typeof route === "function") return (route as () => Response)();
    return new Response(JSON.stringify(route), { status: 200 });
  });
  return requests;
}

const lastOverlays = (map: FakeMap) =>
  map.calls.filter(([name]) => name === "setOverlays").at(-1)?.[1][0] as MapOverlay[] | undefined;

async function started(files = fakeFiles()) {
  const view = renderApp(files);
  await waitFor(() =>
    expect(screen.getByRole("checkbox", { name: /Jordkilder/ }).closest("label")?.textContent).toContain(
      "1 stk.",
    ),
  );
  return view;
}

function addLayer(url: string) {
  fireEvent.change(screen.getByLabelText(/Adresse \(GeoJSON-fil/), { target: { value: url } });
  fireEvent.click(screen.getByRole("button", { name: "Tilføj lag" }));
}

beforeEach(() => {
  useRemoteLayers.setState({ layers: [] });
});

describe("layers from an address", () => {
  it("refuses what is not an http(s) address, then reads every page of a collection onto the map", async () => {
    const view = await started();
    const requests = serveRemote(threePages());
    addLayer("ftp://remote.test/jord");
    expect(screen.getByRole("alert").textContent).toBe(
      "Kun adresser, der begynder med https:// eller http://, kan hentes.",
    );
    expect(screen.getByLabelText(/Adresse \(GeoJSON-fil/).getAttribute("aria-invalid")).toBe("true");
    addLayer(COLLECTION);
    const list = screen.getByRole("list", { name: "Tilføjede lag" });
    await within(list).findByText("5 objekter");
    expect(requests).toEqual([ITEMS, `${ITEMS}&offset=2`, `${ITEMS}&offset=4`]);
    await waitFor(() => expect(lastOverlays(view.map())?.[0]?.data.features).toHaveLength(5));
    expect(lastOverlays(view.map())?.[0]).toMatchObject({ id: "1", visible: true, colour: "#882255" });
    expect(JSON.parse(localStorage.getItem(REMOTE_LAYERS_KEY) ?? "[]")).toEqual([
      { id: "1", url: COLLECTION, name: "jord", visible: true, colour: 0 },
    ]);

    // The same address twice is one layer.
    addLayer(`${COLLECTION} `);
    expect(screen.getByRole("alert").textContent).toBe("Adressen er allerede tilføjet som laget jord.");

    fireEvent.click(within(list).getByRole("checkbox", { name: /jord/ }));
    await waitFor(() => expect(lastOverlays(view.map())?.[0]?.visible).toBe(false));
    expect(requests).toHaveLength(3); // hiding does not fetch again

    fireEvent.click(within(list).getByRole("button", { name: "Fjern laget jord" }));
    expect(screen.queryByRole("list", { name: "Tilføjede lag" })).toBeNull();
    await waitFor(() => expect(lastOverlays(view.map())).toEqual([]));
    expect(localStorage.getItem(REMOTE_LAYERS_KEY)).toBe("[]");
  });

  it("shows pages and features while it loads", async () => {
    await started();
    let release: () => void = () => {};
    const routes = threePages();
    const second = routes[`${ITEMS}&offset=2`];
    routes[`${ITEMS}&offset=2`] = () =>
      new Promise<Response>((ok) => {
        release = () => ok(new Response(JSON.stringify(second)));
      });
    serveRemote(routes);
    addLayer(COLLECTION);
    const list = screen.getByRole("list", { name: "Tilføjede lag" });
    expect((await within(list).findByRole("status")).textContent).toBe("Henter … 1 sider, 2 af 5 objekter");
    expect(
      (within(list).getByRole("button", { name: /Importér i arbejdsmappen/ }) as HTMLButtonElement).disabled,
    ).toBe(true);
    release();
    await within(list).findByText("5 objekter");
    expect(within(list).queryByRole("status")).toBeNull();
  });

  it("says why a fetch failed after its automatic retry, and Retry fetches it again", async () => {
    const view = await started();
    let failures = 0;
    const pages = threePages();
    const requests = serveRemote({
      ...pages,
      [ITEMS]: () => {
        if (failures++ < 2) return new Response("down", { status: 500, statusText: "Internal Server Error" });
        return new Response(JSON.stringify(pages[ITEMS]));
      },
    });
    addLayer(COLLECTION);
    const list = screen.getByRole("list", { name: "Tilføjede lag" });
    const alert = await within(list).findByRole("alert");
    expect(alert.textContent).toBe(
      `Kunne ikke hentes: HTTP 500 Internal Server Error from ${ITEMS} (page 1)`,
    );
    expect(requests).toEqual([ITEMS, ITEMS]); // the first try and one automatic retry
    expect(lastOverlays(view.map()) ?? []).toEqual([]);
    fireEvent.click(within(list).getByRole("button", { name: "Prøv igen at hente jord" }));
    await within(list).findByText("5 objekter");
    expect(within(list).queryByRole("alert")).toBeNull();
    await waitFor(() => expect(lastOverlays(view.map())?.[0]?.data.features).toHaveLength(5));
  });

  it("imports a layer's features through the import dialog's mapping and validation", async () => {
    await started();
    serveRemote(threePages());
    addLayer(COLLECTION);
    const list = screen.getByRole("list", { name: "Tilføjede lag" });
    await within(list).findByText("5 objekter");
    fireEvent.click(within(list).getByRole("button", { name: "Importér i arbejdsmappen: jord" }));
    const dialog = screen.getByRole("dialog", { name: "Importér lokaliteter" });
    await within(dialog).findByText(/jord\.geojson: geojson, 5 poster/);
    fireEvent.click(within(dialog).getByRole("button", { name: "Kontrollér" }));
    fireEvent.click(await within(dialog).findByRole("button", { name: "Importér 5 lokaliteter" }));
    await within(dialog).findByText(/5 lokaliteter importeret/);
    expect(screen.getByRole("checkbox", { name: /Jordkilder/ }).closest("label")?.textContent).toContain(
      "6 stk.",
    );
  });

  it("lets the import dialog's address follow next links too", async () => {
    await started();
    serveRemote(threePages());
    fireEvent.click(screen.getByRole("button", { name: "Importér lokaliteter" }));
    const dialog = screen.getByRole("dialog", { name: "Importér lokaliteter" });
    fireEvent.change(within(dialog).getByLabelText(/hent fra en adresse/), { target: { value: COLLECTION } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Hent" }));
    await within(dialog).findByText(/jord\.geojson: geojson, 5 poster/);
  });

  it("reads a CSV address in the import dialog as one file, as if it had been chosen", async () => {
    await started();
    const csv = "navn;type;mængde;enhed;lon;lat\nGrube;kilde;120;t;12,56;55,66\n";
    serveRemote({ "https://remote.test/data/jord.csv": () => new Response(csv, { status: 200 }) });
    fireEvent.click(screen.getByRole("button", { name: "Importér lokaliteter" }));
    const dialog = screen.getByRole("dialog", { name: "Importér lokaliteter" });
    fireEvent.change(within(dialog).getByLabelText(/hent fra en adresse/), {
      target: { value: "https://remote.test/data/jord.csv" },
    });
    fireEvent.click(within(dialog).getByRole("button", { name: "Hent" }));
    await within(dialog).findByText(/jord\.csv: csv, 1 poster/);
  });

  it("brings back the saved layers at start and draws them", async () => {
    const saved: FeatureCollection = { type: "FeatureCollection", features: [site(9)] as never };
    useRemoteLayers.setState({
      layers: [
        { id: "4", url: "https://remote.test/saved.geojson", name: "Gemt", visible: false, colour: 2 },
      ],
    });
    // Fetched as the app starts: renderApp's own fake serves it (it looks at paths only).
    const view = await started({ ...fakeFiles(), "saved.geojson": saved });
    const list = screen.getByRole("list", { name: "Tilføjede lag" });
    await within(list).findByText("1 objekter");
    expect((within(list).getByRole("checkbox", { name: /Gemt/ }) as HTMLInputElement).checked).toBe(false);
    await waitFor(() =>
      expect(lastOverlays(view.map())?.[0]).toMatchObject({ id: "4", visible: false, colour: "#999933" }),
    );
  });
});
