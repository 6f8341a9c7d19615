/**
 * The 29 municipalities of Region Hovedstaden (region 1084; ../shared/geodata/README.md) that a
 * forecast may name. Christiansø (0411) is run by the state and has no forecast. The domain keeps
 * its own list because it must not depend on the geodata build (geodata/lib holds the same codes).
 */

export const REGION_MUNICIPALITIES: readonly { code: string; name: string }[] = [
  { code: "0101", name: "København" },
  { code: "0147", name: "Frederiksberg" },
  { code: "0151", name: "Ballerup" },
  { code: "0153", name: "Brøndby" },
  { code: "0155", name: "Dragør" },
  { code: "0157", name: "Gentofte" },
  { code: "0159", name: "Gladsaxe" },
  { code: "0161", name: "Glostrup" },
  { code: "0163", name: "Herlev" },
  { code: "0165", name: "Albertslund" },
  { code: "0167", name: "Hvidovre" },
  { code: "0169", name: "Høje-Taastrup" },
  { code: "0173", name: "Lyngby-Taarbæk" },
  { code: "0175", name: "Rødovre" },
  { code: "0183", name: "Ishøj" },
  { code: "0185", name: "Tårnby" },
  { code: "0187", name: "Vallensbæk" },
  { code: "0190", name: "Furesø" },
  { code: "0201", name: "Allerød" },
  { code: "0210", name: "Fredensborg" },
  { code: "0217", name: "Helsingør" },
  { code: "0219", name: "Hillerød" },
  { code: "0223", name: "Hørsholm" },
  { code: "0230", name: "Rudersdal" },
  { code: "0240", name: "Egedal" },
  { code: "0250", name: "Frederikssund" },
  { code: "0260", name: "Halsnæs" },
  { code: "0270", name: "Gribskov" },
  { code: "0400", name: "Bornholm" },
];

export const REGION_MUNICIPALITY_CODES: readonly string[] = REGION_MUNICIPALITIES.map((m) => m.code);

/**
 * The partnership's five with their own forecasts (domain.md): Egedal, Frederikssund, Gladsaxe
 * and Fredensborg were being made, Helsingør already had one.
 */
export const PARTNERSHIP_FORECAST_CODES: readonly string[] = ["0240", "0250", "0159", "0210", "0217"];

export function isRegionMunicipality(code: string): boolean {
  return REGION_MUNICIPALITY_CODES.includes(code);
}
