import { type FormEvent, useId, useState } from "react";
import { useT } from "../i18n/useT";
import type { ImportInput } from "../io/formats/types";
import { asImportInput } from "../io/remote/asImportInput";
import { checkRemoteUrl } from "../io/remote/remoteUrl";
import { OVERLAY_COLOURS } from "../map/palette";
import { type RemoteLayer, useRemoteLayer, useRemoteLayers } from "../state/remoteLayers";

/**
 * Layers from an address: add one (GeoJSON or OGC API – Features), see it load page by page,
 * retry a failure, show or hide it, remove it, or take its features into the import dialog.
 */
export function RemoteLayers({ onImport }: { onImport?: ((input: ImportInput) => void) | undefined }) {
  const t = useT();
  const layers = useRemoteLayers((s) => s.layers);
  const add = useRemoteLayers((s) => s.add);
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();
  const problemId = useId();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = checkRemoteUrl(text);
    if (!checked.ok) {
      setProblem(t(`remote.problem.${checked.problem}`));
      return;
    }
    const added = add(checked.url);
    if (!added.ok) {
      setProblem(t("remote.problem.duplicate", { name: added.name }));
      return;
    }
    setProblem(null);
    setText("");
  };

  return (
    <section className="panel-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("remote.title")}</h2>
      {/* Our own check says what is wrong in the user's language; the browser's would not. */}
      <form noValidate onSubmit={submit}>
        <label className="stacked" htmlFor={inputId}>
          {t("remote.url")}
        </label>
        <input
          id={inputId}
          type="url"
          className="remote-url"
          value={text}
          aria-invalid={problem !== null}
          aria-describedby={problem !== null ? `${problemId} ${hintId}` : hintId}
          onChange={(e) => setText(e.target.value)}
        />
        <p id={hintId} className="muted">
          {t("remote.hint")}
        </p>
        {problem !== null && (
          <p id={problemId} className="warning" role="alert">
            {problem}
          </p>
        )}
        <button type="submit">{t("remote.add")}</button>
      </form>
      {layers.length > 0 && (
        <ul className="layer-list remote-list" aria-label={t("remote.list")}>
          {layers.map((layer) => (
            <RemoteLayerItem key={layer.id} layer={layer} onImport={onImport} />
          ))}
        </ul>
      )}
    </section>
  );
}

function RemoteLayerItem({
  layer,
  onImport,
}: {
  layer: RemoteLayer;
  onImport: ((input: ImportInput) => void) | undefined;
}) {
  const t = useT();
  const toggle = useRemoteLayers((s) => s.toggle);
  const remove = useRemoteLayers((s) => s.remove);
  const { status, isFetching, data, error, progress, refetch } = useRemoteLayer(layer.url);

  const importIt = () => {
    if (!data || !onImport) return;
    onImport(asImportInput(data.collection, layer.name));
  };

  return (
    <li className="remote-layer">
      <label title={layer.url}>
        <input type="checkbox" checked={layer.visible} onChange={() => toggle(layer.id)} />
        <span className="swatch ring" style={{ borderColor: OVERLAY_COLOURS[layer.colour] }} />
        <span className="remote-name">{layer.name}</span>
        {data && !isFetching && (
          <span className="count">{t("remote.count", { count: data.collection.features.length })}</span>
        )}
      </label>
      {isFetching && (
        <p className="muted" role="status">
          {progress?.numberMatched !== undefined
            ? t("remote.loadingOf", {
                pages: progress.pages,
                features: progress.features,
                matched: progress.numberMatched,
              })
            : t("remote.loading", { pages: progress?.pages ?? 0, features: progress?.features ?? 0 })}
        </p>
      )}
      {status === "error" && !isFetching && (
        <p className="warning" role="alert">
          {t("remote.failed", { message: error instanceof Error ? error.message : String(error) })}
        </p>
      )}
      <div className="button-row">
        {status === "error" && !isFetching && (
          <button type="button" aria-label={t("remote.retryLabel", { name: layer.name })} onClick={refetch}>
            {t("remote.retry")}
          </button>
        )}
        {onImport && (
          <button
            type="button"
            disabled={!data || isFetching}
            aria-label={t("remote.importLabel", { name: layer.name })}
            onClick={importIt}
          >
            {t("remote.import")}
          </button>
        )}
        <button
          type="button"
          aria-label={t("remote.removeLabel", { name: layer.name })}
          onClick={() => remove(layer.id)}
        >
          {t("remote.remove")}
        </button>
      </div>
    </li>
  );
}
