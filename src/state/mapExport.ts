/**
 * What the map image export needs from elsewhere in the app: the map's snapshot (MapView
 * registers it, so the export button reaches the map without holding the port) and legend
 * groups and key figures that panels add while they draw something on the map.
 */
import { useEffect } from "react";
import { create } from "zustand";

export type LegendShape = "circle" | "square" | "triangle" | "line" | "dashed" | "fill";

export interface LegendItem {
  /** CSS colour. */
  color: string;
  label: string;
  /** How the symbol is drawn; a filled box when absent. */
  shape?: LegendShape;
}

export interface LegendGroup {
  title: string;
  items: LegendItem[];
}

/** A key figure, already formatted for the language (value with its unit). */
export interface Kpi {
  label: string;
  value: string;
}

interface MapExportState {
  snapshot: (() => Promise<HTMLCanvasElement>) | null;
  /** Extra legend groups and key figures, by the panel that added them. */
  legends: Readonly<Record<string, LegendGroup>>;
  kpis: Readonly<Record<string, readonly Kpi[]>>;
  setSnapshot(snapshot: (() => Promise<HTMLCanvasElement>) | null): void;
  setExtras(owner: string, extras: { legend?: LegendGroup; kpis?: readonly Kpi[] } | null): void;
}

export const useMapExportStore = create<MapExportState>((set) => ({
  snapshot: null,
  legends: {},
  kpis: {},
  setSnapshot: (snapshot) => set({ snapshot }),
  setExtras: (owner, extras) =>
    set((s) => {
      const { [owner]: _legend, ...legends }: Record<string, LegendGroup> = s.legends;
      const { [owner]: _kpis, ...kpis }: Record<string, readonly Kpi[]> = s.kpis;
      if (extras?.legend) legends[owner] = extras.legend;
      if (extras?.kpis) kpis[owner] = extras.kpis;
      return { legends, kpis };
    }),
}));

/**
 * Adds a legend group and/or key figures to the exported map while the calling component is
 * mounted, e.g. `useMapExportExtras("balance", { legend })` in a choropleth's panel.
 */
export function useMapExportExtras(
  owner: string,
  extras: { legend?: LegendGroup; kpis?: readonly Kpi[] } | null,
): void {
  const { legend, kpis } = extras ?? {};
  useEffect(() => {
    const { setExtras } = useMapExportStore.getState();
    setExtras(owner, legend || kpis ? { ...(legend ? { legend } : {}), ...(kpis ? { kpis } : {}) } : null);
    return () => setExtras(owner, null);
  }, [owner, legend, kpis]);
}
