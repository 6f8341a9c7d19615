import {
  type BoundaryFeature,
  type CheckedCollection,
  checkBoundaryCollection,
  featureLabel,
} from "./boundaryCollection";
import type { Fault } from "./faults";
import {
  CHRISTIANSOE_CODE,
  HOVEDSTADEN_MUNICIPALITY_CODES,
  REGION_HOVEDSTADEN_CODE,
} from "./regionHovedstaden";

export const MUNICIPALITIES_FILE = "dagi-kommuner.geojson";
export const REGIONS_FILE = "dagi-regioner.geojson";

const where = (f: BoundaryFeature) => featureLabel(f.index, { kode: f.code, navn: f.name });

/**
 * Checks the municipality file: the shared shape (see checkBoundaryCollection), then that
 * Region Hovedstaden's 29 municipalities and Christiansø are all there with regionskode 1084
 * and that nothing else claims 1084. Returns every fault found.
 */
export function validateMunicipalities(raw: unknown, file = MUNICIPALITIES_FILE): CheckedCollection {
  const checked = checkBoundaryCollection(file, raw, { requireRegionCode: true });
  if (!checked.isCollection) return checked;
  const faults: Fault[] = [...checked.faults];
  const byCode = new Map(checked.features.map((f) => [f.code, f]));
  const expected = new Map<string, string>([
    ...HOVEDSTADEN_MUNICIPALITY_CODES.map((c): [string, string] => [c, "municipality of Region Hovedstaden"]),
    [CHRISTIANSOE_CODE, "Christiansø"],
  ]);
  for (const [code, what] of expected) {
    const f = byCode.get(code);
    // A feature that failed its own checks is not in byCode but is already reported.
    if (f === undefined && !checked.codesSeen.has(code)) {
      faults.push({ file, message: `${code} (${what}) is missing` });
    } else if (f !== undefined && f.regionCode !== REGION_HOVEDSTADEN_CODE) {
      faults.push({
        file,
        where: where(f),
        message: `regionskode is ${f.regionCode}, expected ${REGION_HOVEDSTADEN_CODE} (${what})`,
      });
    }
  }
  for (const f of checked.features) {
    if (f.regionCode === REGION_HOVEDSTADEN_CODE && !expected.has(f.code)) {
      faults.push({
        file,
        where: where(f),
        message: `regionskode is ${REGION_HOVEDSTADEN_CODE} but ${f.code} is not one of Region Hovedstaden's 29 municipalities nor Christiansø`,
      });
    }
  }
  return { ...checked, faults };
}

/** Checks the region file: the shared shape, and that Region Hovedstaden (1084) is in it. */
export function validateRegions(raw: unknown, file = REGIONS_FILE): CheckedCollection {
  const checked = checkBoundaryCollection(file, raw, { requireRegionCode: false });
  if (!checked.isCollection || checked.codesSeen.has(REGION_HOVEDSTADEN_CODE)) return checked;
  return {
    ...checked,
    faults: [
      ...checked.faults,
      { file, message: `region ${REGION_HOVEDSTADEN_CODE} (Region Hovedstaden) is missing` },
    ],
  };
}
