import { describe, expect, it } from "vitest";
import { isBusinessAsUsualDisposal, needsVirgin, planBaseline } from "../../../src/domain/match/baseline";
import { compatTable } from "../../../src/domain/match/compat";
import { geodesicOracle } from "../../../src/domain/match/oracle";
import { pointSite, receiver, source } from "../helpers";
import { partyOf } from "./arbitraries";
import { meridianHaulKm } from "./fixtures";

const all = ["clay", "sand", "fill"] as never;
const S = [
  source("clean", 12.4, 55.6, { material: "clay", soilClass: 1 }),
  source("dirty", 12.4, 55.6, { material: "fill", soilClass: 4 }),
].map(partyOf);
const R = [
  receiver("project", 12.4, 55.601, { acceptedMaterials: all, acceptedClasses: [0, 1, 2, 3, 4] }),
  receiver("treat", 12.4, 55.61, {
    receiverType: "treatment",
    acceptedMaterials: all,
    acceptedClasses: [0, 1, 2, 3, 4],
  }),
  receiver("depot", 12.4, 55.65, {
    receiverType: "depot",
    acceptedMaterials: all,
    acceptedClasses: [0, 1, 2, 3],
  }),
  receiver("landfill", 12.4, 56.5, {
    receiverType: "landfill",
    acceptedMaterials: all,
    acceptedClasses: [0, 1, 2, 3, 4],
  }),
  receiver("pit", 12.4, 55.6, { kind: "pit", section52Dispensation: true, material: "sand" }),
].map(partyOf);
const P = [
  pointSite(12.4, 55.7, { id: "far pit", kind: "pit", material: "sand" }),
  pointSite(12.4, 55.62, { id: "near pit", kind: "pit", material: "gravel" }),
].map(partyOf);

describe("planBaseline", () => {
  const plan = planBaseline(S, R, P, compatTable(S, R), geodesicOracle(S, R, P, 1.3));

  it("sends each source to its nearest accepting depot or landfill, treatment only for klasse 3-4", () => {
    // clean: treatment is nearer but only for klasse 3-4; the depot (0.05°) takes it.
    expect(plan.disposal[0]).toBe(2);
    expect(plan.disposalKm[0]).toBeCloseTo(meridianHaulKm(0.05), 9);
    // dirty (klasse 4): the depot takes 0-3 only; treatment (0.01°) is the nearest.
    expect(plan.disposal[1]).toBe(1);
  });

  it("fetches virgin material for projects from the nearest pit, and none for pits or disposal", () => {
    expect(Array.from(plan.virginPit)).toEqual([1, -1, -1, -1, -1]);
    expect(plan.virginKm[0]).toBeCloseTo(meridianHaulKm(0.019), 9);
  });

  it("has no disposal site when nothing accepts the soil", () => {
    const odd = [source("brick", 12.4, 55.6, { material: "crushed_brick", soilClass: undefined })].map(
      partyOf,
    );
    const p = planBaseline(odd, R, [], compatTable(odd, R), geodesicOracle(odd, R, [], 1.3));
    expect(p.disposal[0]).toBe(-1);
    expect(Number.isNaN(p.disposalKm[0])).toBe(true);
  });
});

describe("isBusinessAsUsualDisposal and needsVirgin", () => {
  it("classify receivers", () => {
    expect(isBusinessAsUsualDisposal(S[0] as never, R[3] as never)).toBe(true);
    expect(isBusinessAsUsualDisposal(S[0] as never, R[1] as never)).toBe(false);
    expect(isBusinessAsUsualDisposal(S[1] as never, R[1] as never)).toBe(true);
    // Treatment takes klasse 3 and 4, not 2.
    const k2 = partyOf(source("k2", 12.4, 55.6, { soilClass: 2 }), 0);
    const k3 = partyOf(source("k3", 12.4, 55.6, { soilClass: 3 }), 0);
    expect(isBusinessAsUsualDisposal(k2, R[1] as never)).toBe(false);
    expect(isBusinessAsUsualDisposal(k3, R[1] as never)).toBe(true);
    expect(isBusinessAsUsualDisposal(S[0] as never, R[0] as never)).toBe(false);
    expect(R.map((r) => needsVirgin(r))).toEqual([true, false, false, false, false]);
  });
});
