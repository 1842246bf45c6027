import { css } from './css.ts';
import type { Frames } from './frames.ts';
import { fitHeight } from './inline.ts';
import type { EmbedTarget } from './targets.ts';

/**
 * A public Board view (issue 5, decision 0022): the page in an iframe inside the partner's
 * element, its height following its content. The frame stays invisible, and the fallback link
 * in place, until the page says `ready`: a mistyped slug or an origin the Board does not list
 * (the server refuses to be framed) leaves the link as it was, never a broken frame.
 */
export function embedBoard(el: Element, target: EmbedTarget, frames: Frames): void {
  // Each snippet carries the script, so a page with both views may run the loader twice.
  if (el.querySelector('.heard-frame')) return;
  const iframe = frames.create(target);
  // Hidden, not display:none, so the page lays out at its real width while it loads.
  css(iframe, { height: '0', visibility: 'hidden' });
  el.append(iframe);
  frames.track(iframe, {
    board: true,
    remove: () => iframe.remove(),
    onMessage: (m) => {
      if (m.type === 'ready') {
        for (const node of Array.from(el.childNodes)) if (node !== iframe) node.remove();
        css(iframe, { visibility: 'visible' });
      }
      fitHeight(iframe, m, 0);
    },
  });
}
