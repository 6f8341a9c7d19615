import { describe, expect, it } from "vitest";
import { freeId, newId, slug } from "../../../src/io/formats/ids";

describe("slug", () => {
  it("writes a name as lower-case ASCII words joined by hyphens", () => {
    expect(slug("Støjvold ved Ølstykke, etape 2")).toBe("stoejvold-ved-oelstykke-etape-2");
  });

  it("cuts at a word boundary, at most 40 characters", () => {
    const s = slug("Boligbyggeri med parkeringskælder og regnvandsbassin ved stationen");
    expect(s.length).toBeLessThanOrEqual(40);
    expect(s).toBe("boligbyggeri-med-parkeringskaelder-og");
  });

  it("never returns an empty slug", () => {
    expect(slug("!!!")).toBe("site");
  });
});

describe("freeId", () => {
  it("adds -2, -3 … until the id is free, and takes it", () => {
    const taken = new Set(["a", "a-2"]);
    expect(freeId("a", taken)).toBe("a-3");
    expect(taken.has("a-3")).toBe(true);
    expect(freeId("b", taken)).toBe("b");
  });
});

describe("newId", () => {
  it("builds kind prefix, municipality code and name slug, in the embedded sites' style", () => {
    expect(newId("receiver", "0151", "Støjvold", new Set())).toBe("rcv-0151-stoejvold");
    expect(newId("pit", undefined, "Grusgrav", new Set())).toBe("pit-grusgrav");
  });

  it("gives the same record the same id every time (deterministic)", () => {
    expect(newId("source", "0101", "Metro", new Set())).toBe(newId("source", "0101", "Metro", new Set()));
  });
});
