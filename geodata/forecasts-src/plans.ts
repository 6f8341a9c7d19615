/**
 * What the illustrative forecast is generated from: per municipality its base-year surplus, how
 * urban it is, and how much of its surplus its own projects could take. All numbers are made up,
 * scaled to ../shared/docs/domain.md ("Forecasts"):
 * - region about 4–6 Mm³/yr: the plans below sum to about 4.6 Mm³;
 * - København + Frederiksberg about 1.8 Mt/yr: 0.91 + 0.15 Mm³ of made ground and mixed soil,
 *   about 1.8 Mt at 1.7 t/m³;
 * - a mid-size municipality about 50,000 m³/yr: the partnership's four mid-size ones
 *   (Egedal, Frederikssund, Fredensborg, Helsingør, 40,000–65,000 inhabitants) get 45,000–65,000.
 * The three do not add up if every other municipality were mid-size (1.06 + 27 × 0.05 ≈ 2.4 Mm³),
 * so the suburbs with large development areas and infrastructure carry the rest (100,000–400,000
 * m³ each). Demand stays well below surplus: in the capital area surplus far exceeds it; only
 * coastal-protection and island municipalities come near balance or below.
 */
import type { SecondaryMaterial, SoilMaterial } from "../../src/domain/materials";

/** inner: dense city, much made ground; suburb: post-war suburbs; outer: towns and farm land. */
export type Profile = "inner" | "suburb" | "outer";

export interface Plan {
  code: string;
  profile: Profile;
  /** Central surplus of the base year, in-situ m³. */
  surplusM3: number;
  /** Central demand as a share of the central surplus. */
  demandShare: number;
  /** Surplus by soil type (shares summing to 1) for the detailed forecasts; absent = by class only. */
  materials?: Partial<Record<SoilMaterial, number>>;
  /** Secondary materials as shares of construction waste (t), for the forecasts that have them. */
  secondary?: Record<SecondaryMaterial, number>;
}

/** Share of surplus soil per klasse 0–4 by profile: inner-city soil is more often contaminated. */
export const CLASS_SHARES: Record<Profile, readonly number[]> = {
  inner: [0.08, 0.32, 0.3, 0.2, 0.1],
  suburb: [0.15, 0.45, 0.25, 0.1, 0.05],
  outer: [0.3, 0.45, 0.17, 0.06, 0.02],
};

/** Share per klasse 0–4 within each soil type (detailed forecasts): natural soils are cleaner, made ground is not. */
export const CLASS_SHARES_BY_MATERIAL: Record<SoilMaterial, readonly number[]> = {
  topsoil: [0.45, 0.4, 0.12, 0.03, 0],
  clay: [0.3, 0.5, 0.15, 0.05, 0],
  sand: [0.35, 0.45, 0.15, 0.05, 0],
  gravel: [0.4, 0.45, 0.12, 0.03, 0],
  fill: [0, 0.25, 0.35, 0.25, 0.15],
  mixed: [0.1, 0.4, 0.3, 0.15, 0.05],
};

/** What the detailed forecasts' own projects need, by soil type. */
export const DEMAND_MATERIALS: Partial<Record<SoilMaterial, number>> = {
  topsoil: 0.2,
  clay: 0.35,
  sand: 0.2,
  gravel: 0.1,
  mixed: 0.15,
};

/**
 * Construction makes about twice as much surplus soil as construction waste (domain.md), so
 * waste ≈ half the surplus in tonnes; the crushable shares are rules of thumb.
 */
export const WASTE_PER_SOIL_TONNE = 0.5;
const CRUSHABLE: Record<SecondaryMaterial, number> = {
  crushed_concrete: 0.4,
  crushed_brick: 0.12,
  crushed_asphalt: 0.18,
};

