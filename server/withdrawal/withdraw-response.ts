import { readFileSync } from 'node:fs';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { anyTranslator } from '../journey/page-language.ts';
import { referencePage } from './withdraw-page.ts';

/** The withdrawal page's one stylesheet, served from /withdraw/withdraw.css. */
export const WITHDRAW_CSS = readFileSync(new URL('./withdraw.css', import.meta.url), 'utf8');

const CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

/** A withdrawal page: never framed, cached or followed by a referrer. */
export function withdrawPage(
  c: Context<AppEnv>,
  html: string,
  status: 200 | 400 | 404 | 413 | 429 = 200,
) {
  c.header('Content-Security-Policy', CSP);
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Frame-Options', 'DENY');
  return c.html(html, status);
}

/** Largest withdrawal form: a reference, a few choices and the language; applied in app.ts. */
export const WITHDRAW_BODY_LIMIT = 16 * 1024;

/**
 * A too-large withdrawal form, sent by limitBodies() before any route runs: the reference page
 * again, its error in the language of the form's `?lang=` (decision 0081).
 */
export const withdrawTooLarge = (c: Context<AppEnv>) => {
  const tr = anyTranslator(c.req.query('lang'));
  return withdrawPage(c, referencePage({ error: tr.t('errors.tooLarge') }, tr), 413);
};
