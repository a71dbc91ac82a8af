// Why: one labelled choice list as the NL Design System form field, used wherever the app
// asks to pick one thing (a phase, a value, who said it, a filter): the label is tied to the
// select, an optional first entry stands for "none" or "all", options may come in groups.
import type { TargetedEvent } from 'preact';
import { useId } from 'preact/hooks';
import './forms.css';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectGroup {
  readonly label: string;
  readonly options: readonly SelectOption[];
}

type Props = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options?: readonly SelectOption[];
  groups?: readonly SelectGroup[];
  /** A first entry with the value '' ("not known yet", "all", "choose …"). */
  empty?: string;
  description?: string;
  /** The id of an error shown elsewhere that concerns this choice (one error for two lists). */
  errorId?: string;
  class?: string;
};

const option = (o: SelectOption) => (
  <option key={o.value} value={o.value}>
    {o.label}
  </option>
);

export function SelectField({ label, value, onChange, options = [], groups = [], empty, description, errorId, class: cls }: Props) {
  const id = useId();
  const descId = description ? `${id}-desc` : undefined;
  const describedBy = [descId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`utrecht-form-field${cls ? ` ${cls}` : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>
          {label}
        </label>
      </div>
      {description && (
        <div class="utrecht-form-field__description utrecht-form-field-description" id={descId}>
          {description}
        </div>
      )}
      <div class="utrecht-form-field__input">
        <select id={id} class="utrecht-select utrecht-select--html-select" value={value} aria-describedby={describedBy} aria-invalid={errorId ? true : undefined} onChange={(e: TargetedEvent<HTMLSelectElement>) => onChange(e.currentTarget.value)}>
          {empty !== undefined && <option value="">{empty}</option>}
          {options.map(option)}
          {groups
            .filter((g) => g.options.length > 0)
            .map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.options.map(option)}
              </optgroup>
            ))}
        </select>
      </div>
    </div>
  );
}
