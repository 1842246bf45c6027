import type { ComponentChildren } from 'preact';

/** The ids a field's input points to with aria-describedby: hint first, then error. */
function describedBy(
  id: string,
  hint: unknown,
  error: unknown,
  extra?: string,
): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', extra ?? ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function ErrorMessage({ id, error }: { id: string; error?: string | undefined }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} class="govuk-error-message">
      <span class="govuk-visually-hidden">Error:</span> {error}
    </p>
  );
}

function Hint({ id, hint }: { id: string; hint?: ComponentChildren }) {
  if (!hint) return null;
  return (
    <div id={`${id}-hint`} class="govuk-hint">
      {hint}
    </div>
  );
}

export type TextInputProps = {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  hint?: ComponentChildren;
  error?: string | undefined;
  type?: 'text' | 'email' | 'password' | 'url' | 'tel' | 'search' | 'number';
  autocomplete?: string;
  inputMode?: 'numeric' | 'decimal' | 'email' | 'tel' | 'text' | 'url' | 'search' | 'none';
  width?: '2' | '3' | '4' | '5' | '10' | '20' | '30' | 'full';
  spellcheck?: boolean;
  /** Render the label as the page's h1 (GOV.UK pattern for one-question pages). */
  labelClass?: string;
  required?: boolean;
};

/** GOV.UK text input with label, hint and inline error linked by aria-describedby. */
export function TextInput(props: TextInputProps) {
  const { id, label, value, onValue, hint, error, type = 'text', width } = props;
  const widthClass = width
    ? width === 'full'
      ? ' govuk-!-width-full'
      : ` govuk-input--width-${width}`
    : '';
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label class={`govuk-label ${props.labelClass ?? ''}`} for={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={error} />
      <input
        class={`govuk-input${widthClass}${error ? ' govuk-input--error' : ''}`}
        id={id}
        name={id}
        // Preact 11 types each input type separately; the props here suit every text-like type.
        type={type as 'text'}
        value={value}
        onInput={(e) => onValue(e.currentTarget.value)}
        autoComplete={props.autocomplete}
        inputMode={props.inputMode}
        spellcheck={props.spellcheck}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? 'true' : undefined}
        required={props.required}
      />
    </div>
  );
}

export type TextareaProps = {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  hint?: ComponentChildren;
  error?: string | undefined;
  rows?: number;
  readOnly?: boolean;
  labelClass?: string;
};

/** GOV.UK textarea. */
export function Textarea(props: TextareaProps) {
  const { id, label, value, onValue, hint, error, rows = 5 } = props;
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label class={`govuk-label ${props.labelClass ?? ''}`} for={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={error} />
      <textarea
        class={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={id}
        rows={rows}
        value={value}
        readOnly={props.readOnly}
        onInput={(e) => onValue(e.currentTarget.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      />
    </div>
  );
}

export type Option = { value: string; label: string; hint?: string };

type ChoiceGroupProps = {
  id: string;
  legend: string;
  options: readonly Option[];
  hint?: ComponentChildren;
  error?: string | undefined;
  legendClass?: string;
  small?: boolean;
  inline?: boolean;
};

export type RadiosProps = ChoiceGroupProps & {
  value: string;
  onValue: (value: string) => void;
  /** Content revealed under a chosen option (GOV.UK conditional reveal, without its JS). */
  conditional?: Record<string, ComponentChildren>;
};

/** GOV.UK radios in a fieldset; the first radio carries the group's id for the error summary. */
export function Radios(props: RadiosProps) {
  const { id, legend, options, hint, error, value, onValue, conditional } = props;
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend
          class={`govuk-fieldset__legend ${props.legendClass ?? 'govuk-fieldset__legend--m'}`}
        >
          {legend}
        </legend>
        <Hint id={id} hint={hint} />
        <ErrorMessage id={id} error={error} />
        <div
          class={`govuk-radios${props.small ? ' govuk-radios--small' : ''}${props.inline ? ' govuk-radios--inline' : ''}`}
        >
          {options.map((o, i) => {
            const inputId = i === 0 ? id : `${id}-${o.value}`;
            const reveal = conditional?.[o.value];
            return (
              <div key={o.value}>
                <div class="govuk-radios__item">
                  <input
                    class="govuk-radios__input"
                    id={inputId}
                    name={id}
                    type="radio"
                    value={o.value}
                    checked={value === o.value}
                    onChange={() => onValue(o.value)}
                    aria-describedby={o.hint ? `${inputId}-item-hint` : undefined}
                    aria-controls={
                      reveal && value === o.value ? `${inputId}-conditional` : undefined
                    }
                  />
                  <label class="govuk-label govuk-radios__label" for={inputId}>
                    {o.label}
                  </label>
                  {o.hint && (
                    <div id={`${inputId}-item-hint`} class="govuk-hint govuk-radios__hint">
                      {o.hint}
                    </div>
                  )}
                </div>
                {reveal && value === o.value && (
                  <div class="govuk-radios__conditional" id={`${inputId}-conditional`}>
                    {reveal}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export type CheckboxesProps = ChoiceGroupProps & {
  values: readonly string[];
  onValues: (values: string[]) => void;
};

/** GOV.UK checkboxes in a fieldset. */
export function Checkboxes(props: CheckboxesProps) {
  const { id, legend, options, hint, error, values, onValues } = props;
  const toggle = (v: string, on: boolean) =>
    onValues(on ? [...values.filter((x) => x !== v), v] : values.filter((x) => x !== v));
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend
          class={`govuk-fieldset__legend ${props.legendClass ?? 'govuk-fieldset__legend--m'}`}
        >
          {legend}
        </legend>
        <Hint id={id} hint={hint} />
        <ErrorMessage id={id} error={error} />
        <div class={`govuk-checkboxes${props.small ? ' govuk-checkboxes--small' : ''}`}>
          {options.map((o, i) => {
            const inputId = i === 0 ? id : `${id}-${o.value}`;
            return (
              <div class="govuk-checkboxes__item" key={o.value}>
                <input
                  class="govuk-checkboxes__input"
                  id={inputId}
                  name={id}
                  type="checkbox"
                  value={o.value}
                  checked={values.includes(o.value)}
                  onChange={(e) => toggle(o.value, e.currentTarget.checked)}
                  aria-describedby={o.hint ? `${inputId}-item-hint` : undefined}
                />
                <label class="govuk-label govuk-checkboxes__label" for={inputId}>
                  {o.label}
                </label>
                {o.hint && (
                  <div id={`${inputId}-item-hint`} class="govuk-hint govuk-checkboxes__hint">
                    {o.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export type SelectProps = {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  options: readonly Option[];
  hint?: ComponentChildren;
  error?: string | undefined;
};

/** GOV.UK select. Prefer radios for short lists; selects suit filters. */
export function Select(props: SelectProps) {
  const { id, label, value, onValue, options, hint, error } = props;
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label" for={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={error} />
      <select
        class={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={id}
        name={id}
        value={value}
        onChange={(e) => onValue(e.currentTarget.value)}
        aria-describedby={describedBy(id, hint, error)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
