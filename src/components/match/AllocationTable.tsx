import { useVirtualizer } from "@tanstack/react-virtual";
import { useMemo, useRef, useState } from "react";
import type { MatchFlow } from "../../domain/match";
import type { MessageKey } from "../../i18n/catalog";
import { useT } from "../../i18n/useT";
import { useViewStore } from "../../state/viewStore";
import { useFormat } from "../useFormat";

type Column = "source" | "receiver" | "tonnes" | "km" | "reuse";
const COLUMNS: Array<{ id: Column; label: MessageKey; numeric: boolean }> = [
  { id: "source", label: "match.col.source", numeric: false },
  { id: "receiver", label: "match.col.receiver", numeric: false },
  { id: "tonnes", label: "match.col.tonnes", numeric: true },
  { id: "km", label: "match.col.km", numeric: true },
  { id: "reuse", label: "match.col.reuse", numeric: false },
];
const ROW_PX = 30;

/** Every flow of the match, sortable by any column; only the visible rows are rendered. */
export function AllocationTable({
  flows,
  nameOf,
}: {
  flows: readonly MatchFlow[];
  nameOf(id: string): string;
}) {
  const t = useT();
  const { num } = useFormat();
  const select = useViewStore((s) => s.select);
  const [sort, setSort] = useState<{ by: Column; desc: boolean }>({ by: "tonnes", desc: true });
  const rows = useMemo(() => {
    const key = (f: MatchFlow): string | number => {
      switch (sort.by) {
        case "source":
          return nameOf(f.sourceId);
        case "receiver":
          return nameOf(f.receiverId);
        case "tonnes":
          return f.tonnes;
        case "km":
          return f.distanceKm;
        case "reuse":
          return f.reuse ? 1 : 0;
      }
    };
    const sorted = [...flows].sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      const d = typeof ka === "number" ? ka - (kb as number) : ka.localeCompare(kb as string, "da");
      return sort.desc ? -d : d;
    });
    return sorted;
  }, [flows, sort, nameOf]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_PX,
    overscan: 10,
    // jsdom has no layout: render a first screenful there too.
    initialRect: { width: 400, height: 320 },
  });

  const items = virtual.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtual.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <section className="panel-section" aria-labelledby="alloc-title">
      <h3 id="alloc-title">{t("match.flows.title", { count: String(flows.length) })}</h3>
      <div ref={scroller} className="alloc-body">
        <table className="alloc" aria-labelledby="alloc-title" aria-rowcount={rows.length + 1}>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th
                  scope="col"
                  key={c.id}
                  aria-sort={sort.by === c.id ? (sort.desc ? "descending" : "ascending") : "none"}
                  className={c.numeric ? "num" : undefined}
                >
                  <button
                    type="button"
                    className="link"
                    aria-label={t("match.sortBy", { column: t(c.label) })}
                    onClick={() => setSort((s) => ({ by: c.id, desc: s.by === c.id ? !s.desc : c.numeric }))}
                  >
                    {t(c.label)}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {/* Spacer rows stand in for the rows scrolled out of view. */}
            {padTop > 0 && <tr style={{ height: padTop }} />}
            {items.map((item) => {
              const f = rows[item.index] as MatchFlow;
              return (
                <tr
                  key={`${f.sourceId}>${f.receiverId}`}
                  aria-rowindex={item.index + 2}
                  style={{ height: ROW_PX }}
                >
                  <td>
                    <button
                      type="button"
                      className="link"
                      onClick={() => select({ type: "site", id: f.sourceId })}
                    >
                      {nameOf(f.sourceId)}
                    </button>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="link"
                      onClick={() => select({ type: "site", id: f.receiverId })}
                    >
                      {nameOf(f.receiverId)}
                    </button>
                  </td>
                  <td className="num">{num(f.tonnes)}</td>
                  <td className="num">{num(f.distanceKm, 1)}</td>
                  <td>{t(f.reuse ? "yes" : "no")}</td>
                </tr>
              );
            })}
            {padBottom > 0 && <tr style={{ height: padBottom }} />}
          </tbody>
        </table>
      </div>
    </section>
  );
}
