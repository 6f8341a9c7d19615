import { describe, expect, it } from "vitest";
import { DEFAULT_PARAMETERS } from "../../src/domain/params";
import { densityOfSite, quantityM3, quantityTonnes, truckLoads } from "../../src/domain/units";

describe("units", () => {
  it("converts a source's in-situ m³ with its material's density", () => {
    expect(quantityTonnes({ kind: "source", material: "clay", quantity: 1000, unit: "m3" })).toBeCloseTo(
      1850,
    );
    expect(quantityTonnes({ kind: "source", material: "topsoil", quantity: 100, unit: "m3" })).toBeCloseTo(
      145,
    );
  });
  it("converts a receiver's or pit's m³ with the average soil density", () => {
    expect(quantityTonnes({ kind: "receiver", quantity: 1000, unit: "m3" })).toBeCloseTo(1650);
    expect(quantityTonnes({ kind: "pit", material: "gravel", quantity: 1000, unit: "m3" })).toBeCloseTo(1650);
    expect(densityOfSite({ kind: "pit", material: "gravel" })).toBe(1.65);
  });
  it("leaves tonnes as they are and converts back to m³", () => {
    expect(quantityTonnes({ kind: "source", material: "sand", quantity: 42, unit: "t" })).toBe(42);
    expect(quantityM3({ kind: "source", material: "sand", quantity: 160, unit: "t" })).toBeCloseTo(100);
    expect(quantityM3({ kind: "receiver", quantity: 7, unit: "m3" })).toBe(7);
  });
  it("uses edited densities", () => {
    const params = { ...DEFAULT_PARAMETERS, densityTPerM3: { ...DEFAULT_PARAMETERS.densityTPerM3, clay: 2 } };
    expect(quantityTonnes({ kind: "source", material: "clay", quantity: 10, unit: "m3" }, params)).toBe(20);
  });
  it("counts whole truck loads from tonnes", () => {
    expect(truckLoads(0)).toBe(0);
    expect(truckLoads(25)).toBe(1);
    expect(truckLoads(25.1)).toBe(2);
    expect(truckLoads(1000, 20)).toBe(50);
  });
});
