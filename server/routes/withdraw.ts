import { type Context, Hono } from 'hono';
import type { Translator } from '../../domain/messages/all-catalogues.ts';
import type { AppEnv } from '../app-env.ts';
import { LangQuery } from '../http/page-input.ts';
import { readForm } from '../http/read-body.ts';
import { validate } from '../http/validate.ts';
import { anyTranslator } from '../journey/page-language.ts';
import { clientAddress } from '../middleware/client-address.ts';
import { choicesPage, donePage, referencePage } from '../withdrawal/withdraw-page.ts';
import {
  applyWithdrawalChoice,
  currentPurposes,
  type Lookup,
  lookUpReference,
  readWithdrawForm,
} from '../withdrawal/withdraw-request.ts';
import { WITHDRAW_CSS, withdrawPage } from '../withdrawal/withdraw-response.ts';

/**
 * The public withdrawal page (no account, no JavaScript): reference → choices → confirmation.
 * Withdrawal and changes take effect at once (server/withdrawal/withdraw-story.ts). Each page is
 * in the language of the form's hidden `lang`, else `?lang=`: any of Heard's languages, because
 * a person may have told their story on any site (decision 0081).
 */
export const withdrawRoutes = new Hono<AppEnv>()
  .get('/withdraw/withdraw.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(WITHDRAW_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  })
  .get('/withdraw', validate('query', LangQuery), (c) =>
    withdrawPage(c, referencePage({}, anyTranslator(c.req.valid('query').lang))),
  )
  .post('/withdraw', validate('query', LangQuery), async (c) => {
    const { found, tr } = await readWithdrawal(c, c.req.valid('query').lang);
    if (!found.found || found.status === 'withdrawn') return refused(c, found, tr);
    const purposes = await currentPurposes(c.var.deps, found.storyId);
    return withdrawPage(c, choicesPage({ reference: found.reference, purposes }, tr));
  })
  .post('/withdraw/confirm', validate('query', LangQuery), async (c) => {
    const { deps } = c.var;
    const { form, tr, address, found } = await readWithdrawal(c, c.req.valid('query').lang);
    if (!found.found || found.status === 'withdrawn') return refused(c, found, tr);
    const purposes = await currentPurposes(deps, found.storyId);
    const done = await applyWithdrawalChoice(deps, {
      storyId: found.storyId,
      form,
      purposes,
      address,
    });
    if (done) return withdrawPage(c, donePage(done, tr));
    const error = tr.t('withdraw.error.chooseAction');
    return withdrawPage(c, choicesPage({ reference: found.reference, purposes, error }, tr), 400);
  });

/**
 * A withdrawal form as sent: its fields, its language (the form's hidden `lang`, else `?lang=`),
 * the sender's address and the story its reference names, or why not.
 */
async function readWithdrawal(c: Context<AppEnv>, lang: string | undefined) {
  const { deps } = c.var;
  const form = readWithdrawForm(await readForm(c));
  const tr = anyTranslator(form.lang ?? lang);
  const address = clientAddress(c, deps.config.trustProxy);
  const found = await lookUpReference(deps, { typed: form.reference ?? '', address }, tr);
  return { form, tr, address, found };
}

/** The page for a reference that names no story, or a story already withdrawn. */
function refused(c: Context<AppEnv>, found: Lookup, tr: Translator) {
  if (found.found) return withdrawPage(c, donePage('already', tr));
  if (found.retryAfter) c.header('Retry-After', String(found.retryAfter));
  return withdrawPage(c, referencePage(found, tr), found.status);
}
