/**
 * The regional balance: per municipality and year, surplus soil against the soil its own
 * projects need, and secondary materials. Matching pairs alone fails when surplus far exceeds
 * demand (domain.md, "Lessons"), so the map shows this balance.
 *
 * How ranges combine (docs/forecasts.md): a total's low is the sum of the records' lows and its
 * high the sum of their highs, i.e. the estimates are taken as fully correlated (a wide, cautious
 * range; independent errors would partly cancel). Net = surplus − demand by interval
 * arithmetic: low = surplus low − demand high, high = surplus high − demand low. A scenario
 * reads every record at its low, central or high value, so a scenario's net
 * (surplus low − demand low for "low") always lies inside the net range.
 */
import { SECONDARY_MATERIALS, type SecondaryMaterial } from "../materials";
import { addInto, type Band, type Densities, netBand, recordAmounts, zeroBand } from "./amounts";
import { REGION_MUNICIPALITY_CODES } from "./municipalities";
import type { ForecastRecord, ForecastScenario, ForecastTable } from "./types";

export interface Range {
  low: number;
  high: number;
}

export interface BalanceOptions {
  /** Which estimate the headline figures read; default "mid". */
  scenario?: ForecastScenario;
  /** t/m³; default domain.md's. */
  densities?: Densities;
}

/** Figures of one area in one year: headline values for the scenario plus low–high ranges. */
export interface BalanceFigures {
  year: number;
  scenario: ForecastScenario;
  surplusM3: number;
  surplusTonnes: number;
  demandM3: number;
  demandTonnes: number;
  /** surplus − demand; positive = soil to get rid of, negative = soil needed. */
  netM3: number;
  netTonnes: number;
  secondaryTonnes: Record<SecondaryMaterial, number>;
  range: {
    surplusM3: Range;
    surplusTonnes: Range;
    demandM3: Range;
    demandTonnes: Range;
    netM3: Range;
    netTonnes: Range;
    secondaryTonnes: Record<SecondaryMaterial, Range>;
  };
  /** How many forecast records went in; 0 = no forecast (all figures 0). */
  recordCount: number;
  /** true when any record that went in is illustrative. */
  illustrative: boolean;
}

export interface MunicipalityBalance extends BalanceFigures {
  municipalityCode: string;
}

export interface RegionalTotals extends BalanceFigures {
  /** Municipalities with at least one record this year. */
  municipalitiesWithData: number;
}

/** Low/mid/high sums of one area in one year, before a scenario is picked. */
interface Sums {
  surplusM3: Band;
  surplusTonnes: Band;
  demandM3: Band;
  demandTonnes: Band;
  secondaryTonnes: Record<SecondaryMaterial, Band>;
  recordCount: number;
  illustrative: boolean;
}

function emptySums(): Sums {
  return {
    surplusM3: zeroBand(),
    surplusTonnes: zeroBand(),
    demandM3: zeroBand(),
    demandTonnes: zeroBand(),
    secondaryTonnes: {
      crushed_concrete: zeroBand(),
      crushed_brick: zeroBand(),
      crushed_asphalt: zeroBand(),
    },
    recordCount: 0,
    illustrative: false,
  };
}

function addRecord(sums: Sums, r: ForecastRecord, densities: Densities | undefined): void {
  const { m3, tonnes } = recordAmounts(r, densities);
  const c = r.category;
  if (c.kind === "surplus") {
    addInto(sums.surplusM3, m3);
    addInto(sums.surplusTonnes, tonnes);
  } else if (c.kind === "demand") {
    addInto(sums.demandM3, m3);
    addInto(sums.demandTonnes, tonnes);
  } else addInto(sums.secondaryTonnes[c.material], tonnes);
  sums.recordCount += 1;
  sums.illustrative ||= r.illustrative;
}

function addSums(target: Sums, add: Sums): void {
  addInto(target.surplusM3, add.surplusM3);
  addInto(target.surplusTonnes, add.surplusTonnes);
  addInto(target.demandM3, add.demandM3);
  addInto(target.demandTonnes, add.demandTonnes);
  for (const m of SECONDARY_MATERIALS) addInto(target.secondaryTonnes[m], add.secondaryTonnes[m]);
  target.recordCount += add.recordCount;
  target.illustrative ||= add.illustrative;
}

const range = (b: Band): Range => ({ low: b.low, high: b.high });

function figures(sums: Sums, year: number, scenario: ForecastScenario): BalanceFigures {
  const netM3 = netBand(sums.surplusM3, sums.demandM3);
  const netTonnes = netBand(sums.surplusTonnes, sums.demandTonnes);
  const secondary = sums.secondaryTonnes;
  return {
    year,
    scenario,
    surplusM3: sums.surplusM3[scenario],
    surplusTonnes: sums.surplusTonnes[scenario],
    demandM3: sums.demandM3[scenario],
    demandTonnes: sums.demandTonnes[scenario],
    // Same records on both sides of the minus: the scenario's net, not the net band's end.
    netM3: sums.surplusM3[scenario] - sums.demandM3[scenario],
    netTonnes: sums.surplusTonnes[scenario] - sums.demandTonnes[scenario],
    secondaryTonnes: {
      crushed_concrete: secondary.crushed_concrete[scenario],
      crushed_brick: secondary.crushed_brick[scenario],
      crushed_asphalt: secondary.crushed_asphalt[scenario],
    },
    range: {
      surplusM3: range(sums.surplusM3),
      surplusTonnes: range(sums.surplusTonnes),
      demandM3: range(sums.demandM3),
      demandTonnes: range(sums.demandTonnes),
      netM3: range(netM3),
      netTonnes: range(netTonnes),
      secondaryTonnes: {
        crushed_concrete: range(secondary.crushed_concrete),
        crushed_brick: range(secondary.crushed_brick),
        crushed_asphalt: range(secondary.crushed_asphalt),
      },
    },
    recordCount: sums.recordCount,
    illustrative: sums.illustrative,
  };
}

/** Per municipality code, the sums of one year's records. */
function sumsByMunicipality(table: ForecastTable, year: number, densities?: Densities): Map<string, Sums> {
  const byCode = new Map<string, Sums>(REGION_MUNICIPALITY_CODES.map((code) => [code, emptySums()]));
  for (const r of table.records) {
    if (r.year !== year) continue;
    let sums = byCode.get(r.municipalityCode);
    if (!sums) {
      sums = emptySums();
      byCode.set(r.municipalityCode, sums);
    }
    addRecord(sums, r, densities);
  }
  return byCode;
}

/**
 * The balance of every municipality in `year`: all 29 (zeros where a municipality has no
 * forecast, recordCount 0), in code order. Empty when `year` is not one of the table's years.
 */
export function balanceByMunicipality(
  table: ForecastTable,
  year: number,
  options: BalanceOptions = {},
): MunicipalityBalance[] {
  if (!table.years.includes(year)) return [];
  const scenario = options.scenario ?? "mid";
  return [...sumsByMunicipality(table, year, options.densities)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([municipalityCode, sums]) => ({ municipalityCode, ...figures(sums, year, scenario) }));
}

/** The region's totals in `year` (all zeros, no municipality with data, for a year outside the table). */
export function regionalTotals(
  table: ForecastTable,
  year: number,
  options: BalanceOptions = {},
): RegionalTotals {
  const total = emptySums();
  let municipalitiesWithData = 0;
  for (const sums of sumsByMunicipality(table, year, options.densities).values()) {
    addSums(total, sums);
    if (sums.recordCount > 0) municipalitiesWithData += 1;
  }
  return { ...figures(total, year, options.scenario ?? "mid"), municipalitiesWithData };
}
