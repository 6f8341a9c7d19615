import { useCallback } from "react";
import { useViewStore } from "../state/viewStore";
import type { MessageKey } from "./catalog";
import { translate, type Vars } from "./translate";

/** The translate function for the current language. */
export function useT(): (key: MessageKey, vars?: Vars) => string {
  const language = useViewStore((s) => s.language);
  return useCallback((key: MessageKey, vars?: Vars) => translate(language, key, vars), [language]);
}
