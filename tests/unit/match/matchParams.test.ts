import { describe, expect, it } from "vitest";
import { abortError, isAbortError, throwIfAborted } from "../../../src/domain/match/abort";
import {
  DEFAULT_MATCH_PARAMS,
  gateFeeOf,
  OBJECTIVE_UNITS,
  resolveMatchParams,
} from "../../../src/domain/match/matchParams";
import { DEFAULT_PARAMETERS } from "../../../src/domain/params";
import { receiver } from "../helpers";

describe("resolveMatchParams", () => {
  it("starts from the shared defaults and merges overrides, gate fees and densities key by key", () => {
    const p = resolveMatchParams({
      maxHaulKm: 40,
      gateFeeDkkPerTonne: { depot: 99 } as never,
      densityTPerM3: { clay: 2 } as never,
    });
    expect(p.circuityFactor).toBe(DEFAULT_PARAMETERS.circuityFactor);
    expect(p.maxHaulKm).toBe(40);
    expect(p.gateFeeDkkPerTonne.depot).toBe(99);
    expect(p.gateFeeDkkPerTonne.landfill).toBe(DEFAULT_MATCH_PARAMS.gateFeeDkkPerTonne.landfill);
    expect(p.densityTPerM3.clay).toBe(2);
    expect(p.densityTPerM3.sand).toBe(1.6);
    expect(OBJECTIVE_UNITS.co2).toBe("kg CO2e");
  });

  it("rejects values that would make the result meaningless", () => {
    expect(() => resolveMatchParams({ maxHaulKm: 0 })).toThrow(/maxHaulKm/);
    expect(() => resolveMatchParams({ circuityFactor: Number.NaN })).toThrow(/circuityFactor/);
    expect(() => resolveMatchParams({ co2eKgPerTonneKm: -1 })).toThrow(/co2eKgPerTonneKm/);
    expect(() => resolveMatchParams({ gateFeeDkkPerTonne: { pit: -5 } as never })).toThrow(
      /gateFeeDkkPerTonne.pit/,
    );
  });
});

describe("gateFeeOf", () => {
  it("takes the site's own fee, else its type's, dispensed pits as 'pit', no type as 0", () => {
    const p = DEFAULT_MATCH_PARAMS;
    expect(gateFeeOf(receiver("r", 0, 0, { receiverType: "landfill" }).properties, p)).toBe(450);
    expect(
      gateFeeOf(receiver("r", 0, 0, { receiverType: "landfill", gateFeeDkkPerTonne: 12 }).properties, p),
    ).toBe(12);
    expect(gateFeeOf(receiver("r", 0, 0, { kind: "pit", section52Dispensation: true }).properties, p)).toBe(
      20,
    );
    expect(gateFeeOf(receiver("r", 0, 0, { receiverType: undefined }).properties, p)).toBe(0);
    expect(gateFeeOf(receiver("r", 0, 0, { gateFeeDkkPerTonne: -3 }).properties, p)).toBe(0);
  });
});

describe("abort helpers", () => {
  it("throw the signal's reason, or an AbortError", () => {
    const c = new AbortController();
    expect(() => throwIfAborted(c.signal)).not.toThrow();
    expect(() => throwIfAborted(undefined)).not.toThrow();
    c.abort(new Error("user pressed stop"));
    expect(() => throwIfAborted(c.signal)).toThrow("user pressed stop");
    const plain = abortError();
    expect(plain.name).toBe("AbortError");
    expect(isAbortError(plain)).toBe(true);
    expect(isAbortError(new Error("x"))).toBe(false);
    const d = new AbortController();
    d.abort("just a string");
    expect(abortError(d.signal).name).toBe("AbortError");
  });
});
