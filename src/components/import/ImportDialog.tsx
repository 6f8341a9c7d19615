import { useEffect, useRef, useState } from "react";
import type { StoreApi } from "zustand";
import { useT } from "../../i18n/useT";
import type { CrsId } from "../../io/formats/crs";
import { MAX_IMPORT_BYTES } from "../../io/formats/text";
import type { ImportInput, Inspection, ReadResult } from "../../io/formats/types";
import type { FieldMapping } from "../../io/mapping/fieldMapping";
import { asImportInput } from "../../io/remote/asImportInput";
import { fetchRemoteFeatures, type RemoteProgress } from "../../io/remote/fetchFeatures";
import { checkRemoteUrl, nameFromUrl, plainFileOfUrl } from "../../io/remote/remoteUrl";
import { UserError } from "../../io/userError";
import type { DocumentState } from "../../state/document/documentStore";
import { type DuplicateChoice, duplicateIds, planImport } from "../../state/document/importPlan";
import { useServices } from "../../state/services";
import { newJobId } from "../../workers/heavyClient";
import { useFormat } from "../useFormat";
import { MappingStep } from "./MappingStep";

type Step =
  | { type: "choose"; error?: string }
  | { type: "fetching"; url: string; progress: RemoteProgress; abort: AbortController }
  | { type: "working"; jobId: number; file: string; fraction: number; back: Step }
  | {
      type: "mapping";
      input: ImportInput;
      inspection: Inspection;
      mapping: FieldMapping;
      crs: CrsId | undefined;
      error?: string;
    }
  | {
      type: "report";
      input: ImportInput;
      inspection: Inspection;
      mapping: FieldMapping;
      crs: CrsId | undefined;
      result: ReadResult;
      duplicates: string[];
      choice: DuplicateChoice;
    }
  | { type: "done"; count: number };

const MB = 1024 * 1024;

/**
 * Import in steps: choose (file, drop, paste, URL) → columns and CRS → validation report →
 * one transaction of the valid sites, or nothing. Parsing runs in the worker with progress and
 * cancel. `initial` (a remote layer's features) skips the choice and is read at once.
 */
