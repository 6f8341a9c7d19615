/**
 * Input screening: which sites take part in the match, in tonnes, with a point and a window;
 * and which are left out, each with its id and the reason. Nothing here throws on bad data.
 *
 * Decisions (docs/matching.md): an absent date is an open window end, as schema v1 says, not an
 * error; malformed or inverted windows, non-positive or non-numeric quantities, unknown
 * materials and soil sources without a class are reported and left out. Completed sites are
 * left out as having nothing left to move.
 */
import { canReceive } from "../compatibility";
import { representativePoint } from "../distance";
import { isSoilMaterial, MATERIALS, type Material, SOIL_CLASSES } from "../materials";
import { DISPOSAL_RECEIVER_TYPES, SITE_KINDS, type Site } from "../site";
import { quantityTonnes } from "../units";
import { dayNumber, yearShare } from "./days";
import type { ExcludedSite, ExclusionReason, MatchParams, MatchParty } from "./types";

export interface ScreenOptions {
  params: MatchParams;
  /** Pro-rate quantities to this calendar year. */
  year?: number;
}

export interface ScreenedSites {
  sources: MatchParty[];
  /** Receivers and §52-dispensed pits. */
  receivers: MatchParty[];
  /** Every usable pit: where business as usual fetches virgin material. */
  pits: MatchParty[];
  excluded: ExcludedSite[];
}

const isMaterial = (m: unknown): m is Material =>
  typeof m === "string" && (MATERIALS as readonly string[]).includes(m);

export function screenSites(sites: readonly Site[], options: ScreenOptions): ScreenedSites {
  const { params, year } = options;
  const out: ScreenedSites = { sources: [], receivers: [], pits: [], excluded: [] };
  const seen = new Set<string>();

  sites.forEach((site, index) => {
    const p = site?.properties;
    const rawId = p?.id;
    const id = typeof rawId === "string" && rawId.trim() !== "" ? rawId : `#${index}`;
    const exclude = (reason: ExclusionReason, message: string) =>
      out.excluded.push({ id, index, reason, message });

    if (p === undefined || p === null || !(SITE_KINDS as readonly string[]).includes(p.kind)) {
      exclude("unknown_kind", `kind must be one of ${SITE_KINDS.join(", ")}`);
      return;
    }
    if (seen.has(id)) {
      exclude("duplicate_id", "another site has this id; only the first takes part");
      return;
    }
    seen.add(id);
    if (p.status === "completed") {
      exclude("completed", "completed: nothing left to move");
      return;
    }
    if (
      typeof p.quantity !== "number" ||
      !Number.isFinite(p.quantity) ||
      (p.unit !== "t" && p.unit !== "m3")
    ) {
      exclude("bad_quantity", "quantity must be a finite number with unit t or m3");
      return;
    }
    if (p.quantity <= 0) {
      exclude("non_positive_quantity", `quantity ${p.quantity} ${p.unit} is not positive`);
      return;
    }

    // Dates: absent = open; present must be calendar dates in order.
    const from =
      p.availableFrom === undefined ? Number.NEGATIVE_INFINITY : dayNumber(String(p.availableFrom));
    const to = p.availableTo === undefined ? Number.POSITIVE_INFINITY : dayNumber(String(p.availableTo));
    if (from === undefined || to === undefined) {
      exclude("bad_dates", "availableFrom/availableTo must be calendar dates yyyy-mm-dd");
      return;
    }
    if (from > to) {
      exclude("bad_dates", `the window ends (${p.availableTo}) before it starts (${p.availableFrom})`);
      return;
    }

    const receives = canReceive(p);
    if (p.kind !== "receiver") {
      if (!isMaterial(p.material)) {
        exclude(
          "unknown_material",
          `material ${JSON.stringify(p.material)} is not one of ${MATERIALS.join(", ")}`,
        );
        return;
      }
    }
    if (p.kind === "source") {
      const material = p.material as Material;
      const cls = p.soilClass;
      if (cls !== undefined && !(SOIL_CLASSES as readonly number[]).includes(cls)) {
        exclude("missing_class", `soilClass ${JSON.stringify(cls)} is not a klasse 0-4`);
        return;
      }
      if (isSoilMaterial(material) && cls === undefined) {
        exclude("missing_class", "a soil source needs its class (klasse 0-4)");
        return;
      }
    }
    if (receives) {
      const accepted = p.acceptedMaterials;
      if (!Array.isArray(accepted) || !Array.isArray(p.acceptedClasses)) {
        exclude("missing_acceptance", "a receiver needs acceptedMaterials and acceptedClasses");
        return;
      }
      const unknown = accepted.filter((m) => !isMaterial(m));
      if (unknown.length > 0) {
        exclude(
          "unknown_material",
          `accepts unknown material(s) ${unknown.map((m) => JSON.stringify(m)).join(", ")}`,
        );
        return;
      }
    }

    let lon: number;
    let lat: number;
    try {
      [lon, lat] = representativePoint(site.geometry);
    } catch {
      exclude("bad_geometry", "no usable geometry");
      return;
    }
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
      exclude("bad_geometry", "no usable geometry");
      return;
    }

    const fullTonnes = quantityTonnes(p, params);
    let tonnes = fullTonnes;
    if (year !== undefined) {
      const share = yearShare(from, to, year);
      if (share <= 0) {
        exclude("outside_year", `its window does not reach into ${year}`);
        return;
      }
      tonnes = fullTonnes * share;
    }
    const party: MatchParty = {
      index,
      id,
      props: p,
      lon,
      lat,
      tonnes,
      fullTonnes,
      fromDay: from,
      toDay: to,
      reuse: p.kind === "pit" || !DISPOSAL_RECEIVER_TYPES.includes(p.receiverType ?? "landscaping"),
    };
    if (p.kind === "source") out.sources.push(party);
    else {
      if (receives) out.receivers.push(party);
      if (p.kind === "pit") out.pits.push(party);
    }
  });
  return out;
}
