import {
  type HeardMessageType,
  heardMessage,
  isHeardMessage,
  labelsMessage,
} from '../../domain/embed-protocol.ts';

/**
 * The journey's side of the embed protocol (docs/decisions/0020-embed-protocol-and-quick-exit.md).
 *
 * ```ts
 * const bridge = createEmbedBridge(hostOrigin(site, location.search), { exitUrl: site.quickExitUrl });
 * bridge.notify('exit');   // quick exit (button or Shift×3): the loader moves the top page
 * bridge.notify('sent');   // after the story is stored
 * ```
 * `hostOrigin` must already be checked against the site's allowed origins (site-config.ts does;
 * `embedHostOrigin` below does it too). When framed by that origin the bridge by itself posts
 * `ready` once (with the site's exit URL), posts `resize` as the content height changes, posts
 * `close` when an Escape nothing else handled is released, and focuses the page's h1 when the loader asks
 * (`focus`). As a full page it adds no listeners and `notify` does nothing. It never forwards
 * keystrokes: a host page's scripts can read every message posted to it.
 */
export type EmbedBridge = {
  embedded: boolean;
  /** The partner page's origin when embedded, else null. Messages go only there. */
  hostOrigin: string | null;
  notify: (type: HeardMessageType, height?: number) => void;
  /** Leaves for the quick-exit URL: via the loader (the top page) when embedded. */
  quickExit: () => void;
  /**
   * Tells the loader the language now shown (an HTML `lang` code) and its dialog's Close label
   * in it (issue 8, decision 0023). Sent on boot and on every language change.
   */
  labels: (lang: string, closeLabel: string) => void;
  /** Removes the bridge's listeners (tests, hot reload). */
  destroy: () => void;
};

/** The public site settings `embedHostOrigin` needs (a subset of the page's site JSON). */
export type BridgeSite = { allowedOrigins: readonly string[] };

/** If the loader has not removed the frame by then, leave from inside the frame. */
const EXIT_FALLBACK_MS = 400;

/** The host origin this page may talk to, or null when it is not a permitted embed. */
export function embedHostOrigin(site: BridgeSite | null | undefined, win: Window): string | null {
  if (!site || win.parent === win) return null;
  const params = new URL(win.location.href).searchParams;
  const host = params.get('host');
  if (params.get('embed') !== '1' || !host || !site.allowedOrigins.includes(host)) return null;
  // Chromium and Safari tell a frame who its parent really is; believe them over the URL.
  const ancestors = win.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0 && ancestors[0] !== host) return null;
  return host;
}

export function createEmbedBridge(
  requestedHost: string | null,
  options: { exitUrl?: string; win?: Window } = {},
): EmbedBridge {
  const win = options.win ?? window;
  const ancestors = win.location.ancestorOrigins;
  const hostOrigin =
    requestedHost &&
    win.parent !== win &&
    !(ancestors && ancestors.length > 0 && ancestors[0] !== requestedHost)
      ? requestedHost
      : null;
  const exitUrl = options.exitUrl ?? '';
  const doc = win.document;
  let readySent = false;

  const post = (type: HeardMessageType, height?: number) => {
    if (!hostOrigin) return;
    if (type === 'ready') readySent = true;
    win.parent.postMessage(heardMessage(type, height, exitUrl || undefined), hostOrigin);
  };

  const quickExit = () => {
    if (hostOrigin) {
      post('exit');
      // The loader removes this frame at once, which cancels this timer.
      win.setTimeout(() => win.location.replace(exitUrl), EXIT_FALLBACK_MS);
    } else if (exitUrl) {
      win.location.replace(exitUrl);
    }
  };

  if (!hostOrigin) {
    return {
      embedded: false,
      hostOrigin: null,
      notify: () => {},
      quickExit,
      labels: () => {},
      destroy: () => {},
    };
  }

  const focusHeading = (tries = 20) => {
    const h1 = doc.querySelector('h1');
    if (!h1) {
      if (tries > 0) win.setTimeout(() => focusHeading(tries - 1), 50);
      return;
    }
    // A heading is not focusable by default; -1 keeps it out of the Tab order (WCAG 2.4.3).
    if (!h1.hasAttribute('tabindex')) h1.setAttribute('tabindex', '-1');
    h1.focus();
  };

  const onMessage = (event: MessageEvent) => {
    if (event.origin !== hostOrigin || event.source !== win.parent) return;
    if (isHeardMessage(event.data) && event.data.type === 'focus') focusHeading();
  };

  // Escape closes on its release, a task after the keyup: the loader then removes this frame,
  // and Chromium loses a key event that reaches a cross-origin frame as it is torn down, so
  // closing on keydown left the keyup nowhere to go (a test's key press waited forever).
  let escapeDown = false;
  const onKeyDown = (event: KeyboardEvent) => {
    // Bubble phase on window: the journey's own Escape handlers (e.g. closing a hint) run first.
    if (event.key === 'Escape') escapeDown = !event.defaultPrevented;
  };
  const onKeyUp = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !escapeDown) return;
    escapeDown = false;
    win.setTimeout(() => post('close'), 0);
  };

  let frame = 0;
  let lastHeight = -1;
  const measure = () => {
    frame = 0;
    const root = doc.getElementById('heard-journey') ?? doc.body;
    if (!root) return;
    const margin = Number.parseFloat(win.getComputedStyle(doc.body).marginBottom) || 0;
    const height = Math.ceil(root.getBoundingClientRect().bottom + win.scrollY + margin);
    if (height !== lastHeight) {
      lastHeight = height;
      post('resize', height);
    }
  };
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(measure);
  };
  const observer = new ResizeObserver(schedule);

  const start = () => {
    if (doc.body) observer.observe(doc.body);
    const root = doc.getElementById('heard-journey');
    if (root) observer.observe(root);
    if (!readySent) post('ready');
    schedule();
  };

  win.addEventListener('message', onMessage);
  win.addEventListener('keydown', onKeyDown);
  win.addEventListener('keyup', onKeyUp);
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start, { once: true });
  else start();

  return {
    embedded: true,
    hostOrigin,
    notify: (type, height) => {
      if (type === 'exit') quickExit();
      else post(type, height);
    },
    quickExit,
    labels: (lang, closeLabel) =>
      win.parent.postMessage(labelsMessage(lang, closeLabel), hostOrigin),
    destroy: () => {
      observer.disconnect();
      win.removeEventListener('message', onMessage);
      win.removeEventListener('keydown', onKeyDown);
      win.removeEventListener('keyup', onKeyUp);
    },
  };
}
