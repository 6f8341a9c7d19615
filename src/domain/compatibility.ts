/**
 * Whether soil from a source may go to a receiver or pit, and if not, why. These rules are
 * shared by "what fits nearby" and by the optimal match, so both always agree.
 */
import { isSoilMaterial } from "./materials";
import type { SiteProperties } from "./site";

/** Why a pair does not fit, in the order they are checked. */
export type MismatchReason =
  | "not_a_receiver" // the other site is a source, or a pit without §52 dispensation
  | "no_dispensation"
  | "completed"
  | "material"
  | "class"
  | "dates"
  | "capacity"
  | "distance";

/** Inclusive overlap of two date windows (ISO yyyy-mm-dd); an absent end is open. */
export function windowsOverlap(
  aFrom: string | undefined,
  aTo: string | undefined,
  bFrom: string | undefined,
  bTo: string | undefined,
): boolean {
  // ISO dates compare correctly as strings.
  if (aFrom !== undefined && bTo !== undefined && aFrom > bTo) return false;
  if (bFrom !== undefined && aTo !== undefined && bFrom > aTo) return false;
  return true;
}

/** A pit is a receiver only with a §52 dispensation; a source never is. */
export function canReceive(p: SiteProperties): boolean {
  return p.kind === "receiver" || (p.kind === "pit" && p.section52Dispensation === true);
}

/**
 * The first reason, if any, why `source` cannot go to `receiver`, without distance and
 * capacity (those depend on parameters and on what others take).
 */
export function staticMismatch(source: SiteProperties, receiver: SiteProperties): MismatchReason | undefined {
  if (receiver.kind === "pit" && receiver.section52Dispensation !== true) return "no_dispensation";
  if (!canReceive(receiver) || source.kind !== "source") return "not_a_receiver";
  if (source.status === "completed" || receiver.status === "completed") return "completed";
  const material = source.material;
  if (material === undefined || !(receiver.acceptedMaterials ?? []).includes(material)) return "material";
  // A secondary material without a class is decided by the accepted materials alone.
  if (source.soilClass !== undefined || isSoilMaterial(material)) {
    if (source.soilClass === undefined || !(receiver.acceptedClasses ?? []).includes(source.soilClass))
      return "class";
  }
  if (!windowsOverlap(source.availableFrom, source.availableTo, receiver.availableFrom, receiver.availableTo))
    return "dates";
  return undefined;
}
