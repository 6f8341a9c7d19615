/**
 * Writes the illustrative forecast, geodata/forecasts/forecast-illustrative.json (schema
 * jordbalance/forecast@1), and the same table as forecast-illustrative.csv in the import
 * template, after checking both read back to the table.
 * Run from the repository root: npx tsx geodata/forecasts-src/generate.ts
 */
import { writeFileSync } from "node:fs";
import { forecastFromCsv, forecastToCsv } from "../../src/domain/forecast/csv";
import { REGION_MUNICIPALITIES } from "../../src/domain/forecast/municipalities";
import { validateForecastTable } from "../../src/domain/forecast/validate";
import { buildTable, serialise } from "./build";

const OUT_DIR = new URL("../forecasts/", import.meta.url);

function main(): void {
  const table = buildTable();
  const json = serialise(table);
  const { issues } = validateForecastTable(JSON.parse(json));
  const csv = forecastToCsv(table);
  const back = forecastFromCsv(csv);
  const problems = [
    ...issues.map((i) => `json record ${i.record}: ${i.field}: ${i.message}`),
    ...back.rejected.map((r) => `csv row ${r.row}: ${r.field}: ${r.message}`),
  ];
  if (JSON.stringify(back.table) !== JSON.stringify(table))
    problems.push("the CSV does not read back to the table");
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exit(1);
  }
  writeFileSync(new URL("forecast-illustrative.json", OUT_DIR), json);
  writeFileSync(new URL("forecast-illustrative.csv", OUT_DIR), csv);
  console.log(`wrote ${table.records.length} records for ${REGION_MUNICIPALITIES.length} municipalities`);
}

main();
