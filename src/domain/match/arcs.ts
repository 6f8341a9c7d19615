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
import { insertSmallest } from "./smallest";
import type { MatchParty } from "./types";

export interface ArcList {
  /** Arcs of source i are start[i] .. start[i+1]-1. */
  start: Int32Array;
  receiver: Int32Array;
  /** Haul distance, km (geodesic × circuity, or the provider's road distance). */
  distanceKm: Float64Array;
  /** When asked for (GeodesicArcOptions.collect). */
  candidates?: CandidateArcs;
}

export interface GeodesicArcOptions {
  maxHaulKm: number;
  circuityFactor: number;
  /**
   * Also collect the solver's first candidates in the same pass (see CandidateArcs), ranked by
   * cost = km × perKm + fee[receiver]: saves the solver a second pass over every arc.
   */
  collect?: { perSource: number; perReceiver: number; perKm: number; fee?: Float64Array };
}

/** Each source's cheapest arcs and each receiver's cheapest, and the largest cost seen. */
export interface CandidateArcs {
  /** Arc indices (a receiver's picks may repeat a source's) and the source of each. */
  arcs: Int32Array;
  sources: Int32Array;
  maxCost: number;
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

  // Candidate collection (optional): each source's kS cheapest, each receiver's kR cheapest.
  const collect = options.collect;
  const kS = collect ? Math.max(0, collect.perSource) : 0;
  const kR = collect ? Math.max(0, collect.perReceiver) : 0;
  const perKm = collect ? collect.perKm : 0;
  const fee = collect?.fee;
  const sCost = new Float64Array(Math.max(kS, 1));
  const sId = new Int32Array(Math.max(kS, 1));
  const rCost = new Float64Array(nr * kR);
  const rId = new Int32Array(nr * kR);
  const rCount = new Int32Array(nr);
  const candArcs: number[] = [];
  const candSources: number[] = [];
  let maxCost = 0;

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
    let cnt = 0;
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
      if (collect) {
        const c = km * perKm + (fee ? (fee[j] as number) : 0);
        if ((c < 0 ? -c : c) > maxCost) maxCost = c < 0 ? -c : c;
        if (cnt < kS || c < (sCost[kS - 1] as number)) cnt = insertSmallest(sCost, sId, 0, cnt, kS, c, count);
        if (kR > 0) {
          const rc = rCount[j] as number;
          if (rc < kR || c < (rCost[j * kR + kR - 1] as number)) {
            rCount[j] = insertSmallest(rCost, rId, j * kR, rc, kR, c, count);
          }
        }
      }
      count++;
    }
    for (let t = 0; t < cnt; t++) {
      candArcs.push(sId[t] as number);
      candSources.push(i);
    }
  }
  buf.count = count;
  start[ns] = count;
  const list = buf.done(start);
  if (collect) {
    for (let j = 0; j < nr; j++) {
      for (let t = 0; t < (rCount[j] as number); t++) {
        const a = rId[j * kR + t] as number;
        candArcs.push(a);
        candSources.push(sourceOfArc(start, a));
      }
    }
    list.candidates = { arcs: Int32Array.from(candArcs), sources: Int32Array.from(candSources), maxCost };
  }
  return list;
}

/** The source of arc a (arcs are grouped by source). */
function sourceOfArc(start: Int32Array, a: number): number {
  let lo = 0;
  let hi = start.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((start[mid] as number) <= a) lo = mid;
    else hi = mid - 1;
  }
  return lo;
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
