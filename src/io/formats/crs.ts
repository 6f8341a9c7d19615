/**
 * Coordinate systems an import may come in: WGS84 lon/lat (GeoJSON, KML, the schema), ETRS89 /
 * UTM 32N (EPSG:25832, Danish planning data) and UTM 33N (EPSG:25833, formally Bornholm's).
 * Declared systems are read from a GeoJSON `crs` member or a Shapefile's .prj; otherwise the
 * coordinates themselves are tried in each system, and only a single system that puts the points
 * in Denmark counts as detected.
 */
import type { Position } from "geojson";
import proj4 from "proj4";
import { assignMunicipality, type MunicipalityArea } from "../../domain/municipality";
import { UserError } from "../userError";
import type { CrsDetection } from "./types";

export const CRS_IDS = ["EPSG:4326", "EPSG:25832", "EPSG:25833"] as const;
export type CrsId = (typeof CRS_IDS)[number];

// From ../shared/docs/domain.md; ETRS89 and WGS84 agree within about a metre, which is far below
// what a soil site's location means.
const PROJ: Record<Exclude<CrsId, "EPSG:4326">, string> = {
  "EPSG:25832": "+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
  "EPSG:25833": "+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
};

/** Denmark with a margin, degrees [west, south, east, north]: Esbjerg to Christiansø, Gedser to Skagen. */
const DENMARK_BBOX = [7.8, 54.4, 15.4, 57.9] as const;

/** Share of sampled points that must land in Denmark for a system to "fit" (some rows are broken). */
const FIT_SHARE = 0.8;

/**
 * Reads a CRS name as GeoJSON 2008 `crs` members, OGC URNs, URLs and users write it:
 * "EPSG:25832", "urn:ogc:def:crs:EPSG::25832", ".../def/crs/EPSG/0/25832", "CRS84", "25832".
 * ETRS89 geographic (EPSG:4258) counts as WGS84.
 */
export function parseCrsName(name: string): CrsId | undefined {
  const text = name.trim();
  if (/CRS:?84$/i.test(text)) return "EPSG:4326";
  const code = /EPSG|^\d+$/i.test(text) ? /(\d{4,5})$/.exec(text)?.[1] : undefined;
  if (code === "4326" || code === "4258") return "EPSG:4326";
  if (code === "25832" || code === "25833") return `EPSG:${code}`;
  return undefined;
}

