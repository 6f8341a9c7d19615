import { describe, expect, it } from "vitest";
import { duplicateIds, freshSiteId, planImport } from "../../../src/state/document/importPlan";
import { documentFromSites, entryList, getSite } from "../../../src/state/document/siteDocument";
import { applyTransaction } from "../../../src/state/document/transactions";
import { source } from "../helpers";

const doc = documentFromSites([source("a", 12.5, 55.7), source("b", 12.5, 55.7), source("b-2", 12.5, 55.7)]);
const incoming = [
  source("b", 12.6, 55.6, { name: "incoming b" }),
  source("a", 12.6, 55.6, { name: "incoming a" }),
  source("new", 12.6, 55.6),
];

describe("planImport", () => {
  it("lists the ids the document already holds", () => {
    expect(duplicateIds(doc, incoming)).toEqual(["b", "a"]);
  });

  it("skips, replaces or keeps both as the user chose, in one transaction", () => {
    const plan = planImport(doc, incoming, (id) => (id === "a" ? "replace" : "keep_both"));
    expect(plan.renamed).toEqual([{ from: "b", to: "b-3" }]);
    const result = applyTransaction(doc, plan.tx);
    if (!result.ok) throw new Error("refused");
    expect(entryList(result.doc).map((e) => e.site.properties.id)).toEqual(["a", "b", "b-2", "b-3", "new"]);
    expect(getSite(result.doc, "a")?.properties.name).toBe("incoming a");
    expect(getSite(result.doc, "b-3")?.properties.name).toBe("incoming b");
    expect(getSite(result.doc, "b")?.properties.name).toBe("b");
  });

  it("leaves skipped sites out and says which", () => {
    const plan = planImport(doc, incoming, () => "skip");
    expect(plan.skipped).toEqual(["b", "a"]);
    expect(plan.tx.ops).toHaveLength(1);
  });

  it("never picks a fresh id another incoming site uses", () => {
    expect(freshSiteId(doc, "a", new Set(["a-2"]))).toBe("a-3");
    expect(freshSiteId(doc, "free")).toBe("free");
  });
});