export function ImportDialog(props: {
  store: StoreApi<DocumentState>;
  municipalitiesUrl: string;
  initial?: ImportInput | undefined;
  onClose(): void;
}) {
  const t = useT();
  const { num } = useFormat();
  const { heavy } = useServices();
  const [step, setStep] = useState<Step>({ type: "choose" });
  const [pasted, setPasted] = useState("");
  const [url, setUrl] = useState("");
  const [dragOver, setDragOver] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const current = useRef(0);

  /** A cancel goes back a step; a failure says why where the user can act on it. */
  const fail = (e: unknown, back: Step = { type: "choose" }) => {
    const message = e instanceof Error ? e.message : String(e);
    if (e instanceof Error && e.name === "AbortError") setStep(back);
    else if (back.type === "mapping") setStep({ ...back, error: t("import.failed", { message }) });
    else setStep({ type: "choose", error: t("import.failed", { message }) });
  };

  const inspect = async (input: ImportInput) => {
    if (input.bytes.byteLength > MAX_IMPORT_BYTES) {
      setStep({
        type: "choose",
        error: t("import.tooBig", {
          file: input.fileName,
          mb: num(input.bytes.byteLength / MB, 1),
          limit: num(MAX_IMPORT_BYTES / MB),
        }),
      });
      return;
    }
    const jobId = newJobId();
    current.current = jobId;
    const back: Step = { type: "choose" };
    setStep({ type: "working", jobId, file: input.fileName, fraction: 0, back });
    // Progress messages can arrive after the result (they are separate worker messages):
    // once the job has settled they are ignored.
    let settled = false;
    try {
      const inspection = await heavy.inspectImport(jobId, input, props.municipalitiesUrl, (fraction) => {
        if (!settled && current.current === jobId)
          setStep({ type: "working", jobId, file: input.fileName, fraction, back });
      });
      settled = true;
      if (current.current !== jobId) return;
      const crs = inspection.crs.status === "unsure" ? undefined : inspection.crs.crs;
      setStep({ type: "mapping", input, inspection, mapping: inspection.suggested, crs });
    } catch (e) {
      settled = true;
      if (current.current === jobId) fail(e, back);
    }
  };

  const convert = async (from: Extract<Step, { type: "mapping" }>) => {
    const jobId = newJobId();
    current.current = jobId;
    setStep({ type: "working", jobId, file: from.input.fileName, fraction: 0, back: from });
    let settled = false;
    try {
      const result = await heavy.convertImport(
        jobId,
        from.input,
        from.mapping,
        from.crs,
        props.municipalitiesUrl,
        (fraction) => {
          if (!settled && current.current === jobId)
            setStep({ type: "working", jobId, file: from.input.fileName, fraction, back: from });
        },
      );
      settled = true;
      if (current.current !== jobId) return;
      const duplicates = duplicateIds(props.store.getState().doc, result.candidates);
      const { error: _shown, ...mapping } = from;
      setStep({ ...mapping, type: "report", result, duplicates, choice: "skip" });
    } catch (e) {
      settled = true;
      if (current.current === jobId) fail(e, from);
    }
  };

  const apply = (report: Extract<Step, { type: "report" }>) => {
    const state = props.store.getState();
    const plan = planImport(state.doc, report.result.candidates, () => report.choice);
    const outcome = state.apply(plan.tx);
    if (outcome.ok) setStep({ type: "done", count: plan.tx.ops.length });
    else
      setStep({
        type: "choose",
        error: t("import.failed", {
          message:
            outcome.reason === "invalid"
              ? outcome.issues.map((i) => `${i.ref}: ${i.message}`).join("; ")
              : "busy",
        }),
      });
  };

  // A new remote layer handed in is read at once, also when the dialog is already open.
  // biome-ignore lint/correctness/useExhaustiveDependencies: inspect is a fresh closure each render; only a new input should start a read
  useEffect(() => {
    if (props.initial) void inspect(props.initial);
  }, [props.initial]);

  // Closing the dialog stops a fetch still running, and lets the worker drop the file it kept.
  const fetching = useRef<AbortController | null>(null);
  useEffect(
    () => () => {
      fetching.current?.abort();
      void heavy.forgetImport();
    },
    [heavy],
  );

  /** The address read like a remote layer: every page of an OGC API collection, with cancel. */
  const fromUrl = async () => {
    // Relative to the app, as before: same-origin files need no host.
    const checked = checkRemoteUrl(url, window.location.href);
    if (!checked.ok) {
      setStep({ type: "choose", error: t(`remote.problem.${checked.problem}`) });
      return;
    }
    const abort = new AbortController();
    fetching.current = abort;
    const at = (progress: RemoteProgress): Step => ({ type: "fetching", url: checked.url, progress, abort });
    setStep(at({ pages: 0, features: 0 }));
    try {
      const plainFile = plainFileOfUrl(checked.url);
      if (plainFile !== undefined) {
        // A CSV, KML or Shapefile address: one file, read as if the user had chosen it.
        const response = await fetch(checked.url, { signal: abort.signal });
        if (!response.ok)
          throw new UserError(`${checked.url}: HTTP ${response.status} ${response.statusText}`.trim());
        const bytes = new Uint8Array(await response.arrayBuffer());
        if (!abort.signal.aborted) await inspect({ bytes, fileName: plainFile });
        return;
      }
      const result = await fetchRemoteFeatures(checked.url, {
        fetch: (input, init) => globalThis.fetch(input, init),
        signal: abort.signal,
        onProgress: (progress) => {
          if (!abort.signal.aborted) setStep(at(progress));
        },
      });
      if (!abort.signal.aborted) await inspect(asImportInput(result.collection, nameFromUrl(checked.url)));
    } catch (e) {
      if (!abort.signal.aborted) fail(e);
    }
  };

  const fromFile = async (file: File) =>
    inspect({ bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name });

  return (
    <section className="import-dialog" role="dialog" aria-modal="false" aria-labelledby="import-title">
      <header className="details-header">
        <h2 id="import-title">{t("import.title")}</h2>
        <button type="button" className="close" aria-label={t("import.close")} onClick={props.onClose}>
          ×
        </button>
      </header>

      {step.type === "choose" && (
        <>
          {step.error && (
            <p className="warning" role="alert">
              {step.error}
            </p>
          )}
          <fieldset
            className={`drop-zone${dragOver ? " over" : ""}`}
            onDragOver={(e) => {
              e.preventDefault();
              setDragOver(true);
            }}
            onDragLeave={() => setDragOver(false)}
            onDrop={(e) => {
              e.preventDefault();
              setDragOver(false);
              const file = e.dataTransfer.files[0];
              if (file) void fromFile(file);
            }}
          >
            <legend>{t("import.source")}</legend>
            <button type="button" onClick={() => fileInput.current?.click()}>
              {t("import.file")}
            </button>
            <input
              ref={fileInput}
              type="file"
              hidden
              accept=".geojson,.json,.csv,.txt,.zip,.kml"
              aria-label={t("import.file")}
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = "";
                if (file) void fromFile(file);
              }}
            />
            <p className="muted">{t("import.drop")}</p>
          </fieldset>
          <label className="stacked">
            {t("import.paste")}
            <textarea rows={4} value={pasted} onChange={(e) => setPasted(e.target.value)} />
          </label>
          <button
            type="button"
            disabled={pasted.trim() === ""}
            onClick={() => {
              const text = pasted.trim();
              const fileName = text.startsWith("{") ? "indsat.geojson" : "indsat.csv";
              void inspect({ bytes: new TextEncoder().encode(text), fileName });
            }}
          >
            {t("import.pasteRead")}
          </button>
          <form
            className="button-row"
            onSubmit={(e) => {
              e.preventDefault();
              void fromUrl();
            }}
          >
            <label className="stacked">
              {t("import.url")}
              <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
            </label>
            <button type="submit" disabled={url.trim() === ""}>
              {t("import.urlRead")}
            </button>
          </form>
        </>
      )}

      {step.type === "fetching" && (
        <div className="button-row">
          <span role="status">
            {step.progress.numberMatched !== undefined
              ? t("remote.loadingOf", {
                  pages: step.progress.pages,
                  features: step.progress.features,
                  matched: step.progress.numberMatched,
                })
              : t("remote.loading", { pages: step.progress.pages, features: step.progress.features })}
          </span>
          <button
            type="button"
            onClick={() => {
              step.abort.abort();
              setStep({ type: "choose" });
            }}
          >
            {t("import.cancel")}
          </button>
        </div>
      )}

      {step.type === "working" && (
        <div className="button-row">
          <progress max={1} value={step.fraction} aria-label={t("import.reading", { file: step.file })} />
          <span role="status">{t("import.reading", { file: step.file })}</span>
          <button
            type="button"
            onClick={() => {
              heavy.cancel(step.jobId);
              current.current = 0;
              setStep(step.back);
            }}
          >
            {t("import.cancel")}
          </button>
        </div>
      )}

      {step.type === "mapping" && (
        <>
          <p>
            {t("import.format", {
              file: step.input.fileName,
              format: step.inspection.format,
              records: String(step.inspection.records),
            })}
          </p>
          {step.inspection.notes.length > 0 && <p className="muted">{step.inspection.notes.join(" · ")}</p>}
          <MappingStep
            inspection={step.inspection}
            mapping={step.mapping}
            crs={step.crs}
            onChange={(mapping, crs) => setStep({ ...step, mapping, crs, error: undefined })}
          />
          {step.error && (
            <p className="warning" role="alert">
              {step.error}
            </p>
          )}
          <div className="button-row">
            <button
              type="button"
              className="primary"
              disabled={step.crs === undefined && step.inspection.crs.status === "unsure"}
              onClick={() => void convert(step)}
            >
              {t("import.check")}
            </button>
            <button type="button" onClick={() => setStep({ type: "choose" })}>
              {t("import.back")}
            </button>
          </div>
        </>
      )}

      {step.type === "report" && (
        <>
          <p role="status">
            {t("import.report", {
              valid: String(step.result.candidates.length),
              rejected: String(step.result.rejected.length),
            })}
          </p>
          {step.result.notes.length > 0 && <p className="muted">{step.result.notes.join(" · ")}</p>}
          {step.result.rejected.length > 0 && (
            <details open>
              <summary>{t("import.rejected")}</summary>
              <ul className="issue-list">
                {step.result.rejected.map((i) => (
                  <li key={`${i.position}|${i.field}|${i.reason}`}>
                    {i.ref}: {i.field}: {i.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {step.result.warnings.length > 0 && (
            <details>
              <summary>{t("import.warnings")}</summary>
              <ul className="issue-list">
                {step.result.warnings.map((i) => (
                  <li key={`${i.position}|${i.field}|${i.reason}`}>
                    {i.ref}: {i.field}: {i.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {step.duplicates.length > 0 && (
            <fieldset>
              <legend>
                {t("import.duplicates", { count: String(step.duplicates.length) })}{" "}
                {step.duplicates.slice(0, 5).join(", ")}
                {step.duplicates.length > 5 ? " …" : ""}
              </legend>
              {(["skip", "replace", "keep_both"] as const).map((c) => (
                <label key={c} className="check">
                  <input
                    type="radio"
                    name="duplicates"
                    checked={step.choice === c}
                    onChange={() => setStep({ ...step, choice: c })}
                  />
                  {t(`import.dup.${c}`)}
                </label>
              ))}
            </fieldset>
          )}
          {step.result.candidates.length === 0 && <p className="warning">{t("import.nothing")}</p>}
          <div className="button-row">
            <button
              type="button"
              className="primary"
              disabled={step.result.candidates.length === 0}
              onClick={() => apply(step)}
            >
              {t("import.apply", { count: String(step.result.candidates.length) })}
            </button>
            <button
              type="button"
              onClick={() =>
                setStep({
                  type: "mapping",
                  input: step.input,
                  inspection: step.inspection,
                  mapping: step.mapping,
                  crs: step.crs,
                })
              }
            >
              {t("import.back")}
            </button>
            <button type="button" onClick={props.onClose}>
              {t("import.cancel")}
            </button>
          </div>
        </>
      )}

      {step.type === "done" && <p role="status">{t("import.done", { count: String(step.count) })}</p>}
    </section>
  );
}
