import { useId, useState } from "react";
import { MATERIALS, type Material, SOIL_CLASSES, type SoilClass } from "../domain/materials";
import {
  RECEIVER_TYPES,
  type ReceiverType,
  SITE_KINDS,
  SITE_STATUSES,
  type Site,
  type SiteProperties,
} from "../domain/site";
import { type SiteIssue, validateSite } from "../domain/siteSchema";
import { useT } from "../i18n/useT";

/** The form's working copy: text for numbers so a half-typed "12," is not lost. */
interface Draft {
  props: SiteProperties;
  quantityText: string;
  extractionText: string;
}

const parseNumber = (text: string): number | undefined => {
  const trimmed = text.trim().replace(/\s/g, "");
  if (trimmed === "") return undefined;
  // Danish "1.234,5" and plain "1234.5" both read as 1234.5.
  const normal = trimmed.includes(",") ? trimmed.replace(/\./g, "").replace(",", ".") : trimmed;
  const n = Number(normal);
  return Number.isFinite(n) ? n : Number.NaN;
};

/** The properties patch the draft stands for: every schema field, `undefined` to remove one. */
function patchOf(draft: Draft): Partial<SiteProperties> {
  const p = draft.props;
  const receives = p.kind === "receiver" || (p.kind === "pit" && p.section52Dispensation === true);
  return {
    kind: p.kind,
    name: p.name,
    status: p.status,
    municipalityCode: p.municipalityCode?.trim() ? p.municipalityCode.trim() : undefined,
    material: p.kind === "receiver" ? undefined : p.material,
    soilClass: p.kind === "source" ? p.soilClass : undefined,
    acceptedMaterials: receives ? p.acceptedMaterials : undefined,
    acceptedClasses: receives ? p.acceptedClasses : undefined,
    receiverType: p.kind === "receiver" ? p.receiverType : undefined,
    section52Dispensation: p.kind === "pit" ? p.section52Dispensation === true : undefined,
    annualExtraction: p.kind === "pit" ? parseNumber(draft.extractionText) : undefined,
    quantity: parseNumber(draft.quantityText) ?? Number.NaN,
    unit: p.unit,
    availableFrom: p.availableFrom || undefined,
    availableTo: p.availableTo || undefined,
    locationApproximate: p.locationApproximate || undefined,
  };
}

/** The site as it would be saved: for validation before anything is applied. */
function candidate(site: Site, patch: Partial<SiteProperties>): Site {
  const properties = { ...site.properties, ...patch } as Record<string, unknown>;
  for (const [k, v] of Object.entries(patch)) if (v === undefined) delete properties[k];
  return { ...site, properties: properties as SiteProperties };
}

