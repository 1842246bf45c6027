import { Hono } from 'hono';
import { sql } from 'kysely';
import type { AppEnv } from '../app-env.ts';
import { formatDay } from '../measures/periods.ts';
import { usesFromConsents } from '../moderation/uses.ts';
import { STATUS_LABEL } from '../packs/labels.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const paras = (text: string) =>
  text
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => `<p class="body">${esc(p).replaceAll('\n', '<br>')}</p>`)
    .join('');

// No script on these pages, styles inline and fixed (nothing user-controlled in them).
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *";

const CSS = `body{font-family:Arial,Helvetica,sans-serif;font-size:1.1875rem;line-height:1.5;color:#0b0c0c;margin:0}
.wrap{max-width:48rem;margin:0 auto;padding:1rem}a{color:#1d70b8}a:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}
.skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:1rem}
header{background:#0b0c0c;color:#fff}header .wrap{padding:.75rem 1rem}header a{color:#fff}
h1{font-size:2rem;line-height:1.2}h2{font-size:1.5rem;margin-top:2rem}
article{border-top:1px solid #b1b4b6;padding-top:1rem;margin-top:1.5rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:bold}dd{margin:0}
blockquote{border-left:5px solid #b1b4b6;margin:1rem 0;padding:0 1rem}
.tag{display:inline-block;border:2px solid #0b0c0c;padding:0 .4rem;font-weight:bold}
@media (max-width:40rem){dl{grid-template-columns:1fr}}
@media (forced-colors:active){.tag{border-color:CanvasText}}`;

function page(
  title: string,
  boardName: string,
  slug: string,
  current: 'actions' | 'stories',
  body: string,
): string {
  const nav = (view: 'actions' | 'stories', label: string) =>
    `<li><a href="/boards/${esc(slug)}/${view === 'actions' ? 'you-said-we-did' : 'stories'}"${view === current ? ' aria-current="page"' : ''}>${label}</a></li>`;
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} – ${esc(boardName)}</title><style>${CSS}</style></head><body>
<a class="skip" href="#main">Skip to main content</a>
<header><div class="wrap"><p>${esc(boardName)}</p><nav aria-label="Board pages"><ul>${nav('actions', 'You said, we did')}${nav('stories', 'People’s stories')}</ul></nav></div></header>
<main id="main" class="wrap" tabindex="-1"><h1>${esc(title)}</h1>${body}</main></body></html>`;
}

const notFoundPage = (c: import('hono').Context) =>
  c.html(
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Page not found</title><style>${CSS}</style></head><body><main class="wrap"><h1>Page not found</h1><p>There is no Board at this address. Check the address and try again.</p></main></body></html>`,
    404,
  );

/**
 * The Board's public pages (issue 5), server-rendered and working without JavaScript:
 * published "You said, we did" actions, and stories whose tellers allowed publication, approved
 * and anonymised. Nothing else about a story is shown: no dates, partner or answers.
 */
export const publicBoardRoutes = new Hono<AppEnv>()
  .get('/boards/:slug/you-said-we-did', async (c) => {
    const { db } = c.var.deps;
    const board = await db
      .selectFrom('board')
      .select(['id', 'name', 'slug'])
      .where('slug', '=', c.req.param('slug'))
      .executeTakeFirst();
    if (!board) return notFoundPage(c);
    const actions = await db
      .selectFrom('board_action')
      .selectAll()
      .where('board_id', '=', board.id)
      .where('published', '=', 1)
      .orderBy('updated_at', 'desc')
      .execute();
    const body = actions.length
      ? `<p class="body">What people told the Board, and what the Board is doing about it.</p>${actions
          .map(
            (
              a,
            ) => `<article aria-labelledby="action-${a.id}"><h2 id="action-${a.id}">${esc(a.theme)}</h2>
<p><strong class="tag">${esc(STATUS_LABEL[a.status] ?? a.status)}</strong></p>
<h3>You said</h3>${paras(a.people_said)}<h3>We will</h3>${paras(a.board_will_do)}
<dl><dt>Who is responsible</dt><dd>${esc(a.owner)}</dd><dt>When by</dt><dd>${a.due_date ? esc(formatDay(a.due_date)) : 'Not set yet'}</dd>${a.status === 'not_taken_forward' && a.status_reason ? `<dt>Why not</dt><dd>${esc(a.status_reason)}</dd>` : ''}</dl></article>`,
          )
          .join('')}`
      : '<p class="body">The Board has not published any actions yet.</p>';
    c.header('Content-Security-Policy', CSP);
    return c.html(page('You said, we did', board.name, board.slug, 'actions', body));
  })
  .get('/boards/:slug/stories', async (c) => {
    const { db, now } = c.var.deps;
    const board = await db
      .selectFrom('board')
      .select(['id', 'name', 'slug'])
      .where('slug', '=', c.req.param('slug'))
      .executeTakeFirst();
    if (!board) return notFoundPage(c);
    const at = now().toISOString();
    const rows = await db
      .selectFrom('story')
      .innerJoin('curated_story', 'curated_story.story_id', 'story.id')
      .select(['story.id', 'curated_story.title', 'curated_story.text', 'curated_story.quotes'])
      .where('story.board_id', '=', board.id)
      .where('story.status', '=', 'approved')
      .where('curated_story.approved_at', 'is not', null)
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('consent')
            .select(sql`1`.as('one'))
            .whereRef('consent.story_id', '=', 'story.id')
            .where('consent.purpose', '=', 'publish')
            .where('consent.granted', '=', 1)
            .where('consent.withdrawn_at', 'is', null)
            .where((eb) =>
              eb.or([eb('consent.expires_at', 'is', null), eb('consent.expires_at', '>', at)]),
            ),
        ),
      )
      .orderBy('curated_story.approved_at', 'desc')
      .limit(50)
      .execute();
    const ids = rows.map((r) => r.id);
    const consents = ids.length
      ? await db.selectFrom('consent').selectAll().where('story_id', 'in', ids).execute()
      : [];
    const body = rows.length
      ? `<p class="body">Stories people chose to share publicly. Details that could identify anyone have been removed.</p>${rows
          .map((r) => {
            const quotes = usesFromConsents(
              consents.filter((x) => x.story_id === r.id),
              now(),
            ).includes('quote')
              ? (JSON.parse(r.quotes) as string[])
              : [];
            return `<article aria-labelledby="story-${r.id}"><h2 id="story-${r.id}">${esc(r.title)}</h2>${paras(r.text)}${quotes.map((q) => `<blockquote><p>${esc(q)}</p></blockquote>`).join('')}</article>`;
          })
          .join('')}`
      : '<p class="body">No stories have been published yet.</p>';
    c.header('Content-Security-Policy', CSP);
    return c.html(page('People’s stories', board.name, board.slug, 'stories', body));
  });
