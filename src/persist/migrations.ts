/**
 * How a database of any older version becomes the current one. Step i brings version i to
 * version i + 1; a new database runs every step, so the upgrade path is the path every install
 * takes and is tested all the time. A new layout appends a step; DB_VERSION follows.
 *
 * Version 1, the first layout, kept each workspace's sites as one FeatureCollection blob inside
 * its record. Rewriting the whole blob on every edit does not scale to 50,000 sites, so version
 * 2 keeps one record per site. tests/fixtures/persist/ holds a version-1 database to migrate.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from "idb";
import { type SiteIssue, validateSiteCollection } from "../domain/siteSchema";
import { type JordbalanceSchema, type SiteRecord, WORKSPACE_SCHEMA, type Workspace } from "./schema";
import { issued } from "./transaction";

type UpgradeTransaction = IDBPTransaction<
  JordbalanceSchema,
  StoreNames<JordbalanceSchema>[],
  "versionchange"
>;
type Step = (db: IDBPDatabase<JordbalanceSchema>, tx: UpgradeTransaction) => Promise<void> | void;

/** A workspace record of version 1. */
export interface WorkspaceV1 {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  /** A schema-v1 FeatureCollection. */
  sites: unknown;
}

/**
 * Version 2 key for what a version-1 blob held that did not validate: the whole blob and the
 * issues, so that nothing is lost, only set aside.
 */
export const setAsideKey = (workspaceId: string) => `migration-2-set-aside:${workspaceId}`;

function createV1(db: IDBPDatabase<JordbalanceSchema>): void {
  db.createObjectStore("workspaces", { keyPath: "id" });
}

async function splitSitesIntoRecords(db: IDBPDatabase<JordbalanceSchema>, tx: UpgradeTransaction) {
  db.createObjectStore("sites", { keyPath: ["workspaceId", "siteId"] });
  db.createObjectStore("meta", { keyPath: "key" });
  const workspaces = tx.objectStore("workspaces");
  const old = (await workspaces.getAll()) as unknown as WorkspaceV1[];
  const writes: Promise<unknown>[] = [];
  for (const { sites: blob, ...rest } of old) {
    const { sites, issues } = validateSiteCollection(blob);
    sites.forEach((site, seq) => {
      const record: SiteRecord = { workspaceId: rest.id, siteId: site.properties.id, seq, site };
      writes.push(issued(tx.objectStore("sites").put(record)));
    });
    if (issues.length > 0) {
      const setAside: { key: string; blob: unknown; issues: SiteIssue[] } = {
        key: setAsideKey(rest.id),
        blob,
        issues,
      };
      writes.push(issued(tx.objectStore("meta").put(setAside)));
    }
    const workspace: Workspace = { ...rest, revision: 0, schema: WORKSPACE_SCHEMA, extra: {} };
    writes.push(issued(workspaces.put(workspace)));
  }
  await Promise.all(writes);
}

export const MIGRATIONS: readonly Step[] = [createV1, splitSitesIntoRecords];

export const DB_VERSION = MIGRATIONS.length;

export async function migrate(
  db: IDBPDatabase<JordbalanceSchema>,
  tx: UpgradeTransaction,
  oldVersion: number,
): Promise<void> {
  for (const step of MIGRATIONS.slice(oldVersion)) await step(db, tx);
}
