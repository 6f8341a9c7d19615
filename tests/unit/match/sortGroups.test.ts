import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortWithinGroups } from "../../../src/domain/match/sortGroups";

describe("sortWithinGroups", () => {
  it("orders each group's positions by value, ties by position, +∞ last, like a comparison sort", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.oneof(
              fc.double({ min: 0, max: 1e4, noNaN: true }),
              fc.constantFrom(0, 1, 1 + 1e-12, Number.POSITIVE_INFINITY),
            ),
            { maxLength: 40 },
          ),
          { maxLength: 8 },
        ),
        (groups) => {
          const value = Float64Array.from(groups.flat());
          const start = Int32Array.from([
            0,
            ...groups.map((_, g) => groups.slice(0, g + 1).reduce((n, x) => n + x.length, 0)),
          ]);
          const want = groups.flatMap((grp, g) =>
            grp
              .map((_, k) => (start[g] as number) + k)
              .sort((x, y) => {
                const vx = value[x] as number;
                const vy = value[y] as number;
                return vx === vy ? x - y : vx < vy ? -1 : 1;
              }),
          );
          expect(Array.from(sortWithinGroups(start, value))).toEqual(want);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("falls back to wide keys for a group too large for 32-bit packing", () => {
    const n = 70_000;
    const value = Float64Array.from({ length: n }, (_, k) => (k * 7919) % 1000);
    const out = sortWithinGroups(Int32Array.of(0, n), value);
    for (let k = 1; k < n; k++) {
      const a = value[out[k - 1] as number] as number;
      const b = value[out[k] as number] as number;
      expect(a < b || (a === b && (out[k - 1] as number) < (out[k] as number))).toBe(true);
    }
  });
});
