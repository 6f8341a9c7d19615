/**
 * Generated benchmark sites: valid schema-v1 Points with mixed kinds, materials and quantities,
 * from a seeded PRNG so every run loads the same bytes.
 */
import { createPrng, type Prng } from "../../geodata/sites-src/prng";
import { MATERIALS, SOIL_CLASSES, SOIL_MATERIALS, type SoilClass } from "../../src/domain/materials";
import {
  RECEIVER_TYPES,
  SITE_SCHEMA_ID,
  SITE_STATUSES,
  type Site,
  type SiteCollection,
  type SiteKind,
  type SiteProperties,
} from "../../src/domain/site";

/** Where the points fall, degrees: the capital area, sea included, so some sites lie outside every municipality as real harbour fills do. */
export const BENCH_AREA = { west: 12.0, east: 12.65, south: 55.55, north: 56.05 } as const;

/** Quantities, m³: log-uniform, so small projects are many and big ones few. */
const QUANTITY_M3 = { min: 500, max: 2_000_000 } as const;

const KIND_WEIGHTS: ReadonlyArray<readonly [SiteKind, number]> = [
  ["source", 6],
  ["receiver", 3],
  ["pit", 1],
];

const NAME_STEMS: Record<SiteKind, readonly string[]> = {
  source: ["Boligbyggeri", "Vejudvidelse", "Skolebyggeri", "Klimatilpasning", "Nedrivning"],
  receiver: ["Støjvold", "Landskabsprojekt", "Jorddepot", "Vejdæmning", "Regnvandsbassin"],
  pit: ["Grusgrav", "Sandgrav", "Lergrav"],
};

/** A distinct, non-empty subset of `items` (order kept). */
function subset<T>(prng: Prng, items: readonly T[]): T[] {
  const picked = items.filter(() => prng.next() < 0.5);
  return picked.length > 0 ? picked : [prng.pick(items)];
}

/** The first day of the month `monthsAfter` months after January 2026, as yyyy-mm-dd. */
function isoMonth(monthsAfter: number): string {
  return new Date(Date.UTC(2026, monthsAfter, 1)).toISOString().slice(0, 10);
}

function properties(prng: Prng, index: number, count: number): SiteProperties {
  const kind = prng.weighted(KIND_WEIGHTS);
  const start = prng.int(0, 48);
  const base: SiteProperties = {
    id: `bench-${count}-${index}`,
    kind,
    name: `${prng.pick(NAME_STEMS[kind])} ${index + 1}`,
    status: prng.pick(SITE_STATUSES),
    illustrative: true,
    quantity: Math.round(prng.logUniform(QUANTITY_M3.min, QUANTITY_M3.max)),
    unit: "m3",
    availableFrom: isoMonth(start),
    availableTo: isoMonth(start + prng.int(3, 36)),
  };
  const classes = (): SoilClass[] => subset(prng, SOIL_CLASSES);
  switch (kind) {
    case "source": {
      const material = prng.pick(MATERIALS);
      const soil = (SOIL_MATERIALS as readonly string[]).includes(material);
      return { ...base, material, ...(soil ? { soilClass: prng.pick(SOIL_CLASSES) } : {}) };
    }
    case "receiver":
      return {
        ...base,
        receiverType: prng.pick(RECEIVER_TYPES),
        acceptedMaterials: subset(prng, MATERIALS),
        acceptedClasses: classes(),
      };
    case "pit": {
      const dispensed = prng.next() < 0.4;
      return {
        ...base,
        material: prng.pick(["sand", "gravel", "clay"] as const),
        annualExtraction: prng.int(5, 80) * 1_000,
        section52Dispensation: dispensed,
        ...(dispensed ? { acceptedMaterials: subset(prng, SOIL_MATERIALS), acceptedClasses: [0, 1] } : {}),
      };
    }
  }
}

/** `count` sites; the same count and seed always give the same collection. */
export function generateSites(count: number, seed: number): SiteCollection {
  const prng = createPrng(seed);
  const { west, east, south, north } = BENCH_AREA;
  // 5 decimals ≈ 1 m: what a planner would type, and it keeps the file small.
  const coord = (lo: number, hi: number) => Math.round((lo + prng.next() * (hi - lo)) * 1e5) / 1e5;
  const features: Site[] = [];
  for (let i = 0; i < count; i++) {
    features.push({
      type: "Feature",
      geometry: { type: "Point", coordinates: [coord(west, east), coord(south, north)] },
      properties: properties(prng, i, count),
    });
  }
  return { type: "FeatureCollection", schema: SITE_SCHEMA_ID, features };
}
