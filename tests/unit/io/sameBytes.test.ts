import { describe, expect, it } from "vitest";
import { sameBytes } from "../../../src/io/formats/sameBytes";

const bytes = (...b: number[]) => new Uint8Array(b);

describe("sameBytes", () => {
  it("is true for equal content in different arrays", () => {
    expect(sameBytes(bytes(1, 2, 3, 4, 5, 6), bytes(1, 2, 3, 4, 5, 6))).toBe(true);
  });

  it("sees a difference in the words and in the tail, and a different length", () => {
    expect(sameBytes(bytes(1, 2, 3, 4, 5), bytes(1, 9, 3, 4, 5))).toBe(false);
    expect(sameBytes(bytes(1, 2, 3, 4, 5), bytes(1, 2, 3, 4, 6))).toBe(false);
    expect(sameBytes(bytes(1, 2, 3, 4), bytes(1, 2, 3, 4, 0))).toBe(false);
  });

  it("compares views that do not start on a 4-byte boundary", () => {
    const a = bytes(0, 1, 2, 3, 4, 5, 6, 7, 8).subarray(1);
    const b = bytes(1, 2, 3, 4, 5, 6, 7, 8);
    expect(sameBytes(a, b)).toBe(true);
    expect(sameBytes(a, bytes(1, 2, 3, 4, 5, 6, 7, 9))).toBe(false);
  });
});
