/**
 * The forecast the balance view shows: the data index's first table, fetched and validated
 * once. A table with dropped records still loads; its issues are shown with it.
 */
import { useQuery } from "@tanstack/react-query";
import type { ForecastTable } from "../domain/forecast/types";
import { type JsonForecastIssue, validateForecastTable } from "../domain/forecast/validate";
import type { DataIndex } from "../io/dataIndex";
import { fetchJson, UserError } from "../io/userError";
import { useServices } from "./services";

export interface LoadedForecast {
  table: ForecastTable;
  issues: JsonForecastIssue[];
  url: string;
}

export function useForecast(index: DataIndex | undefined, wanted: boolean) {
  const { baseUrl } = useServices();
  const path = index?.forecasts[0];
  return useQuery({
    queryKey: ["forecast", path],
    enabled: index !== undefined && wanted,
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async ({ signal }): Promise<LoadedForecast | null> => {
      if (path === undefined) return null; // a deployment without forecasts
      const url = new URL(path, baseUrl).href;
      const { table, issues } = validateForecastTable(await fetchJson(url, signal));
      if (!table) throw new UserError(`${url}: ${issues.map((i) => `${i.field}: ${i.message}`).join("; ")}`);
      return { table, issues, url };
    },
  });
}
