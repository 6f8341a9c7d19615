/**
 * Validation of schema v1 (docs/site-schema.md). A collection is read feature by feature:
 * a feature that fails is reported with its id (or index) and the field at fault, and the
 * rest still load.
 */
import { z } from "zod";
import { isSoilMaterial, MATERIALS, SOIL_CLASSES } from "./materials";
import {
  RECEIVER_TYPES,
  SITE_KINDS,
  SITE_SCHEMA_ID,
  SITE_STATUSES,
  type Site,
  type SiteCollection,
} from "./site";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO date yyyy-mm-dd")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, "not a calendar date");

const lon = z.number().finite().min(-180).max(180);
const lat = z.number().finite().min(-90).max(90);
const position = z.tuple([lon, lat]).rest(z.number().finite());
const ring = z
  .array(position)
  .min(4, "a ring needs at least 4 positions")
  .refine((r) => {
    const a = r[0];
    const b = r[r.length - 1];
    return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
  }, "ring is not closed");

const geometry = z.discriminatedUnion("type", [
  z.object({ type: z.literal("Point"), coordinates: position }),
  z.object({ type: z.literal("Polygon"), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);

const soilClass = z.union(
  SOIL_CLASSES.map((c) => z.literal(c)) as [z.ZodLiteral<0>, ...z.ZodLiteral<number>[]],
);

const properties = z
  .looseObject({
    id: z.string().trim().min(1, "id is empty"),
    kind: z.enum(SITE_KINDS),
    name: z.string().trim().min(1, "name is empty").max(300, "name is longer than 300 characters"),
    municipalityCode: z
      .string()
      .regex(/^\d{4}$/, "expected 4 digits")
      .optional(),
    status: z.enum(SITE_STATUSES).optional(),
    illustrative: z.boolean().optional(),
    locationApproximate: z.boolean().optional(),
    material: z.enum(MATERIALS).optional(),
    soilClass: soilClass.optional(),
    acceptedMaterials: z.array(z.enum(MATERIALS)).min(1, "accepts no material").optional(),
    acceptedClasses: z.array(soilClass).optional(),
    receiverType: z.enum(RECEIVER_TYPES).optional(),
    section52Dispensation: z.boolean().optional(),
    annualExtraction: z.number().finite().nonnegative().optional(),
    quantity: z.number({ error: "quantity must be a number" }).finite().nonnegative("quantity is negative"),
    unit: z.enum(["m3", "t"]),
    availableFrom: isoDate.optional(),
    availableTo: isoDate.optional(),
  })
  .superRefine((p, ctx) => {
    const need = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (p.kind !== "receiver" && p.material === undefined) need("material", `a ${p.kind} needs a material`);
    if (
      p.kind === "source" &&
      p.material !== undefined &&
      isSoilMaterial(p.material) &&
      p.soilClass === undefined
    )
      need("soilClass", "a soil source needs its class (klasse 0-4)");
    const acceptsSoil = p.kind === "receiver" || (p.kind === "pit" && p.section52Dispensation === true);
    if (acceptsSoil && p.acceptedMaterials === undefined)
      need("acceptedMaterials", "required for receivers and dispensed pits");
    if (acceptsSoil && p.acceptedClasses === undefined)
      need("acceptedClasses", "required for receivers and dispensed pits");
    if (p.availableFrom && p.availableTo && p.availableFrom > p.availableTo)
      need("availableTo", "ends before availableFrom");
  });

const feature = z.object({
  type: z.literal("Feature"),
  geometry,
  properties,
});

export interface SiteIssue {
  /** The feature's id when it has one, else "#index" (0-based). */
  ref: string;
  field: string;
  message: string;
}

export interface SiteValidation {
  sites: Site[];
  issues: SiteIssue[];
}

/** Own-property read that ignores inherited keys (no prototype surprises from "__proto__"). */
function own(obj: unknown, key: string): unknown {
  return obj !== null && typeof obj === "object" && Object.hasOwn(obj, key)
    ? (obj as Record<string, unknown>)[key]
    : undefined;
}

function refOf(raw: unknown, index: number): string {
  const id = own(own(raw, "properties"), "id");
  return typeof id === "string" && id.trim() !== "" ? id : `#${index}`;
}

/** Validates one feature; returns the site or the issues found. */
export function validateSite(raw: unknown, index = 0): { site: Site } | { issues: SiteIssue[] } {
  const parsed = feature.safeParse(raw);
  if (parsed.success) {
    // The input's own properties, not zod's copy (which drops an own "__proto__" key): every
    // property travels untouched but for the two the schema trims, the id and the name.
    // (Object spread defines "__proto__" as an own data property, it does not set a prototype.)
    const { id, name } = parsed.data.properties;
    const input = raw as Site;
    return { site: { ...input, properties: { ...input.properties, id, name } } };
  }
  const ref = refOf(raw, index);
  return {
    issues: parsed.error.issues.map((i) => ({
      ref,
      field: i.path.filter((k) => k !== "properties").join(".") || "feature",
      message: i.message,
    })),
  };
}

/**
 * Validates a whole schema-v1 collection: keeps every valid feature, reports every invalid
 * one (and every duplicate id after the first) without stopping.
 */
export function validateSiteCollection(
  raw: unknown,
  seenIds: ReadonlySet<string> = new Set(),
): SiteValidation {
  const issues: SiteIssue[] = [];
  if (own(raw, "type") !== "FeatureCollection" || !Array.isArray(own(raw, "features"))) {
    return {
      sites: [],
      issues: [{ ref: "collection", field: "type", message: "not a GeoJSON FeatureCollection" }],
    };
  }
  const schema = own(raw, "schema");
  if (schema !== SITE_SCHEMA_ID) {
    return {
      sites: [],
      issues: [
        {
          ref: "collection",
          field: "schema",
          message: `expected "${SITE_SCHEMA_ID}", found ${schema === undefined ? "none" : JSON.stringify(schema)}`,
        },
      ],
    };
  }
  const ids = new Set(seenIds);
  const sites: Site[] = [];
  (own(raw, "features") as unknown[]).forEach((f, i) => {
    const result = validateSite(f, i);
    if ("issues" in result) {
      issues.push(...result.issues);
      return;
    }
    const id = result.site.properties.id;
    if (ids.has(id)) {
      issues.push({ ref: id, field: "id", message: "duplicate id: this feature was left out" });
      return;
    }
    ids.add(id);
    sites.push(result.site);
  });
  return { sites, issues };
}

/** Wraps sites as a schema-v1 collection. */
export function toSiteCollection(sites: readonly Site[]): SiteCollection {
  return { type: "FeatureCollection", schema: SITE_SCHEMA_ID, features: [...sites] };
}
