import { defaultRangeExtractor, type Range, useVirtualizer } from "@tanstack/react-virtual";
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { Site, SiteProperties } from "../../domain/site";
import { useT } from "../../i18n/useT";
import { useViewStore } from "../../state/viewStore";
import { useFormat } from "../useFormat";
import { CellEditor } from "./CellEditor";
import { type CellFormat, COLUMNS, type Column, editText, parseEdit } from "./columns";
import { TableFilters } from "./TableFilters";
import {
  filterRows,
  moveCell,
  municipalityOptions,
  NO_FILTER,
  type SortDirection,
  sortRows,
  type TableFilter,
  toRows,
} from "./tableModel";
import "./table.css";

export interface AttributeTableProps {
  /** The document's sites; the same array until something changes. */
  sites: readonly Site[];
  /** Keep it stable (useCallback): a new function re-indexes every row. */
  municipalityName(code: string): string;
  selectedId: string | null;
  /** A row clicked, or Enter on a cell. */
  onSelect(id: string): void;
  /** Applies the edit (updateSite) and says whether the document accepted it. */
  onEdit(id: string, patch: Partial<SiteProperties>): { ok: true } | { ok: false; message: string };
  /** The ids passing the current filter, in the order shown, whenever they change. */
  onFilteredChange?(ids: readonly string[]): void;
}

/** Fixed row and header heights (table.css sets the same): the virtualizer needs no measuring. */
const ROW_PX = 28;
const HEAD_PX = 32;

interface Editing {
  id: string;
  col: number;
  text: string;
  error: string | null;
}

/**
 * Every site as a row: sortable, filterable and editable in place. Only the rows in view (plus
 * the active and the edited one) are in the DOM; spacer rows stand in for the rest.
 */
