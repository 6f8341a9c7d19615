/**
 * Feature catalogues, merged into the main one. Each part exports a Danish table (`as const`)
 * and an English table typed against it, so a missing translation fails the type check.
 */
import { balanceDa, balanceEn } from "./balance";
import { chartsDa, chartsEn } from "./charts";
import { exportDa, exportEn } from "./export";
import { presentationDa, presentationEn } from "./presentation";
import { remoteDa, remoteEn } from "./remote";
import { scenesDa, scenesEn } from "./scenes";
import { tableDa, tableEn } from "./table";

export const PART_CATALOGS_DA = {
  ...tableDa,
  ...balanceDa,
  ...presentationDa,
  ...exportDa,
  ...remoteDa,
  ...scenesDa,
  ...chartsDa,
} as const;

export const PART_CATALOGS_EN: Record<keyof typeof PART_CATALOGS_DA, string> = {
  ...tableEn,
  ...balanceEn,
  ...presentationEn,
  ...exportEn,
  ...remoteEn,
  ...scenesEn,
  ...chartsEn,
};
