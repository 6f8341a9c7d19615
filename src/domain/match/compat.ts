/**
 * Pair rules for the whole instance at once, decided by compatibility.ts `staticMismatch` (the
 * same rule "what fits nearby" uses) so the match and the app can never disagree. Sites fall into
 * a few profiles (material, class, status / accepted materials and classes, kind, dispensation);
 * staticMismatch runs once per pair of profiles with the dates left out, and the dates, which
 * differ from site to site, are compared as day numbers. That split is exact because
 * staticMismatch checks the dates last and independently of the rest.
 */
import { type MismatchReason, staticMismatch } from "../compatibility";
import type { SiteProperties } from "../site";
import { daysOverlap } from "./days";
import type { MatchParty } from "./types";

/** Reasons staticMismatch can give, coded 1..n (0 = fits). */
const CODES: readonly MismatchReason[] = [
  "not_a_receiver",
  "no_dispensation",
  "completed",
  "material",
  "class",
  "dates",
  "capacity",
  "distance",
];

export interface CompatTable {
  sourceProfile: Int32Array;
  receiverProfile: Int32Array;
  receiverProfiles: number;
  /** code[sp * receiverProfiles + rp]: 0 when the profiles fit, else 1 + index in CODES. */
  code: Uint8Array;
}

const sourceKey = (p: SiteProperties) =>
  [p.kind, p.status ?? "", p.material ?? "", p.soilClass ?? ""].join("\u0001");

const receiverKey = (p: SiteProperties) =>
  [
    p.kind,
    String(p.section52Dispensation),
    p.status ?? "",
    [...(p.acceptedMaterials ?? [])].sort().join(","),
    [...(p.acceptedClasses ?? [])].sort().join(","),
  ].join("\u0001");

const withoutDates = (p: SiteProperties): SiteProperties => ({
  ...p,
  availableFrom: undefined,
  availableTo: undefined,
});

function profiles(parties: readonly MatchParty[], key: (p: SiteProperties) => string) {
  const ids = new Map<string, number>();
  const reps: SiteProperties[] = [];
  const of = new Int32Array(parties.length);
  parties.forEach((party, k) => {
    const kk = key(party.props);
    let id = ids.get(kk);
    if (id === undefined) {
      id = reps.length;
      ids.set(kk, id);
      reps.push(withoutDates(party.props));
    }
    of[k] = id;
  });
  return { of, reps };
}

export function compatTable(sources: readonly MatchParty[], receivers: readonly MatchParty[]): CompatTable {
  const s = profiles(sources, sourceKey);
  const r = profiles(receivers, receiverKey);
  const nR = r.reps.length;
  const code = new Uint8Array(s.reps.length * nR);
  s.reps.forEach((sp, a) => {
    r.reps.forEach((rp, b) => {
      const reason = staticMismatch(sp, rp);
      code[a * nR + b] = reason === undefined ? 0 : CODES.indexOf(reason) + 1;
    });
  });
  return { sourceProfile: s.of, receiverProfile: r.of, receiverProfiles: nR, code };
}

/** The first reason source i cannot go to receiver j, distance and capacity aside (as staticMismatch). */
export function pairMismatch(
  table: CompatTable,
  sources: readonly MatchParty[],
  receivers: readonly MatchParty[],
  i: number,
  j: number,
): MismatchReason | undefined {
  const c = table.code[
    (table.sourceProfile[i] as number) * table.receiverProfiles + (table.receiverProfile[j] as number)
  ] as number;
  if (c !== 0) return CODES[c - 1];
  const s = sources[i] as MatchParty;
  const r = receivers[j] as MatchParty;
  return daysOverlap(s.fromDay, s.toDay, r.fromDay, r.toDay) ? undefined : "dates";
}
