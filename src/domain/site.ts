/**
 * The site model: what schema v1 (docs/site-schema.md) describes, as typed data.
 * A Site is a validated GeoJSON Feature whose properties follow the schema; every
 * property the schema does not know is kept untouched in `properties`.
 */
import type { MultiPolygon, Point, Polygon } from "geojson";
import type { Material, SoilClass } from "./materials";

export const SITE_SCHEMA_ID = "jordbalance/sites@1";

export const SITE_KINDS = ["source", "receiver", "pit"] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

export const SITE_STATUSES = ["planned", "approved", "active", "completed"] as const;
export type SiteStatus = (typeof SITE_STATUSES)[number];

export const RECEIVER_TYPES = [
  "noise_wall",
  "landscaping",
  "climate_adaptation",
  "road_fill",
  "harbour_fill",
  "depot",
  "treatment",
  "landfill",
] as const;
export type ReceiverType = (typeof RECEIVER_TYPES)[number];

/** Receiver types where soil is only disposed of, not reused. */
export const DISPOSAL_RECEIVER_TYPES: readonly ReceiverType[] = ["depot", "treatment", "landfill"];

export type QuantityUnit = "m3" | "t";

export type SiteGeometry = Point | Polygon | MultiPolygon;

/** The properties schema v1 names; any other property is the user's own and travels untouched. */
export const SITE_PROPERTY_KEYS = [
  "id",
  "kind",
  "name",
  "municipalityCode",
  "status",
  "illustrative",
  "locationApproximate",
  "material",
  "soilClass",
  "acceptedMaterials",
  "acceptedClasses",
  "receiverType",
  "section52Dispensation",
  "annualExtraction",
  "quantity",
  "unit",
  "availableFrom",
  "availableTo",
] as const;

export interface SiteProperties {
  id: string;
  kind: SiteKind;
  name: string;
  municipalityCode?: string;
  status?: SiteStatus;
  illustrative?: boolean;
  locationApproximate?: boolean;
  material?: Material;
  soilClass?: SoilClass;
  acceptedMaterials?: Material[];
  acceptedClasses?: SoilClass[];
  receiverType?: ReceiverType;
  section52Dispensation?: boolean;
  /** Pits: extraction, m³ per year. */
  annualExtraction?: number;
  quantity: number;
  unit: QuantityUnit;
  /** ISO date (yyyy-mm-dd), inclusive; absent = open-ended. */
  availableFrom?: string;
  /** ISO date (yyyy-mm-dd), inclusive; absent = open-ended. */
  availableTo?: string;
  /** Any property the schema does not name is kept as is. */
  [extra: string]: unknown;
}

export interface Site {
  type: "Feature";
  geometry: SiteGeometry;
  properties: SiteProperties;
}

export interface SiteCollection {
  type: "FeatureCollection";
  schema: typeof SITE_SCHEMA_ID;
  features: Site[];
}
