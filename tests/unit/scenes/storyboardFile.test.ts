import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MATERIALS } from "../../../src/domain/materials";
import type { Scene, Storyboard } from "../../../src/domain/scenes/scene";
import {
  MAX_STORYBOARD_FILE_CHARS,
  parseStoryboardText,
  readStoryboard,
  serializeStoryboard,
  storyboardFileName,
} from "../../../src/domain/scenes/storyboardFile";
import { formatStoryboardIssue, validateStoryboard } from "../../../src/domain/scenes/storyboardSchema";
import { aResult, scene } from "./sceneFixtures";

const file = (scenes: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ schema: "jordbalance/storyboard@1", title: "Workshop", scenes, ...extra });

function issuesOf(text: string) {
  const r = parseStoryboardText(text);
  if (r.ok) throw new Error("expected issues");
  return r.issues;
}

describe("storyboard file", () => {
  it("round-trips a storyboard with a match result", () => {
    const board: Storyboard = {
      schema: "jordbalance/storyboard@1",
      title: "Workshop 3",
      scenes: [scene("a", { result: aResult(), panel: "match" }), scene("b", { year: null })],
    };
    expect(parseStoryboardText(serializeStoryboard(board))).toEqual({ ok: true, storyboard: board });
  });

  it("keeps a scene's forecast estimate and refuses one it does not know, naming the field", () => {
    const high = scene("a", { panel: "balance", scenario: "high" });
    const read = parseStoryboardText(file([high]));
    expect(read.ok && read.storyboard.scenes[0]?.scenario).toBe("high");
    const issues = issuesOf(file([{ ...high, scenario: "extreme" }]));
    expect(issues.map(formatStoryboardIssue).join("\n")).toMatch(/scene 1.*scenario/);
  });

  it("round-trips any scenes (property)", () => {
    const camera = fc.record(
      {
        lon: fc.double({ min: -180, max: 180, noNaN: true }),
        lat: fc.double({ min: -85, max: 85, noNaN: true }),
        zoom: fc.double({ min: 0, max: 22, noNaN: true }),
        bearing: fc.double({ min: -360, max: 360, noNaN: true }),
        pitch: fc.double({ min: 0, max: 85, noNaN: true }),
      },
      { requiredKeys: ["lon", "lat", "zoom"] },
    );
    const positive = fc.double({ min: 0.01, max: 1e6, noNaN: true });
    const arbScene: fc.Arbitrary<Scene> = fc.record({
      id: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ""),
      name: fc
        .string({ minLength: 1, maxLength: 50 })
        .map((s) => s.trim())
        .filter((s) => s !== ""),
      camera,
      layers: fc.record({ source: fc.boolean(), receiver: fc.boolean(), pit: fc.boolean() }),
      year: fc.option(fc.integer({ min: 2000, max: 2100 }), { nil: null }),
      selection: fc.oneof(
        fc.constant({ type: "none" as const }),
        fc.record({ type: fc.constant("site" as const), id: fc.string({ minLength: 1 }) }),
        fc.record({ type: fc.constant("municipality" as const), code: fc.stringMatching(/^\d{4}$/) }),
      ),
      panel: fc.constantFrom("explore" as const, "match" as const, "balance" as const),
      match: fc.record({
        objective: fc.constantFrom("tkm" as const, "co2" as const, "cost" as const),
        year: fc.option(fc.integer({ min: 2000, max: 2100 }), { nil: null }),
        haulPriceDkkPerTonneKm: fc.double({ min: 0, max: 100, noNaN: true }),
        params: fc.record({
          circuityFactor: positive,
          maxHaulKm: positive,
          truckLoadTonnes: positive,
          co2eKgPerTonneKm: fc.double({ min: 0, max: 10, noNaN: true }),
          densityTPerM3: fc.record(
            Object.fromEntries(MATERIALS.map((m) => [m, positive])) as Record<
              (typeof MATERIALS)[number],
              fc.Arbitrary<number>
            >,
          ),
          averageSoilDensityTPerM3: positive,
        }),
      }),
    });
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.uniqueArray(arbScene, { selector: (s) => s.id, maxLength: 6 }),
        (title, scenes) => {
          const board: Storyboard = { schema: "jordbalance/storyboard@1", title, scenes };
          const back = parseStoryboardText(serializeStoryboard(board));
          // JSON writes -0 as 0; everything else comes back exactly.
          expect(back).toEqual({ ok: true, storyboard: JSON.parse(JSON.stringify(board)) });
        },
      ),
      { numRuns: 60 },
    );
  });

  it("names the scene and the field of each problem", () => {
    const issues = issuesOf(
      file([
        scene("a"),
        { ...scene("b"), camera: { lon: 12, lat: 55, zoom: 40 } },
        { ...scene("c"), name: "" },
      ]),
    );
    expect(issues).toEqual([
      expect.objectContaining({ scene: 2, field: "camera.zoom" }),
      { scene: 3, field: "name", message: "name is empty" },
    ]);
    expect(formatStoryboardIssue({ scene: 3, field: "name", message: "name is empty" })).toBe(
      "scene 3, name: name is empty",
    );
    expect(formatStoryboardIssue({ scene: null, field: "schema", message: "x" })).toBe("schema: x");
  });

  it("checks the match result of a scene", () => {
    const result = { ...aResult(), flows: [{ sourceId: "s1", tonnes: -3 }] };
    const fields = issuesOf(file([scene("a", { result: result as never })])).map(
      (i) => `${i.scene} ${i.field}`,
    );
    expect(fields).toContain("1 result.flows.0.receiverId");
    expect(fields).toContain("1 result.flows.0.tonnes");
  });

  it("refuses duplicate scene ids, naming the second", () => {
    expect(issuesOf(file([scene("a"), scene("b"), scene("a")]))).toEqual([
      { scene: 3, field: "id", message: 'duplicate id "a"' },
    ]);
  });

  it("refuses what is not a storyboard: other JSON, a wrong schema, broken JSON, too much text", () => {
    expect(issuesOf("[]")[0]).toMatchObject({ scene: null });
    expect(issuesOf(file([], { schema: "jordbalance/workspace@1" }))).toEqual([
      { scene: null, field: "schema", message: 'expected "jordbalance/storyboard@1"' },
    ]);
    expect(issuesOf('{"schema": ')[0]).toMatchObject({
      field: "file",
      message: expect.stringMatching(/JSON/),
    });
    expect(issuesOf(" ".repeat(MAX_STORYBOARD_FILE_CHARS + 1))[0]?.message).toMatch(/at most/);
  });

  it("drops __proto__ keys anywhere before anything is read", () => {
    const text = file([{ ...scene("a"), selection: { type: "none" } }]).replace(
      '"selection":{',
      '"selection":{"__proto__":{"polluted":true},',
    );
    const r = parseStoryboardText(text.replace('"title":', '"__proto__":{"polluted":true},"title":'));
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (r.ok) expect(Object.getPrototypeOf(r.storyboard.scenes[0]?.selection)).toBe(Object.prototype);
  });

  it("reads an already parsed value the same way", () => {
    const board = { schema: "jordbalance/storyboard@1", title: "", scenes: [scene("a")] };
    expect(readStoryboard(structuredClone(board))).toEqual({ ok: true, storyboard: board });
    expect(validateStoryboard({ ...board, scenes: "x" }).ok).toBe(false);
  });

  it("names the file by date", () => {
    expect(storyboardFileName(new Date("2026-03-04T10:00:00Z"))).toBe(
      "jordbalance_storyboard_2026-03-04.json",
    );
  });
});