/** A validated form over every field of schema v1; unknown properties are kept untouched. */
export function SiteForm(props: {
  site: Site;
  onSave(patch: Partial<SiteProperties>): SiteIssue[] | null;
  onCancel(): void;
}) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState<Draft>({
    props: { ...props.site.properties },
    quantityText: String(props.site.properties.quantity).replace(".", ","),
    extractionText:
      props.site.properties.annualExtraction === undefined
        ? ""
        : String(props.site.properties.annualExtraction),
  });
  const [issues, setIssues] = useState<SiteIssue[]>([]);
  const p = draft.props;
  const set = (patch: Partial<SiteProperties>) =>
    setDraft((d) => ({ ...d, props: { ...d.props, ...patch } }));
  const issueFor = (field: string) =>
    issues.find((i) => i.field === field || i.field.startsWith(`${field}.`));
  const fieldId = (f: string) => `${id}-${f}`;
  const errorOf = (f: string) => {
    const issue = issueFor(f);
    return issue ? (
      <span className="field-error" id={`${fieldId(f)}-error`} role="alert">
        {issue.message}
      </span>
    ) : null;
  };
  const describedBy = (f: string) =>
    issueFor(f) ? { "aria-describedby": `${fieldId(f)}-error`, "aria-invalid": true } : {};
  const receives = p.kind === "receiver" || (p.kind === "pit" && p.section52Dispensation === true);
  const toggle = <T,>(list: readonly T[] | undefined, v: T) =>
    list?.includes(v) ? list.filter((x) => x !== v) : [...(list ?? []), v];

  const save = () => {
    const patch = patchOf(draft);
    const check = validateSite(candidate(props.site, patch));
    if ("issues" in check) {
      setIssues(check.issues);
      return;
    }
    const refused = props.onSave(patch);
    setIssues(refused ?? []);
  };

  return (
    <form
      className="site-form"
      aria-label={t("edit.edit")}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <label htmlFor={fieldId("name")}>{t("edit.field.name")}</label>
      <input
        id={fieldId("name")}
        value={p.name}
        onChange={(e) => set({ name: e.target.value })}
        {...describedBy("name")}
      />
      {errorOf("name")}

      <label htmlFor={fieldId("kind")}>{t("details.kind")}</label>
      <select
        id={fieldId("kind")}
        value={p.kind}
        onChange={(e) => set({ kind: e.target.value as SiteProperties["kind"] })}
      >
        {SITE_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kind.${k}`)}
          </option>
        ))}
      </select>

      <label htmlFor={fieldId("status")}>{t("details.status")}</label>
      <select
        id={fieldId("status")}
        value={p.status ?? ""}
        onChange={(e) => set({ status: (e.target.value || undefined) as SiteProperties["status"] })}
      >
        <option value="">{t("edit.noneOption")}</option>
        {SITE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </select>

      {p.kind !== "receiver" && (
        <>
          <label htmlFor={fieldId("material")}>{t("details.material")}</label>
          <select
            id={fieldId("material")}
            value={p.material ?? ""}
            onChange={(e) => set({ material: (e.target.value || undefined) as Material | undefined })}
            {...describedBy("material")}
          >
            <option value="">{t("edit.noneOption")}</option>
            {MATERIALS.map((m) => (
              <option key={m} value={m}>
                {t(`material.${m}`)}
              </option>
            ))}
          </select>
          {errorOf("material")}
        </>
      )}

      {p.kind === "source" && (
        <>
          <label htmlFor={fieldId("soilClass")}>{t("details.soilClass")}</label>
          <select
            id={fieldId("soilClass")}
            value={p.soilClass ?? ""}
            onChange={(e) =>
              set({ soilClass: e.target.value === "" ? undefined : (Number(e.target.value) as SoilClass) })
            }
            {...describedBy("soilClass")}
          >
            <option value="">{t("edit.noneOption")}</option>
            {SOIL_CLASSES.map((c) => (
              <option key={c} value={c}>
                {t("class.label", { class: String(c) })}
              </option>
            ))}
          </select>
          {errorOf("soilClass")}
        </>
      )}

      {p.kind === "receiver" && (
        <>
          <label htmlFor={fieldId("receiverType")}>{t("details.receiverType")}</label>
          <select
            id={fieldId("receiverType")}
            value={p.receiverType ?? ""}
            onChange={(e) => set({ receiverType: (e.target.value || undefined) as ReceiverType | undefined })}
          >
            <option value="">{t("edit.noneOption")}</option>
            {RECEIVER_TYPES.map((r) => (
              <option key={r} value={r}>
                {t(`receiverType.${r}`)}
              </option>
            ))}
          </select>
        </>
      )}

      {p.kind === "pit" && (
        <>
          <label className="check">
            <input
              type="checkbox"
              checked={p.section52Dispensation === true}
              onChange={(e) => set({ section52Dispensation: e.target.checked })}
            />
            {t("details.section52")}
          </label>
          <label htmlFor={fieldId("annualExtraction")}>
            {t("details.annualExtraction")} ({t("units.perYear")})
          </label>
          <input
            id={fieldId("annualExtraction")}
            inputMode="decimal"
            value={draft.extractionText}
            onChange={(e) => setDraft((d) => ({ ...d, extractionText: e.target.value }))}
            {...describedBy("annualExtraction")}
          />
          {errorOf("annualExtraction")}
        </>
      )}

      {receives && (
        <>
          <fieldset {...describedBy("acceptedMaterials")}>
            <legend>{t("details.acceptedMaterials")}</legend>
            {MATERIALS.map((m) => (
              <label key={m} className="check">
                <input
                  type="checkbox"
                  checked={p.acceptedMaterials?.includes(m) ?? false}
                  onChange={() => set({ acceptedMaterials: toggle(p.acceptedMaterials, m) })}
                />
                {t(`material.${m}`)}
              </label>
            ))}
          </fieldset>
          {errorOf("acceptedMaterials")}
          <fieldset {...describedBy("acceptedClasses")}>
            <legend>{t("details.acceptedClasses")}</legend>
            {SOIL_CLASSES.map((c) => (
              <label key={c} className="check">
                <input
                  type="checkbox"
                  checked={p.acceptedClasses?.includes(c) ?? false}
                  onChange={() => set({ acceptedClasses: toggle(p.acceptedClasses, c) })}
                />
                {c}
              </label>
            ))}
          </fieldset>
          {errorOf("acceptedClasses")}
        </>
      )}

      <label htmlFor={fieldId("quantity")}>{t(`details.quantity.${p.kind}`)}</label>
      <input
        id={fieldId("quantity")}
        inputMode="decimal"
        value={draft.quantityText}
        onChange={(e) => setDraft((d) => ({ ...d, quantityText: e.target.value }))}
        {...describedBy("quantity")}
      />
      {errorOf("quantity")}
      <label htmlFor={fieldId("unit")}>{t("edit.field.unit")}</label>
      <select
        id={fieldId("unit")}
        value={p.unit}
        onChange={(e) => set({ unit: e.target.value as "m3" | "t" })}
      >
        <option value="m3">{t("units.m3")}</option>
        <option value="t">{t("units.t")}</option>
      </select>

      <label htmlFor={fieldId("availableFrom")}>{t("edit.field.from")}</label>
      <input
        id={fieldId("availableFrom")}
        type="date"
        value={p.availableFrom ?? ""}
        onChange={(e) => set({ availableFrom: e.target.value || undefined })}
        {...describedBy("availableFrom")}
      />
      {errorOf("availableFrom")}
      <label htmlFor={fieldId("availableTo")}>{t("edit.field.to")}</label>
      <input
        id={fieldId("availableTo")}
        type="date"
        value={p.availableTo ?? ""}
        onChange={(e) => set({ availableTo: e.target.value || undefined })}
        {...describedBy("availableTo")}
      />
      {errorOf("availableTo")}

      <label htmlFor={fieldId("municipalityCode")}>{t("edit.field.municipalityCode")}</label>
      <input
        id={fieldId("municipalityCode")}
        value={p.municipalityCode ?? ""}
        inputMode="numeric"
        onChange={(e) => set({ municipalityCode: e.target.value })}
        {...describedBy("municipalityCode")}
      />
      {errorOf("municipalityCode")}
      <label className="check">
        <input
          type="checkbox"
          checked={p.locationApproximate === true}
          onChange={(e) => set({ locationApproximate: e.target.checked })}
        />
        {t("details.locationApproximate")}
      </label>

      {issues.length > 0 && (
        <p className="field-error" role="alert">
          {t("edit.invalid", { count: String(issues.length) })}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary">
          {t("edit.save")}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t("edit.cancel")}
        </button>
      </div>
    </form>
  );
}
