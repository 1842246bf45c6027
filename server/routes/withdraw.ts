import { readFileSync } from 'node:fs';
import { type Context, Hono } from 'hono';
import type { Translator } from '../../domain/messages/all-catalogues.ts';
import { parseReference } from '../../domain/reference.ts';
import { CONSENT_PURPOSES, type ConsentPurpose } from '../../domain/vocabulary.ts';
import type { AppEnv, Deps } from '../app-env.ts';
import { referenceHasher } from '../crypto/reference-lookup.ts';
import { type FormFields, readForm } from '../http/read-body.ts';
import { anyTranslator } from '../journey/page-language.ts';
import { clientAddress } from '../middleware/client-address.ts';
import { createTokenBuckets, type TokenBuckets } from '../middleware/rate-limit.ts';
import { isCurrentConsent } from '../moderation/uses.ts';
import { choicesPage, donePage, referencePage } from '../withdrawal/withdraw-page.ts';
import { withdrawConsents, withdrawStory } from '../withdrawal/withdraw-story.ts';

const CSS = readFileSync(new URL('../withdrawal/withdraw.css', import.meta.url), 'utf8');
const CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

const lookups = new WeakMap<Deps, TokenBuckets>();
/**
 * Reference look-ups per client address: 10 at once, then 20 an hour. Only well-formed
 * references (check symbol right) are counted, so a person correcting typos is never blocked;
 * a 60-bit reference cannot be guessed at this rate.
 */
function lookupLimiter(deps: Deps): TokenBuckets {
  let found = lookups.get(deps);
  if (!found) {
    found = createTokenBuckets({ perHour: 20, capacity: 10 });
    lookups.set(deps, found);
  }
  return found;
}

function page(c: Context<AppEnv>, html: string, status: 200 | 400 | 404 | 413 | 429 = 200) {
  c.header('Content-Security-Policy', CSP);
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Frame-Options', 'DENY');
  return c.html(html, status);
}

type Found =
  | { ok: true; storyId: number; status: string; reference: string }
  | { ok: false; response: Response };

/**
 * The page's language: the form's hidden `lang`, else `?lang=`; any of Heard's languages,
 * because a person may have told their story on any site (decision 0081).
 */
function withdrawLanguage(c: Context<AppEnv>, form?: FormFields): Translator {
  const field = form?.lang;
  return anyTranslator((Array.isArray(field) ? field[0] : field) ?? c.req.query('lang'));
}

/** Parses and looks up a typed reference, answering with the reference page and its error. */
async function findByReference(c: Context<AppEnv>, typed: string, tr: Translator): Promise<Found> {
  const { deps } = c.var;
  const { t } = tr;
  const parsed = parseReference(typed.slice(0, 100));
  if (!parsed.ok) {
    return {
      ok: false,
      response: page(
        c,
        referencePage(
          { value: typed.slice(0, 100), error: t(`withdraw.error.${parsed.problem}`) },
          tr,
        ),
        400,
      ),
    };
  }
  const wait = lookupLimiter(deps).take(
    clientAddress(c, deps.config.trustProxy),
    deps.now().getTime(),
  );
  if (wait > 0) {
    c.header('Retry-After', String(wait));
    return {
      ok: false,
      response: page(
        c,
        referencePage(
          {
            value: parsed.reference,
            error: t('withdraw.error.tooMany', { minutes: Math.max(1, Math.ceil(wait / 60)) }),
          },
          tr,
        ),
        429,
      ),
    };
  }
  const row = await deps.db
    .selectFrom('reference')
    .innerJoin('story', 'story.id', 'reference.story_id')
    .select(['story.id', 'story.status'])
    // Only the keyed hash is stored (decision 0033): hash what the person typed and match it.
    .where('reference.code_hash', '=', referenceHasher(deps.sqlite, deps.sealer)(parsed.reference))
    .executeTakeFirst();
  if (!row) {
    return {
      ok: false,
      response: page(
        c,
        referencePage({ value: parsed.reference, error: t('withdraw.error.notFound') }, tr),
        404,
      ),
    };
  }
  return { ok: true, storyId: row.id, status: row.status, reference: parsed.reference };
}

async function currentPurposes(deps: Deps, storyId: number): Promise<ConsentPurpose[]> {
  const now = deps.now();
  const consents = await deps.db
    .selectFrom('consent')
    .selectAll()
    .where('story_id', '=', storyId)
    .execute();
  return CONSENT_PURPOSES.filter((p) =>
    consents.some((c) => c.purpose === p && isCurrentConsent(c, now)),
  );
}

const formText = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Largest withdrawal form: a reference, a few choices and the language; applied in app.ts. */
export const WITHDRAW_BODY_LIMIT = 16 * 1024;

/** A too-large withdrawal form: the reference page again, its error in the person's language. */
export const withdrawTooLarge = (c: Context<AppEnv>) => {
  const tr = withdrawLanguage(c);
  return page(c, referencePage({ error: tr.t('errors.tooLarge') }, tr), 413);
};

/** One value of a form field (a repeated field's first), for fields that take only one. */
const oneValue = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/**
 * The public withdrawal page (no account, no JavaScript): reference → choices → confirmation.
 * Withdrawal and changes take effect at once (server/withdrawal/withdraw-story.ts).
 */
export const withdrawRoutes = new Hono<AppEnv>()
  .get('/withdraw/withdraw.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  })
  .get('/withdraw', (c) => page(c, referencePage({}, withdrawLanguage(c))))
  .post('/withdraw', async (c) => {
    const form = await readForm(c);
    const tr = withdrawLanguage(c, form);
    const found = await findByReference(c, formText(oneValue(form.reference)), tr);
    if (!found.ok) return found.response;
    if (found.status === 'withdrawn') return page(c, donePage('already', tr));
    return page(
      c,
      choicesPage(
        {
          reference: found.reference,
          purposes: await currentPurposes(c.var.deps, found.storyId),
        },
        tr,
      ),
    );
  })
  .post('/withdraw/confirm', async (c) => {
    const { deps } = c.var;
    const form = await readForm(c);
    const tr = withdrawLanguage(c, form);
    const found = await findByReference(c, formText(oneValue(form.reference)), tr);
    if (!found.ok) return found.response;
    if (found.status === 'withdrawn') return page(c, donePage('already', tr));
    const action = formText(oneValue(form.action));
    const purposes = await currentPurposes(deps, found.storyId);
    const ctx = {
      actor: 'public' as const,
      address: clientAddress(c, deps.config.trustProxy),
      now: deps.now(),
      via: 'public' as const,
    };
    if (action === 'withdraw') {
      await withdrawStory(deps.db, found.storyId, ctx);
      return page(c, donePage('withdrawn', tr));
    }
    if (action === 'change' && purposes.length > 0) {
      const keepRaw = form.keep;
      const keep = new Set((Array.isArray(keepRaw) ? keepRaw : [keepRaw]).map(formText));
      const drop = purposes.filter((p) => !keep.has(p));
      if (drop.length === 0) return page(c, donePage('unchanged', tr));
      await withdrawConsents(deps.db, found.storyId, drop, ctx);
      return page(c, donePage('changed', tr));
    }
    return page(
      c,
      choicesPage(
        { reference: found.reference, purposes, error: tr.t('withdraw.error.chooseAction') },
        tr,
      ),
      400,
    );
  });
