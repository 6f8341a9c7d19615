import { describe, expect, it } from "vitest";
import { haulDistanceKm } from "../../../src/domain/distance";
import { geodesicOracle, matrixOracle } from "../../../src/domain/match/oracle";
import { pointSite, receiver, source } from "../helpers";
import { partyOf } from "./arbitraries";

describe("geodesicOracle", () => {
  it("gives geodesic × circuity from sources to receivers and receivers to pits", () => {
    const S = [source("s", 12.1, 55.6)].map(partyOf);
    const R = [receiver("r", 12.5, 55.8)].map(partyOf);
    const P = [pointSite(12.3, 56, { id: "p", kind: "pit", material: "sand" })].map(partyOf);
    const o = geodesicOracle(S, R, P, 1.4);
    expect(o.sourceToReceiverKm(0, 0) / haulDistanceKm([12.1, 55.6], [12.5, 55.8], 1.4)).toBeCloseTo(1, 12);
    expect(o.receiverToPitKm(0, 0) / haulDistanceKm([12.5, 55.8], [12.3, 56], 1.4)).toBeCloseTo(1, 12);
  });
});

describe("matrixOracle", () => {
  it("reads row-major matrices and says NaN where there is no route", () => {
    const o = matrixOracle(Float64Array.of(1, 2, 3, Number.POSITIVE_INFINITY), 2, Float64Array.of(7, 8), 1);
    expect([o.sourceToReceiverKm(0, 1), o.sourceToReceiverKm(1, 0), o.receiverToPitKm(1, 0)]).toEqual([
      2, 3, 8,
    ]);
    expect(o.sourceToReceiverKm(1, 1)).toBeNaN();
    expect(o.receiverToPitKm(5, 0)).toBeNaN();
  });
});
