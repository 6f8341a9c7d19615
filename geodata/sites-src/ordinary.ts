/**
 * The many ordinary projects: drawn with a seeded PRNG per municipality (see municipalities.ts)
 * so they regenerate identically. Sizes are drawn log-uniform per project type, then scaled
 * towards each municipality's yearly flow over the six years 2026-2031, but never beyond what
 * such a project plausibly moves (so a municipality may fall short of its flow).
 */
import {
  DEFAULT_DENSITY_T_PER_M3,
  isSoilMaterial,
  type Material,
  type SoilClass,
} from "../../src/domain/materials";
import type { SiteStatus } from "../../src/domain/site";
import type { MunicipalityPlan, UrbanProfile } from "./municipalities";
import type { Prng } from "./prng";
import type { LonLat, ProjectType, SourceSpec } from "./spec";

/** Statuses are as of this date: the data set was compiled in November 2026. */
const REFERENCE_DATE = "2026-11-01";
const PERIOD_YEARS = 6; // 2026-2031 inclusive
const FIRST_YEAR = 2026;
const LAST_DAY = "2031-12-31";

interface ProjectKind {
  type: ProjectType;
  weight: Readonly<Record<UrbanProfile, number>>;
  /** In-situ m³ (or m³-equivalent of the delivered tonnes for demolition). */
  sizeM3: [number, number];
  months: [number, number];
  materials: readonly (readonly [Material, number])[];
  names: readonly ((place: string) => string)[];
}

const KINDS: readonly ProjectKind[] = [
  {
    type: "housing",
    weight: { inner: 25, suburb: 30, outer: 35 },
    sizeM3: [5_000, 120_000],
    months: [6, 36],
    materials: [
      ["clay", 50],
      ["sand", 12],
      ["topsoil", 10],
      ["fill", 20],
      ["mixed", 8],
    ],
    names: [
      (p) => `Boligbyggeri i ${p}`,
      (p) => `Ny boligbebyggelse, ${p}`,
      (p) => `Byggemodning af boligområde ved ${p}`,
    ],
  },
  {
    type: "commercial",
    weight: { inner: 8, suburb: 12, outer: 8 },
    sizeM3: [5_000, 80_000],
    months: [6, 24],
    materials: [
      ["clay", 55],
      ["sand", 15],
      ["fill", 20],
      ["mixed", 10],
    ],
    names: [
      (p) => `Erhvervsbyggeri i ${p}`,
      (p) => `Nyt kontorhus i ${p}`,
      (p) => `Lager og logistik ved ${p}`,
    ],
  },
  {
    type: "road",
    weight: { inner: 8, suburb: 15, outer: 18 },
    sizeM3: [3_000, 150_000],
    months: [6, 30],
    materials: [
      ["clay", 45],
      ["sand", 20],
      ["fill", 15],
      ["mixed", 10],
      ["topsoil", 10],
    ],
    names: [
      (p) => `Vejombygning i ${p}`,
      (p) => `Ny cykelsti ved ${p}`,
      (p) => `Rundkørsel og vejudvidelse, ${p}`,
    ],
  },
  {
    type: "utility",
    weight: { inner: 18, suburb: 14, outer: 12 },
    sizeM3: [500, 15_000],
    months: [1, 6],
    materials: [
      ["sand", 40],
      ["fill", 30],
      ["clay", 20],
      ["mixed", 10],
    ],
    names: [
      (p) => `Kloakseparering i ${p}`,
      (p) => `Fjernvarmeudbygning i ${p}`,
      (p) => `Ledningsarbejde i ${p}`,
    ],
  },
  {
    type: "school",
    weight: { inner: 8, suburb: 10, outer: 10 },
    sizeM3: [2_000, 25_000],
    months: [6, 18],
    materials: [
      ["clay", 60],
      ["topsoil", 15],
      ["sand", 15],
      ["fill", 10],
    ],
    names: [(p) => `Ny skole i ${p}`, (p) => `Skoleudbygning i ${p}`, (p) => `Ny daginstitution i ${p}`],
  },
  {
    type: "climate",
    weight: { inner: 18, suburb: 12, outer: 10 },
    sizeM3: [3_000, 60_000],
    months: [4, 24],
    materials: [
      ["clay", 60],
      ["sand", 15],
      ["fill", 15],
      ["topsoil", 10],
    ],
    names: [
      (p) => `Skybrudsprojekt i ${p}`,
      (p) => `Regnvandsbassin ved ${p}`,
      (p) => `Klimatilpasning af veje i ${p}`,
    ],
  },
  {
    type: "demolition",
    weight: { inner: 15, suburb: 7, outer: 5 },
    sizeM3: [1_000, 20_000],
    months: [2, 10],
    materials: [
      ["crushed_concrete", 60],
      ["crushed_brick", 25],
      ["crushed_asphalt", 15],
    ],
    names: [(p) => `Nedrivning i ${p}`, (p) => `Nedrivning af erhvervsbygning, ${p}`],
  },
];

