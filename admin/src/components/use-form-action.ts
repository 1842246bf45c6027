import { useState } from 'preact/hooks';
import { type FormErrors, formErrorsFrom, NO_ERRORS } from './form-errors.ts';

/**
 * How a failure's messages reach the inputs: API field → input id, or a function for a form
 * whose fields need more than a lookup (list items, or messages of its own).
 */
export type ErrorIds = Record<string, string> | ((error: unknown) => FormErrors);

export type FormAction = {
  errors: FormErrors;
  busy: boolean;
  /**
   * Whether the request `run` was given this item for is still going: a list disables only the
   * button of the row being acted on.
   */
  busyFor: (item: string | number) => boolean;
  /**
   * Shows these field messages (field id → message) and returns true when there are any, so a
   * form can stop before sending: `if (action.invalid(local)) return;`.
   */
  invalid: (fields: Record<string, string>) => boolean;
  /**
   * Runs one request with the form marked busy (for `item`, when it acts on one row of a list).
   * Success clears the errors; a failure shows the API's messages, each linked to its input
   * through `ids`.
   */
  run: (send: () => Promise<void>, ids?: ErrorIds, item?: string | number) => Promise<void>;
  /** Shows a failure that came from outside `run`, such as a search or load the form started. */
  fail: (error: unknown, ids?: ErrorIds) => void;
  clear: () => void;
};

/** The busy flag and error handling every admin form repeated, in one place. */
export function useFormAction(): FormAction {
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  // What the running request acts on: true for the whole form, null when nothing runs.
  const [running, setRunning] = useState<string | number | true | null>(null);
  const fail = (error: unknown, ids: ErrorIds = {}) =>
    setErrors(typeof ids === 'function' ? ids(error) : formErrorsFrom(error, ids));
  return {
    errors,
    busy: running !== null,
    busyFor: (item) => running === item,
    invalid: (fields) => {
      if (Object.keys(fields).length === 0) return false;
      setErrors({ fields, general: [] });
      return true;
    },
    run: async (send, ids, item) => {
      setRunning(item ?? true);
      try {
        await send();
        setErrors(NO_ERRORS);
      } catch (error) {
        fail(error, ids);
      } finally {
        setRunning(null);
      }
    },
    fail,
    clear: () => setErrors(NO_ERRORS),
  };
}
