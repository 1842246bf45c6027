import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { z } from 'zod';
import type { BoardActionRow } from '../../db/schema.ts';
import { MESSAGE_NAMESPACE, MESSAGE_VERSION } from '../../domain/embed-protocol.ts';
import type { AppEnv } from '../app-env.ts';
import { oneText } from '../http/page-input.ts';
import { jsonForHtml } from '../journey/html-page.ts';
import { frameAncestorOrigins, frameAncestorsFor } from '../journey/journey-headers.ts';
import { formatDay } from '../measures/periods.ts';
import { STATUS_LABEL } from '../packs/labels.ts';
import type { PublicBoard, PublishedStory } from './public-board-queries.ts';

/**
 * The Board's public pages (issue 5) as HTML, server-rendered and working without JavaScript,
 * full or in the embed form a partner's page frames.
 */

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const paras = (text: string) =>
  text
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => `<p class="body">${esc(p).replaceAll('\n', '<br>')}</p>`)
    .join('');

/**
 * These pages load nothing but themselves: one inline stylesheet and, in the embed form only,
 * one inline script, both allowed by a per-response nonce (no `unsafe-inline`: issue 6).
 * The full page cannot be framed; the embed form only by the Board's partner sites.
 */
function boardCsp(nonce: string, ancestors: string, script: boolean): string {
  return [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    ...(script ? [`script-src 'nonce-${nonce}'`] : []),
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${ancestors}`,
  ].join('; ');
}

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
@media (forced-colors:active){.tag{border-color:CanvasText}}
.embed .board{margin:0;color:#484949}`;

type View = 'actions' | 'stories';

/**
 * `?embed=1` asks for the embed form of a page, `host` names the page it is embedded in (checked
 * against the Board's partner sites before any script talks to it). Never fails: these are pages.
 */
export const EmbedQuery = z.object({
  embed: oneText.transform((v) => v === '1'),
  host: oneText.transform((v) => v ?? ''),
});

export type EmbedRequest = z.output<typeof EmbedQuery>;

/**
 * The embed form's only script: tells the loader on the partner's page that a real Board page
 * has arrived (`ready`) and how tall it is (`resize`), posting only to the host origin the
 * server already checked, and only when that origin really is the parent (where the browser
 * says so). UI events only (docs/decisions/0020, 0022): no content crosses.
 */
function embedScript(host: string): string {
  const msg = `{ns:${JSON.stringify(MESSAGE_NAMESPACE)},v:${MESSAGE_VERSION},type:t}`;
  return `(function(){var host=${jsonForHtml(host)};var a=location.ancestorOrigins;
if(parent===window||(a&&a.length&&a[0]!==host))return;
function post(t,h){var m=${msg};if(h!==undefined)m.height=h;parent.postMessage(m,host)}
post('ready');var last=-1;
function measure(){var h=Math.ceil(document.body.getBoundingClientRect().height);if(h!==last){last=h;post('resize',h)}}
new ResizeObserver(measure).observe(document.body);measure()})();`;
}

function renderPage(
  c: Context<AppEnv>,
  board: PublicBoard,
  asked: EmbedRequest,
  current: View,
  title: string,
  body: string,
) {
  const nonce = randomBytes(16).toString('base64');
  const { embed, host } = asked;
  const { origins } = board;
  const head = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} – ${esc(board.name)}</title><style nonce="${nonce}">${CSS}</style></head><body>`;
  if (embed) {
    // The partner's page is the site: no skip link, header or navigation of ours, only the
    // content, under the Board's name. Framed only by the Board's partner sites (decision 0022).
    const allowed = frameAncestorOrigins(origins);
    const script = allowed.includes(host)
      ? `<script nonce="${nonce}">${embedScript(host)}</script>`
      : '';
    c.header('Content-Security-Policy', boardCsp(nonce, frameAncestorsFor(origins), !!script));
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    return c.html(
      `${head}
<main id="main" class="wrap embed"><p class="board">${esc(board.name)}</p><h1>${esc(title)}</h1>${body}</main>${script}</body></html>`,
    );
  }
  const nav = (view: View, label: string) =>
    `<li><a href="/boards/${esc(board.slug)}/${view === 'actions' ? 'you-said-we-did' : 'stories'}"${view === current ? ' aria-current="page"' : ''}>${label}</a></li>`;
  c.header('Content-Security-Policy', boardCsp(nonce, "'none'", false));
  return c.html(`${head}
<a class="skip" href="#main">Skip to main content</a>
<header><div class="wrap"><p>${esc(board.name)}</p><nav aria-label="Board pages"><ul>${nav('actions', 'You said, we did')}${nav('stories', 'People’s stories')}</ul></nav></div></header>
<main id="main" class="wrap" tabindex="-1"><h1>${esc(title)}</h1>${body}</main></body></html>`);
}

/** A plain page for an unknown Board; never framed, so a mistyped embed shows nothing. */
export function boardNotFoundPage(c: Context<AppEnv>) {
  const nonce = randomBytes(16).toString('base64');
  c.header('Content-Security-Policy', boardCsp(nonce, "'none'", false));
  return c.html(
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Page not found</title><style nonce="${nonce}">${CSS}</style></head><body><main class="wrap"><h1>Page not found</h1><p>There is no Board at this address. Check the address and try again.</p></main></body></html>`,
    404,
  );
}

/** "You said, we did": the Board's published actions. */
export function actionsPage(
  c: Context<AppEnv>,
  board: PublicBoard,
  asked: EmbedRequest,
  actions: BoardActionRow[],
) {
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
  return renderPage(c, board, asked, 'actions', 'You said, we did', body);
}

/** "People's stories": the stories people chose to share publicly, anonymised. */
export function storiesPage(
  c: Context<AppEnv>,
  board: PublicBoard,
  asked: EmbedRequest,
  stories: PublishedStory[],
) {
  const body = stories.length
    ? `<p class="body">Stories people chose to share publicly. Details that could identify anyone have been removed.</p>${stories
        .map(
          (s) =>
            `<article aria-labelledby="story-${s.id}"><h2 id="story-${s.id}">${esc(s.title)}</h2>${paras(s.text)}${s.quotes.map((q) => `<blockquote><p>${esc(q)}</p></blockquote>`).join('')}</article>`,
        )
        .join('')}`
    : '<p class="body">No stories have been published yet.</p>';
  return renderPage(c, board, asked, 'stories', 'People’s stories', body);
}
