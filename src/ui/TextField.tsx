// Why: one labelled text field as the NL Design System form field: label, optional
// description, an error that is announced and tied to the input, and a large touch target.
// A multi-line field grows with its text, so a long goal is never cut off mid-line.
import type { TargetedEvent } from 'preact';
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import './forms.css';

/**
 * Where the browser sizes a textarea to its text by itself (CSS `field-sizing`, forms.css), no
 * script measures it: measuring makes the browser lay out the whole page at each keystroke, some
 * tens of milliseconds on a board of hundreds of notes.
 */
const sizesItself = typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('field-sizing', 'content');

/** Makes a textarea as tall as its text (at least its `rows`); fields grow, never scroll inside. */
function fitHeight(el: HTMLTextAreaElement): void {
  el.style.height = 'auto';
  const borders = el.offsetHeight - el.clientHeight;
  el.style.height = `${el.scrollHeight + borders}px`;
}

type Props = {
  label: string;
  value: string;
  onInput: (value: string) => void;
  description?: string;
  error?: string | null;
  multiline?: boolean;
  required?: boolean;
  type?: 'text' | 'date' | 'password';
  inputRef?: (el: HTMLInputElement | HTMLTextAreaElement | null) => void;
  name?: string;
  maxLength?: number;
  autoComplete?: string;
  rows?: number;
  onBlur?: () => void;
  /** The language of what is typed, when it is not the interface's (3.1.2). */
  lang?: string;
};

export function TextField(props: Props) {
  const id = useId();
  const descId = props.description ? `${id}-desc` : undefined;
  const errId = props.error ? `${id}-err` : undefined;
  const describedBy = [descId, errId].filter(Boolean).join(' ') || undefined;
  const area = useRef<HTMLTextAreaElement | null>(null);
  useLayoutEffect(() => {
    if (area.current && !sizesItself) fitHeight(area.current);
  }, [props.value, props.multiline]);
  const common = {
    id,
    name: props.name,
    value: props.value,
    required: props.required,
    maxLength: props.maxLength,
    lang: props.lang,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy,
    onInput: (e: TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => props.onInput(e.currentTarget.value),
    onBlur: props.onBlur,
    ref: (el: HTMLInputElement | HTMLTextAreaElement | null) => {
      area.current = el instanceof HTMLTextAreaElement ? el : null;
      props.inputRef?.(el);
    },
  };
  return (
    <div class={`utrecht-form-field utrecht-form-field--text${props.error ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>
          {props.label}
        </label>
      </div>
      {props.description && (
        <div class="utrecht-form-field__description utrecht-form-field-description" id={descId}>
          {props.description}
        </div>
      )}
      {props.error && (
        // role=alert: an error that appears is heard at once; aria-describedby ties it to the field.
        <div class="utrecht-form-field__error-message utrecht-form-field-error-message" id={errId} role="alert">
          {props.error}
        </div>
      )}
      <div class="utrecht-form-field__input">
        {props.multiline ? (
          <textarea
            {...common}
            rows={props.rows ?? 3}
            style={sizesItself ? { '--rows': String(props.rows ?? 3) } : undefined}
            class={`utrecht-textarea${sizesItself ? ' fits-text' : ''}${props.error ? ' utrecht-textarea--invalid' : ''}`}
          />
        ) : (
          <input
            {...common}
            type={(props.type ?? 'text') as 'text'}
            autoComplete={props.autoComplete ?? 'off'}
            class={`utrecht-textbox utrecht-textbox--html-input${props.error ? ' utrecht-textbox--invalid' : ''}`}
          />
        )}
      </div>
    </div>
  );
}
