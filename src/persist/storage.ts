/**
 * Asks the browser once to keep this origin's storage under pressure instead of evicting it
 * (navigator.storage.persist). A refusal changes nothing else, so it is ignored; a full disk
 * still shows as a storage_full save error.
 */
let requested: Promise<boolean> | undefined;

export function requestPersistentStorage(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
) {
  requested ??= (storage?.persist?.() ?? Promise.resolve(false)).catch(() => false);
  return requested;
}
