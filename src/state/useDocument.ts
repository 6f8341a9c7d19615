/** React access to a document store that may not exist yet (the workspace still opening). */
import { useCallback, useSyncExternalStore } from "react";
import type { StoreApi } from "zustand";
import type { Site } from "../domain/site";
import type { DocumentState } from "./document/documentStore";
import { siteList } from "./document/siteDocument";

export function useDocumentState<T>(
  store: StoreApi<DocumentState> | undefined,
  select: (s: DocumentState) => T,
): T | undefined {
  const subscribe = useCallback(
    (onChange: () => void) => (store ? store.subscribe(onChange) : () => {}),
    [store],
  );
  return useSyncExternalStore(subscribe, () => (store ? select(store.getState()) : undefined));
}

/** The document's sites, the same array until the document changes. */
export function useDocumentSites(store: StoreApi<DocumentState> | undefined): readonly Site[] | undefined {
  return useDocumentState(store, (s) => siteList(s.doc));
}
