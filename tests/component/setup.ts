import "fake-indexeddb/auto";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";
import "./matchers";

// The whole app renders here (the match runs in-thread) and shares two cores with the other
// test files: wait generously for what appears asynchronously.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
});

// jsdom does no layout: give every element a screenful of size so virtualised lists render
// their first rows as they would in a browser.
for (const [prop, px] of [
  ["clientHeight", 400],
  ["clientWidth", 400],
] as const) {
  Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, get: () => px });
}
