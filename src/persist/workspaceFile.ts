/**
 * A whole workspace as one file (docs/persistence.md):
 * `{ "schema": "jordbalance/workspace@1", "name", "exportedAt", "sites": <schema-v1
 * FeatureCollection>, "extra": {} }`. Import creates a new workspace, all or nothing.
 */
import { dropProtoKeys } from "../domain/protoKeys";
import { readStoryboard } from "../domain/scenes/storyboardFile";
import { formatStoryboardIssue } from "../domain/scenes/storyboardSchema";
import type { Site } from "../domain/site";
import { type SiteIssue, toSiteCollection, validateSiteCollection } from "../domain/siteSchema";
import { parseJsonText, UserError } from "../io/userError";
import type { JordbalanceDB } from "./db";
import { PersistError } from "./errors";
import { WORKSPACE_SCHEMA, type Workspace } from "./schema";
import { createWorkspaceFromEntries, loadWorkspace } from "./workspaces";

/**
 * Step i turns a workspace@(i+1) file into a workspace@(i+2) one. Empty while @1 is the only
 * version; a new version appends its step here and files of every older version still import.
 */
const FILE_UPGRADES: ReadonlyArray<(file: Record<string, unknown>) => Record<string, unknown>> = [];
const FILE_VERSION = FILE_UPGRADES.length + 1;

export function workspaceFileText(
  name: string,
  sites: readonly Site[],
  extra: Record<string, unknown> = {},
  exportedAt: Date = new Date(),
): string {
  return JSON.stringify({
    schema: WORKSPACE_SCHEMA,
    name,
    exportedAt: exportedAt.toISOString(),
    sites: toSiteCollection(sites),
    extra,
  });
}

export async function exportWorkspaceFile(db: JordbalanceDB, id: string): Promise<string> {
  const { workspace, sites } = await loadWorkspace(db, id);
  return workspaceFileText(
    workspace.name,
    sites.map((s) => s.site),
    workspace.extra,
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

export interface ParsedWorkspaceFile {
  name: string;
  sites: Site[];
  extra: Record<string, unknown>;
  /** Sites left out (invalid, or a duplicate id), by id and field. */
  issues: SiteIssue[];
  /** How many "__proto__" keys were removed. */
  droppedUnsafeKeys: number;
}

const invalid = (detail: string, issues: readonly SiteIssue[] = []) =>
  new PersistError("invalid_file", detail, issues);

/** Reads a workspace file; throws PersistError "invalid_file" when it is not one it can read. */
export function parseWorkspaceFile(text: string, fileName = "the workspace file"): ParsedWorkspaceFile {
  let raw: unknown;
  try {
    raw = parseJsonText(text, fileName);
  } catch (e) {
    if (e instanceof UserError) throw invalid(e.message);
    throw e;
  }
  const droppedUnsafeKeys = dropProtoKeys(raw);
  if (!isRecord(raw)) throw invalid(`${fileName} is not a jordbalance workspace file`);
  const version = /^jordbalance\/workspace@([1-9]\d*)$/.exec(String(raw.schema))?.[1];
  if (version === undefined) throw invalid(`${fileName} is not a jordbalance workspace file`);
  if (Number(version) > FILE_VERSION)
    throw invalid(
      `${fileName} was written by a newer jordbalance (workspace@${version}); this one reads up to workspace@${FILE_VERSION}`,
    );
  const file = FILE_UPGRADES.slice(Number(version) - 1).reduce((f, step) => step(f), raw);
  if (typeof file.name !== "string") throw invalid(`${fileName} has no workspace name`);
  if (file.extra !== undefined && !isRecord(file.extra))
    throw invalid(`${fileName}: "extra" is not an object`);
  // The storyboard is read by the app as it is stored: a broken one never gets in.
  if (isRecord(file.extra) && file.extra.storyboard !== undefined) {
    const board = readStoryboard(file.extra.storyboard);
    if (!board.ok)
      throw invalid(`${fileName}: extra.storyboard: ${board.issues.map(formatStoryboardIssue).join("; ")}`);
  }
  const { sites, issues } = validateSiteCollection(file.sites);
  const refused = issues.find((i) => i.ref === "collection");
  if (refused) throw invalid(`${fileName}: sites: ${refused.message}`, issues);
  return { name: file.name, sites, extra: file.extra ?? {}, issues, droppedUnsafeKeys };
}

export interface ImportOptions {
  /** Names the file in messages. */
  fileName?: string;
  /** Name of the new workspace; the name in the file by default. */
  name?: string;
  /**
   * Import the valid sites when some are left out. Without it a file with any invalid site is
   * refused whole, with the issues, so the user decides.
   */
  acceptIssues?: boolean;
}

export interface ImportedWorkspace {
  workspace: Workspace;
  issues: SiteIssue[];
  droppedUnsafeKeys: number;
}

/** Imports a workspace file as a new workspace, in one transaction. */
export async function importWorkspaceFile(
  db: JordbalanceDB,
  text: string,
  options: ImportOptions = {},
): Promise<ImportedWorkspace> {
  const parsed = parseWorkspaceFile(text, options.fileName);
  if (parsed.issues.length > 0 && !options.acceptIssues)
    throw invalid(`${parsed.issues.length} problem(s) with sites in the file`, parsed.issues);
  const workspace = await createWorkspaceFromEntries(
    db,
    options.name ?? parsed.name,
    parsed.sites.map((site, seq) => ({ seq, site })),
    parsed.extra,
  );
  return { workspace, issues: parsed.issues, droppedUnsafeKeys: parsed.droppedUnsafeKeys };
}
