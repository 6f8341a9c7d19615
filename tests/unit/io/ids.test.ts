import { describe, expect, it } from "vitest";
import { idAllocator, idBase, slug } from "../../../src/io/formats/ids";

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

describe("idBase", () => {
  it("builds kind prefix, municipality code and name slug, in the embedded sites' style", () => {
    expect(idBase("receiver", "0151", "Støjvold")).toBe("rcv-0151-stoejvold");
    expect(idBase("pit", undefined, "Grusgrav")).toBe("pit-grusgrav");
  });
});

describe("idAllocator", () => {
  it("adds -2, -3 … until the id is free, and takes it", () => {
    const taken = new Set(["a", "a-2"]);
    const allocate = idAllocator(taken);
    expect(allocate("a")).toBe("a-3");
    expect(allocate("a")).toBe("a-4");
    expect(allocate("b")).toBe("b");
    expect(taken.has("a-3")).toBe(true);
  });

  it("gives the same ids in the same order every time (deterministic)", () => {
    const run = () => {
      const allocate = idAllocator(new Set());
      return [allocate("x"), allocate("x"), allocate("y")];
    };
    expect(run()).toEqual(["x", "x-2", "y"]);
    expect(run()).toEqual(run());
  });

  it("stays linear for many records with the same name", () => {
    const allocate = idAllocator(new Set());
    const start = performance.now();
    for (let i = 0; i < 50_000; i++) allocate("src-0101-vejarbejde");
    expect(allocate("src-0101-vejarbejde")).toBe("src-0101-vejarbejde-50001");
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
