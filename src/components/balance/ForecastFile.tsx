import { useId, useRef, useState } from "react";
import { type CsvImport, forecastFromCsv, forecastToCsv } from "../../domain/forecast/csv";
import type { ForecastTable } from "../../domain/forecast/types";
import { useT } from "../../i18n/useT";
import { decodeText } from "../../io/formats/text";
import { downloadText } from "../download";

const REJECTIONS_SHOWN = 20;

type Pending = { file: string; result: CsvImport & { table: ForecastTable } };

/**
 * The forecast as a CSV file in the documented template (docs/forecasts.md): export the one
 * shown; import one, see every rejected row, and only then use it. Nothing changes before that.
 */
export function ForecastFile(props: {
  table: ForecastTable;
  /** Set when the table shown is an imported one rather than the embedded one. */
  imported: boolean;
  /** false when the workspace could not take it now (busy loading or saving). */
  onUse(table: ForecastTable): boolean;
  onRevert(): boolean;
}) {
  const t = useT();
  const inputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);

  const read = async (file: File) => {
    setPending(null);
    setError(null);
    try {
      const { text } = decodeText(new Uint8Array(await file.arrayBuffer()), file.name);
      const result = forecastFromCsv(text);
      if (!result.table) {
        const reason = result.rejected[0]?.message ?? "?";
        setError(t("balance.file.notForecast", { file: file.name, reason }));
        return;
      }
      setPending({ file: file.name, result: { ...result, table: result.table } });
    } catch (e) {
      setError(
        t("balance.file.readFailed", { file: file.name, reason: e instanceof Error ? e.message : String(e) }),
      );
    }
  };

  const rejected = pending?.result.rejected ?? [];
  return (
    <section className="panel-section forecast-file" aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`}>{t("balance.file.title")}</h3>
      {props.imported && (
        <p>
          {t("balance.file.inUse", { title: props.table.title })}{" "}
          <button
            type="button"
            className="link"
            onClick={() => {
              setError(props.onRevert() ? null : t("balance.file.busy"));
            }}
          >
            {t("balance.file.revert")}
          </button>
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          onClick={() =>
            downloadText(
              forecastToCsv(props.table),
              `jordbalance_prognose_${new Date().toISOString().slice(0, 10)}.csv`,
              "text/csv;charset=utf-8",
            )
          }
        >
          {t("balance.file.export")}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t("balance.file.import")}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".csv,text/csv"
          hidden
          aria-label={t("balance.file.import")}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void read(file);
          }}
        />
      </div>
      <p className="muted">{t("balance.file.help")}</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {pending && (
        <div role="status" className="forecast-import-report">
          <p>
            {t("balance.file.report", {
              file: pending.file,
              kept: String(pending.result.table.records.length),
              rejected: String(rejected.length),
            })}
          </p>
          {rejected.length > 0 && (
            <ul>
              {rejected.slice(0, REJECTIONS_SHOWN).map((r) => (
                <li key={`${r.row}-${r.field}`}>
                  {t("balance.file.rejectedRow", { row: String(r.row), field: r.field, message: r.message })}
                </li>
              ))}
              {rejected.length > REJECTIONS_SHOWN && (
                <li>{t("balance.file.more", { count: String(rejected.length - REJECTIONS_SHOWN) })}</li>
              )}
            </ul>
          )}
          <div className="button-row">
            <button
              type="button"
              className="primary"
              disabled={pending.result.table.records.length === 0}
              onClick={() => {
                if (props.onUse(pending.result.table)) setPending(null);
                else setError(t("balance.file.busy"));
              }}
            >
              {t("balance.file.use")}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t("balance.file.cancel")}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
