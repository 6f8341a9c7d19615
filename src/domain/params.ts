/**
 * Parameters every result depends on, with the defaults of ../shared/docs/domain.md.
 * All are user-editable; results show them beside the numbers.
 */
import {
  DEFAULT_AVERAGE_SOIL_DENSITY_T_PER_M3,
  DEFAULT_DENSITY_T_PER_M3,
  type DensityTable,
} from "./materials";

export interface Parameters {
  /** Road distance ≈ geodesic distance × this factor (European average 1.34). */
  circuityFactor: number;
  /** Longest haul considered, km (road distance). */
  maxHaulKm: number;
  /** Tonnes per truck load (10 Mt ≈ 400,000 loads). */
  truckLoadTonnes: number;
  /** GLEC factor for a rigid 26–32 t truck, kg CO2e per tonne-km of laden haul. */
  co2eKgPerTonneKm: number;
  densityTPerM3: DensityTable;
  averageSoilDensityTPerM3: number;
}

export const DEFAULT_PARAMETERS: Parameters = {
  circuityFactor: 1.3,
  maxHaulKm: 60,
  truckLoadTonnes: 25,
  co2eKgPerTonneKm: 0.095,
  densityTPerM3: DEFAULT_DENSITY_T_PER_M3,
  averageSoilDensityTPerM3: DEFAULT_AVERAGE_SOIL_DENSITY_T_PER_M3,
};
