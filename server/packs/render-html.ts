import { createHash } from 'node:crypto';
import { formatCount } from '../../domain/suppression.ts';
import { formatDay } from '../measures/periods.ts';
import { chartSvg } from './chart.ts';
import { METHOD_TEXT } from './labels.ts';
import { packCharts } from './pack-charts.ts';
import type { PackModel } from './pack-model.ts';
import { measureTables, type PackTable, youSaidWeDid } from './pack-tables.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const paras = (text: string) =>
  text
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => `<p>${esc(p).replaceAll('\n', '<br>')}</p>`)
    .join('');

function table(t: PackTable): string {
  return `<table><caption>${esc(t.caption)}</caption><thead><tr>${t.head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${t.rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`,
    )
    .join('')}</tbody></table>`;
}

export const NOTE_TEXT: Record<string, string> = {
  story_withdrawn: 'A story was removed from this pack because the person who told it withdrew it.',
  story_left_library:
    'A story was removed from this pack because it can no longer be shared with the Board (permission ended or the story is being corrected).',
};

/** CSS for screen and print: A4 pages, readable sizes, no colour-only meaning, no scripts. */
const CSS = `body{font-family:Arial,Helvetica,sans-serif;font-size:12pt;line-height:1.5;color:#0b0c0c;max-width:48rem;margin:0 auto;padding:1rem}
h1{font-size:2rem}h2{font-size:1.5rem;margin-top:2rem;border-top:2px solid #0b0c0c;padding-top:.5rem}h3{font-size:1.2rem}
table{border-collapse:collapse;margin:1rem 0;width:100%}caption{text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border:1px solid #505a5f;padding:.25rem .5rem;text-align:left;vertical-align:top}thead th{background:#f3f2f1}
.note{border-left:5px solid #0b0c0c;padding:.5rem 1rem;background:#f3f2f1}
blockquote{border-left:5px solid #b1b4b6;margin:1rem 0;padding:0 1rem}
svg{max-width:100%;height:auto}
@media print{@page{size:A4;margin:20mm}h2{break-before:page}table,figure,blockquote{break-inside:avoid}body{max-width:none}}`;

/**
 * The pack as one self-contained, print-ready HTML page (also what Chromium turns into the
 * tagged PDF): real headings in order, tables with captions and header cells, charts as SVG
 * images with every number in their description and in a table beside them.
 */
/**
 * The CSP source for the pack's one style element: the SHA-256 of its exact text, so the HTML
 * pack needs no `'unsafe-inline'` (issue 12, finding 11). The CSS is constant, so is the hash.
 */
export const PACK_STYLE_SOURCE = `'sha256-${createHash('sha256').update(CSS, 'utf8').digest('base64')}'`;

export function renderPackHtml(p: PackModel): string {
  const charts = packCharts(p.measures)
    .map((c, i) => `<figure>${chartSvg(c, `chart-${i + 1}`)}</figure>`)
    .join('');
  const stories = p.stories
    .map(
      (
        s,
      ) => `<section aria-labelledby="story-${s.position}"><h3 id="story-${s.position}">Story ${s.position}: ${esc(s.title)}</h3>
<p><strong>Told by:</strong> ${s.respondent === 'adult' ? 'the adult themselves' : 'someone on their behalf'}</p>
${paras(s.text)}
${s.quotes.length ? `<h4>In their own words</h4>${s.quotes.map((q) => `<blockquote><p>${esc(q)}</p></blockquote>`).join('')}` : ''}
<dl><dt>Principles</dt><dd>${esc(s.tags.principles.join(', ') || 'None recorded')}</dd><dt>Wellbeing</dt><dd>${esc(s.tags.wellbeingAreas.join(', ') || 'None recorded')}</dd><dt>Kinds of harm</dt><dd>${esc(s.tags.harmKinds.join(', ') || 'None recorded')}</dd><dt>Themes</dt><dd>${esc(s.tags.themes.join(', ') || 'None recorded')}</dd></dl>
<h4>What this tells us</h4>${paras(s.tellsUs) || '<p>Not written yet.</p>'}
<h4>Questions for the Board</h4>${paras(s.questions) || '<p>Not written yet.</p>'}</section>`,
    )
    .join('');
  const said = youSaidWeDid(p.actions);
  const actions = said.table ? table(said.table) : `<p>${esc(said.empty)}</p>`;
  const notes = p.notes
    .map((n) => `<p class="note">${esc(NOTE_TEXT[n.kind] ?? n.kind)}</p>`)
    .join('');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(p.title)} — ${esc(p.board.name)}</title><style>${CSS}</style></head><body><main>
<h1>${esc(p.title)}</h1>
<p>${esc(p.board.name)}. Meeting on ${esc(formatDay(p.meetingDate))}. Period: ${esc(p.period.label)}.</p>
${p.status === 'issued' ? `<p>Issued on ${esc(formatDay((p.issuedAt ?? '').slice(0, 10)))}${p.issuedBy ? ` by ${esc(p.issuedBy)}` : ''}. This is the record as issued.</p>` : '<p class="note">Draft: not yet issued.</p>'}
${notes}
<h2>Priorities and principles</h2>${paras(p.priorities) || '<p>No priorities recorded.</p>'}
<p><strong>Principles addressed:</strong> ${esc(p.principles.join(', ') || 'None recorded')}</p>
<h2>What people told us</h2><p>Self-reported answers, adults and representatives apart.</p>${charts}${measureTables(p.measures).map(table).join('')}
<h2>Stories</h2>${stories || '<p>No stories chosen.</p>'}
<h2>${esc(said.heading)}</h2>${actions}
<h2>Who we heard from</h2>${table({ caption: 'Responses by partner', head: ['Partner', 'Responses'], rows: p.reach.map((r) => [r.partner, formatCount(r.responses)]) })}
<h2>Method and caveats</h2>${METHOD_TEXT.map((t) => `<p>${esc(t)}</p>`).join('')}${paras(p.caveats)}
</main></body></html>`;
}
