import { describe, expect, it } from "vitest";
import type { MatchFlow } from "../../src/domain/match";
import { flowsToCsv, flowsToGeoJson } from "../../src/io/flowsExport";

const flows: MatchFlow[] = [
  {
    sourceId: "s1",
    receiverId: "r1",
    tonnes: 1234.5,
    distanceKm: 12.3456789,
    costPerTonne: 12.3,
    reuse: true,
  },
  { sourceId: "s2", receiverId: "gone", tonnes: 10, distanceKm: 1, costPerTonne: 1, reuse: false },
];
const points: Record<string, [number, number]> = {
  s1: [12.1234567891, 55.5],
  r1: [12.6, 55.7],
  s2: [12, 55],
};
const names: Record<string, string> = { s1: '=HYPERLINK("x")', r1: "Vold; nord", s2: "Kilde 2" };
const ends = { point: (id: string) => points[id], name: (id: string) => names[id] ?? id };

describe("flowsToGeoJson", () => {
  it("draws each flow from source to receiver with 6 decimals and skips flows without both ends", () => {
    const fc = flowsToGeoJson(flows, ends);
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0]?.geometry.coordinates).toEqual([
      [12.123457, 55.5],
      [12.6, 55.7],
    ]);
    expect(fc.features[0]?.properties).toMatchObject({
      sourceId: "s1",
      receiverId: "r1",
      tonnes: 1234.5,
      reuse: true,
    });
  });
});

describe("flowsToCsv", () => {
  const csv = flowsToCsv(flows, ends);
  const lines = csv.split("\r\n");
  it("starts with a BOM and uses ; and decimal commas", () => {
    expect(csv.startsWith("\uFEFFkilde_id;kilde;")).toBe(true);
    expect(lines[1]).toContain(";1234,5;12,346;ja");
  });
  it("neutralises formulas and quotes separators", () => {
    expect(lines[1]).toContain(`;"'=HYPERLINK(""x"")";`);
    expect(lines[1]).toContain(';"Vold; nord";');
  });
});
