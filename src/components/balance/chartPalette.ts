/**
 * Colours of the balance charts, apart from the map's site colours (src/map/palette.ts:
 * Okabe–Ito vermillion, blue, green) so a bar is never read as a kind of site.
 *
 * Klasse 0–4 is an order (clean → heavily contaminated), so it gets a sequential ramp: OKLCH
 * lightness falls evenly from 0.93 to 0.34 while the hue turns yellow → amber → rose → plum →
 * indigo. Each step is about 1.6–1.9 : 1 in luminance from the next, so the order reads in grey
 * scale and under every colour-vision deficiency. Soil types and secondary materials are
 * categories: Paul Tol's "muted" scheme (colour-blind safe as a set), without its indigo, which
 * the map uses for flows. Every bar also has an outline in the text colour, so the palest
 * segment stands out on white and the darkest on the dark presentation background.
 */
import type { SecondaryMaterial, SoilClass, SoilMaterial } from "../../domain/materials";

export const CLASS_COLOURS: Record<SoilClass, string> = {
  0: "#ffe891",
  1: "#f3a949",
  2: "#db5c6c",
  3: "#8d3a88",
  4: "#3f2272",
};

export const SOIL_MATERIAL_COLOURS: Record<SoilMaterial, string> = {
  topsoil: "#999933",
  clay: "#AA4499",
  sand: "#DDCC77",
  gravel: "#44AA99",
  fill: "#882255",
  // "Blandet": soil of unknown mix, in Tol's grey for "no further detail".
  mixed: "#BBBBBB",
};

export const SECONDARY_COLOURS: Record<SecondaryMaterial, string> = {
  crushed_concrete: "#88CCEE",
  crushed_brick: "#CC6677",
  crushed_asphalt: "#117733",
};
