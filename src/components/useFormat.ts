import { useCallback } from "react";
import { formatDate, formatNumber } from "../i18n/translate";
import { useViewStore } from "../state/viewStore";

/** Number and date formatting in the current language. */
export function useFormat() {
  const language = useViewStore((s) => s.language);
  const num = useCallback((v: number, digits = 0) => formatNumber(language, v, digits), [language]);
  const date = useCallback((iso: string) => formatDate(language, iso), [language]);
  return { num, date };
}
