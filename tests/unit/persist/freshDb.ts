// Each test gets its own empty IndexedDB (fake-indexeddb in Node): no state shared between tests.
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { openDatabase } from "../../../src/persist/db";

export function freshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

/** A connection to the current fake IndexedDB; call twice for two tabs. */
export const connect = () => openDatabase();

/** A quota refusal as browsers raise it. */
export const quotaError = () => new DOMException("The quota has been exceeded.", "QuotaExceededError");
