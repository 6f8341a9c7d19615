/**
 * Resolves once the map has drawn the first data it was given. Work that helps later visits
 * (caching for offline use) waits for it, so it does not slow the first start.
 */
let resolveFirstDraw: () => void = () => undefined;

export const firstDraw: Promise<void> = new Promise((resolve) => {
  resolveFirstDraw = resolve;
});

export function markFirstDraw(): void {
  resolveFirstDraw();
}
