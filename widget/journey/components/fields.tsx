import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { type FieldDef, optionKey, textLength } from '../../../domain/journey-flow.ts';
import { useT } from '../catalogue-context.ts';
import { SayText } from '../i18n/say.tsx';
import { ErrorMessage, errorId, fieldId } from './error-summary.tsx';

export type FieldProps = {
  field: FieldDef;
  value: string | string[] | undefined;
  error: string | undefined;
  onChange: (value: string | string[]) => void;
  /** The page heading when this field is the page's only question (GOV.UK: question as h1). */
  heading?: ComponentChildren;
  /** Label/legend text when the page has its own h1. */
  label?: string;
  hint?: string | undefined;
  /** Polite screen-reader announcement (the character count after typing pauses). */
  announce?: (text: string) => void;
};

const describedBy = (name: string, hint: boolean, error: boolean, extra?: string) =>
  [hint ? `${fieldId(name)}-hint` : '', extra ?? '', error ? errorId(name) : '']
    .filter(Boolean)
    .join(' ') || undefined;

function Hint({ name, text }: { name: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <div class="hj-hint" id={`${fieldId(name)}-hint`}>
      <SayText text={text} />
    </div>
  );
}

/** Radios or checkboxes in a fieldset whose legend is the question (h1 when it is the page's). */
export function ChoiceField({ field, value, error, onChange, heading, label, hint }: FieldProps) {
  const t = useT();
  const multiple = field.kind === 'checkboxes';
  const selected = Array.isArray(value) ? value : value ? [value] : [];
  const id = fieldId(field.name);
  return (
    <div class={`hj-form-group${error ? ' hj-form-group--error' : ''}`}>
      <fieldset class="hj-fieldset" aria-describedby={describedBy(field.name, !!hint, !!error)}>
        <legend class={`hj-fieldset__legend${heading ? ' hj-fieldset__legend--l' : ''}`}>
          {heading ?? label}
        </legend>
        <Hint name={field.name} text={hint} />
        <ErrorMessage name={field.name} text={error} />
        <div class={multiple ? 'hj-checkboxes' : 'hj-radios'}>
          {(field.options ?? []).map((code, i) => {
            const inputId = i === 0 ? id : `${id}-${i + 1}`;
            const checked = selected.includes(code);
            return (
              <div class="hj-choice" key={code}>
                <input
                  class="hj-choice__input"
                  id={inputId}
                  name={field.name}
                  type={multiple ? 'checkbox' : 'radio'}
                  value={code}
                  checked={checked}
                  onChange={() =>
                    onChange(
                      multiple
                        ? checked
                          ? selected.filter((c) => c !== code)
                          : [...selected, code]
                        : code,
                    )
                  }
                />
                <label class="hj-choice__label" for={inputId}>
                  {t(optionKey(field, code))}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/**
 * Textarea with the GOV.UK character count: the limit is in the description, the visible count
 * is hidden from screen readers, and the count is announced politely after typing pauses (so
 * it does not talk over every key press).
 */
export function TextAreaField({
  field,
  value,
  error,
  onChange,
  heading,
  hint,
  announce,
}: FieldProps) {
  const t = useT();
  const text = typeof value === 'string' ? value : '';
  const id = fieldId(field.name);
  const max = field.max ?? 0;
  const left = max - textLength(text);
  const countFor = (n: number) =>
    n >= 0
      ? t('common.charactersLeft', { count: n })
      : t('common.charactersTooMany', { count: -n });
  const countText = countFor(left);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return (
    <div class={`hj-form-group${error ? ' hj-form-group--error' : ''}`}>
      <h1 class="hj-label-wrapper" id="hj-heading" tabIndex={-1}>
        <label class="hj-label hj-label--l" for={id}>
          {heading}
        </label>
      </h1>
      <Hint name={field.name} text={hint} />
      <ErrorMessage name={field.name} text={error} />
      <textarea
        class={`hj-textarea${error || left < 0 ? ' hj-textarea--error' : ''}`}
        id={id}
        name={field.name}
        rows={8}
        spellcheck
        value={text}
        aria-describedby={describedBy(field.name, !!hint, !!error, `${id}-limit`)}
        onInput={(event) => {
          const next = event.currentTarget.value;
          onChange(next);
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(
            () => announce?.(countFor(max - textLength(next))),
            1000,
          );
        }}
      />
      <span class="hj-visually-hidden" id={`${id}-limit`}>
        {t('common.charactersLimit', { count: max })}
      </span>
      <div
        class={`hj-hint hj-count${left < 0 ? ' hj-count--over' : ''}`}
        aria-hidden="true"
        data-testid="character-count"
      >
        {countText}
      </div>
    </div>
  );
}

/** A single-line text, email or phone input with its own label. */
export function InputField({ field, value, error, onChange, label, hint }: FieldProps) {
  const id = fieldId(field.name);
  const text = typeof value === 'string' ? value : '';
  const type = field.kind === 'email' ? 'email' : field.kind === 'tel' ? 'tel' : 'text';
  const autocomplete = field.kind === 'email' ? 'email' : field.kind === 'tel' ? 'tel' : 'name';
  return (
    <div class={`hj-form-group${error ? ' hj-form-group--error' : ''}`}>
      <label class="hj-label hj-label--s" for={id}>
        {label}
      </label>
      <Hint name={field.name} text={hint} />
      <ErrorMessage name={field.name} text={error} />
      <input
        class={`hj-input${error ? ' hj-input--error' : ''}`}
        id={id}
        name={field.name}
        type={type as 'text'}
        autocomplete={autocomplete}
        spellcheck={false}
        value={text}
        aria-describedby={describedBy(field.name, !!hint, !!error)}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
    </div>
  );
}
