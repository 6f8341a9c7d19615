/** Text keys and colours of the chart categories: klasse 0–4, soil types, secondary materials. */
import type { SeriesPoint } from "../../domain/forecast/series";
import type { SecondaryMaterial, SoilClass, SoilMaterial } from "../../domain/materials";
import type { MessageKey } from "../../i18n/catalog";
import { CLASS_COLOURS, SECONDARY_COLOURS, SOIL_MATERIAL_COLOURS } from "./chartPalette";
import type { Magnitude } from "./scale";

const CLASS_KEYS: Record<SoilClass, MessageKey> = {
  0: "charts.class.0",
  1: "charts.class.1",
  2: "charts.class.2",
  3: "charts.class.3",
  4: "charts.class.4",
};

export type SurplusKey = SeriesPoint["surplusM3"][number]["key"];

/** The legend text of a surplus segment: a class ("Klasse 2 – lettere forurenet") or a soil type. */
export function surplusKeyLabel(key: SurplusKey): MessageKey {
  return typeof key === "number" ? CLASS_KEYS[key] : materialKey(key);
}

export function surplusKeyColour(key: SurplusKey): string {
  return typeof key === "number" ? CLASS_COLOURS[key] : SOIL_MATERIAL_COLOURS[key];
}

export function materialKey(material: SoilMaterial | SecondaryMaterial): MessageKey {
  return `material.${material}`;
}

export function secondaryColour(material: SecondaryMaterial): string {
  return SECONDARY_COLOURS[material];
}

const UNIT_KEYS: Record<"m3" | "t", Record<Magnitude, MessageKey>> = {
  m3: { one: "charts.unit.m3.one", thousand: "charts.unit.m3.thousand", million: "charts.unit.m3.million" },
  t: { one: "charts.unit.t.one", thousand: "charts.unit.t.thousand", million: "charts.unit.t.million" },
};

/** "1.000 m³", "mio. t": the unit an axis counts in. */
export function unitKey(unit: "m3" | "t", magnitude: Magnitude): MessageKey {
  return UNIT_KEYS[unit][magnitude];
}
