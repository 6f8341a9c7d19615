import { describe, expect, it } from "vitest";
import { ConflictError, StorageFullError, toPersistError } from "../../../src/persist/errors";

const dom = (name: string, message = name) => new DOMException(message, name);

describe("toPersistError", () => {
  it("maps a quota refusal to storage_full", () => {
    const error = toPersistError(dom("QuotaExceededError", "quota exceeded"));
    expect(error).toBeInstanceOf(StorageFullError);
    expect(error).toMatchObject({ code: "storage_full", detail: "QuotaExceededError: quota exceeded" });
  });

  it("sees a quota refusal behind an aborted request, on the transaction", () => {
    const error = toPersistError(dom("AbortError"), dom("QuotaExceededError"));
    expect(error.code).toBe("storage_full");
  });

  it("reports the transaction's cause, not the bare abort, for other failures", () => {
    expect(toPersistError(dom("AbortError"), dom("UnknownError", "disk error"))).toMatchObject({
      code: "io",
      detail: "UnknownError: disk error",
    });
  });

  it("passes its own errors through", () => {
    const conflict = new ConflictError("revision 3, expected 2");
    expect(toPersistError(conflict)).toBe(conflict);
  });
});
