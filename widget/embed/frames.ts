import {
  type HeardMessage,
  heardMessage,
  isExitUrl,
  isHeardMessage,
} from '../../domain/embed-protocol.ts';
import { css } from './css.ts';
import type { EmbedTarget } from './targets.ts';

/**
 * Quick exit before a frame has said `ready` (so before the site's own URL is known): the
 * neutral page GOV.UK's "Exit this page" uses (docs/decisions/0020).
 */
export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

/** `board`: a public Board view, which holds nothing of the person's (no Shift×3 for it). */
type Live = { remove: () => void; onMessage: (m: HeardMessage) => void; board?: boolean };

/**
 * The Heard iframes on this page and everything that crosses to them. A message counts only
 * when its origin is Heard's and its source is one of our own frames (issue 3); the host page
 * learns nothing but UI events, and sends only `focus`.
 */
export function createFrames(heardOrigin: string) {
  const live = new Map<Window, Live>();
  let exitUrl = DEFAULT_EXIT_URL;

  addEventListener('message', (event) => {
    const entry = event.source ? live.get(event.source as Window) : undefined;
    if (!entry || event.origin !== heardOrigin || !isHeardMessage(event.data)) return;
    if (event.data.type === 'ready' && isExitUrl(event.data.exitUrl)) exitUrl = event.data.exitUrl;
    if (event.data.type === 'exit') quickExit();
    else entry.onMessage(event.data);
  });

  /** Removes every frame (their state is gone with them) and replaces the top page. */
  function quickExit(): void {
    for (const entry of live.values()) entry.remove();
    live.clear();
    // Blank at once: the next page may take a moment to arrive, and someone may be looking.
    css(document.documentElement, { visibility: 'hidden' });
    location.replace(exitUrl);
  }

  return {
    quickExit,
    /** True while a journey frame is on the page: the host listens for Shift×3 only then. */
    active: () => Array.from(live.values()).some((entry) => !entry.board),
    /** A frame for the target, not yet on the page: created only when someone opens it. */
    create(target: EmbedTarget): HTMLIFrameElement {
      const iframe = document.createElement('iframe');
      iframe.className = 'heard-frame';
      iframe.title = target.title;
      // The host page's address (its path and query) is none of Heard's business.
      iframe.referrerPolicy = 'no-referrer';
      const lang = target.lang ? `&lang=${encodeURIComponent(target.lang)}` : '';
      iframe.src = `${heardOrigin}${target.path}?embed=1&host=${encodeURIComponent(location.origin)}${lang}`;
      css(iframe, {
        display: 'block',
        border: '0',
        width: '100%',
        'max-width': 'none',
        'min-width': '0',
        margin: '0',
        padding: '0',
      });
      return iframe;
    },
    /**
     * Starts listening to a frame once it is on the page (its window exists only then).
     * `remove` must take the frame and its container off the page.
     */
    track(iframe: HTMLIFrameElement, handlers: Live): void {
      if (iframe.contentWindow) live.set(iframe.contentWindow, handlers);
    },
    forget(iframe: HTMLIFrameElement): void {
      if (iframe.contentWindow) live.delete(iframe.contentWindow);
    },
    send(iframe: HTMLIFrameElement, type: 'focus'): void {
      iframe.contentWindow?.postMessage(heardMessage(type), heardOrigin);
    },
  };
}

export type Frames = ReturnType<typeof createFrames>;
