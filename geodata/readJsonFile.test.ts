import { describe, expect, it } from "vitest";
import { parseJson } from "./lib/readJsonFile";

const faultOf = (text: string) => {
  const read = parseJson("x.geojson", text);
  return read.ok ? undefined : read.fault.message;
};

describe("parseJson", () => {
  it("gives line and column when the parser names a position", () => {
    expect(faultOf('{\n  "a": 1,\n  "b" 2\n}')).toMatch(/^not valid JSON at line 3, column 7: /);
  });

  it("finds the place itself when the parser names none", () => {
    expect(faultOf('{\n  "type": x\n}')).toMatch(
      /^not valid JSON at line 2, column 11: Unexpected token 'x'/,
    );
  });

  it("points past the last character when the text ends too soon", () => {
    expect(faultOf('{"a": [1,')).toMatch(
      /^not valid JSON at line 1, column 10: Unexpected end of JSON input/,
    );
  });

  it("returns the value of valid JSON", () => {
    expect(parseJson("x.geojson", '{"a": [1]}')).toEqual({ ok: true, value: { a: [1] } });
  });
});