/** Asphalt is milled off roads and car parks, not demolished with buildings. */
const ASPHALT_NAMES: readonly ((place: string) => string)[] = [
  (p) => `Opbrydning af p-pladser i ${p}`,
  (p) => `Asfaltfræsning på veje i ${p}`,
];
/** A scaled project may grow to this multiple of its type's largest draw. */
const MAX_GROWTH = 1.5;
/** Heavily contaminated soil comes in hotspots, not whole building sites, m³. */
const KLASSE_4_MAX_M3 = 8_000;

const SECONDARY_LABEL: Partial<Record<Material, string>> = {
  crushed_concrete: "knust beton",
  crushed_brick: "knust tegl",
  crushed_asphalt: "fræset asfalt",
};

/** Contamination classes 0..4 by how long the ground has been built on (made ground, traffic, industry). */
const CLASS_WEIGHTS: Readonly<Record<UrbanProfile, readonly (readonly [SoilClass, number])[]>> = {
  inner: [
    [0, 5],
    [1, 22],
    [2, 38],
    [3, 32],
    [4, 3],
  ],
  suburb: [
    [0, 15],
    [1, 41],
    [2, 30],
    [3, 13],
    [4, 1],
  ],
  outer: [
    [0, 45],
    [1, 40],
    [2, 12],
    [3, 3],
    [4, 0],
  ],
};

function materialWeights(kind: ProjectKind, profile: UrbanProfile): [Material, number][] {
  // Made ground dominates the old city; moraine clay the rest of the region.
  return kind.materials.map(([m, w]) => {
    if (profile === "inner" && m === "fill") return [m, w * 2.5];
    if (profile === "outer" && m === "fill") return [m, w * 0.5];
    if (profile === "outer" && m === "clay") return [m, w * 1.3];
    return [m, w];
  });
}

function soilClassFor(material: Material, profile: UrbanProfile, prng: Prng): SoilClass | undefined {
  if (!isSoilMaterial(material)) return undefined;
  const drawn = prng.weighted(CLASS_WEIGHTS[profile]);
  // Made ground is dirtier than the natural soil around it: half of it one class up (to klasse 3 at most).
  if (material === "fill" && drawn < 3 && prng.next() < 0.5) return (drawn + 1) as SoilClass;
  return drawn;
}

/** Two significant figures, as a planner's estimate would be written. */
function roundEstimate(x: number): number {
  const magnitude = 10 ** (Math.floor(Math.log10(x)) - 1);
  return Math.round(x / magnitude) * magnitude;
}

function isoDate(year: number, month0: number, day: number): string {
  return new Date(Date.UTC(year, month0, day)).toISOString().slice(0, 10);
}

