/**
 * Year-by-year series for the charts: surplus stacked by contamination class or by soil type,
 * demand, net and secondary materials, each with its low–high band. Every point carries every
 * stack key in the same order (zeros included), so a stacked chart never reorders.
 * Ranges combine as in balance.ts: sums of lows and highs, net by interval arithmetic.
 */
import {
  SECONDARY_MATERIALS,
  type SecondaryMaterial,
  SOIL_CLASSES,
  SOIL_MATERIALS,
  type SoilClass,
  type SoilMaterial,
} from "../materials";
import { addInto, type Band, type Densities, netBand, recordAmounts, zeroBand } from "./amounts";
import type { ForecastRecord, ForecastTable } from "./types";

export type SurplusStackBy = "class" | "material";

export interface SeriesOptions {
  /** Stack surplus by klasse 0–4 (default: every forecast has it) or by soil type. */
  stackBy?: SurplusStackBy;
  densities?: Densities;
}

export interface StackSegment<K> {
  key: K;
  band: Band;
}

export interface SeriesPoint {
  year: number;
  /** In-situ m³, one segment per class (0–4) or soil type. */
  surplusM3: StackSegment<SoilClass | SoilMaterial>[];
  surplusTotalM3: Band;
  demandM3: Band;
  /** surplus − demand, m³: low = surplus low − demand high, high = surplus high − demand low. */
  netM3: Band;
  secondaryTonnes: StackSegment<SecondaryMaterial>[];
  recordCount: number;
  illustrative: boolean;
}

function seriesOf(
  table: ForecastTable,
  include: (r: ForecastRecord) => boolean,
  options: SeriesOptions,
): SeriesPoint[] {
  const keys: readonly (SoilClass | SoilMaterial)[] =
    options.stackBy === "material" ? SOIL_MATERIALS : SOIL_CLASSES;
  const points = new Map(
    table.years.map((year): [number, SeriesPoint] => [
      year,
      {
        year,
        surplusM3: keys.map((key) => ({ key, band: zeroBand() })),
        surplusTotalM3: zeroBand(),
        demandM3: zeroBand(),
        netM3: zeroBand(), // set once all records are in
        secondaryTonnes: SECONDARY_MATERIALS.map((key) => ({ key, band: zeroBand() })),
        recordCount: 0,
        illustrative: false,
      },
    ]),
  );
  for (const r of table.records) {
    const point = points.get(r.year);
    if (!point || !include(r)) continue;
    const { m3, tonnes } = recordAmounts(r, options.densities);
    const c = r.category;
    if (c.kind === "surplus") {
      const key = options.stackBy === "material" ? c.material : c.soilClass;
      const segment = point.surplusM3.find((s) => s.key === key);
      if (segment) addInto(segment.band, m3);
      addInto(point.surplusTotalM3, m3);
    } else if (c.kind === "demand") addInto(point.demandM3, m3);
    else {
      const segment = point.secondaryTonnes.find((s) => s.key === c.material);
      if (segment) addInto(segment.band, tonnes);
    }
    point.recordCount += 1;
    point.illustrative ||= r.illustrative;
  }
  return [...points.values()].map((p) => ({ ...p, netM3: netBand(p.surplusTotalM3, p.demandM3) }));
}

/** One municipality's series over the table's 12 years (zeros where it has no forecast). */
export function seriesForMunicipality(
  table: ForecastTable,
  municipalityCode: string,
  options: SeriesOptions = {},
): SeriesPoint[] {
  return seriesOf(table, (r) => r.municipalityCode === municipalityCode, options);
}

/** The whole region's series over the table's 12 years. */
export function seriesForRegion(table: ForecastTable, options: SeriesOptions = {}): SeriesPoint[] {
  return seriesOf(table, () => true, options);
}
