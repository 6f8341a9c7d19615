import { defineConfig } from "vitest/config";

// End-to-end tests: the built app (dist/) in Debian's headless Chromium. One file at a time,
// since each launches a browser and the machine has two cores.
export default defineConfig({
  test: {
    name: "browser",
    environment: "node",
    include: ["tests/browser/**/*.spec.ts"],
    globalSetup: ["tests/browser/globalSetup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
