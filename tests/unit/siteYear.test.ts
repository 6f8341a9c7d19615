import { describe, expect, it } from "vitest";
import { activeInYear } from "../../src/domain/siteYear";

describe("activeInYear", () => {
  it("shows a site whose window touches the year by a single day at either end", () => {
    expect(activeInYear({ availableFrom: "2027-12-31", availableTo: "2029-01-01" }, 2027)).toBe(true);
    expect(activeInYear({ availableFrom: "2027-12-31", availableTo: "2029-01-01" }, 2029)).toBe(true);
  });

  it("hides a site whose window ends before or starts after the year", () => {
    expect(activeInYear({ availableFrom: "2026-01-01", availableTo: "2026-12-31" }, 2027)).toBe(false);
    expect(activeInYear({ availableFrom: "2028-01-01" }, 2027)).toBe(false);
  });

  it("takes open ends as open", () => {
    expect(activeInYear({}, 2035)).toBe(true);
    expect(activeInYear({ availableTo: "2030-06-30" }, 2026)).toBe(true);
    expect(activeInYear({ availableFrom: "2020-01-01" }, 2037)).toBe(true);
  });
});
