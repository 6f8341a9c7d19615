/**
 * Every edit to the document is one transaction (docs/persistence.md): a label and a list of
 * operations, applied all or nothing. Applying one returns its inverse, so undo and redo are
 * exact: the inverse of the inverse is the edit again, down to each site's position.
 *
 * Pure: no React, no storage.
 */
import type { Site, SiteGeometry, SiteProperties } from "../../domain/site";
import { type SiteIssue, validateSite } from "../../domain/siteSchema";
import { DocumentEditor, type SiteDocument } from "./siteDocument";

export type Op =
  /** Adds or replaces a site. `expect` refuses the transaction when the id is (not) there yet. */
  | { type: "put"; site: Site; expect?: "absent" | "present" }
  /**
   * Changes part of an existing site: the listed properties (a value `undefined` removes the
   * property; every other property, known or not, is kept) and/or its geometry.
   */
  | { type: "patch"; id: string; properties?: Partial<SiteProperties>; geometry?: SiteGeometry }
  | { type: "remove"; id: string };

export interface Transaction {
  /** A message key the UI translates ("add", "edit", "move", "delete", "import"). */
  label: string;
  ops: readonly Op[];
}

/**
 * What an applied transaction turned into: whole validated sites with their position keys, and
 * removals. Undo and redo entries are of this kind and are replayed without validating again.
 */
export type ResolvedOp = { type: "put"; site: Site; seq: number } | { type: "remove"; id: string };

export interface ResolvedTransaction {
  label: string;
  ops: readonly ResolvedOp[];
}

export type ApplyResult =
  | { ok: true; doc: SiteDocument; inverse: ResolvedTransaction; changedIds: string[] }
  | { ok: false; issues: SiteIssue[] };

function patched(site: Site, op: Extract<Op, { type: "patch" }>): Site {
  const properties = { ...site.properties, ...op.properties };
  for (const [key, value] of Object.entries(op.properties ?? {})) {
    if (value === undefined) delete properties[key];
  }
  return { ...site, geometry: op.geometry ?? site.geometry, properties };
}

/**
 * Validates and applies a transaction. Refused whole, with every issue found, when any site is
 * invalid or an id is missing or already taken; the document is then untouched.
 */
export function applyTransaction(doc: SiteDocument, tx: Transaction): ApplyResult {
  const editor = new DocumentEditor(doc);
  const issues: SiteIssue[] = [];
  const inverse: ResolvedOp[] = [];
  const changed = new Set<string>();
  const issue = (ref: string, message: string) => issues.push({ ref, field: "id", message });

  for (const [index, op] of tx.ops.entries()) {
    if (op.type === "remove") {
      const removed = editor.remove(op.id);
      if (!removed) {
        issue(op.id, "no site with this id");
        continue;
      }
      inverse.push({ type: "put", site: removed.site, seq: removed.seq });
      changed.add(op.id);
      continue;
    }
    let candidate: unknown = op.type === "put" ? op.site : undefined;
    if (op.type === "patch") {
      const current = editor.get(op.id);
      if (!current || (op.properties && Object.hasOwn(op.properties, "id") && op.properties.id !== op.id)) {
        issue(op.id, current ? "a patch cannot change the id" : "no site with this id");
        continue;
      }
      candidate = patched(current.site, op);
    }
    const checked = validateSite(candidate, index);
    if ("issues" in checked) {
      issues.push(...checked.issues);
      continue;
    }
    // The validated id, which the schema trims, is the one the document knows.
    const id = checked.site.properties.id;
    const current = editor.get(id);
    if (op.type === "put" && op.expect === "absent" && current) {
      issue(id, "a site with this id already exists");
      continue;
    }
    if (op.type === "put" && op.expect === "present" && !current) {
      issue(id, "no site with this id");
      continue;
    }
    editor.put(checked.site);
    inverse.push(current ? { type: "put", site: current.site, seq: current.seq } : { type: "remove", id });
    changed.add(id);
  }

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    doc: editor.finish(),
    inverse: { label: tx.label, ops: inverse.reverse() },
    changedIds: [...changed],
  };
}

/**
 * Replays an undo or redo entry (a transaction's inverse) and returns its own inverse. Its sites
 * were validated when first applied; it fits the document it was made for because every change
 * goes through the history (a reload clears the history).
 */
export function replayTransaction(
  doc: SiteDocument,
  tx: ResolvedTransaction,
): { doc: SiteDocument; inverse: ResolvedTransaction; changedIds: string[] } {
  const editor = new DocumentEditor(doc);
  const inverse: ResolvedOp[] = [];
  const changed = new Set<string>();
  for (const op of tx.ops) {
    const id = op.type === "put" ? op.site.properties.id : op.id;
    const current = editor.get(id);
    if (op.type === "put") editor.put(op.site, op.seq);
    else if (!editor.remove(id)) throw new Error(`history does not fit the document: no site "${id}"`);
    inverse.push(current ? { type: "put", site: current.site, seq: current.seq } : { type: "remove", id });
    changed.add(id);
  }
  return {
    doc: editor.finish(),
    inverse: { label: tx.label, ops: inverse.reverse() },
    changedIds: [...changed],
  };
}

export const addSite = (site: Site): Transaction => ({
  label: "add",
  ops: [{ type: "put", site, expect: "absent" }],
});

export const updateSite = (id: string, properties: Partial<SiteProperties>): Transaction => ({
  label: "edit",
  ops: [{ type: "patch", id, properties }],
});

/**
 * Moves a site. The caller derives `municipalityCode` from the new location
 * (`resolveSiteMunicipality`); `undefined` removes the code, so it is derived again on load.
 */
export const moveSite = (id: string, geometry: SiteGeometry, municipalityCode?: string): Transaction => ({
  label: "move",
  ops: [{ type: "patch", id, geometry, properties: { municipalityCode } }],
});

export const deleteSites = (ids: Iterable<string>): Transaction => ({
  label: "delete",
  ops: [...new Set(ids)].map((id) => ({ type: "remove", id })),
});

/** One transaction for a whole import: new sites must be new, replaced ones must exist. */
export const importSites = ({
  toAdd,
  toReplace,
}: {
  toAdd: readonly Site[];
  toReplace: readonly Site[];
}): Transaction => ({
  label: "import",
  ops: [
    ...toReplace.map((site): Op => ({ type: "put", site, expect: "present" })),
    ...toAdd.map((site): Op => ({ type: "put", site, expect: "absent" })),
  ],
});
