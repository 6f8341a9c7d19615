import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { MapAdapter, type MapAdapterOptions } from "./map/MapAdapter";
import { registerServiceWorker } from "./offline/register";
import { firstDraw } from "./state/firstDraw";
import { type Services, ServicesContext } from "./state/services";
import { useViewStore } from "./state/viewStore";
import { createWorkerHeavyWork } from "./workers/heavyClient";
import "./styles.css";

declare global {
  interface Window {
    /** Set once the map exists: lets end-to-end tests and benchmarks find sites on screen. */
    __jordbalanceMap?: ReturnType<MapAdapter["debugHandle"]>;
  }
}

const services: Services = {
  heavy: createWorkerHeavyWork(),
  createMap(options: MapAdapterOptions) {
    const adapter = new MapAdapter(options);
    window.__jordbalanceMap = adapter.debugHandle();
    return adapter;
  },
  baseUrl: new URL(import.meta.env.BASE_URL, window.location.href),
  pageUrl: new URL(window.location.href),
};

document.documentElement.lang = useViewStore.getState().language;

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ServicesContext.Provider value={services}>
        <App />
      </ServicesContext.Provider>
    </QueryClientProvider>
  </StrictMode>,
);

// Once the first data is drawn and the page is idle, so caching for offline use (several MB)
// does not compete with the first start.
if (import.meta.env.PROD) {
  void firstDraw.then(() => {
    const register = () => registerServiceWorker(navigator.serviceWorker, new URL("sw.js", services.baseUrl));
    if ("requestIdleCallback" in window) requestIdleCallback(register, { timeout: 5000 });
    else setTimeout(register, 0);
  });
}
