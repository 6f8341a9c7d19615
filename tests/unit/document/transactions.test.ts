import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Site } from "../../../src/domain/site";
import {
  documentFromSites,
  entryList,
  getSite,
  type SiteDocument,
} from "../../../src/state/document/siteDocument";
import {
  addSite,
  applyTransaction,
  deleteSites,
  importSites,
  moveSite,
  type ResolvedTransaction,
  replayTransaction,
  type Transaction,
  updateSite,
} from "../../../src/state/document/transactions";
import { receiver, source } from "../helpers";

const ids = (doc: SiteDocument) => entryList(doc).map((e) => e.site.properties.id);
/** Everything observable about a document: order, position keys and sites. */
const snapshot = (doc: SiteDocument) => entryList(doc);

function applied(doc: SiteDocument, tx: Transaction) {
  const result = applyTransaction(doc, tx);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.issues)}`);
  return result;
}

const start = () =>
  documentFromSites([
    source("a", 12.5, 55.7, { Kommentar: "behold", extra: { nested: [1] } }),
    receiver("b", 12.6, 55.7),
    source("c", 12.7, 55.7),
  ]);

describe("applyTransaction", () => {
  it("returns an inverse that puts a deleted site back at its position", () => {
    const doc = start();
    const { doc: after, inverse } = applied(doc, deleteSites(["b"]));
    expect(ids(after)).toEqual(["a", "c"]);
    expect(snapshot(replayTransaction(after, inverse).doc)).toEqual(snapshot(doc));
  });

  it("patches properties, keeps unknown ones and removes those patched to undefined", () => {
    const { doc } = applied(start(), updateSite("a", { name: "Ny", status: "approved" }));
    const { doc: cleared } = applied(doc, updateSite("a", { status: undefined }));
    const p = getSite(cleared, "a")?.properties;
    expect(p?.name).toBe("Ny");
    expect(p?.Kommentar).toBe("behold");
    expect(p?.extra).toEqual({ nested: [1] });
    expect(p && "status" in p).toBe(false);
  });

  it("moves a site and sets the municipality the caller derived", () => {
    const geometry = { type: "Point" as const, coordinates: [12.3, 55.8] };
    const { doc } = applied(start(), moveSite("a", geometry, "0240"));
    expect(getSite(doc, "a")?.geometry).toEqual(geometry);
    expect(getSite(doc, "a")?.properties.municipalityCode).toBe("0240");
    const { doc: outside } = applied(doc, moveSite("a", geometry, undefined));
    expect(getSite(outside, "a")?.properties).not.toHaveProperty("municipalityCode");
  });

  it("refuses a whole transaction with an invalid site and changes nothing", () => {
    const doc = start();
    const tx = importSites({
      toAdd: [source("new-1", 12.5, 55.6), source("new-2", 12.5, 55.6, { quantity: -1 })],
      toReplace: [receiver("b", 12.6, 55.7, { name: "changed" })],
    });
    const result = applyTransaction(doc, tx);
    expect(result).toEqual({
      ok: false,
      issues: [{ ref: "new-2", field: "quantity", message: "quantity is negative" }],
    });
    expect(snapshot(doc)).toEqual(snapshot(start()));
  });

  it.each<[string, Transaction, string]>([
    ["an add of a taken id", addSite(source("a", 12, 55)), "a site with this id already exists"],
    [
      "an import replacing a missing id",
      importSites({ toAdd: [], toReplace: [source("zz", 12, 55)] }),
      "no site with this id",
    ],
    ["a patch of a missing id", updateSite("zz", { name: "x" }), "no site with this id"],
    ["a patch that changes the id", updateSite("a", { id: "other" }), "a patch cannot change the id"],
    ["a delete of a missing id", deleteSites(["a", "zz"]), "no site with this id"],
  ])("refuses %s", (_, tx, message) => {
    const doc = start();
    const result = applyTransaction(doc, tx);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.message)).toEqual([message]);
  });

  it("imports adds and replacements as one transaction that one undo reverts", () => {
    const doc = start();
    const tx = importSites({
      toAdd: [source("new-1", 12.5, 55.6), source("new-2", 12.5, 55.6)],
      toReplace: [receiver("b", 12.6, 55.7, { name: "changed" })],
    });
    const { doc: after, inverse, changedIds } = applied(doc, tx);
    expect(ids(after)).toEqual(["a", "b", "c", "new-1", "new-2"]);
    expect(getSite(after, "b")?.properties.name).toBe("changed");
    expect(changedIds.sort()).toEqual(["b", "new-1", "new-2"]);
    expect(snapshot(replayTransaction(after, inverse).doc)).toEqual(snapshot(doc));
  });

  it("applies and undoes a move in a 50,000-site document, sharing every untouched chunk", () => {
    const big = documentFromSites(Array.from({ length: 50_000 }, (_, i) => source(`s${i}`, 12.5, 55.7)));
    const t0 = performance.now();
    const { doc, inverse } = applied(
      big,
      moveSite("s25000", { type: "Point", coordinates: [12.3, 55.8] }, "0240"),
    );
    const undone = replayTransaction(doc, inverse).doc;
    console.info(`move + undo in a 50,000-site document: ${(performance.now() - t0).toFixed(2)} ms`);
    expect(getSite(undone, "s25000")).toBe(getSite(big, "s25000"));
    expect(undone.chunks.filter((c, i) => c === big.chunks[i]).length).toBe(big.chunks.length - 1);
  });

  it("stores the validated site, so the id the schema trims is the one looked up", () => {
    const { doc } = applied(start(), addSite(source("  padded ", 12, 55)));
    expect(getSite(doc, "padded")?.properties.id).toBe("padded");
  });
});

// Property: any sequence of valid transactions, then undo of all, gives the initial document;
// redo of all then gives the final one again.
const idArb = fc.constantFrom("a", "b", "c", "d", "e", "f");
const siteArb = fc
  .record({ id: idArb, quantity: fc.nat(5000), lon: fc.double({ min: 12, max: 13, noNaN: true }) })
  .map(({ id, quantity, lon }): Site => source(id, lon, 55.7, { quantity }));
const opArb = fc.oneof(
  siteArb.map((site) => ({ type: "put" as const, site })),
  idArb.map((id) => ({ type: "remove" as const, id })),
  fc
    .record({ id: idArb, name: fc.string({ minLength: 1, maxLength: 5 }).filter((s) => s.trim() !== "") })
    .map(({ id, name }) => ({ type: "patch" as const, id, properties: { name } })),
);
const txArb = fc
  .array(opArb, { minLength: 1, maxLength: 6 })
  .map((ops): Transaction => ({ label: "t", ops }));

describe("undo and redo", () => {
  it("undo of every applied transaction restores the initial document exactly; redo the final one", () => {
    fc.assert(
      fc.property(fc.array(txArb, { maxLength: 15 }), (txs) => {
        const initial = start();
        let doc = initial;
        const undo: ResolvedTransaction[] = [];
        for (const tx of txs) {
          const result = applyTransaction(doc, tx);
          if (!result.ok) {
            expect(result.issues.length).toBeGreaterThan(0);
            continue; // refused: nothing to undo
          }
          doc = result.doc;
          undo.push(result.inverse);
        }
        const final = snapshot(doc);
        const redo: ResolvedTransaction[] = [];
        for (const inverse of undo.reverse()) {
          const r = replayTransaction(doc, inverse);
          doc = r.doc;
          redo.push(r.inverse);
        }
        expect(snapshot(doc)).toEqual(snapshot(initial));
        for (const again of redo.reverse()) doc = replayTransaction(doc, again).doc;
        expect(snapshot(doc)).toEqual(final);
      }),
    );
  });
});
