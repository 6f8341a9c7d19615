/**
 * What the balance map colours: each municipality's net balance (surplus − demand, in-situ m³)
 * in one year, and its class under limits fixed over the whole horizon, so a municipality's
 * colour changes only when its balance does while the year slider moves.
 */
import { type BalanceOptions, balanceByMunicipality } from "./balance";
import { BALANCE_PALETTE, balanceClassBreaks, balanceClassIndex } from "./classBreaks";
import type { ForecastTable } from "./types";

export interface ChoroplethEntry {
  municipalityCode: string;
  /** surplus − demand in the chosen scenario, m³. */
  netM3: number;
  /** 0 = largest deficit … 3 = about balanced … 6 = largest surplus. */
  classIndex: number;
  colour: string;
  /** false: no forecast for this municipality (drawn as "no data", not as balanced). */
  hasData: boolean;
}

export interface BalanceChoropleth {
  year: number;
  /** The 8 class edges in m³ (see balanceClassBreaks). */
  edges: number[];
  entries: ChoroplethEntry[];
}

/** The choropleth of `year`; undefined when the year is not one of the table's. */
export function balanceChoropleth(
  table: ForecastTable,
  year: number,
  options: BalanceOptions = {},
): BalanceChoropleth | undefined {
  if (!table.years.includes(year)) return undefined;
  const all = table.years.flatMap((y) =>
    balanceByMunicipality(table, y, options)
      .filter((b) => b.recordCount > 0)
      .map((b) => b.netM3),
  );
  const edges = balanceClassBreaks(all);
  const entries = balanceByMunicipality(table, year, options).map((b) => {
    const classIndex = balanceClassIndex(b.netM3, edges);
    return {
      municipalityCode: b.municipalityCode,
      netM3: b.netM3,
      classIndex,
      colour: BALANCE_PALETTE[classIndex] as string,
      hasData: b.recordCount > 0,
    };
  });
  return { year, edges, entries };
}
