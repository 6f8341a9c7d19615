import type { Fault } from "./faults";
import { type AreaGeometry, checkAreaGeometry } from "./polygonGeometry";

/** One checked DAGI boundary feature, with the Danish field names mapped to ours. */
export interface BoundaryFeature {
  /** Position in the source file (0-based), used to name the feature in messages. */
  index: number;
  /** DAGI `kode`: 4 digits, leading zeros kept. */
  code: string;
  /** DAGI `navn`. */
  name: string;
  /** DAGI `regionskode` (municipalities only). */
  regionCode?: string;
  geometry: AreaGeometry;
}

export interface CheckedCollection {
  /** False when the input is not a FeatureCollection at all (then nothing else was checked). */
  isCollection: boolean;
  /** Features that passed every per-feature check. */
  features: BoundaryFeature[];
  /** Every `kode` string in the file, including those of features with faults. */
  codesSeen: ReadonlySet<string>;
  faults: Fault[];
}

const FOUR_DIGITS = /^\d{4}$/;

function own(obj: unknown, key: string): unknown {
  return obj !== null && typeof obj === "object" && Object.hasOwn(obj, key)
    ? (obj as Record<string, unknown>)[key]
    : undefined;
}

/** 'feature #3 (0101 København)', with whatever of code and name the feature has. */
export function featureLabel(index: number, props: unknown): string {
  const named = [own(props, "kode"), own(props, "navn")].filter((v) => typeof v === "string" && v !== "");
  return named.length === 0 ? `feature #${index}` : `feature #${index} (${named.join(" ")})`;
}

/**
 * Checks the shape every DAGI boundary file shares: a FeatureCollection of (Multi)Polygon
 * features inside Denmark with a 4-digit `kode`, a `navn` and, when asked, a 4-digit
 * `regionskode`; codes unique. Pure: takes parsed JSON, returns the good features and all faults.
 */
export function checkBoundaryCollection(
  file: string,
  raw: unknown,
  options: { requireRegionCode: boolean },
): CheckedCollection {
  const features = own(raw, "features");
  if (own(raw, "type") !== "FeatureCollection" || !Array.isArray(features)) {
    const message = "not a GeoJSON FeatureCollection with a features array";
    return { isCollection: false, features: [], codesSeen: new Set(), faults: [{ file, message }] };
  }
  const faults: Fault[] = [];
  const good: BoundaryFeature[] = [];
  const labelsByCode = new Map<string, string[]>();
  features.forEach((f: unknown, index) => {
    const props = own(f, "properties");
    const where = featureLabel(index, props);
    const problems = checkAreaGeometry(own(f, "geometry"));
    const code = own(props, "kode");
    const name = own(props, "navn");
    const regionCode = own(props, "regionskode");
    if (typeof code === "string") labelsByCode.set(code, [...(labelsByCode.get(code) ?? []), where]);
    if (typeof code !== "string" || !FOUR_DIGITS.test(code)) {
      problems.push(`kode must be a 4-digit string, found ${JSON.stringify(code)}`);
    }
    if (typeof name !== "string" || name.trim() === "") problems.push("navn is missing or empty");
    if (options.requireRegionCode && (typeof regionCode !== "string" || !FOUR_DIGITS.test(regionCode))) {
      problems.push(`regionskode must be a 4-digit string, found ${JSON.stringify(regionCode)}`);
    }
    faults.push(...problems.map((message) => ({ file, where, message })));
    if (problems.length === 0) {
      good.push({
        index,
        code: code as string,
        name: name as string,
        ...(typeof regionCode === "string" ? { regionCode } : {}),
        geometry: own(f, "geometry") as AreaGeometry,
      });
    }
  });
  for (const [code, labels] of labelsByCode) {
    if (labels.length > 1) faults.push({ file, message: `code ${code} is not unique: ${labels.join(", ")}` });
  }
  return { isCollection: true, features: good, codesSeen: new Set(labelsByCode.keys()), faults };
}
