// Minimal DOM matchers the component tests use, so they need no extra package.
import { expect } from "vitest";

expect.extend({
  toBeInTheDocument(received: Element | null) {
    const pass = received?.ownerDocument.contains(received) ?? false;
    return { pass, message: () => `expected element ${pass ? "not " : ""}to be in the document` };
  },
});

declare module "vitest" {
  // biome-ignore lint/suspicious/noExplicitAny: must match vitest's own declaration
  interface Matchers<T = any> {
    toBeInTheDocument(): T;
  }
}
