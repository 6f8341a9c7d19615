import { describe, expect, it, vi } from "vitest";
import type { ImportInput } from "../../src/io/formats/types";

const seen: { inspect: ImportInput[]; convert: ImportInput[] } = { inspect: [], convert: [] };
vi.mock("../../src/io/formats/registry", () => ({
  inspectFile: async (input: ImportInput) => {
    seen.inspect.push(input);
    return {};
  },
  convertFile: async (input: ImportInput) => {
    seen.convert.push(input);
    return {};
  },
}));
vi.mock("../../src/io/userError", async (original) => ({
  ...(await original<object>()),
  fetchJson: async () => ({ type: "FeatureCollection", features: [] }),
}));

const { createHeavyApi } = await import("../../src/workers/heavyApi");
const copy = (i: ImportInput): ImportInput => ({ fileName: i.fileName, bytes: new Uint8Array(i.bytes) });

describe("the worker's import steps", () => {
  it("convert the very input inspected when the same file comes again, so its parse is reused", async () => {
    const api = createHeavyApi();
    const input = { fileName: "a.csv", bytes: new Uint8Array([1, 2, 3]) };
    await api.inspectImport(1, input, "m.geojson");
    await api.convertImport(2, copy(input), { fields: {} } as never, undefined, "m.geojson");
    expect(seen.convert.at(-1)).toBe(seen.inspect.at(-1));
    // Once converted it is let go: a later convert gets its own input.
    const again = copy(input);
    await api.convertImport(3, again, { fields: {} } as never, undefined, "m.geojson");
    expect(seen.convert.at(-1)).toBe(again);
  });

  it("lets go of the inspected file when the dialog closes", async () => {
    const api = createHeavyApi();
    const input = { fileName: "a.csv", bytes: new Uint8Array([1, 2, 3]) };
    await api.inspectImport(1, input, "m.geojson");
    api.forgetImport();
    const again = copy(input);
    await api.convertImport(2, again, { fields: {} } as never, undefined, "m.geojson");
    expect(seen.convert.at(-1)).toBe(again);
  });

  it("does not take another file with the same name for the one inspected", async () => {
    const api = createHeavyApi();
    await api.inspectImport(1, { fileName: "a.csv", bytes: new Uint8Array([1, 2, 3]) }, "m.geojson");
    const other = { fileName: "a.csv", bytes: new Uint8Array([1, 2, 4]) };
    await api.convertImport(2, other, { fields: {} } as never, undefined, "m.geojson");
    expect(seen.convert.at(-1)).toBe(other);
  });
});
