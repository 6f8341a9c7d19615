import { describe, expect, it } from "vitest";
import { capacityFlowsOf } from "../../../src/domain/forecast/capacityFlows";
import type { MatchResult } from "../../../src/domain/match";

const result = (year?: number) =>
  ({
    flows: [
      { sourceId: "s1", receiverId: "r1", tonnes: 100 },
      { sourceId: "s2", receiverId: "r1", tonnes: 50 },
    ],
    assumptions: year === undefined ? {} : { year },
  }) as unknown as MatchResult;

describe("capacityFlowsOf", () => {
  it("gives each flow its source's window", () => {
    const props = (id: string) =>
      id === "s1"
        ? { availableFrom: "2027-01-01", availableTo: "2028-06-30" }
        : { availableTo: "2030-12-31" };
    expect(capacityFlowsOf(result(), props)).toEqual([
      { receiverId: "r1", tonnes: 100, sourceFrom: "2027-01-01", sourceTo: "2028-06-30" },
      { receiverId: "r1", tonnes: 50, sourceTo: "2030-12-31" },
    ]);
  });

  it("gives nothing for a result pro-rated to one year", () => {
    expect(capacityFlowsOf(result(2028), () => undefined)).toBeUndefined();
  });
});
