/** Region Hovedstaden without Bornholm, [w, s, e, n] in degrees: the opening view. */
export const REGION_BBOX: [number, number, number, number] = [11.75, 55.55, 12.75, 56.13];
