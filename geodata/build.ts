/**
 * The geodata build (`npm run geodata`): checks the DAGI boundaries and the embedded site
 * files, then writes what the app loads at run time into public/generated (see
 * docs/geodata.md). Any input fault stops it with exit code 1 and a list of every fault.
 */
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { makeDataIndex, OUTPUT_PATHS } from "./lib/dataIndex";
import { type Fault, GeodataInputError } from "./lib/faults";
import { checkForecastFiles } from "./lib/forecasts";
import { dejaVuStacks, writeGlyphs } from "./lib/glyphs";
import { toLabelCollection, toMunicipalityCollection } from "./lib/municipalities";
import { neighbourLand, readWorldAtlasCountries } from "./lib/neighbours";
import { replaceFolder, writeJson } from "./lib/outputFolder";
import { type JsonRead, readJsonFile } from "./lib/readJsonFile";
import { REGION_HOVEDSTADEN_CODE } from "./lib/regionHovedstaden";
import { toRegionCollection } from "./lib/regions";
import { checkSiteFiles } from "./lib/sites";
import {
  MUNICIPALITIES_FILE,
  REGIONS_FILE,
  validateMunicipalities,
  validateRegions,
} from "./lib/validateBoundaries";

export interface BuildOptions {
  /** Folder holding dagi-kommuner.geojson and dagi-regioner.geojson. */
  sourceDir: string;
  /** Output folder, replaced as a whole (normally public/generated). */
  outDir: string;
  /** Folder of the project's own site files (*.geojson, schema v1). */
  sitesDir: string;
  /** Folder of forecast tables (*.json, jordbalance/forecast@1); none when absent. */
  forecastsDir?: string;
}

export interface BuildSummary {
  municipalities: number;
  /** Municipalities of region 1084 (29 when the data is right). */
  inRegion: number;
  regions: number;
  neighbours: string[];
  siteFiles: string[];
  forecastFiles: string[];
  /** Font stacks rendered this run (empty when the last build's glyphs were still fresh). */
  glyphStacksRendered: string[];
  warnings: string[];
  durationMs: number;
}

/** Validated contents, or the faults of a file that could not be read or parsed. */
function contentOf(read: JsonRead, faults: Fault[]): unknown {
  if (read.ok) return read.value;
  faults.push(read.fault);
  return undefined;
}

export async function buildGeodata({
  sourceDir,
  outDir,
  sitesDir,
  forecastsDir,
}: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const [municipalityRead, regionRead, sites, forecasts] = await Promise.all([
    readJsonFile(path.join(sourceDir, MUNICIPALITIES_FILE)),
    readJsonFile(path.join(sourceDir, REGIONS_FILE)),
    checkSiteFiles(sitesDir),
    forecastsDir === undefined ? { files: [], faults: [], warnings: [] } : checkForecastFiles(forecastsDir),
  ]);
  const faults: Fault[] = [];
  const municipalityRaw = contentOf(municipalityRead, faults);
  const regionRaw = contentOf(regionRead, faults);
  const municipalities = municipalityRead.ok ? validateMunicipalities(municipalityRaw) : undefined;
  const regions = regionRead.ok ? validateRegions(regionRaw) : undefined;
  faults.push(
    ...(municipalities?.faults ?? []),
    ...(regions?.faults ?? []),
    ...sites.faults,
    ...forecasts.faults,
  );
  if (faults.length > 0 || municipalities === undefined || regions === undefined) {
    throw new GeodataInputError(faults);
  }

  const municipalityCollection = toMunicipalityCollection(municipalities.features);
  const neighbours = neighbourLand(await readWorldAtlasCountries());
  const siteFileNames = sites.files.map((f) => path.basename(f));
  const forecastFileNames = forecasts.files.map((f) => path.basename(f));
  const glyphStacksRendered = await replaceFolder(outDir, async (dir) => {
    await writeJson(path.join(dir, OUTPUT_PATHS.municipalities), municipalityCollection);
    await writeJson(path.join(dir, OUTPUT_PATHS.labels), toLabelCollection(municipalityCollection.features));
    await writeJson(path.join(dir, OUTPUT_PATHS.regions), toRegionCollection(regions.features));
    await writeJson(path.join(dir, OUTPUT_PATHS.neighbours), neighbours);
    await mkdir(path.join(dir, OUTPUT_PATHS.sitesDir));
    for (const file of sites.files) {
      await copyFile(file, path.join(dir, OUTPUT_PATHS.sitesDir, path.basename(file)));
    }
    await mkdir(path.join(dir, OUTPUT_PATHS.forecastsDir));
    for (const file of forecasts.files) {
      await copyFile(file, path.join(dir, OUTPUT_PATHS.forecastsDir, path.basename(file)));
    }
    const rendered = await writeGlyphs(
      dejaVuStacks(),
      path.join(dir, OUTPUT_PATHS.fontsDir),
      path.join(outDir, OUTPUT_PATHS.fontsDir),
    );
    await writeJson(
      path.join(dir, OUTPUT_PATHS.index),
      makeDataIndex(siteFileNames, new Date(), forecastFileNames),
      true,
    );
    return rendered;
  });
  return {
    municipalities: municipalityCollection.features.length,
    inRegion: municipalityCollection.features.filter((f) => f.properties.inRegion).length,
    regions: regions.features.length,
    neighbours: neighbours.features.map((f) => f.properties.name),
    siteFiles: siteFileNames,
    forecastFiles: forecastFileNames,
    glyphStacksRendered,
    warnings: [...sites.warnings, ...forecasts.warnings],
    durationMs: performance.now() - started,
  };
}

/** Default folders: boundaries from ../shared/geodata beside the repo, or from $GEODATA_DIR. */
function defaultOptions(): BuildOptions {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const fromEnv = process.env.GEODATA_DIR;
  return {
    sourceDir: fromEnv ? path.resolve(fromEnv) : path.resolve(repoRoot, "..", "shared", "geodata"),
    outDir: path.join(repoRoot, "public", "generated"),
    sitesDir: path.join(repoRoot, "geodata", "sites"),
    forecastsDir: path.join(repoRoot, "geodata", "forecasts"),
  };
}

async function main(): Promise<void> {
  const options = defaultOptions();
  try {
    const s = await buildGeodata(options);
    for (const w of s.warnings) console.warn(`geodata: warning: ${w}`);
    const glyphs =
      s.glyphStacksRendered.length > 0 ? `rendered ${s.glyphStacksRendered.join(", ")}` : "reused";
    console.log(
      `geodata: ${s.municipalities} municipality features (${s.inRegion} in region ${REGION_HOVEDSTADEN_CODE}), ` +
        `${s.regions} regions, neighbours ${s.neighbours.join(", ")}, ${s.siteFiles.length} site file(s), ` +
        `${s.forecastFiles.length} forecast file(s), ` +
        `glyphs ${glyphs}; from ${options.sourceDir} to ${options.outDir} in ${(s.durationMs / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    if (!(error instanceof GeodataInputError)) throw error;
    console.error(`geodata: boundaries from ${options.sourceDir}, sites from ${options.sitesDir}`);
    console.error(`geodata: ${error.message}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
