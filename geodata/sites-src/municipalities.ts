/**
 * The 29 municipalities of Region Hovedstaden (region 1084) as the generator sees them: how
 * urban they are (which drives contamination classes), the yearly surplus soil of the ordinary
 * projects drawn for them, and the town centres those projects cluster around.
 *
 * Yearly flows are illustrative, scaled to domain.md: a mid-size municipality about
 * 50,000 m³/yr; København + Frederiksberg the largest share (most of theirs comes from the
 * named projects in named-sources.ts). Locality points are rough town centres, [lon, lat].
 */

/** inner: dense old city, made ground everywhere; suburb: post-war suburbs; outer: towns and farm land. */
export type UrbanProfile = "inner" | "suburb" | "outer";

export interface MunicipalityPlan {
  code: string;
  name: string;
  profile: UrbanProfile;
  /** Surplus soil of the generated ordinary projects, in-situ m³ per year. */
  ordinaryM3PerYear: number;
  /** How many ordinary projects to draw. */
  projects: number;
  localities: readonly { name: string; at: [number, number] }[];
}

export const MUNICIPALITIES: readonly MunicipalityPlan[] = [
  {
    code: "0101",
    name: "København",
    profile: "inner",
    ordinaryM3PerYear: 250_000,
    projects: 14,
    localities: [
      { name: "Indre By", at: [12.575, 55.68] },
      { name: "Østerbro", at: [12.575, 55.703] },
      { name: "Nørrebro", at: [12.545, 55.695] },
      { name: "Vesterbro", at: [12.545, 55.668] },
      { name: "Valby", at: [12.505, 55.663] },
      { name: "Vanløse", at: [12.49, 55.687] },
      { name: "Brønshøj", at: [12.495, 55.705] },
      { name: "Bispebjerg", at: [12.535, 55.712] },
      { name: "Amager Øst", at: [12.61, 55.655] },
      { name: "Amager Vest", at: [12.58, 55.65] },
      { name: "Ørestad", at: [12.58, 55.63] },
      { name: "Sydhavn", at: [12.535, 55.652] },
      { name: "Nordvest", at: [12.53, 55.7] },
    ],
  },
  {
    code: "0147",
    name: "Frederiksberg",
    profile: "inner",
    ordinaryM3PerYear: 40_000,
    projects: 5,
    localities: [
      { name: "Frederiksberg C", at: [12.535, 55.682] },
      { name: "Solbjerg", at: [12.52, 55.676] },
      { name: "Fuglebakken", at: [12.525, 55.687] },
    ],
  },
  {
    code: "0151",
    name: "Ballerup",
    profile: "suburb",
    ordinaryM3PerYear: 45_000,
    projects: 5,
    localities: [
      { name: "Ballerup", at: [12.363, 55.731] },
      { name: "Skovlunde", at: [12.403, 55.721] },
      { name: "Måløv", at: [12.322, 55.748] },
    ],
  },
  {
    code: "0153",
    name: "Brøndby",
    profile: "suburb",
    ordinaryM3PerYear: 35_000,
    projects: 4,
    localities: [
      { name: "Brøndby Strand", at: [12.42, 55.623] },
      { name: "Brøndbyvester", at: [12.41, 55.65] },
    ],
  },
  {
    code: "0155",
    name: "Dragør",
    profile: "outer",
    ordinaryM3PerYear: 12_000,
    projects: 3,
    localities: [
      { name: "Dragør", at: [12.665, 55.593] },
      { name: "Store Magleby", at: [12.64, 55.59] },
    ],
  },
  {
    code: "0157",
    name: "Gentofte",
    profile: "suburb",
    ordinaryM3PerYear: 50_000,
    projects: 5,
    localities: [
      { name: "Gentofte", at: [12.55, 55.75] },
      { name: "Hellerup", at: [12.572, 55.735] },
      { name: "Charlottenlund", at: [12.57, 55.752] },
      { name: "Vangede", at: [12.527, 55.755] },
    ],
  },
  {
    code: "0159",
    name: "Gladsaxe",
    profile: "suburb",
    ordinaryM3PerYear: 50_000,
    projects: 5,
    localities: [
      { name: "Bagsværd", at: [12.457, 55.762] },
      { name: "Søborg", at: [12.51, 55.732] },
      { name: "Buddinge", at: [12.495, 55.745] },
      { name: "Gladsaxe", at: [12.48, 55.733] },
    ],
  },
  {
    code: "0161",
    name: "Glostrup",
    profile: "suburb",
    ordinaryM3PerYear: 30_000,
    projects: 4,
    localities: [
      { name: "Glostrup", at: [12.4, 55.665] },
      { name: "Glostrup Nord", at: [12.4, 55.675] },
    ],
  },
  {
    code: "0163",
    name: "Herlev",
    profile: "suburb",
    ordinaryM3PerYear: 30_000,
    projects: 4,
    localities: [
      { name: "Herlev", at: [12.44, 55.725] },
      { name: "Herlev Nord", at: [12.43, 55.735] },
    ],
  },
  {
    code: "0165",
    name: "Albertslund",
    profile: "suburb",
    ordinaryM3PerYear: 30_000,
    projects: 4,
    localities: [
      { name: "Albertslund", at: [12.35, 55.66] },
      { name: "Herstedvester", at: [12.345, 55.683] },
    ],
  },
  {
    code: "0167",
    name: "Hvidovre",
    profile: "suburb",
    ordinaryM3PerYear: 40_000,
    projects: 4,
    localities: [
      { name: "Hvidovre", at: [12.475, 55.643] },
      { name: "Avedøre", at: [12.45, 55.62] },
    ],
  },
  {
    code: "0169",
    name: "Høje-Taastrup",
    profile: "outer",
    ordinaryM3PerYear: 60_000,
    projects: 5,
    localities: [
      { name: "Taastrup", at: [12.3, 55.652] },
      { name: "Hedehusene", at: [12.195, 55.65] },
      { name: "Fløng", at: [12.18, 55.66] },
      { name: "Sengeløse", at: [12.26, 55.687] },
    ],
  },
  {
    code: "0173",
    name: "Lyngby-Taarbæk",
    profile: "suburb",
    ordinaryM3PerYear: 45_000,
    projects: 5,
    localities: [
      { name: "Kongens Lyngby", at: [12.505, 55.771] },
      { name: "Lundtofte", at: [12.515, 55.79] },
      { name: "Virum", at: [12.468, 55.797] },
      { name: "Taarbæk", at: [12.585, 55.787] },
    ],
  },
  {
    code: "0175",
    name: "Rødovre",
    profile: "suburb",
    ordinaryM3PerYear: 30_000,
    projects: 4,
    localities: [
      { name: "Rødovre", at: [12.455, 55.68] },
      { name: "Islev", at: [12.465, 55.688] },
    ],
  },
  {
    code: "0183",
    name: "Ishøj",
    profile: "suburb",
    ordinaryM3PerYear: 25_000,
    projects: 4,
    localities: [
      { name: "Ishøj", at: [12.355, 55.615] },
      { name: "Ishøj Strand", at: [12.37, 55.605] },
    ],
  },
  {
    code: "0185",
    name: "Tårnby",
    profile: "suburb",
    ordinaryM3PerYear: 35_000,
    projects: 4,
    localities: [
      { name: "Tårnby", at: [12.6, 55.63] },
      { name: "Kastrup", at: [12.64, 55.635] },
    ],
  },
  {
    code: "0187",
    name: "Vallensbæk",
    profile: "suburb",
    ordinaryM3PerYear: 15_000,
    projects: 3,
    localities: [
      { name: "Vallensbæk", at: [12.385, 55.625] },
      { name: "Vallensbæk Strand", at: [12.395, 55.615] },
    ],
  },
  {
    code: "0190",
    name: "Furesø",
    profile: "outer",
    ordinaryM3PerYear: 35_000,
    projects: 4,
    localities: [
      { name: "Farum", at: [12.365, 55.81] },
      { name: "Værløse", at: [12.37, 55.782] },
    ],
  },
  {
    code: "0201",
    name: "Allerød",
    profile: "outer",
    ordinaryM3PerYear: 25_000,
    projects: 4,
    localities: [
      { name: "Lillerød", at: [12.355, 55.87] },
      { name: "Lynge", at: [12.28, 55.837] },
      { name: "Blovstrød", at: [12.39, 55.87] },
    ],
  },
  {
    code: "0210",
    name: "Fredensborg",
    profile: "outer",
    ordinaryM3PerYear: 35_000,
    projects: 4,
    localities: [
      { name: "Fredensborg", at: [12.4, 55.975] },
      { name: "Humlebæk", at: [12.533, 55.965] },
      { name: "Nivå", at: [12.51, 55.935] },
    ],
  },
  {
    code: "0217",
    name: "Helsingør",
    profile: "outer",
    ordinaryM3PerYear: 50_000,
    projects: 5,
    localities: [
      { name: "Helsingør", at: [12.59, 56.03] },
      { name: "Espergærde", at: [12.555, 55.998] },
      { name: "Snekkersten", at: [12.58, 56.01] },
      { name: "Hornbæk", at: [12.455, 56.085] },
    ],
  },
  {
    code: "0219",
    name: "Hillerød",
    profile: "outer",
    ordinaryM3PerYear: 50_000,
    projects: 5,
    localities: [
      { name: "Hillerød", at: [12.305, 55.928] },
      { name: "Skævinge", at: [12.15, 55.91] },
      { name: "Gørløse", at: [12.2, 55.88] },
    ],
  },
  {
    code: "0223",
    name: "Hørsholm",
    profile: "suburb",
    ordinaryM3PerYear: 20_000,
    projects: 3,
    localities: [
      { name: "Hørsholm", at: [12.5, 55.88] },
      { name: "Rungsted", at: [12.53, 55.885] },
    ],
  },
  {
    code: "0230",
    name: "Rudersdal",
    profile: "suburb",
    ordinaryM3PerYear: 45_000,
    projects: 5,
    localities: [
      { name: "Holte", at: [12.47, 55.81] },
      { name: "Birkerød", at: [12.425, 55.845] },
      { name: "Nærum", at: [12.54, 55.815] },
      { name: "Vedbæk", at: [12.555, 55.85] },
    ],
  },
  {
    code: "0240",
    name: "Egedal",
    profile: "outer",
    ordinaryM3PerYear: 40_000,
    projects: 5,
    localities: [
      { name: "Stenløse", at: [12.195, 55.768] },
      { name: "Ølstykke", at: [12.16, 55.795] },
      { name: "Smørum", at: [12.3, 55.74] },
    ],
  },
  {
    code: "0250",
    name: "Frederikssund",
    profile: "outer",
    ordinaryM3PerYear: 45_000,
    projects: 5,
    localities: [
      { name: "Frederikssund", at: [12.065, 55.84] },
      { name: "Jægerspris", at: [11.985, 55.855] },
      { name: "Skibby", at: [11.965, 55.75] },
      { name: "Slangerup", at: [12.18, 55.85] },
    ],
  },
  {
    code: "0260",
    name: "Halsnæs",
    profile: "outer",
    ordinaryM3PerYear: 25_000,
    projects: 4,
    localities: [
      { name: "Frederiksværk", at: [12.025, 55.97] },
      { name: "Hundested", at: [11.855, 55.965] },
      { name: "Ølsted", at: [12.06, 55.915] },
    ],
  },
  {
    code: "0270",
    name: "Gribskov",
    profile: "outer",
    ordinaryM3PerYear: 30_000,
    projects: 4,
    localities: [
      { name: "Helsinge", at: [12.198, 56.022] },
      { name: "Gilleleje", at: [12.305, 56.118] },
      { name: "Græsted", at: [12.285, 56.065] },
    ],
  },
  {
    code: "0400",
    name: "Bornholm",
    profile: "outer",
    ordinaryM3PerYear: 30_000,
    projects: 5,
    localities: [
      { name: "Rønne", at: [14.705, 55.1] },
      { name: "Nexø", at: [15.128, 55.06] },
      { name: "Aakirkeby", at: [14.92, 55.07] },
      { name: "Hasle", at: [14.712, 55.183] },
    ],
  },
];
