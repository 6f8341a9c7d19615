import { describe, expect, it } from "vitest";
import type { BaselinePlan } from "../../../src/domain/match/baseline";
import {
  baselineTotals,
  type FlowSet,
  savingOf,
  systemScenario,
  totalsOfFlows,
} from "../../../src/domain/match/kpis";
import { DEFAULT_MATCH_PARAMS } from "../../../src/domain/match/matchParams";
import { receiver, source } from "../helpers";
import { partyOf } from "./arbitraries";

const params = DEFAULT_MATCH_PARAMS;
const S = [source("a", 12, 55, { quantity: 100 }), source("b", 12, 55, { quantity: 60 })].map(partyOf);
const R = [
  receiver("project", 12, 55, { quantity: 80 }),
  receiver("depot", 12, 55, { receiverType: "depot", quantity: 1000 }),
  receiver("pit", 12, 55, { kind: "pit", section52Dispensation: true, material: "sand", quantity: 50 }),
].map(partyOf);
// a → project 80 t over 10 km, a → pit 20 t over 4 km, b → depot 30 t over 2 km.
const flows: FlowSet = {
  source: Int32Array.of(0, 0, 1),
  receiver: Int32Array.of(0, 2, 1),
  tonnes: Float64Array.of(80, 20, 30),
  km: Float64Array.of(10, 4, 2),
};
const plan: BaselinePlan = {
  disposal: Int32Array.of(1, -1),
  disposalKm: Float64Array.of(20, Number.NaN),
  virginPit: Int32Array.of(0, -1, -1),
  virginKm: Float64Array.of(15, Number.NaN, Number.NaN),
};
const targets = Float64Array.of(80, 0, 0);

describe("totalsOfFlows", () => {
  const t = totalsOfFlows(flows, S, R, params);
  it("counts whole loads per haul, laden truck-km, tonne-km and CO2e", () => {
    expect(t.truckLoads).toBe(4 + 1 + 2);
    expect(t.truckKm).toBe(40 + 4 + 4);
    expect(t.totalTonneKm).toBe(800 + 80 + 60);
    expect(t.totalCo2eKg).toBeCloseTo(940 * 0.095, 12);
    expect(t.totalCostDkk).toBeCloseTo(940 * 1.6 + 30 * 60 + 20 * 20, 9);
  });
  it("keeps reuse and disposal apart; virgin replaced counts projects only", () => {
    expect(t).toMatchObject({
      matchedTonnes: 130,
      unmatchedTonnes: 30,
      reusedTonnes: 100,
      disposedTonnes: 30,
    });
    expect(t.reuseRate).toBeCloseTo(100 / 160, 12);
    expect(t.virginReplacedTonnes).toBe(80);
    expect(t.virginReplacedM3).toBeCloseTo(80 / 1.65, 12);
  });
});

describe("baselineTotals", () => {
  it("disposes of all surplus that has a site and hauls the targets from pits", () => {
    const b = baselineTotals(S, R, plan, targets, params);
    expect(b.matchedTonnes).toBe(100);
    expect(b.unmatchedTonnes).toBe(60);
    expect(b.totalTonneKm).toBe(100 * 20 + 80 * 15);
    expect(b.truckLoads).toBe(4 + 4);
    expect(b.reusedTonnes).toBe(0);
  });
});

describe("systemScenario and savingOf", () => {
  it("adds the rest of each source to its disposal site and tops projects up with virgin", () => {
    const x = systemScenario(flows, S, R, plan, Float64Array.of(100, 0, 0), params);
    // b's last 30 t have no disposal site: unplaced. The project got 80 of 100 t: 20 t virgin.
    expect(x.unplacedTonnes).toBe(30);
    expect(x.virginTonnes).toBe(20);
    expect(x.virginTonneKm).toBe(20 * 15);
    expect(x.tonneKm).toBe(940 + 300);
    const base = systemScenario(null, S, R, plan, Float64Array.of(100, 0, 0), params);
    expect(base.tonneKm).toBe(100 * 20 + 100 * 15);
    expect(base.unplacedTonnes).toBe(60);
    const s = savingOf(base, x);
    expect(s.tonneKm).toBe(base.tonneKm - x.tonneKm);
    expect(s.virginTonnes).toBe(80);
    expect(s.virginM3).toBeCloseTo(80 / 1.65, 12);
  });
});
