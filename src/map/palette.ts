/**
 * Colours from the Okabe–Ito palette, chosen to stay distinct under the common colour-vision
 * deficiencies; shapes differ too (circle, square, triangle), so colour is never the only cue.
 */
import type { SiteKind } from "../domain/site";

export const SITE_COLOURS: Record<SiteKind, string> = {
  source: "#D55E00",
  receiver: "#0072B2",
  pit: "#009E73",
};

export const SITE_SHAPES: Record<SiteKind, "circle" | "square" | "triangle"> = {
  source: "circle",
  receiver: "square",
  pit: "triangle",
};

export const BASE_COLOURS = {
  sea: "#c9dbe8",
  neighbourLand: "#e4e2dc",
  otherMunicipality: "#ebe9e3",
  regionMunicipality: "#fbfaf5",
  municipalityOutline: "#8a8f98",
  otherOutline: "#c3c4c7",
  selectedOutline: "#1f2937",
  label: "#2f3640",
  labelHalo: "#ffffff",
  fitLine: "#CC79A7",
  /** Match flows: reuse in Tol's indigo, disposal in grey and dashed (shape, not only hue). */
  flowReuse: "#332288",
  flowDisposal: "#7a7a7a",
  selectedHalo: "#000000",
} as const;

/**
 * Remote layers, one colour each in the order added: Okabe–Ito and Tol colours the sites, fit
 * lines and flows do not use, the ones least like the sites' first (orange last: it is close to
 * the sources' vermilion). Their points are rings, not filled, so shape tells them from sites
 * too. A sixth layer takes the first colour again.
 */
export const OVERLAY_COLOURS = ["#882255", "#56B4E9", "#999933", "#AA4499", "#E69F00"] as const;
