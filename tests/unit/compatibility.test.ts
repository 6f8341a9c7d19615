import { describe, expect, it } from "vitest";
import { canReceive, staticMismatch, windowsOverlap } from "../../src/domain/compatibility";
import { receiver, source } from "./helpers";

const p = (site: { properties: object }) => site.properties as never;

describe("windowsOverlap", () => {
  it("counts a shared single day (inclusive dates)", () => {
    expect(windowsOverlap("2027-01-01", "2027-03-31", "2027-03-31", "2027-12-31")).toBe(true);
    expect(windowsOverlap("2027-01-01", "2027-03-30", "2027-03-31", undefined)).toBe(false);
    expect(windowsOverlap("2028-01-01", undefined, undefined, "2027-12-31")).toBe(false);
  });
  it("treats absent ends as open", () => {
    expect(windowsOverlap(undefined, undefined, "2030-01-01", "2030-01-02")).toBe(true);
  });
});

describe("staticMismatch", () => {
  const s = source("s", 12, 55, {
    material: "clay",
    soilClass: 1,
    availableFrom: "2027-01-01",
    availableTo: "2027-06-30",
  });
  it("fits when material, class and dates agree", () => {
    expect(staticMismatch(p(s), p(receiver("r", 12, 55)))).toBeUndefined();
  });
  it.each([
    ["material", receiver("r", 12, 55, { acceptedMaterials: ["sand"] })],
    ["class", receiver("r", 12, 55, { acceptedClasses: [0] })],
    ["dates", receiver("r", 12, 55, { availableFrom: "2027-07-01" })],
    ["completed", receiver("r", 12, 55, { status: "completed" })],
    ["no_dispensation", receiver("r", 12, 55, { kind: "pit", section52Dispensation: false })],
    ["not_a_receiver", source("r", 12, 55)],
  ])("reports %s", (reason, r) => {
    expect(staticMismatch(p(s), p(r))).toBe(reason);
  });
  it("lets the accepted materials alone decide for a secondary material without a class", () => {
    const concrete = source("c", 12, 55, { material: "crushed_concrete", soilClass: undefined });
    const road = receiver("r", 12, 55, { acceptedMaterials: ["crushed_concrete"], acceptedClasses: [] });
    expect(staticMismatch(p(concrete), p(road))).toBeUndefined();
  });
  it("offers a pit only with a §52 dispensation", () => {
    expect(canReceive(p(receiver("p", 12, 55, { kind: "pit", section52Dispensation: true })))).toBe(true);
    expect(canReceive(p(receiver("p", 12, 55, { kind: "pit" })))).toBe(false);
  });
});
