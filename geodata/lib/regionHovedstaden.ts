/**
 * Codes and limits the boundary data is checked against (see ../shared/geodata/README.md).
 * DAGI codes are 4-digit strings with leading zeros; keep them as strings.
 */

export const REGION_HOVEDSTADEN_CODE = "1084";

/** The 29 municipalities of Region Hovedstaden (0400 is Bornholm). */
export const HOVEDSTADEN_MUNICIPALITY_CODES: readonly string[] = [
  "0101",
  "0147",
  "0151",
  "0153",
  "0155",
  "0157",
  "0159",
  "0161",
  "0163",
  "0165",
  "0167",
  "0169",
  "0173",
  "0175",
  "0183",
  "0185",
  "0187",
  "0190",
  "0201",
  "0210",
  "0217",
  "0219",
  "0223",
  "0230",
  "0240",
  "0250",
  "0260",
  "0270",
  "0400",
];

/** Christiansø carries regionskode 1084 but is run by the state, not a municipality. */
export const CHRISTIANSOE_CODE = "0411";

/** Lon/lat box (degrees, WGS84) that every Danish boundary coordinate must fall in. */
export const DENMARK_BBOX = { west: 7.5, south: 54.4, east: 15.5, north: 57.9 } as const;

/** Lon/lat box (degrees) of the neighbouring land drawn around Denmark: [west, south, east, north]. */
export const CONTEXT_BBOX: [number, number, number, number] = [6, 53.5, 17, 59];
