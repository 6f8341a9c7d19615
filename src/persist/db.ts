/**
 * The IndexedDB database "jordbalance": its stores, its version and how any older database is
 * brought up to date (docs/persistence.md). Only src/persist talks to IndexedDB, through `idb`.
 */
import { type IDBPDatabase, openDB } from "idb";
import { toPersistError } from "./errors";
import { DB_VERSION, migrate } from "./migrations";
import { DB_NAME, type JordbalanceSchema } from "./schema";

export type JordbalanceDB = IDBPDatabase<JordbalanceSchema>;

export interface OpenOptions {
  name?: string;
  /** Another tab waits for this one to close so it can upgrade; this connection is closed. */
  onBlocking?: () => void;
  /** An older tab keeps the database open; the upgrade waits until it closes. */
  onBlocked?: () => void;
}

/** Opens (creating or migrating as needed) the database. Failures come as PersistError. */
export async function openDatabase(options: OpenOptions = {}): Promise<JordbalanceDB> {
  let failure: unknown;
  let db: JordbalanceDB | undefined;
  try {
    db = await openDB<JordbalanceSchema>(options.name ?? DB_NAME, DB_VERSION, {
      upgrade(database, oldVersion, _newVersion, tx) {
        // A failed step aborts the whole upgrade: the database stays as it was, never half-migrated.
        // The abort then reaches the caller through openDB; tx.done would only repeat it.
        tx.done.catch(() => {});
        migrate(database, tx, oldVersion).catch((e: unknown) => {
          failure = e;
          try {
            tx.abort();
          } catch {
            // already aborted by the failing request
          }
        });
      },
      blocking() {
        db?.close();
        options.onBlocking?.();
      },
      blocked() {
        options.onBlocked?.();
      },
    });
  } catch (e) {
    throw toPersistError(failure ?? e);
  }
  return db;
}
