import { useState } from 'preact/hooks';
import { type FormErrors, formErrorsFrom, NO_ERRORS } from './form-errors.ts';

export type FormAction = {
  errors: FormErrors;
  busy: boolean;
  /**
   * Shows these field messages (field id → message) and returns true when there are any, so a
   * form can stop before sending: `if (action.invalid(local)) return;`.
   */
  invalid: (fields: Record<string, string>) => boolean;
  /**
   * Runs one request with the form marked busy. Success clears the errors; a failure shows the
   * API's messages, each linked to its input through `ids` (API field → input id).
   */
  run: (send: () => Promise<void>, ids?: Record<string, string>) => Promise<void>;
  clear: () => void;
};

/** The busy flag and error handling every admin form repeated, in one place. */
export function useFormAction(): FormAction {
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  return {
    errors,
    busy,
    invalid: (fields) => {
      if (Object.keys(fields).length === 0) return false;
      setErrors({ fields, general: [] });
      return true;
    },
    run: async (send, ids = {}) => {
      setBusy(true);
      try {
        await send();
        setErrors(NO_ERRORS);
      } catch (error) {
        setErrors(formErrorsFrom(error, ids));
      } finally {
        setBusy(false);
      }
    },
    clear: () => setErrors(NO_ERRORS),
  };
}
