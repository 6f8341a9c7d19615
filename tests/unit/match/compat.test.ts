import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { staticMismatch } from "../../../src/domain/compatibility";
import { compatTable, pairMismatch } from "../../../src/domain/match/compat";
import { partyOf, receiverSite, sourceSite, withIds } from "./arbitraries";

describe("compatTable and pairMismatch", () => {
  it("give exactly staticMismatch's answer, first reason included, for every pair", () => {
    fc.assert(
      fc.property(
        fc.array(sourceSite, { minLength: 1, maxLength: 12 }),
        fc.array(receiverSite, { minLength: 1, maxLength: 12 }),
        (ss, rr) => {
          const sources = withIds(ss, "s").map(partyOf);
          const receivers = withIds(rr, "r").map(partyOf);
          const table = compatTable(sources, receivers);
          sources.forEach((s, i) => {
            receivers.forEach((r, j) => {
              expect(pairMismatch(table, sources, receivers, i, j)).toBe(staticMismatch(s.props, r.props));
            });
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("groups sites into profiles, so the rule runs once per pair of profiles", () => {
    const s = withIds(fc.sample(sourceSite, { numRuns: 50, seed: 1 }), "s").map(partyOf);
    const same = s.map((p) => ({
      ...p,
      props: { ...p.props, material: "clay" as const, soilClass: 1 as const, status: undefined },
    }));
    const t = compatTable(same, []);
    expect(new Set(t.sourceProfile).size).toBe(1);
    expect(t.receiverProfiles).toBe(0);
  });
});
