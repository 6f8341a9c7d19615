import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Site } from "../../../src/domain/site";
import {
  DocumentEditor,
  documentFromEntries,
  documentFromSites,
  emptyDocument,
  entryList,
  getSite,
  siteList,
} from "../../../src/state/document/siteDocument";
import { source } from "../helpers";

const ids = (sites: readonly Site[]) => sites.map((s) => s.properties.id);
const site = (id: string, quantity = 1) => source(id, 12.5, 55.7, { quantity });

// A plain sorted array of { seq, site } is the model: the document must behave exactly like it.
// Bulk appends, bulk removes and restores into the middle make chunks fill, split and empty.
type Command =
  | { put: number; quantity: number }
  | { bulk: number; count: number }
  | { remove: number; count: number }
  | { restore: true };
const POOL = 1200;
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ put: fc.nat(POOL - 1), quantity: fc.nat(100) }),
  fc.record({ bulk: fc.nat(POOL - 1), count: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ remove: fc.nat(POOL - 1), count: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ restore: fc.constant(true as const) }),
);

interface Model {
  entries: { seq: number; site: Site }[];
  nextSeq: number;
  removed: { seq: number; site: Site }[];
}

function modelPut(m: Model, next: Site, seq?: number): void {
  const i = m.entries.findIndex((e) => e.site.properties.id === next.properties.id);
  if (i >= 0 && (seq === undefined || seq === m.entries[i]?.seq)) {
    m.entries[i] = { seq: m.entries[i]?.seq as number, site: next };
    return;
  }
  if (i >= 0) m.entries.splice(i, 1);
  const entry = { seq: seq ?? m.nextSeq, site: next };
  m.nextSeq = Math.max(m.nextSeq, entry.seq + 1);
  const at = m.entries.findIndex((e) => e.seq > entry.seq);
  m.entries.splice(at < 0 ? m.entries.length : at, 0, entry);
}

function run(m: Model, editor: DocumentEditor, c: Command): void {
  if ("put" in c) {
    const next = site(`s${c.put}`, c.quantity);
    editor.put(next);
    modelPut(m, next);
  } else if ("bulk" in c) {
    for (let k = c.bulk; k < Math.min(POOL, c.bulk + c.count); k++) {
      const next = site(`s${k}`);
      editor.put(next);
      modelPut(m, next);
    }
  } else if ("remove" in c) {
    for (let k = c.remove; k < Math.min(POOL, c.remove + c.count); k++) {
      const gone = editor.remove(`s${k}`);
      const i = m.entries.findIndex((e) => e.site.properties.id === `s${k}`);
      if (i >= 0) m.removed.push(...m.entries.splice(i, 1));
      if (gone?.site !== (i >= 0 ? m.removed.at(-1)?.site : undefined))
        throw new Error("removed the wrong site");
    }
  } else {
    const back = m.removed.pop();
    if (!back) return;
    editor.put(back.site, back.seq);
    modelPut(m, back.site, back.seq);
  }
}

describe("SiteDocument", () => {
  it("behaves like a list ordered by position key under any puts, removes and restores", () => {
    fc.assert(
      fc.property(fc.array(fc.array(commandArb, { maxLength: 12 }), { maxLength: 8 }), (batches) => {
        let doc = emptyDocument();
        const model: Model = { entries: [], nextSeq: 0, removed: [] };
        for (const batch of batches) {
          const editor = new DocumentEditor(doc);
          for (const c of batch) run(model, editor, c);
          doc = editor.finish();
          const list = siteList(doc);
          expect(list.length).toBe(model.entries.length);
          expect(list.every((s, i) => s === model.entries[i]?.site)).toBe(true);
          expect(entryList(doc).map((e) => e.seq)).toEqual(model.entries.map((e) => e.seq));
          expect(doc.size).toBe(model.entries.length);
          expect(model.entries.every((e) => getSite(doc, e.site.properties.id) === e.site)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("puts a site back at its old position when given its old position key", () => {
    const doc = documentFromSites(Array.from({ length: 600 }, (_, i) => site(`s${i}`)));
    const editor = new DocumentEditor(doc);
    const removed = editor.remove("s300");
    const without = editor.finish();
    expect(ids(siteList(without))).not.toContain("s300");
    const back = new DocumentEditor(without);
    back.put(removed?.site as Site, removed?.seq);
    expect(ids(siteList(back.finish()))).toEqual(ids(siteList(doc)));
  });

  it("never changes the document it started from", () => {
    const doc = documentFromSites([site("a"), site("b")]);
    const before = siteList(doc);
    const editor = new DocumentEditor(doc);
    editor.put(site("a", 99));
    editor.remove("b");
    editor.put(site("c"));
    editor.finish();
    expect(siteList(doc)).toBe(before);
    expect(ids(siteList(doc))).toEqual(["a", "b"]);
    expect(getSite(doc, "a")?.properties.quantity).toBe(1);
    expect(getSite(doc, "c")).toBeUndefined();
  });

  it("rebuilds the same order from stored entries in any order", () => {
    const doc = documentFromSites([site("x"), site("a"), site("m")]);
    const shuffled = [...entryList(doc)].reverse();
    expect(ids(siteList(documentFromEntries(shuffled)))).toEqual(["x", "a", "m"]);
  });

  it("keeps every site when stored position keys collide", () => {
    const doc = documentFromEntries([
      { seq: 3, site: site("a") },
      { seq: 3, site: site("b") },
      { seq: 4, site: site("c") },
    ]);
    expect(ids(siteList(doc))).toEqual(["a", "b", "c"]);
    const editor = new DocumentEditor(doc);
    editor.remove("b");
    expect(ids(siteList(editor.finish()))).toEqual(["a", "c"]);
  });

  it("edits a 50,000-site document by copying small pieces only", () => {
    const big = documentFromSites(Array.from({ length: 50_000 }, (_, i) => site(`site-${i}`)));
    const t0 = performance.now();
    const editor = new DocumentEditor(big);
    editor.put(site("site-25000", 7));
    editor.remove("site-100");
    const edited = editor.finish();
    const ms = performance.now() - t0;
    console.info(`one edit of a 50,000-site document: ${ms.toFixed(2)} ms`);
    // Structural sharing: all but the touched buckets and chunks are the very same objects.
    const sharedChunks = edited.chunks.filter((c) => big.chunks.includes(c)).length;
    expect(sharedChunks).toBeGreaterThanOrEqual(big.chunks.length - 2);
    const sharedBuckets = edited.buckets.filter((b, i) => b === big.buckets[i]).length;
    expect(sharedBuckets).toBeGreaterThanOrEqual(big.buckets.length - 2);
    expect(edited.size).toBe(49_999);
  });
});
