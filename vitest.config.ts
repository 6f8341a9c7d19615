import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// Unit tests run in Node, component tests in jsdom; browser tests have their own config
// (tests/browser/vitest.config.ts) because they need a built app and Chromium.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/unit/**/*.test.ts", "geodata/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "component",
          // Whole-app renders share two cores with the other test files.
          testTimeout: 30_000,
          environment: "jsdom",
          include: ["tests/component/**/*.test.tsx"],
          setupFiles: ["tests/component/setup.ts"],
        },
      },
    ],
  },
});
