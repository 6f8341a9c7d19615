import { describe, expect, it, vi } from "vitest";
import { registerServiceWorker } from "../../../src/offline/register";

const SCRIPT = new URL("https://kort.example.dk/jord/sw.js");

describe("registering the service worker", () => {
  it("registers the built script", async () => {
    const register = vi.fn().mockResolvedValue({});
    await registerServiceWorker({ register }, SCRIPT);
    expect(register).toHaveBeenCalledWith("https://kort.example.dk/jord/sw.js");
  });

  it("logs a failed registration and does not throw", async () => {
    const warn = vi.fn();
    const register = vi.fn().mockRejectedValue(new Error("SecurityError"));
    await expect(registerServiceWorker({ register }, SCRIPT, warn)).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/sw\.js.*SecurityError/));
  });

  it("does nothing where there are no service workers", async () => {
    const warn = vi.fn();
    await expect(registerServiceWorker(undefined, SCRIPT, warn)).resolves.toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });
});
