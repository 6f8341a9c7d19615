/**
 * What the IndexedDB database "jordbalance" holds (docs/persistence.md): its stores and records.
 */
import type { DBSchema } from "idb";
import type { Site } from "../domain/site";

export const DB_NAME = "jordbalance";
/** Names the layout of a workspace record and of a workspace file. */
export const WORKSPACE_SCHEMA = "jordbalance/workspace@1";

export interface Workspace {
  id: string;
  name: string;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  /** Counts saves; a save must name the revision it started from (two tabs, one workspace). */
  revision: number;
  schema: typeof WORKSPACE_SCHEMA;
  /** Reserved for scenes and storyboards; kept as it is through export and import. */
  extra: Record<string, unknown>;
}

export interface SiteRecord {
  workspaceId: string;
  siteId: string;
  /** The site's position key in its workspace (see src/state/document/siteDocument.ts). */
  seq: number;
  /** A schema-v1 Feature, validated before it was stored. */
  site: Site;
}

export interface MetaRecord {
  key: string;
  [field: string]: unknown;
}

export interface JordbalanceSchema extends DBSchema {
  workspaces: { key: string; value: Workspace };
  sites: { key: [string, string]; value: SiteRecord };
  meta: { key: string; value: MetaRecord };
}
