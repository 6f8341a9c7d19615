import type { ExcludedSite } from "../../domain/match";
import { useT } from "../../i18n/useT";

/** Sites the match left out, each with its id and why. */
export function ExcludedList({ excluded }: { excluded: readonly ExcludedSite[] }) {
  const t = useT();
  if (excluded.length === 0) return null;
  return (
    <details className="panel-section excluded">
      <summary>{t("match.excluded.title", { count: String(excluded.length) })}</summary>
      <ul>
        {excluded.map((e) => (
          <li key={`${e.id}|${e.index}`}>
            {e.id}: {t(`match.excluded.${e.reason}`)}
          </li>
        ))}
      </ul>
    </details>
  );
}
