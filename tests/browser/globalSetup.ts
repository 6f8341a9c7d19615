import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { CHROMIUM_PATH } from "./driver";
import { type StaticServer, startStaticServer } from "./staticServer";

let server: StaticServer | undefined;

export async function setup(project: TestProject) {
  if (!existsSync("dist/index.html"))
    throw new Error("dist/ is missing: run `npm run build` before the browser tests");
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install chromium, or set CHROMIUM_PATH`);
  }
  server = await startStaticServer({ "/": "dist", "/test-fixtures/": "tests/fixtures/browser" });
  project.provide("origin", server.origin);
}

export async function teardown() {
  await server?.close();
}

declare module "vitest" {
  export interface ProvidedContext {
    origin: string;
  }
}
