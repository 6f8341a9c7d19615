/**
 * Materials, contamination classes and their defaults (see docs/domain-defaults.md and
 * ../shared/docs/domain.md). Densities are rules of thumb: every one is a user-editable
 * parameter, these are only its defaults.
 */

export const SOIL_MATERIALS = ["topsoil", "clay", "sand", "gravel", "fill", "mixed"] as const;
export const SECONDARY_MATERIALS = ["crushed_concrete", "crushed_brick", "crushed_asphalt"] as const;
export const MATERIALS = [...SOIL_MATERIALS, ...SECONDARY_MATERIALS] as const;

export type SoilMaterial = (typeof SOIL_MATERIALS)[number];
export type SecondaryMaterial = (typeof SECONDARY_MATERIALS)[number];
export type Material = (typeof MATERIALS)[number];

/** Zealand practice classes: 0 clean … 4 heavily contaminated. */
export const SOIL_CLASSES = [0, 1, 2, 3, 4] as const;
export type SoilClass = (typeof SOIL_CLASSES)[number];

/** Legal categories of jordflytningsbekendtgørelsen. */
export type LegalCategory = "kategori1" | "kategori2" | "udenForKategori";

export function isSoilMaterial(material: Material): material is SoilMaterial {
  return (SOIL_MATERIALS as readonly string[]).includes(material);
}

/**
 * Approximate mapping klasse → kategori. The two systems do not share limits, so every place
 * that shows this must say it is approximate.
 */
export function legalCategoryOfClass(soilClass: SoilClass): LegalCategory {
  if (soilClass <= 1) return "kategori1";
  if (soilClass === 2) return "kategori2";
  return "udenForKategori";
}

/** In-situ density of soils and as-delivered density of secondary materials, t/m³. */
export type DensityTable = Readonly<Record<Material, number>>;

export const DEFAULT_DENSITY_T_PER_M3: DensityTable = {
  topsoil: 1.45,
  sand: 1.6,
  clay: 1.85,
  gravel: 1.8,
  fill: 1.7,
  mixed: 1.7,
  crushed_concrete: 1.6,
  crushed_brick: 1.4,
  crushed_asphalt: 1.7,
};

/** Average soil density, t/m³: converts receiver and pit capacities given in m³. */
export const DEFAULT_AVERAGE_SOIL_DENSITY_T_PER_M3 = 1.65;

/** Virgin materials a reused soil replaces: sand and gravel (for the "replaced" KPI). */
export const VIRGIN_REPLACEABLE_MATERIALS: readonly Material[] = ["sand", "gravel", "mixed", "fill", "clay"];
