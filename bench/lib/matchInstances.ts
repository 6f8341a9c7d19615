/**
 * Seeded random instances in the Copenhagen area for the benchmark and the tests: as many
 * receivers as sources, a pit per twenty sources, realistic materials, classes and windows,
 * tuned so that about 30 % of source-receiver pairs are forbidden by the pair rules.
 * Everything is illustrative.
 */
import { DEFAULT_DENSITY_T_PER_M3, type Material, type SoilClass } from "../../src/domain/materials";
import type { ReceiverType, Site, SiteCollection } from "../../src/domain/site";
import { SITE_SCHEMA_ID } from "../../src/domain/site";

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: () => number, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((a, [, w]) => a + w, 0);
  let x = r() * total;
  for (const [v, w] of items) {
    x -= w;
    if (x < 0) return v;
  }
  return (items[items.length - 1] as readonly [T, number])[0];
}

const day0 = Date.UTC(2026, 0, 1);
const iso = (d: number) => new Date(day0 + d * 86_400_000).toISOString().slice(0, 10);

export interface InstanceOptions {
  /** Total receiver capacity over total surplus. */
  capacityRatio?: number;
  /** Whether some pits hold a §52 dispensation (and so are receivers too); default true. */
  dispensedPits?: boolean;
  /** Box: lon/lat ranges. */
  box?: { lon: [number, number]; lat: [number, number] };
}

/** `n` sources, `n` receivers and n/20 pits, reproducible from `seed`. */
export function copenhagenSites(n: number, seed: number, options: InstanceOptions = {}): Site[] {
  const r = seededRandom(seed);
  const box = options.box ?? { lon: [12.05, 12.65], lat: [55.55, 55.95] };
  const point = (): [number, number] => [
    box.lon[0] + r() * (box.lon[1] - box.lon[0]),
    box.lat[0] + r() * (box.lat[1] - box.lat[0]),
  ];
  const window = (): { availableFrom?: string; availableTo?: string } => {
    if (r() < 0.1) return {}; // open-ended
    const from = Math.floor(r() * 540);
    return { availableFrom: iso(from), availableTo: iso(from + 180 + Math.floor(r() * 540)) };
  };
  const sites: Site[] = [];
  let supply = 0;
  for (let k = 0; k < n; k++) {
    const material = pick<Material>(r, [
      ["clay", 40],
      ["sand", 20],
      ["fill", 20],
      ["mixed", 15],
      ["topsoil", 5],
    ]);
    const soilClass = pick<SoilClass>(r, [
      [0, 35],
      [1, 40],
      [2, 17],
      [3, 6],
      [4, 2],
    ]);
    const tonnes = Math.round(500 + r() * 19_500);
    supply += tonnes;
    const inM3 = r() < 0.5;
    sites.push({
      type: "Feature",
      geometry: { type: "Point", coordinates: point() },
      properties: {
        id: `S${k}`,
        kind: "source",
        name: `Illustrative source ${k}`,
        illustrative: true,
        material,
        soilClass,
        // Quantities in m³ convert back to the same tonnes with the material's density.
        quantity: inM3 ? Math.round((tonnes / DEFAULT_DENSITY_T_PER_M3[material]) * 1000) / 1000 : tonnes,
        unit: inM3 ? "m3" : "t",
        ...window(),
      },
    });
  }
  const capacityRatio = options.capacityRatio ?? 1;
  const weights = Array.from({ length: n }, () => 0.2 + r());
  const wSum = weights.reduce((a, b) => a + b, 0);
  for (let k = 0; k < n; k++) {
    const type = pick<ReceiverType>(r, [
      ["landscaping", 25],
      ["noise_wall", 15],
      ["road_fill", 15],
      ["climate_adaptation", 15],
      ["harbour_fill", 5],
      ["depot", 15],
      ["treatment", 5],
      ["landfill", 5],
    ]);
    const disposal = type === "depot" || type === "treatment" || type === "landfill";
    const acceptedClasses: SoilClass[] = disposal
      ? type === "depot"
        ? [0, 1, 2, 3]
        : [0, 1, 2, 3, 4]
      : r() < 0.55
        ? [0, 1]
        : [0, 1, 2];
    const acceptedMaterials: Material[] = disposal
      ? ["clay", "sand", "fill", "mixed", "topsoil", "gravel"]
      : (["clay", "sand", "fill", "mixed", "topsoil", "gravel"] as Material[]).filter(() => r() < 0.85);
    if (acceptedMaterials.length === 0) acceptedMaterials.push("clay");
    sites.push({
      type: "Feature",
      geometry: { type: "Point", coordinates: point() },
      properties: {
        id: `R${k}`,
        kind: "receiver",
        name: `Illustrative receiver ${k}`,
        illustrative: true,
        receiverType: type,
        acceptedMaterials,
        acceptedClasses,
        quantity: Math.max(1, Math.round(((weights[k] as number) / wSum) * supply * capacityRatio)),
        unit: "t",
        ...window(),
      },
    });
  }
  for (let k = 0; k < Math.max(1, Math.round(n / 20)); k++) {
    const dispensed = r() < 0.3 && options.dispensedPits !== false;
    sites.push({
      type: "Feature",
      geometry: { type: "Point", coordinates: point() },
      properties: {
        id: `P${k}`,
        kind: "pit",
        name: `Illustrative pit ${k}`,
        illustrative: true,
        material: r() < 0.5 ? "sand" : "gravel",
        section52Dispensation: dispensed,
        ...(dispensed
          ? {
              acceptedMaterials: ["clay", "sand", "gravel"] as Material[],
              acceptedClasses: [0] as SoilClass[],
            }
          : {}),
        quantity: Math.round(20_000 + r() * 200_000),
        unit: "m3",
      },
    });
  }
  return sites;
}

export function asCollection(sites: Site[]): SiteCollection {
  return { type: "FeatureCollection", schema: SITE_SCHEMA_ID, features: sites };
}