export const PLANS: readonly Plan[] = [
  { code: "0101", profile: "inner", surplusM3: 910_000, demandShare: 0.12 }, // København
  { code: "0147", profile: "inner", surplusM3: 150_000, demandShare: 0.1 }, // Frederiksberg
  { code: "0151", profile: "suburb", surplusM3: 220_000, demandShare: 0.25 }, // Ballerup
  { code: "0153", profile: "suburb", surplusM3: 180_000, demandShare: 0.25 }, // Brøndby
  { code: "0155", profile: "suburb", surplusM3: 15_000, demandShare: 1.3 }, // Dragør: coastal dike
  { code: "0157", profile: "suburb", surplusM3: 200_000, demandShare: 0.15 }, // Gentofte
  {
    code: "0159", // Gladsaxe (detailed, with secondary materials)
    profile: "suburb",
    surplusM3: 140_000,
    demandShare: 0.25,
    materials: { topsoil: 0.08, clay: 0.42, sand: 0.08, gravel: 0.04, fill: 0.25, mixed: 0.13 },
    secondary: CRUSHABLE,
  },
  { code: "0161", profile: "suburb", surplusM3: 120_000, demandShare: 0.2 }, // Glostrup
  { code: "0163", profile: "suburb", surplusM3: 120_000, demandShare: 0.2 }, // Herlev
  { code: "0165", profile: "suburb", surplusM3: 130_000, demandShare: 0.3 }, // Albertslund
  { code: "0167", profile: "suburb", surplusM3: 250_000, demandShare: 0.3 }, // Hvidovre
  { code: "0169", profile: "suburb", surplusM3: 400_000, demandShare: 0.35 }, // Høje-Taastrup
  { code: "0173", profile: "suburb", surplusM3: 250_000, demandShare: 0.15 }, // Lyngby-Taarbæk
  { code: "0175", profile: "suburb", surplusM3: 120_000, demandShare: 0.2 }, // Rødovre
  { code: "0183", profile: "suburb", surplusM3: 90_000, demandShare: 0.8 }, // Ishøj: climate dike
  { code: "0185", profile: "suburb", surplusM3: 280_000, demandShare: 0.2 }, // Tårnby
  { code: "0187", profile: "suburb", surplusM3: 30_000, demandShare: 0.6 }, // Vallensbæk
  { code: "0190", profile: "outer", surplusM3: 70_000, demandShare: 0.4 }, // Furesø
  { code: "0201", profile: "outer", surplusM3: 45_000, demandShare: 0.5 }, // Allerød
  {
    code: "0210", // Fredensborg (detailed)
    profile: "outer",
    surplusM3: 45_000,
    demandShare: 0.45,
    materials: { topsoil: 0.12, clay: 0.44, sand: 0.14, gravel: 0.06, fill: 0.14, mixed: 0.1 },
  },
  {
    code: "0217", // Helsingør (detailed): sandier along the coast
    profile: "outer",
    surplusM3: 65_000,
    demandShare: 0.4,
    materials: { topsoil: 0.1, clay: 0.34, sand: 0.22, gravel: 0.08, fill: 0.16, mixed: 0.1 },
  },
  { code: "0219", profile: "suburb", surplusM3: 300_000, demandShare: 0.3 }, // Hillerød
  { code: "0223", profile: "suburb", surplusM3: 35_000, demandShare: 0.4 }, // Hørsholm
  { code: "0230", profile: "suburb", surplusM3: 150_000, demandShare: 0.2 }, // Rudersdal
  {
    code: "0240", // Egedal (detailed, with secondary materials): moraine clay
    profile: "outer",
    surplusM3: 55_000,
    demandShare: 0.5,
    materials: { topsoil: 0.12, clay: 0.5, sand: 0.1, gravel: 0.05, fill: 0.13, mixed: 0.1 },
    secondary: CRUSHABLE,
  },
  {
    code: "0250", // Frederikssund (detailed): road works take much of its soil
    profile: "outer",
    surplusM3: 60_000,
    demandShare: 0.9,
    materials: { topsoil: 0.14, clay: 0.45, sand: 0.14, gravel: 0.07, fill: 0.1, mixed: 0.1 },
  },
  { code: "0260", profile: "outer", surplusM3: 45_000, demandShare: 0.8 }, // Halsnæs
  { code: "0270", profile: "outer", surplusM3: 50_000, demandShare: 0.7 }, // Gribskov
  { code: "0400", profile: "outer", surplusM3: 35_000, demandShare: 1.1 }, // Bornholm: an island, soil stays there
];
