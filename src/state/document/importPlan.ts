/**
 * Turns sites read from a file into one import transaction. Ids the document already holds are
 * resolved by the user's choice per id, never silently: skip the incoming site, replace the one
 * in the document, or keep both by giving the incoming one a fresh id.
 */
import type { Site } from "../../domain/site";
import { getEntry, type SiteDocument } from "./siteDocument";
import { importSites, type Transaction } from "./transactions";

export type DuplicateChoice = "skip" | "replace" | "keep_both";

/** Ids of incoming sites that the document already holds, in file order. */
export function duplicateIds(doc: SiteDocument, incoming: readonly Site[]): string[] {
  return incoming.map((s) => s.properties.id).filter((id) => getEntry(doc, id) !== undefined);
}

/** `base` if free, else `base-2`, `base-3`, ...: free in the document and not in `taken`. */
export function freshSiteId(doc: SiteDocument, base: string, taken: ReadonlySet<string> = new Set()): string {
  const free = (id: string) => getEntry(doc, id) === undefined && !taken.has(id);
  if (free(base)) return base;
  let n = 2;
  while (!free(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

export interface ImportPlan {
  tx: Transaction;
  skipped: string[];
  /** Incoming sites kept beside an existing one under a new id. */
  renamed: Array<{ from: string; to: string }>;
}

/** Incoming ids must be unique among themselves (validateSiteCollection sees to it). */
export function planImport(
  doc: SiteDocument,
  incoming: readonly Site[],
  choose: (id: string) => DuplicateChoice,
): ImportPlan {
  const taken = new Set(incoming.map((s) => s.properties.id));
  const toAdd: Site[] = [];
  const toReplace: Site[] = [];
  const skipped: string[] = [];
  const renamed: ImportPlan["renamed"] = [];
  for (const site of incoming) {
    const id = site.properties.id;
    if (getEntry(doc, id) === undefined) {
      toAdd.push(site);
      continue;
    }
    const choice = choose(id);
    if (choice === "skip") skipped.push(id);
    else if (choice === "replace") toReplace.push(site);
    else {
      const to = freshSiteId(doc, id, taken);
      taken.add(to);
      renamed.push({ from: id, to });
      toAdd.push({ ...site, properties: { ...site.properties, id: to } });
    }
  }
  return { tx: importSites({ toAdd, toReplace }), skipped, renamed };
}
