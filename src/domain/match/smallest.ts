/** A small sorted window of the k smallest (cost, id) pairs, for candidate lists. */

/** Keeps the k smallest (cost, id) pairs in a sorted scratch window; returns the new count. */
export function insertSmallest(
  costs: Float64Array,
  ids: Int32Array,
  offset: number,
  count: number,
  k: number,
  cost: number,
  id: number,
): number {
  if (count === k && cost >= (costs[offset + k - 1] as number)) return count;
  let p = count === k ? k - 1 : count;
  while (p > 0 && (costs[offset + p - 1] as number) > cost) {
    costs[offset + p] = costs[offset + p - 1] as number;
    ids[offset + p] = ids[offset + p - 1] as number;
    p--;
  }
  costs[offset + p] = cost;
  ids[offset + p] = id;
  return count === k ? k : count + 1;
}
