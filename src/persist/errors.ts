/**
 * Errors from storage, as codes the UI translates (its catalogue holds the Danish and English
 * words) plus the raw detail for a "show details" line. Nothing here is ever swallowed.
 */
import type { SiteIssue } from "../domain/siteSchema";

export type PersistErrorCode =
  /** The disk is full or the browser refused more quota. */
  | "storage_full"
  /** Another tab saved this workspace since this tab loaded it: nothing was written. */
  | "conflict"
  /** The workspace is not (or no longer) there, e.g. deleted in another tab. */
  | "not_found"
  /** A workspace file that cannot be read; `issues` says where when it is about sites. */
  | "invalid_file"
  | "invalid_name"
  /** The open workspace has changes not yet saved; switching now would lose them. */
  | "unsaved_changes"
  /** Any other IndexedDB failure. */
  | "io";

export class PersistError extends Error {
  override readonly name: string = "PersistError";
  constructor(
    readonly code: PersistErrorCode,
    readonly detail: string,
    readonly issues: readonly SiteIssue[] = [],
  ) {
    super(`${code}: ${detail}`);
  }
}

export class ConflictError extends PersistError {
  override readonly name = "ConflictError";
  constructor(detail: string) {
    super("conflict", detail);
  }
}

export class StorageFullError extends PersistError {
  override readonly name = "StorageFullError";
  constructor(detail: string) {
    super("storage_full", detail);
  }
}

// Chromium and Safari say QuotaExceededError; older Firefox its own name. A quota failure
// inside a transaction can also surface on the request as AbortError with the real cause on
// the transaction, hence the second argument.
const QUOTA_NAMES = new Set(["QuotaExceededError", "NS_ERROR_DOM_QUOTA_REACHED"]);

const nameOf = (e: unknown): string | undefined =>
  e !== null && typeof e === "object" && "name" in e && typeof e.name === "string" ? e.name : undefined;

const describeError = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/** Maps anything a storage call threw to a PersistError. */
export function toPersistError(error: unknown, transactionError?: unknown): PersistError {
  if (error instanceof PersistError) return error;
  const quota = [error, transactionError].find((e) => QUOTA_NAMES.has(nameOf(e) ?? ""));
  if (quota !== undefined) return new StorageFullError(describeError(quota));
  const cause = nameOf(error) === "AbortError" && transactionError ? transactionError : error;
  return new PersistError("io", describeError(cause));
}
