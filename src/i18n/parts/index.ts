/**
 * Feature catalogues, merged into the main one. Each part exports a Danish table (`as const`)
 * and an English table typed against it, so a missing translation fails the type check.
 */
import { chartsDa, chartsEn } from "./charts";
import { tableDa, tableEn } from "./table";

export const PART_CATALOGS_DA = { ...tableDa, ...chartsDa } as const;
export const PART_CATALOGS_EN: Record<keyof typeof PART_CATALOGS_DA, string> = { ...tableEn, ...chartsEn };
