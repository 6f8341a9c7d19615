import { useId, useState } from "react";

/**
 * A number input that accepts a decimal comma and only passes on values within [min, max];
 * while the text is not such a value it says what range is allowed.
 */
export function NumberField(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange(value: number): void;
}) {
  const [text, setText] = useState(String(props.value));
  const id = useId();
  const parsed = Number(text.replace(",", "."));
  const valid = text.trim() !== "" && Number.isFinite(parsed) && parsed >= props.min && parsed <= props.max;
  return (
    <label htmlFor={id}>
      {props.label}
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={text}
        aria-invalid={!valid}
        onChange={(e) => {
          setText(e.target.value);
          const v = Number(e.target.value.replace(",", "."));
          if (e.target.value.trim() !== "" && Number.isFinite(v) && v >= props.min && v <= props.max)
            props.onChange(v);
        }}
      />
      {!valid && (
        <span className="field-error" role="alert">
          {props.min}–{props.max}
        </span>
      )}
    </label>
  );
}
