/**
 * embed.js: the loader partners paste with one snippet (issue 3, docs/decisions/0002, 0020).
 * It also embeds public Board views (`data-heard-board`, `data-heard-view`: board.ts).
 * PUBLIC CONTRACT — never rename: the URL `/embed.js`, the attributes in targets.ts, the ids
 * in dialog.ts, the `heard-` class prefix and the message names in domain/embed-protocol.ts.
 *
 * It defines no globals, writes no cookies or storage, fetches nothing, and styles only
 * through the CSSOM, so it runs under `script-src 'self' HEARD; frame-src HEARD`.
 */
import { embedBoard } from './board.ts';
import { upgradeToDialog } from './dialog.ts';
import { createFrames } from './frames.ts';
import { upgradeToInline } from './inline.ts';
import { BOARD_SELECTOR, boardTargetFor, LINK_SELECTOR, targetFor } from './targets.ts';
import { watchTripleShift } from './triple-shift.ts';

// Heard's origin is wherever this script came from (currentScript is set while a classic
// script, async or not, first runs); the fallback finds it if a tag manager re-inserted it.
const script =
  (document.currentScript as HTMLScriptElement | null) ??
  Array.from(document.scripts).find((s) => /\/embed\.js([?#]|$)/.test(s.src));

// An opaque host (a file: page, a sandboxed frame) cannot be allowed to frame the journey, so
// its links stay links.
if (script?.src && location.origin !== 'null') {
  const heardOrigin = new URL(script.src).origin;
  const frames = createFrames(heardOrigin);
  watchTripleShift(frames);
  const scan = () => {
    for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>(LINK_SELECTOR))) {
      const target = targetFor(link, heardOrigin);
      if (!target) continue;
      if (target.inline) upgradeToInline(link, target, frames);
      else upgradeToDialog(link, target, frames);
    }
    for (const el of Array.from(document.querySelectorAll(BOARD_SELECTOR))) {
      const target = boardTargetFor(el);
      if (target) embedBoard(el, target, frames);
    }
  };
  // An async script may run before the rest of the page is parsed.
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', scan);
  else scan();
}
