/**
 * Registers the service worker (built app only; see main.tsx). Offline use is a bonus: when
 * registration fails the app still works online, so the failure is logged, not thrown.
 */
export async function registerServiceWorker(
  container: Pick<ServiceWorkerContainer, "register"> | undefined,
  scriptUrl: URL,
  warn: (message: string) => void = console.warn,
): Promise<void> {
  // Missing in insecure contexts (plain http other than localhost) and in jsdom.
  if (!container) return;
  try {
    await container.register(scriptUrl.href);
  } catch (e) {
    warn(`Offline use unavailable: the service worker ${scriptUrl.href} did not register (${String(e)})`);
  }
}
