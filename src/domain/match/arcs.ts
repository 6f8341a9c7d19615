/**
 * The arc list: every allowed source → receiver pair with its haul distance. A pair is allowed
 * when the pair rules let it (compat.ts, i.e. staticMismatch) and the haul is within the
 * maximum; capacity is the solver's business. A k-d tree over the receivers limits each source
 * to a box that surely holds every receiver in range, and the exact test is on the squared
 * chord between precomputed unit vectors.
 */
import KDBush from "kdbush";
import type { CompatTable } from "./compat";
import { daysOverlap } from "./days";
import { chord2OfKm, EARTH_RADIUS_KM, haversineKm, searchBox, unitVectors } from "./geodesic";
import type { MatchParty } from "./types";

export interface ArcList {
  /** Arcs of source i are start[i] .. start[i+1]-1. */
  start: Int32Array;
  receiver: Int32Array;
  /** Haul distance, km (geodesic × circuity, or the provider's road distance). */
  distanceKm: Float64Array;
}

export interface GeodesicArcOptions {
  maxHaulKm: number;
  circuityFactor: number;
}

/** Grows typed arrays by doubling while arcs are appended. */
class ArcBuffer {
  receiver: Int32Array;
  distanceKm: Float64Array;
  count = 0;
  constructor(initial: number) {
    this.receiver = new Int32Array(Math.max(16, initial));
    this.distanceKm = new Float64Array(Math.max(16, initial));
  }
  grow(): void {
    const r = new Int32Array(this.receiver.length * 2);
    r.set(this.receiver);
    const d = new Float64Array(this.distanceKm.length * 2);
    d.set(this.distanceKm);
    this.receiver = r;
    this.distanceKm = d;
  }
  done(start: Int32Array): ArcList {
    return {
      start,
      // Views, not copies: copying 2-3 million arcs would cost more than it saves.
      receiver: this.receiver.subarray(0, this.count),
      distanceKm: this.distanceKm.subarray(0, this.count),
    };
  }
}

function partyArrays(parties: readonly MatchParty[]) {
  const n = parties.length;
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  const from = new Float64Array(n);
  const to = new Float64Array(n);
  parties.forEach((p, k) => {
    lon[k] = p.lon;
    lat[k] = p.lat;
    from[k] = p.fromDay;
    to[k] = p.toDay;
  });
  return { lon, lat, from, to };
}

/** Allowed arcs with geodesic × circuity distances (the default distance provider, fused). */
export function buildGeodesicArcs(
  sources: readonly MatchParty[],
  receivers: readonly MatchParty[],
  compat: CompatTable,
  options: GeodesicArcOptions,
): ArcList {
  const ns = sources.length;
  const nr = receivers.length;
  const { maxHaulKm, circuityFactor } = options;
  const start = new Int32Array(ns + 1);
  // Room for every pair up to 16 M arcs: growing by copies costs more than the memory.
  const buf = new ArcBuffer(Math.min(ns * nr, 1 << 24));
  if (ns === 0 || nr === 0) return buf.done(start);

  const S = partyArrays(sources);
  const R = partyArrays(receivers);
  const us = unitVectors(S.lon, S.lat);
  const ur = unitVectors(R.lon, R.lat);
  const index = new KDBush(nr);
  for (let j = 0; j < nr; j++) index.add(R.lon[j] as number, R.lat[j] as number);
  index.finish();

  const geoMaxKm = maxHaulKm / circuityFactor;
  // Pairs within 1e-9 of the limit are re-decided with Turf's own formula (see below).
  const c2Max = chord2OfKm(geoMaxKm * (1 + 1e-9));
  const sureKm = maxHaulKm * (1 - 1e-9);
  const kmPerChordHalf = 2 * EARTH_RADIUS_KM * circuityFactor;
  const { code, sourceProfile, receiverProfile, receiverProfiles } = compat;
  const rFrom = R.from;
  const rTo = R.to;

  // Hot loop: the output arrays and the count live in locals (written back when growing).
  let outR = buf.receiver;
  let outD = buf.distanceKm;
  let count = 0;
  for (let i = 0; i < ns; i++) {
    start[i] = count;
    const box = searchBox(S.lon[i] as number, S.lat[i] as number, geoMaxKm * (1 + 1e-9));
    const ids = index.range(box.minLon, box.minLat, box.maxLon, box.maxLat);
    const row = (sourceProfile[i] as number) * receiverProfiles;
    const sFrom = S.from[i] as number;
    const sTo = S.to[i] as number;
    const sx = us[3 * i] as number;
    const sy = us[3 * i + 1] as number;
    const sz = us[3 * i + 2] as number;
    if (count + ids.length > outR.length) {
      buf.count = count;
      while (count + ids.length > buf.receiver.length) buf.grow();
      outR = buf.receiver;
      outD = buf.distanceKm;
    }
    for (let k = 0; k < ids.length; k++) {
      const j = ids[k] as number;
      if (code[row + (receiverProfile[j] as number)] !== 0) continue;
      if (!daysOverlap(sFrom, sTo, rFrom[j] as number, rTo[j] as number)) continue;
      const dx = sx - (ur[3 * j] as number);
      const dy = sy - (ur[3 * j + 1] as number);
      const dz = sz - (ur[3 * j + 2] as number);
      const c2 = dx * dx + dy * dy + dz * dz;
      if (c2 > c2Max) continue;
      const half = Math.sqrt(c2) / 2;
      let km = kmPerChordHalf * Math.asin(Math.min(half, 1));
      if (km > sureKm) {
        // On the boundary: decide exactly as "what fits nearby" does (Turf haversine × circuity).
        km =
          haversineKm(S.lon[i] as number, S.lat[i] as number, R.lon[j] as number, R.lat[j] as number) *
          circuityFactor;
        if (km > maxHaulKm) continue;
      }
      outR[count] = j;
      outD[count] = km;
      count++;
    }
  }
  buf.count = count;
  start[ns] = count;
  return buf.done(start);
}

/**
 * Allowed arcs from a distance matrix (row-major, sources × receivers, km; non-finite = no
 * route), as a road-distance provider returns it.
 */
export function buildMatrixArcs(
  sources: readonly MatchParty[],
  receivers: readonly MatchParty[],
  compat: CompatTable,
  matrixKm: Float64Array,
  maxHaulKm: number,
): ArcList {
  const ns = sources.length;
  const nr = receivers.length;
  const start = new Int32Array(ns + 1);
  const buf = new ArcBuffer(Math.min(ns * nr, 1 << 20));
  const { code, sourceProfile, receiverProfile, receiverProfiles } = compat;
  for (let i = 0; i < ns; i++) {
    start[i] = buf.count;
    const s = sources[i] as MatchParty;
    const row = (sourceProfile[i] as number) * receiverProfiles;
    for (let j = 0; j < nr; j++) {
      if (code[row + (receiverProfile[j] as number)] !== 0) continue;
      const r = receivers[j] as MatchParty;
      if (!daysOverlap(s.fromDay, s.toDay, r.fromDay, r.toDay)) continue;
      const km = matrixKm[i * nr + j] as number;
      if (!(km <= maxHaulKm)) continue;
      if (buf.count === buf.receiver.length) buf.grow();
      buf.receiver[buf.count] = j;
      buf.distanceKm[buf.count] = km;
      buf.count++;
    }
  }
  start[ns] = buf.count;
  return buf.done(start);
}
