/**
 * How the generator writes a site by hand: a point (or a small made-up footprint around it) and
 * the schema-v1 properties, turned into a Site with a fixed property order so the committed
 * GeoJSON diffs cleanly.
 */
import type { Polygon } from "geojson";
import type { Material, SoilClass } from "../../src/domain/materials";
import type {
  QuantityUnit,
  ReceiverType,
  Site,
  SiteKind,
  SiteProperties,
  SiteStatus,
} from "../../src/domain/site";

export type LonLat = [number, number];

export type ProjectType =
  | "housing"
  | "commercial"
  | "road"
  | "rail"
  | "hospital"
  | "school"
  | "climate"
  | "utility"
  | "demolition"
  | "energy"
  | "airport";

interface CommonSpec {
  /** Stable, readable: src-<code>-<slug>, rcv-<slug>, pit-<slug>-<n>. */
  id: string;
  name: string;
  municipalityCode: string;
  /** Representative point, [lon, lat]; a footprint, if any, is centred on it. */
  at: LonLat;
  /** Width × height of a made-up rectangular footprint, metres; absent = a Point. */
  footprintM?: readonly [number, number];
  status: SiteStatus;
  locationApproximate?: boolean;
  quantity: number;
  unit: QuantityUnit;
  availableFrom?: string;
  availableTo?: string;
  /** Public facts and their source, or what is assumed. */
  note?: string;
}

export interface SourceSpec extends CommonSpec {
  material: Material;
  soilClass?: SoilClass;
  projectType: ProjectType;
}

export interface ReceiverSpec extends CommonSpec {
  receiverType: ReceiverType;
  acceptedMaterials: Material[];
  acceptedClasses: SoilClass[];
}

export type PitSpec = CommonSpec & {
  material: "sand" | "gravel" | "clay";
  /** m³ per year. */
  annualExtraction: number;
  /** The raw-material plan area (Råstofplan) the pit lies in. */
  planArea: string;
} & (
    | { section52Dispensation: true; acceptedMaterials: Material[]; acceptedClasses: SoilClass[] }
    | { section52Dispensation: false }
  );

/** Metres per degree of latitude (mean Earth radius 6371.0088 km). */
const M_PER_DEGREE = (6_371_008.8 * Math.PI) / 180;

/** Rounds to 5 decimals, about 1 m: finer digits would claim a precision the data lacks. */
export function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

function rectangle([lon, lat]: LonLat, [widthM, heightM]: readonly [number, number]): Polygon {
  const dx = widthM / 2 / (M_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
  const dy = heightM / 2 / M_PER_DEGREE;
  const [w, e, s, n] = [lon - dx, lon + dx, lat - dy, lat + dy].map(round5) as [
    number,
    number,
    number,
    number,
  ];
  return {
    type: "Polygon",
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  };
}

// Output order of the properties; keys a spec leaves out are skipped.
const KEY_ORDER = [
  "id",
  "kind",
  "name",
  "municipalityCode",
  "status",
  "illustrative",
  "locationApproximate",
  "projectType",
  "receiverType",
  "planArea",
  "material",
  "soilClass",
  "section52Dispensation",
  "acceptedMaterials",
  "acceptedClasses",
  "annualExtraction",
  "quantity",
  "unit",
  "availableFrom",
  "availableTo",
  "note",
] as const;

export function toSite(kind: SiteKind, spec: SourceSpec | ReceiverSpec | PitSpec): Site {
  const { at, footprintM, ...rest } = spec;
  const all: Record<string, unknown> = { ...rest, kind, illustrative: true };
  const unknownKey = Object.keys(all).find((k) => !(KEY_ORDER as readonly string[]).includes(k));
  if (unknownKey) throw new Error(`${spec.id}: property ${unknownKey} has no place in the output order`);
  const properties = Object.fromEntries(
    KEY_ORDER.filter((k) => all[k] !== undefined).map((k) => [k, all[k]]),
  ) as SiteProperties;
  const geometry = footprintM
    ? rectangle(at, footprintM)
    : { type: "Point" as const, coordinates: [round5(at[0]), round5(at[1])] };
  return { type: "Feature", geometry, properties };
}
