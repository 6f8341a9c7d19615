/**
 * One browser per spec file and one fresh page (context) per test, closed after it: the
 * hooks every browser spec needs, registered by one call.
 */
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, inject } from "vitest";
import { type AppPage, launchBrowser, openApp } from "./driver";

export function browserSession() {
  const origin = inject("origin");
  let browser: Browser | undefined;
  let app: AppPage | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });
  return {
    /** Opens the built app (with an optional query) in a new, empty browser context. */
    async open(query = "", viewport?: { width: number; height: number }): Promise<AppPage> {
      if (!browser) throw new Error("the browser did not start");
      app = await openApp(browser, origin, query, viewport);
      return app;
    },
  };
}
