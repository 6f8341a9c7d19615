/** Column choices saved by name in this browser, to reuse for the next file of the same kind. */
import type { FieldMapping } from "../../io/mapping/fieldMapping";

const KEY = "jordbalance.mappings";

export function loadSavedMappings(): Record<string, FieldMapping> {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? "{}") as unknown;
    // Own keys only, and only object values: a tampered entry cannot reach the prototype.
    if (raw === null || typeof raw !== "object") return {};
    return Object.fromEntries(
      Object.entries(raw).filter(([name, m]) => name !== "__proto__" && m !== null && typeof m === "object"),
    ) as Record<string, FieldMapping>;
  } catch {
    return {};
  }
}

export function saveMapping(name: string, mapping: FieldMapping): void {
  const all = { ...loadSavedMappings(), [name]: mapping };
  try {
    localStorage.setItem(KEY, JSON.stringify(all));
  } catch {
    // storage full or blocked: the mapping is simply not remembered
  }
}
