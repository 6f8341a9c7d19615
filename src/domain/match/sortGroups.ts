/**
 * Sorting millions of arcs fast: within each group (a source's arcs), positions in increasing
 * value, ties by position. The work is per group, so it stays in cache: each group is sorted
 * natively as packed integer keys (a value bucket in the high bits, the position in the group
 * in the low bits: one Uint32 when they fit), and any run sharing a bucket is then put in exact
 * order. +∞ values go last.
 */
export function sortWithinGroups(start: Int32Array, value: Float64Array): Int32Array {
  const groups = start.length - 1;
  const m = value.length;
  const out = new Int32Array(m);
  if (m === 0) return out;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let maxSize = 1;
  for (let g = 0; g < groups; g++)
    maxSize = Math.max(maxSize, (start[g + 1] as number) - (start[g] as number));
  for (let k = 0; k < m; k++) {
    const v = value[k] as number;
    if (v === Number.POSITIVE_INFINITY) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const posBits = Math.max(1, Math.ceil(Math.log2(maxSize)));
  const packed32 = posBits <= 16;
  const bucketBits = packed32 ? 32 - posBits : 52 - posBits;
  const top = 2 ** bucketBits - 1;
  const range = hi > lo ? hi - lo : 0;
  const scale = range > 0 ? (top - 1) / range : 0;
  const posScale = 2 ** posBits;
  // A tiny (denormal) range would make the scale infinite: divide first then.
  const bucket = Number.isFinite(scale)
    ? (v: number) => (v === Number.POSITIVE_INFINITY ? top : Math.floor((v - lo) * scale))
    : (v: number) => (v === Number.POSITIVE_INFINITY ? top : Math.floor(((v - lo) / range) * (top - 1)));
  const keys32 = packed32 ? new Uint32Array(maxSize) : null;
  const keys64 = packed32 ? null : new Float64Array(maxSize);
  for (let g = 0; g < groups; g++) {
    const a0 = start[g] as number;
    const n = (start[g + 1] as number) - a0;
    if (keys32) {
      for (let k = 0; k < n; k++) keys32[k] = (bucket(value[a0 + k] as number) * posScale + k) >>> 0;
      const part = keys32.subarray(0, n);
      part.sort();
      // Low bits by mask: a float remainder would cost more than the sort.
      const mask = posScale - 1;
      for (let k = 0; k < n; k++) out[a0 + k] = a0 + ((part[k] as number) & mask);
    } else if (keys64) {
      for (let k = 0; k < n; k++) keys64[k] = bucket(value[a0 + k] as number) * posScale + k;
      const part = keys64.subarray(0, n);
      part.sort();
      for (let k = 0; k < n; k++) {
        const key = part[k] as number;
        out[a0 + k] = a0 + (key - Math.floor(key / posScale) * posScale);
      }
    }
    // Exact order where a bucket holds different values (positions ascending there already).
    for (let k = a0 + 1; k < a0 + n; k++) {
      const p = out[k] as number;
      const v = value[p] as number;
      let y = k - 1;
      while (y >= a0 && (value[out[y] as number] as number) > v) {
        out[y + 1] = out[y] as number;
        y--;
      }
      out[y + 1] = p;
    }
  }
  return out;
}
