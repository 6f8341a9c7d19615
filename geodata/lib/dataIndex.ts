/**
 * data-index.json: what the app loads first, to find every other data file. Paths are relative
 * to the app's base URL, so a deployment can edit this one file to point at other data
 * without rebuilding the app.
 */
export const DATA_INDEX_SCHEMA = "jordbalance/data-index@1";

export const ATTRIBUTION = [
  "Indeholder data fra Styrelsen for Dataforsyning og Infrastruktur, DAGI",
  "Natural Earth",
] as const;

export interface DataIndex {
  schema: typeof DATA_INDEX_SCHEMA;
  sites: string[];
  /** Forecast tables (jordbalance/forecast@1); the first is the one shown. */
  forecasts: string[];
  boundaries: { municipalities: string; labels: string; regions: string; neighbours: string };
  /** MapLibre `glyphs` template; the app prefixes its base URL. */
  glyphs: string;
  attribution: string[];
  /** ISO 8601 time of the build. */
  builtAt: string;
}

/** Where each output lands inside the output folder (public/generated). */
export const OUTPUT_PATHS = {
  municipalities: "boundaries/municipalities.geojson",
  labels: "boundaries/municipality-labels.geojson",
  regions: "boundaries/regions.geojson",
  neighbours: "context/neighbours.geojson",
  sitesDir: "sites",
  forecastsDir: "forecasts",
  fontsDir: "fonts",
  index: "data-index.json",
} as const;

/** The output folder as the app's base URL sees it (public/generated is served as /generated). */
const URL_PREFIX = "generated";

export function makeDataIndex(
  siteFileNames: readonly string[],
  builtAt: Date,
  forecastFileNames: readonly string[] = [],
): DataIndex {
  const url = (p: string) => `${URL_PREFIX}/${p}`;
  return {
    schema: DATA_INDEX_SCHEMA,
    sites: siteFileNames.map((n) => url(`${OUTPUT_PATHS.sitesDir}/${n}`)),
    forecasts: forecastFileNames.map((n) => url(`${OUTPUT_PATHS.forecastsDir}/${n}`)),
    boundaries: {
      municipalities: url(OUTPUT_PATHS.municipalities),
      labels: url(OUTPUT_PATHS.labels),
      regions: url(OUTPUT_PATHS.regions),
      neighbours: url(OUTPUT_PATHS.neighbours),
    },
    glyphs: url(`${OUTPUT_PATHS.fontsDir}/{fontstack}/{range}.pbf`),
    attribution: [...ATTRIBUTION],
    builtAt: builtAt.toISOString(),
  };
}
