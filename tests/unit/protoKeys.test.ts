import { describe, expect, it } from "vitest";
import { dropProtoKeys } from "../../src/domain/protoKeys";

describe("dropProtoKeys", () => {
  it("removes own __proto__ keys at any depth and counts them, keeping the rest", () => {
    const value = JSON.parse('{"a":1,"__proto__":{"x":1},"b":[{"__proto__":{"y":2},"c":3}]}');
    expect(dropProtoKeys(value)).toBe(2);
    expect(value).toEqual({ a: 1, b: [{ c: 3 }] });
    expect(Object.hasOwn(value, "__proto__")).toBe(false);
    expect(dropProtoKeys(null)).toBe(0);
    expect(dropProtoKeys("text")).toBe(0);
  });
});
