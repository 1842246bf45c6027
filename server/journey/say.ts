import { html, raw } from 'hono/html';
import type { Translator } from '../../domain/messages/all-catalogues.ts';
import {
  EASY_READ_PICTOGRAMS,
  type PictogramId,
} from '../../domain/messages/en-easy-pictograms.ts';
import type { MessageKey, Vars } from '../../domain/messages.ts';
import { DRAWINGS } from '../../domain/pictogram-drawings.ts';
import type { Html } from './html-page.ts';

/**
 * The journey's pictogram (drawn in domain/pictogram-drawings.ts) as server-rendered SVG: the same drawing,
 * classes and hiding, so the no-JavaScript pages look and read like the journey.
 */
export function pictogramSvg(id: PictogramId): string {
  const drawing = DRAWINGS[id];
  const paths = drawing.paths.map((d) => `<path d="${d}"/>`).join('');
  const dots = (drawing.dots ?? []).map((d) => `<path d="${d}" class="hj-picto__dot"/>`).join('');
  const cls = `hj-picto${drawing.directional ? ' hj-picto--directional' : ''}`;
  // Hidden: it sits beside a sentence that says the same (WCAG 1.1.1, decorative).
  return `<svg class="${cls}" viewBox="0 0 48 48" aria-hidden="true" focusable="false" data-pictogram="${id}">${paths}${dots}</svg>`;
}

/**
 * A catalogue sentence; in Easy Read, a key sentence gets its pictogram beside it, as in the
 * journey's `<Say>` (widget/journey/i18n/say.tsx).
 */
export function say(tr: Translator, key: MessageKey, vars?: Vars): Html {
  const text = tr.t(key, vars);
  const id = tr.language.easyRead ? EASY_READ_PICTOGRAMS[key] : undefined;
  if (!id) return html`${text}`;
  return html`<span class="hj-say">${raw(pictogramSvg(id))}<span class="hj-say__text">${text}</span></span>`;
}
