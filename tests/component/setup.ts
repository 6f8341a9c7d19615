import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import "./matchers";

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
