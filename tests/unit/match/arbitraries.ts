// fast-check generators of sites for the pair-rule and arc tests, and a direct Site → MatchParty.
import fc from "fast-check";
import { dayNumber } from "../../../src/domain/match/days";
import type { MatchParty } from "../../../src/domain/match/types";
import { MATERIALS, SOIL_CLASSES } from "../../../src/domain/materials";
import { DISPOSAL_RECEIVER_TYPES, RECEIVER_TYPES, SITE_STATUSES, type Site } from "../../../src/domain/site";

const isoDate = fc
  .date({ min: new Date("2025-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const window = fc
  .tuple(fc.option(isoDate, { nil: undefined }), fc.option(isoDate, { nil: undefined }))
  .map(([a, b]) => (a !== undefined && b !== undefined && a > b ? [b, a] : [a, b]))
  .map(([availableFrom, availableTo]) => ({
    ...(availableFrom !== undefined ? { availableFrom } : {}),
    ...(availableTo !== undefined ? { availableTo } : {}),
  }));
// Copenhagen area, a few tens of km across, so distance cut-offs matter.
const point = fc.tuple(
  fc.double({ min: 12.0, max: 12.8, noNaN: true }),
  fc.double({ min: 55.4, max: 56.1, noNaN: true }),
);

export const sourceSite = fc
  .record({
    point,
    material: fc.constantFrom(...MATERIALS),
    soilClass: fc.option(fc.constantFrom(...SOIL_CLASSES), { nil: undefined }),
    status: fc.option(fc.constantFrom(...SITE_STATUSES), { nil: undefined }),
    window,
    quantity: fc.integer({ min: 1, max: 5000 }),
  })
  .map(
    (r): Site => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: r.point },
      properties: {
        id: "s",
        name: "s",
        kind: "source",
        material: r.material,
        ...(r.soilClass !== undefined ? { soilClass: r.soilClass } : {}),
        ...(r.status !== undefined ? { status: r.status } : {}),
        ...r.window,
        quantity: r.quantity,
        unit: "t",
      },
    }),
  );

export const receiverSite = fc
  .record({
    point,
    pit: fc.boolean(),
    dispensation: fc.boolean(),
    type: fc.constantFrom(...RECEIVER_TYPES),
    accepted: fc.subarray([...MATERIALS], { minLength: 1 }),
    classes: fc.subarray([...SOIL_CLASSES]),
    status: fc.option(fc.constantFrom(...SITE_STATUSES), { nil: undefined }),
    window,
    quantity: fc.integer({ min: 1, max: 5000 }),
  })
  .map(
    (r): Site => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: r.point },
      properties: {
        id: "r",
        name: "r",
        kind: r.pit ? "pit" : "receiver",
        ...(r.pit
          ? { material: "sand" as const, section52Dispensation: r.dispensation }
          : { receiverType: r.type }),
        acceptedMaterials: r.accepted,
        acceptedClasses: r.classes,
        ...(r.status !== undefined ? { status: r.status } : {}),
        ...r.window,
        quantity: r.quantity,
        unit: "t",
      },
    }),
  );

/** Renumbers ids so they are unique. */
export const withIds = (sites: Site[], prefix: string): Site[] =>
  sites.map((s, k) => ({ ...s, properties: { ...s.properties, id: `${prefix}${k}` } }));

export function partyOf(site: Site, index: number): MatchParty {
  const p = site.properties;
  const [lon, lat] = site.geometry.coordinates as [number, number];
  return {
    index,
    id: p.id,
    props: p,
    lon,
    lat,
    tonnes: p.quantity,
    fullTonnes: p.quantity,
    fromDay: p.availableFrom ? (dayNumber(p.availableFrom) as number) : Number.NEGATIVE_INFINITY,
    toDay: p.availableTo ? (dayNumber(p.availableTo) as number) : Number.POSITIVE_INFINITY,
    reuse: p.kind === "pit" || !DISPOSAL_RECEIVER_TYPES.includes(p.receiverType ?? "landscaping"),
  };
}
