import { useT } from "../i18n/useT";
import { useViewStore } from "../state/viewStore";
import { NumberField } from "./NumberField";

/** Maximum haul and circuity: the two parameters "what fits nearby" and the match share. */
export function HaulParamFields() {
  const t = useT();
  const params = useViewStore((s) => s.params);
  const setParams = useViewStore((s) => s.setParams);
  return (
    <>
      <NumberField
        label={t("fit.maxHaul")}
        value={params.maxHaulKm}
        min={1}
        max={500}
        onChange={(maxHaulKm) => setParams({ maxHaulKm })}
      />
      <NumberField
        label={t("fit.circuity")}
        value={params.circuityFactor}
        min={1}
        max={3}
        onChange={(circuityFactor) => setParams({ circuityFactor })}
      />
    </>
  );
}