/** Reads a Shapefile .prj (ESRI WKT): ETRS89 UTM 32N/33N or geographic WGS84/ETRS89. */
export function crsFromPrj(wkt: string): CrsId | undefined {
  const zone = /UTM[_ ]zone[_ ](3[23])N/i.exec(wkt)?.[1];
  if (zone !== undefined)
    return /ETRS/i.test(wkt) ? (zone === "32" ? "EPSG:25832" : "EPSG:25833") : undefined;
  if (/^\s*GEOGCS\[/i.test(wkt) && /WGS[_ ]?(19)?84|ETRS[_ ]?(19)?89/i.test(wkt)) return "EPSG:4326";
  return undefined;
}

type Transform = (x: number, y: number) => [number, number];

const identity: Transform = (x, y) => [x, y];

// proj4 parses a definition in about 0.1 ms: made once per system, not once per site.
const converters = new Map<string, Transform>();

function converter(from: string, to: string): Transform {
  const key = `${from}>${to}`;
  let f = converters.get(key);
  if (f === undefined) {
    const c = proj4(from, to);
    f = (x, y) => c.forward([x, y]) as [number, number];
    converters.set(key, f);
  }
  return f;
}

/** A function from the system's x/y to WGS84 lon/lat. */
export function toWgs84(crs: CrsId): Transform {
  return crs === "EPSG:4326" ? identity : converter(PROJ[crs], "WGS84");
}

/** A function from WGS84 lon/lat to the system's x/y (for export in EPSG:25832). */
export function fromWgs84(crs: CrsId): Transform {
  return crs === "EPSG:4326" ? identity : converter("WGS84", PROJ[crs]);
}

/**
 * Applies `f` to every position of a GeoJSON coordinates array of any depth, keeping a third
 * value (height) as it was. Anything that is not a pair of numbers is left as found, so the
 * validation after it can say what is wrong.
 */
export function mapCoordinates(coordinates: unknown, f: Transform): unknown {
  if (!Array.isArray(coordinates)) return coordinates;
  const [x, y, ...rest] = coordinates;
  if (typeof x === "number" && typeof y === "number") return [...f(x, y), ...rest];
  return typeof x === "number" ? coordinates : coordinates.map((c) => mapCoordinates(c, f));
}

/** Positions taken to judge the system: enough to be sure, few enough to stay cheap. */
export const CRS_SAMPLE_SIZE = 200;

function inDenmarkBBox([lon, lat]: [number, number]): boolean {
  const [w, s, e, n] = DENMARK_BBOX;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

interface Fit {
  crs: CrsId;
  share: number;
  where: string;
}

/**
 * How many points a system puts in Denmark (its bounding box: enough to tell lon/lat, zone 32
 * and zone 33 apart, and points in the sea — harbour fills — still count), and, with
 * boundaries, the municipality most of them fall in, as evidence for the user.
 */
function fitOf(crs: CrsId, positions: readonly Position[], areas?: readonly MunicipalityArea[]): Fit {
  const f = toWgs84(crs);
  const names = new Map<string, number>();
  let inside = 0;
  for (const p of positions) {
    const ll = f(p[0] as number, p[1] as number);
    if (!Number.isFinite(ll[0]) || !Number.isFinite(ll[1]) || !inDenmarkBBox(ll)) continue;
    inside++;
    const found = areas && areas.length > 0 ? assignMunicipality(ll, areas) : undefined;
    if (found === undefined || found.how === "none") continue;
    const name = `${found.code} ${areas?.find((a) => a.code === found.code)?.name ?? ""}`.trim();
    names.set(name, (names.get(name) ?? 0) + 1);
  }
  const top = [...names.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return {
    crs,
    share: positions.length === 0 ? 0 : inside / positions.length,
    where: top ? ` (mostly ${top})` : "",
  };
}

const describe = (fit: Fit, n: number) =>
  `${fit.crs}: ${Math.round(fit.share * n)} of ${n} sampled points in Denmark${fit.where}`;

/**
 * Judges the coordinate system from a declaration (if any) and sample positions. A declaration
 * stands unless the points do not fit it and do fit another system; without one, exactly one
 * fitting system is "detected", anything else is "unsure".
 */
export function detectCrs(
  positions: readonly Position[],
  declared?: { crs: CrsId; by: string },
  areas?: readonly MunicipalityArea[],
): CrsDetection {
  const finite = positions.filter((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]));
  if (finite.length === 0) {
    if (declared) return { status: "declared", crs: declared.crs, evidence: [`declared by ${declared.by}`] };
    return {
      status: "detected",
      crs: "EPSG:4326",
      evidence: ["no usable coordinates to judge from; WGS84 assumed (every record will be reported)"],
    };
  }
  const fits = CRS_IDS.map((crs) => fitOf(crs, finite, areas));
  const evidence = fits.map((fit) => describe(fit, finite.length));
  const fitting = fits.filter((fit) => fit.share >= FIT_SHARE).map((fit) => fit.crs);
  if (declared) {
    if (fitting.includes(declared.crs) || fitting.length === 0)
      return { status: "declared", crs: declared.crs, evidence: [`declared by ${declared.by}`, ...evidence] };
    return {
      status: "unsure",
      candidates: [...fitting, declared.crs],
      evidence: [
        `declared as ${declared.crs} by ${declared.by}, but the coordinates fit ${fitting.join(" or ")}`,
        ...evidence,
      ],
    };
  }
  const [only, ...more] = fitting;
  if (only !== undefined && more.length === 0) return { status: "detected", crs: only, evidence };
  return {
    status: "unsure",
    candidates: fitting.length > 0 ? fitting : [...CRS_IDS],
    evidence: [
      fitting.length > 0
        ? "the coordinates fit more than one system"
        : "no system puts the points in Denmark",
      ...evidence,
    ],
  };
}

/** Up to `size` indices in [0, count) spread evenly, so a sorted file is sampled fairly. */
export function sampleIndices(count: number, size = CRS_SAMPLE_SIZE): number[] {
  if (count <= size) return Array.from({ length: count }, (_, i) => i);
  const step = count / size;
  return Array.from({ length: size }, (_, i) => Math.floor(i * step));
}

/** Up to CRS_SAMPLE_SIZE items spread evenly over the list. */
export function spread<T>(items: readonly T[], size = CRS_SAMPLE_SIZE): T[] {
  return sampleIndices(items.length, size).map((i) => items[i] as T);
}

/**
 * The system a read uses, and on what basis (for the notes): an explicit choice (the user's, or
 * the mapping's) wins; otherwise the declared or detected one; when unsure, the user must
 * choose and is told why.
 */
export function chooseCrs(
  detection: CrsDetection,
  explicit: CrsId | undefined,
  fileName: string,
): { crs: CrsId; basis: string } {
  if (explicit !== undefined) {
    const declared = detection.status === "declared" ? detection.crs : undefined;
    const against =
      declared !== undefined && declared !== explicit ? `, although the file declares ${declared}` : "";
    const doubt = detection.status === "unsure" ? ` (${detection.evidence[0]})` : "";
    return { crs: explicit, basis: `${explicit} as chosen${against}${doubt}` };
  }
  if (detection.status === "unsure")
    throw new UserError(
      `The coordinate system of ${fileName} is uncertain: it could be ${detection.candidates.join(" or ")} ` +
        `(${detection.evidence.join("; ")}). Choose one (on the command line: --crs ${detection.candidates[0]}).`,
    );
  const { crs, evidence } = detection;
  if (detection.status === "declared") return { crs, basis: `${crs} (${evidence[0]})` };
  return {
    crs,
    basis: `${crs} (detected: ${evidence.find((e) => e.startsWith(crs)) ?? evidence[0]})`,
  };
}
