import { useState } from "react";
import { SITE_KINDS } from "../../domain/site";
import type { MessageKey } from "../../i18n/catalog";
import { useT } from "../../i18n/useT";
import type { CrsId } from "../../io/formats/crs";
import type { Inspection } from "../../io/formats/types";
import { type FieldMapping, TARGET_FIELDS, type TargetField } from "../../io/mapping/fieldMapping";
import { loadSavedMappings, saveMapping } from "./savedMappings";

const FIELD_LABEL: Partial<Record<TargetField, MessageKey>> = {
  kind: "details.kind",
  name: "edit.field.name",
  quantity: "fit.col.tonnes",
  unit: "edit.field.unit",
  material: "details.material",
  soilClass: "details.soilClass",
  acceptedMaterials: "details.acceptedMaterials",
  acceptedClasses: "details.acceptedClasses",
  receiverType: "details.receiverType",
  section52Dispensation: "details.section52",
  annualExtraction: "details.annualExtraction",
  municipalityCode: "details.municipality",
  status: "details.status",
  availableFrom: "edit.field.from",
  availableTo: "edit.field.to",
  illustrative: "details.illustrative",
  locationApproximate: "details.locationApproximate",
};

/** Which column feeds which field, the CRS when unsure, a preview; saved mappings reused. */
export function MappingStep(props: {
  inspection: Inspection;
  mapping: FieldMapping;
  crs: CrsId | undefined;
  onChange(mapping: FieldMapping, crs: CrsId | undefined): void;
}) {
  const t = useT();
  const { inspection, mapping, crs } = props;
  const [saveName, setSaveName] = useState("");
  const [saved, setSaved] = useState(loadSavedMappings);
  const columnSelect = (
    label: string,
    value: string | undefined,
    onSelect: (c: string | undefined) => void,
  ) => (
    <select aria-label={label} value={value ?? ""} onChange={(e) => onSelect(e.target.value || undefined)}>
      <option value="">{t("import.mapping.none")}</option>
      {inspection.columns.map((c) => (
        <option key={c} value={c}>
          {c}
        </option>
      ))}
    </select>
  );
  const setField = (field: TargetField, column: string | undefined) => {
    const fields = { ...mapping.fields };
    if (column === undefined) delete fields[field];
    else fields[field] = column;
    props.onChange({ ...mapping, fields }, crs);
  };
  const detection = inspection.crs;
  const previewColumns = inspection.columns.slice(0, 8);

  return (
    <div className="mapping-step">
      <h3>{t("import.crs")}</h3>
      {detection.status === "unsure" ? (
        <fieldset>
          <legend>{t("import.crs.unsure")}</legend>
          {detection.candidates.map((c) => (
            <label key={c} className="check">
              <input
                type="radio"
                name="crs"
                checked={crs === c}
                onChange={() => props.onChange(mapping, c)}
              />
              {c}
            </label>
          ))}
          <p className="muted">{detection.evidence.join(" ")}</p>
        </fieldset>
      ) : (
        <p>
          {t(detection.status === "declared" ? "import.crs.declared" : "import.crs.detected", {
            crs: detection.crs,
          })}
        </p>
      )}

      <h3>{t("import.mapping")}</h3>
      {Object.keys(saved).length > 0 && (
        <p className="button-row">
          {t("import.mapping.saved")}:
          {Object.entries(saved).map(([name, m]) => (
            <button key={name} type="button" onClick={() => props.onChange({ ...m }, crs)}>
              {t("import.mapping.use")} {name}
            </button>
          ))}
        </p>
      )}
      <table className="mapping-table">
        <thead>
          <tr>
            <th scope="col">{t("import.mapping.field")}</th>
            <th scope="col">{t("import.mapping.column")}</th>
          </tr>
        </thead>
        <tbody>
          {TARGET_FIELDS.map((field) => {
            const label = FIELD_LABEL[field] ? t(FIELD_LABEL[field] as MessageKey) : field;
            return (
              <tr key={field}>
                <th scope="row">{label}</th>
                <td>{columnSelect(label, mapping.fields[field], (c) => setField(field, c))}</td>
              </tr>
            );
          })}
          {inspection.format === "csv" && (
            <>
              <tr>
                <th scope="row">{t("import.mapping.x")}</th>
                <td>
                  {columnSelect(t("import.mapping.x"), mapping.coordinates?.x, (x) =>
                    props.onChange(
                      { ...mapping, coordinates: { x: x ?? "", y: mapping.coordinates?.y ?? "" } },
                      crs,
                    ),
                  )}
                </td>
              </tr>
              <tr>
                <th scope="row">{t("import.mapping.y")}</th>
                <td>
                  {columnSelect(t("import.mapping.y"), mapping.coordinates?.y, (y) =>
                    props.onChange(
                      { ...mapping, coordinates: { x: mapping.coordinates?.x ?? "", y: y ?? "" } },
                      crs,
                    ),
                  )}
                </td>
              </tr>
            </>
          )}
          <tr>
            <th scope="row">{t("import.mapping.defaultKind")}</th>
            <td>
              <select
                aria-label={t("import.mapping.defaultKind")}
                value={mapping.defaultKind ?? ""}
                onChange={(e) => {
                  const { defaultKind: _drop, ...rest } = mapping;
                  const kind = e.target.value as FieldMapping["defaultKind"] | "";
                  props.onChange(kind ? { ...rest, defaultKind: kind } : rest, crs);
                }}
              >
                <option value="">{t("import.mapping.none")}</option>
                {SITE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`kind.${k}`)}
                  </option>
                ))}
              </select>
            </td>
          </tr>
          <tr>
            <th scope="row">{t("import.mapping.unit")}</th>
            <td>
              <select
                aria-label={t("import.mapping.unit")}
                value={mapping.unit ?? ""}
                onChange={(e) => {
                  const { unit: _drop, ...rest } = mapping;
                  const unit = e.target.value as "m3" | "t" | "";
                  props.onChange(unit ? { ...rest, unit } : rest, crs);
                }}
              >
                <option value="">{t("import.mapping.none")}</option>
                <option value="m3">{t("units.m3")}</option>
                <option value="t">{t("units.t")}</option>
              </select>
            </td>
          </tr>
        </tbody>
      </table>
      <form
        className="button-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!saveName.trim()) return;
          saveMapping(saveName.trim(), mapping);
          setSaved(loadSavedMappings());
        }}
      >
        <label>
          {t("import.mapping.save")}{" "}
          <input value={saveName} onChange={(e) => setSaveName(e.target.value)} maxLength={80} />
        </label>
        <button type="submit">{t("edit.save")}</button>
      </form>

      <h3>{t("import.preview")}</h3>
      <div className="preview-wrap">
        <table className="preview-table">
          <thead>
            <tr>
              {previewColumns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {inspection.samples.slice(0, 5).map((row, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: sample rows have no identity but their order
              <tr key={i}>
                {previewColumns.map((c) => (
                  <td key={c}>{typeof row[c] === "string" ? row[c] : JSON.stringify(row[c] ?? "")}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
