/**
 * Quantity conversions. Convention (domain.md): a source's m³ are in-situ m³ and convert with
 * its material's density; a receiver's or pit's m³ convert with the average soil density.
 * Everything downstream works in tonnes.
 */
import type { Parameters } from "./params";
import { DEFAULT_PARAMETERS } from "./params";
import type { SiteProperties } from "./site";

type DensityParams = Pick<Parameters, "densityTPerM3" | "averageSoilDensityTPerM3">;

/** Density (t/m³) used to convert this site's m³ under the project convention. */
export function densityOfSite(
  p: Pick<SiteProperties, "kind" | "material">,
  params: DensityParams = DEFAULT_PARAMETERS,
): number {
  if (p.kind === "source" && p.material !== undefined) return params.densityTPerM3[p.material];
  return params.averageSoilDensityTPerM3;
}

/** The site's quantity in tonnes. */
export function quantityTonnes(
  p: Pick<SiteProperties, "kind" | "material" | "quantity" | "unit">,
  params: DensityParams = DEFAULT_PARAMETERS,
): number {
  return p.unit === "t" ? p.quantity : p.quantity * densityOfSite(p, params);
}

/** The site's quantity in m³. */
export function quantityM3(
  p: Pick<SiteProperties, "kind" | "material" | "quantity" | "unit">,
  params: DensityParams = DEFAULT_PARAMETERS,
): number {
  return p.unit === "m3" ? p.quantity : p.quantity / densityOfSite(p, params);
}

/** Truck loads for a mass: counted from tonnes, whole loads (a part load is a load). */
export function truckLoads(tonnes: number, truckLoadTonnes = DEFAULT_PARAMETERS.truckLoadTonnes): number {
  if (tonnes <= 0) return 0;
  return Math.ceil(tonnes / truckLoadTonnes - 1e-9);
}
