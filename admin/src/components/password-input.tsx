import { useState } from 'preact/hooks';

export type PasswordInputProps = {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  autocomplete: 'current-password' | 'new-password';
  hint?: string;
  error?: string | undefined;
};

/**
 * GOV.UK password input with a Show/Hide button, so people can check what they typed
 * (WCAG 3.3.8 Accessible Authentication; paste is never blocked).
 */
export function PasswordInput({
  id,
  label,
  value,
  onValue,
  autocomplete,
  hint,
  error,
}: PasswordInputProps) {
  const [shown, setShown] = useState(false);
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`govuk-form-group govuk-password-input${error ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label" for={id}>
        {label}
      </label>
      {hint && (
        <div class="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <p class="govuk-error-message" id={`${id}-error`}>
          <span class="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <div class="govuk-input__wrapper govuk-password-input__wrapper">
        <input
          class={`govuk-input govuk-password-input__input${error ? ' govuk-input--error' : ''}`}
          id={id}
          name={id}
          type={(shown ? 'text' : 'password') as 'text'}
          spellcheck={false}
          autoComplete={autocomplete}
          autoCapitalize="none"
          value={value}
          onInput={(e) => onValue(e.currentTarget.value)}
          aria-describedby={described || undefined}
          aria-invalid={error ? 'true' : undefined}
        />
        <button
          type="button"
          class="govuk-button govuk-button--secondary govuk-password-input__toggle"
          aria-controls={id}
          aria-label={shown ? 'Hide password' : 'Show password'}
          onClick={() => setShown(!shown)}
        >
          {shown ? 'Hide' : 'Show'}
        </button>
      </div>
    </div>
  );
}
