/**
 * One IndexedDB transaction, all or nothing, with errors as PersistError.
 */
import type { IDBPTransaction, StoreNames } from "idb";
import type { JordbalanceDB } from "./db";
import { toPersistError } from "./errors";
import type { JordbalanceSchema } from "./schema";

export type StoreName = StoreNames<JordbalanceSchema>;

/**
 * Marks a request as observed the moment it is issued. A later request can throw as it is
 * issued (a value that cannot be stored); the transaction is then aborted and the requests
 * issued before it reject with AbortError, which is expected, not an unhandled error. The
 * promise itself is returned unchanged, so awaiting it still sees the rejection.
 */
export function issued<T>(request: Promise<T>): Promise<T> {
  request.catch(() => {});
  return request;
}

/**
 * Runs `body` in one transaction. If it throws, the transaction is aborted so nothing it wrote
 * stays; the error comes out as a PersistError (a quota failure as storage_full).
 */
export async function inTransaction<T, N extends StoreName[], M extends IDBTransactionMode>(
  db: JordbalanceDB,
  stores: N,
  mode: M,
  body: (tx: IDBPTransaction<JordbalanceSchema, N, M>) => Promise<T>,
): Promise<T> {
  let tx: IDBPTransaction<JordbalanceSchema, N, M>;
  try {
    tx = db.transaction(stores, mode);
  } catch (e) {
    throw toPersistError(e); // e.g. the connection was closed for another tab's upgrade
  }
  // Awaited below on success; on failure the body's error is the one to report.
  tx.done.catch(() => {});
  try {
    const result = await body(tx);
    await tx.done;
    return result;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted by the failing request
    }
    throw toPersistError(e, tx.error);
  }
}