/** A window of months to years; `sizeRank` (0 small … 1 large) makes big projects last longer. */
function window(
  kind: ProjectKind,
  sizeRank: number,
  prng: Prng,
): { availableFrom: string; availableTo?: string } {
  const startMonth = prng.int(0, 12 * (PERIOD_YEARS - 1) - 1); // starts 2026-01 … 2030-12
  const availableFrom = isoDate(FIRST_YEAR, startMonth, 1);
  // Utility trenches and housing areas are sometimes open-ended: they move on street by street.
  if ((kind.type === "utility" || kind.type === "housing") && prng.next() < 0.12) return { availableFrom };
  const rank = Math.min(1, Math.max(0, sizeRank + (prng.next() - 0.5) * 0.4));
  const months = Math.round(kind.months[0] + rank * (kind.months[1] - kind.months[0]));
  const end = isoDate(FIRST_YEAR, startMonth + months, 0); // day 0 = last day of the month before
  return { availableFrom, availableTo: end < LAST_DAY ? end : LAST_DAY };
}

function statusOf(availableFrom: string, availableTo: string | undefined, prng: Prng): SiteStatus {
  if (availableTo !== undefined && availableTo < REFERENCE_DATE) return "completed";
  if (availableFrom <= REFERENCE_DATE) return "active";
  return prng.next() < 0.35 ? "approved" : "planned";
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replaceAll("æ", "ae")
    .replaceAll("ø", "oe")
    .replaceAll("å", "aa")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * Draws the ordinary projects of one municipality. `placePoint` finds a point near a locality
 * (on land, inside the municipality, not on top of another site).
 */
export function ordinarySources(
  plan: MunicipalityPlan,
  prng: Prng,
  placePoint: (near: LonLat) => LonLat,
  takenIds: Set<string>,
): SourceSpec[] {
  const drafts = Array.from({ length: plan.projects }, () => {
    const kind = prng.weighted(KINDS.map((k) => [k, k.weight[plan.profile]] as const));
    const locality = prng.pick(plan.localities);
    const material = prng.weighted(materialWeights(kind, plan.profile));
    const secondary = SECONDARY_LABEL[material];
    const baseName = prng.pick(material === "crushed_asphalt" ? ASPHALT_NAMES : kind.names)(locality.name);
    return {
      kind,
      locality,
      material,
      name: secondary ? `${baseName} (${secondary})` : baseName,
      rawM3: prng.logUniform(kind.sizeM3[0], kind.sizeM3[1]),
    };
  });
  const scale = (plan.ordinaryM3PerYear * PERIOD_YEARS) / drafts.reduce((sum, d) => sum + d.rawM3, 0);
  return drafts.map((d) => {
    const soilClass = soilClassFor(d.material, plan.profile, prng);
    const largest = soilClass === 4 ? KLASSE_4_MAX_M3 : d.kind.sizeM3[1] * MAX_GROWTH;
    const m3 = Math.min(largest, Math.max(d.kind.sizeM3[0], d.rawM3 * scale));
    // Demolition is weighed at the crusher; a tenth of the soil sources report tonnes too.
    const inTonnes = !isSoilMaterial(d.material) || prng.next() < 0.1;
    const [min, max] = d.kind.sizeM3;
    const dates = window(d.kind, Math.log(d.rawM3 / min) / Math.log(max / min), prng);
    // A second project of the same kind in the same place becomes "etape 2".
    let name = d.name;
    for (let n = 2; takenIds.has(`src-${plan.code}-${slug(name)}`); n++) name = `${d.name}, etape ${n}`;
    const id = `src-${plan.code}-${slug(name)}`;
    takenIds.add(id);
    return {
      id,
      name,
      municipalityCode: plan.code,
      at: placePoint(d.locality.at),
      status: statusOf(dates.availableFrom, dates.availableTo, prng),
      locationApproximate: true,
      projectType: d.kind.type,
      material: d.material,
      ...(soilClass === undefined ? {} : { soilClass }),
      quantity: roundEstimate(inTonnes ? m3 * DEFAULT_DENSITY_T_PER_M3[d.material] : m3),
      unit: inTonnes ? "t" : "m3",
      ...dates,
    };
  });
}
