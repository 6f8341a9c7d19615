/**
 * What the UI needs from outside React: the heavy-work worker, a map factory and the page's
 * addresses. Production wires the real ones in main.tsx; component tests pass fakes.
 */
import { createContext, useContext } from "react";
import type { MapAdapterOptions } from "../map/MapAdapter";
import type { MapPort } from "../map/types";
import type { HeavyWork } from "../workers/heavyClient";

export interface Services {
  heavy: HeavyWork;
  createMap(options: MapAdapterOptions): MapPort;
  /** Base URL of the app (where generated/ lives). */
  baseUrl: URL;
  /** The page's own URL, for parameters such as ?data=. */
  pageUrl: URL;
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("ServicesContext is not provided");
  return services;
}
