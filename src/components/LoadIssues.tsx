import { useT } from "../i18n/useT";
import type { LoadedSites } from "../io/loadSites";

/** Sites or files that could not be loaded, each with where and why; the rest are on the map. */
export function LoadIssues({ issues, fileErrors }: Pick<LoadedSites, "issues" | "fileErrors">) {
  const t = useT();
  const count = issues.length + fileErrors.length;
  if (count === 0) return null;
  return (
    <section className="panel-section load-issues" role="status">
      <details>
        <summary>{t("issues.title", { count: String(count) })}</summary>
        <ul>
          {fileErrors.map((e) => (
            <li key={`file-${e.file}`}>{e.message}</li>
          ))}
          {issues.map((i) => (
            <li key={`${i.file}|${i.ref}|${i.field}|${i.message}`}>
              {i.file}: {t("issues.row", { ref: i.ref, field: i.field, message: i.message })}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
