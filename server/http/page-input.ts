import { z } from 'zod';

/**
 * Schemas for the input of server-rendered pages (the no-JavaScript form, the withdrawal page,
 * the public Board pages). They never fail: a page answers a person with the page and its own
 * error message, never with a problem+json, so odd input reads as absent and the page decides.
 */

/** A field's text: its first value when it was sent more than once; undefined when not text. */
export const oneText = z
  .unknown()
  .optional()
  .transform((value): string | undefined => {
    const first = Array.isArray(value) ? value[0] : value;
    return typeof first === 'string' ? first : undefined;
  });

/** Every text value of a field (a checkbox group), in the order sent. */
export const allTexts = z
  .unknown()
  .optional()
  .transform((value): string[] =>
    (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string'),
  );

/** `?lang=`, the language a page is asked for (decision 0081). */
export const LangQuery = z.object({ lang: oneText });
