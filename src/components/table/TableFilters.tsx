import { useEffect, useId, useState } from "react";
import { SITE_KINDS, SITE_STATUSES, type SiteKind, type SiteStatus } from "../../domain/site";
import { useT } from "../../i18n/useT";
import { useFormat } from "../useFormat";
import type { TableFilter } from "./tableModel";
import { useDebounced } from "./useDebounced";

const TYPING_PAUSE_MS = 200;

/**
 * The filter bar. The search text lives here and reaches the table only after a pause in
 * typing, so a keystroke re-renders this bar alone, not 50,000 rows' worth of filtering.
 */
export function TableFilters(props: {
  filter: TableFilter;
  municipalities: ReadonlyArray<{ code: string; name: string }>;
  shown: number;
  total: number;
  onTextChange(text: string): void;
  onChange(patch: Partial<Omit<TableFilter, "text">>): void;
}) {
  const t = useT();
  const { num } = useFormat();
  const id = useId();
  const [text, setText] = useState(props.filter.text);
  const settled = useDebounced(text, TYPING_PAUSE_MS);
  const { onTextChange } = props;
  useEffect(() => onTextChange(settled), [settled, onTextChange]);
  const all = <option value="">{t("table.filter.all")}</option>;
  return (
    <div className="attr-filters">
      <label htmlFor={`${id}-text`}>
        {t("table.filter.text")}
        <input id={`${id}-text`} type="search" value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <label htmlFor={`${id}-kind`}>
        {t("details.kind")}
        <select
          id={`${id}-kind`}
          value={props.filter.kind}
          onChange={(e) => props.onChange({ kind: e.target.value as SiteKind | "" })}
        >
          {all}
          {SITE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${id}-muni`}>
        {t("details.municipality")}
        <select
          id={`${id}-muni`}
          value={props.filter.municipalityCode}
          onChange={(e) => props.onChange({ municipalityCode: e.target.value })}
        >
          {all}
          {props.municipalities.map((m) => (
            <option key={m.code} value={m.code}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${id}-status`}>
        {t("details.status")}
        <select
          id={`${id}-status`}
          value={props.filter.status}
          onChange={(e) => props.onChange({ status: e.target.value as SiteStatus | "" })}
        >
          {all}
          {SITE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <output className="attr-count">
        {t("table.count", { shown: num(props.shown), total: num(props.total) })}
      </output>
    </div>
  );
}
