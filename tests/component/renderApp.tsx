/**
 * Renders the whole app with fakes at its edges: a fake map port that records what it was
 * told, an in-thread heavy-work implementation, and fetch answered from made-up files.
 */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { IDBFactory } from "fake-indexeddb";
import { vi } from "vitest";
import { App } from "../../src/components/App";
import type { MapAdapterOptions } from "../../src/map/MapAdapter";
import type { MapPort } from "../../src/map/types";
import { ServicesContext } from "../../src/state/services";
import { useViewStore } from "../../src/state/viewStore";
import { createHeavyApi } from "../../src/workers/heavyApi";
import { fakeFiles } from "./fakeData";

export interface FakeMap extends MapPort {
  calls: Array<[string, unknown[]]>;
  options: MapAdapterOptions;
}

function createFakeMap(options: MapAdapterOptions): FakeMap {
  const calls: FakeMap["calls"] = [];
  const rec =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push([name, args]);
    };
  return {
    calls,
    options,
    setBoundaries: rec("setBoundaries"),
    setSites: rec("setSites"),
    setLayerVisible: rec("setLayerVisible"),
    setSelectedSite: rec("setSelectedSite"),
    setDraggableSite: rec("setDraggableSite"),
    setSelectedMunicipality: rec("setSelectedMunicipality"),
    setFitLines: rec("setFitLines"),
    setFlows: rec("setFlows"),
    setBasemap: rec("setBasemap"),
    setChoropleth: rec("setChoropleth"),
    setLabelScale: rec("setLabelScale"),
    whenIdle: async () => {
      calls.push(["whenIdle", []]);
    },
    setOverlays: rec("setOverlays"),
    fitBounds: rec("fitBounds"),
    jumpTo: rec("jumpTo"),
    snapshot: async () => {
      calls.push(["snapshot", []]);
      const canvas = document.createElement("canvas");
      canvas.width = 640;
      canvas.height = 480;
      return canvas;
    },
    flyTo: rec("flyTo"),
    destroy: rec("destroy"),
  };
}

export function renderApp(
  files: Record<string, unknown> = fakeFiles(),
  options: { keepDatabase?: boolean; search?: string } = {},
) {
  // A "reload" keeps the browser database; a first start gets an empty one (see setup.ts).
  if (!options.keepDatabase) globalThis.indexedDB = new IDBFactory();
  useViewStore.setState(useViewStore.getInitialState(), true);
  const base = new URL("http://app.test/");
  vi.stubGlobal("fetch", async (input: string | URL) => {
    const path = new URL(String(input)).pathname.slice(1);
    if (!(path in files)) return new Response("not found", { status: 404, statusText: "Not Found" });
    return new Response(JSON.stringify(files[path]), { status: 200 });
  });
  const maps: FakeMap[] = [];
  const services = {
    heavy: createHeavyApi(),
    createMap: (options: MapAdapterOptions) => {
      const map = createFakeMap(options);
      maps.push(map);
      return map;
    },
    baseUrl: base,
    pageUrl: new URL(options.search ?? "", base),
  };
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = render(
    <QueryClientProvider client={client}>
      <ServicesContext.Provider value={services}>
        <App />
      </ServicesContext.Provider>
    </QueryClientProvider>,
  );
  return { ...view, map: () => maps[maps.length - 1] as FakeMap };
}
