import { beforeEach, describe, expect, it, vi } from "vitest";

// The request is made once per page: each test imports a fresh copy of the module.
beforeEach(() => vi.resetModules());
const load = async () => (await import("../../../src/persist/storage")).requestPersistentStorage;

describe("requestPersistentStorage", () => {
  it("asks the browser once, however often it is called", async () => {
    const persist = vi.fn(async () => true);
    const request = await load();
    const storage = { persist } as unknown as StorageManager;
    expect(await request(storage)).toBe(true);
    expect(await request(storage)).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it("takes a refusal or a failure as 'not persistent' and goes on", async () => {
    const request = await load();
    const storage = { persist: vi.fn(async () => Promise.reject(new Error("denied"))) };
    expect(await request(storage as unknown as StorageManager)).toBe(false);
    expect(await (await load())(undefined)).toBe(false);
  });
});
