/**
 * Imported sites whose id is already loaded, resolved as the user chose: skip them, let them
 * replace the loaded ones, or give them new ids. Pure: the UI applies the outcome as one
 * transaction, so nothing is ever half-imported.
 */
import type { Site } from "../../domain/site";
import { idAllocator } from "./ids";

export type DuplicateChoice = "skip" | "replace" | "new_id";

export interface DuplicateResolution {
  /** Sites to add (new ids included). */
  toAdd: Site[];
  /** Sites that replace the loaded site with the same id. */
  toReplace: Site[];
  /** Ids left out (choice "skip"). */
  skipped: string[];
  /** Ids changed (choice "new_id"). */
  renamed: Array<{ from: string; to: string }>;
}

export function resolveDuplicates(
  candidates: readonly Site[],
  existingIds: ReadonlySet<string>,
  choice: DuplicateChoice,
): DuplicateResolution {
  const out: DuplicateResolution = { toAdd: [], toReplace: [], skipped: [], renamed: [] };
  // New ids must be free of loaded ids and of every imported id, renamed or not.
  const allocate = idAllocator(new Set([...existingIds, ...candidates.map((c) => c.properties.id)]));
  for (const site of candidates) {
    const id = site.properties.id;
    if (!existingIds.has(id)) out.toAdd.push(site);
    else if (choice === "skip") out.skipped.push(id);
    else if (choice === "replace") out.toReplace.push(site);
    else {
      const to = allocate(id);
      out.renamed.push({ from: id, to });
      out.toAdd.push({ ...site, properties: { ...site.properties, id: to } });
    }
  }
  return out;
}
