/**
 * Edits from the map and the panels, each one transaction on the open workspace: add a site
 * where the user clicked, move one where it was dropped (its municipality follows), change its
 * fields, delete it.
 */
import { useCallback, useMemo } from "react";
import type { StoreApi } from "zustand";
import { representativePoint } from "../domain/distance";
import { assignMunicipality, type MunicipalityArea } from "../domain/municipality";
import type { Site, SiteGeometry, SiteProperties } from "../domain/site";
import type { SiteIssue } from "../domain/siteSchema";
import type { DocumentState } from "./document/documentStore";
import { freshSiteId } from "./document/importPlan";
import { addSite, deleteSites, moveSite, updateSite } from "./document/transactions";

type LonLat = [number, number];

/** Moves any geometry so its representative point lands on `to` (degrees; fine at site scale). */
export function translateGeometry(geometry: SiteGeometry, to: LonLat): SiteGeometry {
  if (geometry.type === "Point") return { type: "Point", coordinates: [to[0], to[1]] };
  const [x0, y0] = representativePoint(geometry);
  const dx = to[0] - x0;
  const dy = to[1] - y0;
  const shift = (ring: number[][]) => ring.map(([x = 0, y = 0]) => [x + dx, y + dy]);
  return geometry.type === "Polygon"
    ? { type: "Polygon", coordinates: geometry.coordinates.map(shift) }
    : { type: "MultiPolygon", coordinates: geometry.coordinates.map((poly) => poly.map(shift)) };
}

/** A new, valid source at a point: the form opens on it for the real values. */
export function newSiteAt(id: string, name: string, at: LonLat): Site {
  return {
    type: "Feature",
    geometry: { type: "Point", coordinates: [at[0], at[1]] },
    properties: {
      id,
      kind: "source",
      name,
      status: "planned",
      material: "clay",
      soilClass: 0,
      quantity: 1000,
      unit: "m3",
    },
  };
}

export function useSiteEditing(
  store: StoreApi<DocumentState> | undefined,
  areas: readonly MunicipalityArea[] | undefined,
) {
  const codeAt = useCallback(
    (at: LonLat) => {
      const found = areas ? assignMunicipality(at, areas) : undefined;
      return found && found.how !== "none" ? found.code : undefined;
    },
    [areas],
  );

  const add = useCallback(
    (at: LonLat, name: string): string | null => {
      if (!store) return null;
      const state = store.getState();
      const id = freshSiteId(state.doc, "site-new");
      return state.apply(addSite(newSiteAt(id, name, at))).ok ? id : null;
    },
    [store],
  );

  const move = useCallback(
    (site: Site, to: LonLat) => {
      store?.getState().apply(moveSite(site.properties.id, translateGeometry(site.geometry, to), codeAt(to)));
    },
    [store, codeAt],
  );

  const update = useCallback(
    (id: string, patch: Partial<SiteProperties>): SiteIssue[] | null => {
      if (!store) return null;
      const result = store.getState().apply(updateSite(id, patch));
      if (result.ok) return null;
      return result.reason === "invalid" ? result.issues : [{ ref: id, field: "feature", message: "busy" }];
    },
    [store],
  );

  const remove = useCallback((id: string) => store?.getState().apply(deleteSites([id])), [store]);

  return useMemo(() => ({ add, move, update, remove }), [add, move, update, remove]);
}
