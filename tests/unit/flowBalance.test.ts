import { describe, expect, it } from "vitest";
import { municipalityFlowBalance } from "../../src/domain/flowBalance";

describe("municipalityFlowBalance", () => {
  const muni: Record<string, string> = { s1: "0101", s2: "0147", r1: "0101", r2: "0167" };
  const flows = [
    { sourceId: "s1", receiverId: "r2", tonnes: 100 },
    { sourceId: "s2", receiverId: "r1", tonnes: 30 },
    { sourceId: "s1", receiverId: "r1", tonnes: 5 },
    { sourceId: "s2", receiverId: "unknown", tonnes: 7 },
  ];
  const byCode = Object.fromEntries(municipalityFlowBalance(flows, (id) => muni[id]).map((b) => [b.code, b]));

  it("counts out, in and internal tonnes per municipality", () => {
    expect(byCode["0101"]).toEqual({
      code: "0101",
      outTonnes: 100,
      inTonnes: 30,
      internalTonnes: 5,
      netTonnes: -70,
    });
    expect(byCode["0147"]).toEqual({
      code: "0147",
      outTonnes: 37,
      inTonnes: 0,
      internalTonnes: 0,
      netTonnes: -37,
    });
    expect(byCode["0167"]?.netTonnes).toBe(100);
  });

  it("keeps flows to sites of unknown municipality under the empty code", () => {
    expect(byCode[""]?.inTonnes).toBe(7);
  });
});