export function AttributeTable(props: AttributeTableProps) {
  const { sites, municipalityName, selectedId, onSelect, onEdit, onFilteredChange } = props;
  const t = useT();
  const { num, date } = useFormat();
  const decimalSeparator = useViewStore((s) => (s.language === "da" ? "," : "."));
  const format = useMemo<CellFormat>(
    () => ({ t, municipalityName, num: (v) => num(v, 2), date }),
    [t, municipalityName, num, date],
  );

  const [filter, setFilter] = useState<TableFilter>(NO_FILTER);
  const [sort, setSort] = useState<{ col: number; direction: SortDirection } | null>(null);
  // Indexing, sorting and filtering 50,000 rows render in the background; the last result
  // stays on screen, marked busy, until the new one is ready.
  const deferredSites = useDeferredValue(sites);
  const deferredFilter = useDeferredValue(filter);
  const deferredSort = useDeferredValue(sort);
  const rows = useMemo(() => toRows(deferredSites, municipalityName), [deferredSites, municipalityName]);
  // Sort first and filter the sorted rows: typing in the filter then costs one linear pass.
  const sorted = useMemo(() => {
    if (!deferredSort) return rows;
    const column = COLUMNS[deferredSort.col] as Column;
    return sortRows(rows, (r) => column.sortKey(r.site.properties, format), deferredSort.direction);
  }, [rows, deferredSort, format]);
  const shown = useMemo(() => filterRows(sorted, deferredFilter), [sorted, deferredFilter]);
  const ids = useMemo(() => shown.map((r) => r.site.properties.id), [shown]);
  const indexOf = useMemo(() => new Map(ids.map((id, i) => [id, i])), [ids]);
  const municipalities = useMemo(
    () => municipalityOptions(sites, municipalityName),
    [sites, municipalityName],
  );
  useEffect(() => onFilteredChange?.(ids), [ids, onFilteredChange]);

  const onTextChange = useCallback(
    (text: string) => setFilter((f) => (f.text === text ? f : { ...f, text })),
    [],
  );
  const helpId = useId();

  const [active, setActive] = useState<{ id: string; col: number } | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const activeRow = (active && indexOf.get(active.id)) ?? 0;
  const activeCol = active?.col ?? 0;
  const editingRow = editing ? indexOf.get(editing.id) : undefined;

  const scroller = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLTableElement>(null);
  // Keeping the active and the edited row rendered, wherever the view has scrolled, keeps
  // focus and the user's unsaved input in the DOM.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = new Set(defaultRangeExtractor(range));
      for (const keep of [activeRow, editingRow])
        if (keep !== undefined && keep < range.count) indexes.add(keep);
      return [...indexes].sort((a, b) => a - b);
    },
    [activeRow, editingRow],
  );
  const virtual = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_PX,
    overscan: 10,
    // The sticky header sits above the first row, inside the scrolled element.
    paddingStart: HEAD_PX,
    scrollPaddingStart: HEAD_PX,
    rangeExtractor,
    // jsdom has no layout: render a first screenful there too.
    initialRect: { width: 800, height: 400 },
  });

  // After a keyboard move the target cell is focused once it is rendered.
  const focusPending = useRef(false);
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    const cell = table.current?.querySelector<HTMLElement>(
      `tr[aria-rowindex="${activeRow + 2}"] > td[data-col="${activeCol}"]`,
    );
    if (cell) {
      focusPending.current = false;
      cell.focus({ preventScroll: true });
    }
  });

  // A selection made elsewhere (the map) brings its row into view once.
  const shownSelection = useRef<string | null>(null);
  useEffect(() => {
    if (selectedId === shownSelection.current) return;
    const index = selectedId === null ? undefined : indexOf.get(selectedId);
    if (selectedId === null || index === undefined) return;
    shownSelection.current = selectedId;
    setActive((a) => (a?.id === selectedId ? a : { id: selectedId, col: a?.col ?? 0 }));
    virtual.scrollToIndex(index);
  }, [selectedId, indexOf, virtual]);

  const moveTo = (row: number, col: number) => {
    const id = ids[row];
    if (id === undefined) return;
    setActive({ id, col });
    focusPending.current = true;
    virtual.scrollToIndex(row);
  };

  const startEdit = (p: SiteProperties, col: number) => {
    const column = COLUMNS[col] as Column;
    if (!column.editable(p) || (editing?.id === p.id && editing.col === col)) return;
    // An edit that was refused keeps its input, and its place, until the user fixes or cancels
    // it (unless the filter has since hidden it).
    if (editing?.error && editingRow !== undefined) {
      virtual.scrollToIndex(editingRow);
      return;
    }
    setEditing({ id: p.id, col, text: editText(p, column, decimalSeparator), error: null });
  };

  const commit = (): boolean => {
    if (!editing) return true;
    const column = COLUMNS[editing.col] as Column;
    const parsed = parseEdit(column, editing.text);
    if (!parsed.ok) {
      setEditing({ ...editing, error: t(parsed.error) });
      return false;
    }
    const current = editingRow === undefined ? undefined : shown[editingRow]?.site.properties;
    // An unchanged value is no edit: nothing for the document's undo history.
    const unchanged = current !== undefined && current[column.field] === parsed.value;
    if (!unchanged) {
      const result = onEdit(editing.id, { [column.field]: parsed.value });
      if (!result.ok) {
        setEditing({ ...editing, error: result.message });
        return false;
      }
    }
    setEditing(null);
    return true;
  };

  const onCellKey = (e: React.KeyboardEvent, p: SiteProperties, row: number, col: number) => {
    if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      if (e.key === "Enter") onSelect(p.id);
      startEdit(p, col);
      return;
    }
    const page = Math.max(1, Math.floor(((scroller.current?.clientHeight ?? 0) - HEAD_PX) / ROW_PX) - 1);
    const to = moveCell(
      e.key,
      e.ctrlKey || e.metaKey,
      { row, col },
      { rows: shown.length, cols: COLUMNS.length, page },
    );
    if (!to) return;
    e.preventDefault();
    moveTo(to.row, to.col);
  };

  const items = virtual.getVirtualItems();
  const body: React.ReactNode[] = [];
  let end = HEAD_PX;
  // Spacer rows fill each gap between rendered rows, so the scrollbar spans every row.
  const spacer = (key: string, height: number) =>
    height > 0 && body.push(<tr key={key} className="spacer" style={{ height }} />);
  for (const item of items) {
    spacer(`gap-${item.index}`, item.start - end);
    end = item.end;
    const row = shown[item.index];
    if (!row) continue;
    const p = row.site.properties;
    body.push(
      <tr key={p.id} aria-rowindex={item.index + 2} aria-selected={p.id === selectedId}>
        {COLUMNS.map((column, col) => {
          const isActive = item.index === activeRow && col === activeCol;
          const edit = editing && editing.id === p.id && editing.col === col ? editing : null;
          return (
            <td
              key={column.field}
              data-col={col}
              tabIndex={isActive ? 0 : -1}
              className={[column.numeric && "num", edit && "editing"].filter(Boolean).join(" ") || undefined}
              onFocus={(e) => {
                if (e.target === e.currentTarget && !isActive) setActive({ id: p.id, col });
              }}
              // Clicks inside the editor are the editor's own.
              onClick={(e) => e.target === e.currentTarget && onSelect(p.id)}
              onDoubleClick={(e) => e.target === e.currentTarget && startEdit(p, col)}
              onKeyDown={(e) => onCellKey(e, p, item.index, col)}
            >
              {edit ? (
                <CellEditor
                  column={column}
                  label={t("table.edit.label", { column: t(column.label), name: p.name })}
                  text={edit.text}
                  error={edit.error}
                  t={t}
                  onChange={(text) => setEditing({ ...edit, text })}
                  onCommit={() => {
                    const ok = commit();
                    focusPending.current = ok;
                    return ok;
                  }}
                  onCancel={() => {
                    setEditing(null);
                    focusPending.current = true;
                  }}
                />
              ) : (
                column.text(p, format)
              )}
            </td>
          );
        })}
      </tr>,
    );
  }
  spacer("end", virtual.getTotalSize() - end);

  return (
    <section className="attr-table">
      <TableFilters
        filter={filter}
        municipalities={municipalities}
        shown={shown.length}
        total={sites.length}
        onTextChange={onTextChange}
        onChange={(patch) => setFilter((f) => ({ ...f, ...patch }))}
      />
      <div ref={scroller} className="attr-table-scroll">
        <table
          ref={table}
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a table whose cells are navigated and edited is the WAI-ARIA data grid pattern; the role lets arrow keys reach it past a screen reader's browse mode
          role="grid"
          aria-rowcount={shown.length + 1}
          aria-describedby={helpId}
          aria-busy={sites !== deferredSites || filter !== deferredFilter || sort !== deferredSort}
        >
          <caption className="visually-hidden">{t("table.caption")}</caption>
          <colgroup>
            {COLUMNS.map((c) => (
              <col key={c.field} className={`col-${c.field}`} />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              {COLUMNS.map((c, col) => (
                <th
                  key={c.field}
                  scope="col"
                  className={c.numeric ? "num" : undefined}
                  aria-sort={sort?.col === col ? sort.direction : "none"}
                >
                  <button
                    type="button"
                    className="link"
                    onClick={() =>
                      setSort((s) => ({
                        col,
                        direction: s?.col === col && s.direction === "ascending" ? "descending" : "ascending",
                      }))
                    }
                  >
                    {t(c.label)}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{body}</tbody>
        </table>
        {shown.length === 0 && <p className="attr-empty">{t("table.noRows")}</p>}
      </div>
      <p id={helpId} className="attr-help">
        {t("table.help")}
      </p>
    </section>
  );
}
