/**
 * Where the app's loading time goes, stage by stage, for one set of site files: the code the
 * app's worker runs (src/io/loadSites.ts), timed here in Node. Same V8 as Chromium, one thread,
 * no page around it, so it is an estimate of the worker's share, not a browser measurement.
 */
import { deserialize, serialize } from "node:v8";
import type { FeatureCollection } from "geojson";
import { representativePoint } from "../../src/domain/distance";
import { municipalityAreasFromGeoJson, resolveSiteMunicipality } from "../../src/domain/municipality";
import type { Site } from "../../src/domain/site";
import { validateSiteCollection } from "../../src/domain/siteSchema";
import { quantityTonnes } from "../../src/domain/units";
import { settleSites } from "../../src/io/loadSites";

export interface PipelineSplit {
  sites: number;
  /** JSON.parse of the site files, ms. */
  parseMs: number;
  /** Schema validation with zod (validateSiteCollection), ms. */
  validateMs: number;
  /** Municipality per site (resolveSiteMunicipality), ms; and the part spent on sites outside every polygon. */
  assignMs: number;
  assignOutsideMs: number;
  /** Sites inside a municipality, assigned to the nearest within 2 km, or outside everything. */
  outcomes: { inside: number; nearest: number; outside: number };
  /** settleSites as the worker calls it (validate + assign together), ms. */
  settleMs: number;
  /** Worker → main thread: structured clone of the result, ms and MB. */
  transferMs: number;
  transferMb: number;
  /** Main thread → MapLibre worker: structured clone of the symbol points setData posts, ms and MB. */
  setDataCloneMs: number;
  setDataCloneMb: number;
}

const MB = 1024 * 1024;

function timed<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

export function pipelineSplit(
  files: ReadonlyArray<{ file: string; text: string }>,
  municipalitiesText: string,
): PipelineSplit {
  const municipalities = JSON.parse(municipalitiesText) as FeatureCollection;
  const [parsed, parseMs] = timed(() => files.map(({ file, text }) => ({ file, raw: JSON.parse(text) })));
  const [sites, validateMs] = timed(() => parsed.flatMap(({ raw }) => validateSiteCollection(raw).sites));

  const areas = municipalityAreasFromGeoJson(municipalities);
  const outcomes = { inside: 0, nearest: 0, outside: 0 };
  let assignMs = 0;
  let assignOutsideMs = 0;
  for (const site of sites) {
    const [m, ms] = timed(() => resolveSiteMunicipality(site, areas));
    assignMs += ms;
    if (m.note === "outside") {
      outcomes.outside++;
      assignOutsideMs += ms;
    } else if (m.note === "nearest" || m.distanceKm !== undefined) outcomes.nearest++;
    else outcomes.inside++;
  }

  const [settled, settleMs] = timed(() => settleSites(parsed, municipalities));
  const [transferBytes, transferMs] = timed(() => cloneBytes(settled));
  const points = symbolPoints(sites);
  const [pointBytes, setDataCloneMs] = timed(() => cloneBytes(points));
  return {
    sites: settled.sites.length,
    parseMs,
    validateMs,
    assignMs,
    assignOutsideMs,
    outcomes,
    settleMs,
    transferMs,
    transferMb: transferBytes / MB,
    setDataCloneMs,
    setDataCloneMb: pointBytes / MB,
  };
}

/** A structured clone's both halves (postMessage serialises, the receiver deserialises); bytes. */
function cloneBytes(value: unknown): number {
  const bytes = serialize(value);
  deserialize(bytes);
  return bytes.length;
}

/** The shape the app gives its "sites" source (src/state/atlasData.ts, useSiteFeatures). */
function symbolPoints(sites: readonly Site[]): FeatureCollection {
  return {
    type: "FeatureCollection",
    features: sites.map((site) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: representativePoint(site.geometry) },
      properties: {
        id: site.properties.id,
        kind: site.properties.kind,
        name: site.properties.name,
        tonnes: quantityTonnes(site.properties),
      },
    })),
  };
}
