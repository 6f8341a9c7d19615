/**
 * Great-circle distances for many pairs at once. Each site becomes a unit vector (x, y, z) on
 * the sphere once; a pair then costs three subtractions and a square root instead of the six
 * trigonometric calls of a haversine. The result is Turf's haversine distance (same mean Earth
 * radius, 6371.0088 km), computed through the chord: haversine's `a` is (chord / 2)².
 */

/** Mean Earth radius, km: the value Turf's `distance` uses (earthRadius 6371008.8 m). */
export const EARTH_RADIUS_KM = 6371.0088;

const DEG = Math.PI / 180;

/**
 * Unit vectors of lon/lat points, interleaved x0,y0,z0,x1,… Computing the squared chord from
 * coordinate differences (not 2 − 2·dot) keeps full relative precision down to metres.
 */
export function unitVectors(lons: ArrayLike<number>, lats: ArrayLike<number>): Float64Array {
  const n = lons.length;
  const out = new Float64Array(3 * n);
  for (let i = 0; i < n; i++) {
    const lon = (lons[i] as number) * DEG;
    const lat = (lats[i] as number) * DEG;
    const c = Math.cos(lat);
    out[3 * i] = c * Math.cos(lon);
    out[3 * i + 1] = c * Math.sin(lon);
    out[3 * i + 2] = Math.sin(lat);
  }
  return out;
}

/** Squared chord (unit sphere) between point i of `a` and point j of `b`. */
export function chord2(a: Float64Array, i: number, b: Float64Array, j: number): number {
  const dx = (a[3 * i] as number) - (b[3 * j] as number);
  const dy = (a[3 * i + 1] as number) - (b[3 * j + 1] as number);
  const dz = (a[3 * i + 2] as number) - (b[3 * j + 2] as number);
  return dx * dx + dy * dy + dz * dz;
}

/** Great-circle km for a squared unit chord: 2R·asin(chord / 2). */
export function kmOfChord2(c2: number): number {
  const half = Math.sqrt(c2) / 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(half, 1));
}

/** The squared unit chord of a great-circle distance in km (the cut-off test needs no trig). */
export function chord2OfKm(km: number): number {
  const theta = km / EARTH_RADIUS_KM;
  if (theta >= Math.PI) return 4;
  const c = 2 * Math.sin(theta / 2);
  return c * c;
}

/**
 * Turf's haversine, step for step (turf/distance): used where a decision sits on the
 * maximum-haul boundary, so the match and "what fits nearby" (which calls Turf) agree exactly.
 */
export function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (((lat2 - lat1) % 360) * Math.PI) / 180;
  const dLon = (((lon2 - lon1) % 360) * Math.PI) / 180;
  const la1 = ((lat1 % 360) * Math.PI) / 180;
  const la2 = ((lat2 % 360) * Math.PI) / 180;
  const a = Math.sin(dLat / 2) ** 2 + Math.sin(dLon / 2) ** 2 * Math.cos(la1) * Math.cos(la2);
  // Turf's kilometres factor is earthRadius / 1000.
  return 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * (6371008.8 / 1000);
}

/**
 * A lon/lat box that surely holds every point within `km` of (lon, lat): the latitude band is
 * exact (a meridian arc is the shortest way north), the longitude half-width uses
 * hav(d) ≥ cos φ1 cos φ2 hav(Δλ) with the band's largest |φ|. `null` longitudes mean all.
 */
export function searchBox(
  lon: number,
  lat: number,
  km: number,
): { minLon: number; maxLon: number; minLat: number; maxLat: number } {
  const dLatDeg = km / EARTH_RADIUS_KM / DEG;
  const minLat = Math.max(-90, lat - dLatDeg);
  const maxLat = Math.min(90, lat + dLatDeg);
  const phiMax = Math.max(Math.abs(minLat), Math.abs(maxLat)) * DEG;
  const s = Math.sin(km / EARTH_RADIUS_KM / 2) / Math.cos(phiMax);
  // Small margin (1e-9 relative) against rounding at the box edge.
  const dLonDeg = s >= 1 || !Number.isFinite(s) ? 360 : ((2 * Math.asin(s)) / DEG) * (1 + 1e-9) + 1e-12;
  const minLon = lon - dLonDeg;
  const maxLon = lon + dLonDeg;
  if (minLon < -180 || maxLon > 180) return { minLon: -180, maxLon: 180, minLat, maxLat };
  return { minLon, maxLon, minLat: minLat - 1e-12, maxLat: maxLat + 1e-12 };
}
