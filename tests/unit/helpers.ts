// Builders for made-up sites used across unit tests.
import type { Site, SiteProperties } from "../../src/domain/site";

export function pointSite(
  lon: number,
  lat: number,
  props: Partial<SiteProperties> & Pick<SiteProperties, "id" | "kind">,
): Site {
  return {
    type: "Feature",
    geometry: { type: "Point", coordinates: [lon, lat] },
    properties: { name: props.id, quantity: 1000, unit: "t", ...props },
  };
}

export const source = (id: string, lon: number, lat: number, p: Partial<SiteProperties> = {}): Site =>
  pointSite(lon, lat, { id, kind: "source", material: "clay", soilClass: 1, ...p });

export const receiver = (id: string, lon: number, lat: number, p: Partial<SiteProperties> = {}): Site =>
  pointSite(lon, lat, {
    id,
    kind: "receiver",
    receiverType: "landscaping",
    acceptedMaterials: ["clay", "sand"],
    acceptedClasses: [0, 1],
    ...p,
  });
