import { css, focusRing } from './css.ts';
import type { Frames } from './frames.ts';
import type { EmbedTarget } from './targets.ts';

// PUBLIC CONTRACT — never rename: these ids and the `heard-` class prefix are documented for
// partners who need to target them (e.g. to hide the launcher in print styles).
const DIALOG_ID = 'heard-dialog';
const TITLE_ID = 'heard-dialog-title';

/**
 * Replaces a snippet link with a button that opens the journey in a modal `<dialog>`.
 * The dialog and its iframe exist only while open: closing destroys both, and the journey's
 * state with them (nothing is kept on the person's device).
 */
export function upgradeToDialog(link: HTMLAnchorElement, target: EmbedTarget, frames: Frames) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `${link.className} heard-launcher`.trim();
  if (link.id) button.id = link.id;
  button.setAttribute('aria-haspopup', 'dialog');
  button.append(...link.childNodes);
  css(button, { cursor: 'pointer' });
  link.replaceWith(button);
  button.addEventListener('click', () => open(button, target, frames));
}

function open(launcher: HTMLButtonElement, target: EmbedTarget, frames: Frames): void {
  if (document.getElementById(DIALOG_ID)) return;
  const dialog = document.createElement('dialog');
  dialog.id = DIALOG_ID;
  dialog.className = 'heard-dialog';
  dialog.setAttribute('aria-labelledby', TITLE_ID);
  // Full screen on a phone (WCAG 1.4.10 reflow at 320 px), a centred column on wider screens.
  css(dialog, {
    display: 'flex',
    'flex-direction': 'column',
    'box-sizing': 'border-box',
    width: '100%',
    'max-width': '50rem',
    height: '100%',
    'max-height': '100%',
    margin: '0 auto',
    padding: '0',
    border: '2px solid #0b0c0c',
    'border-radius': '0',
    'box-shadow': 'none',
    background: '#fff',
    color: '#0b0c0c',
    overflow: 'hidden',
  });

  const bar = document.createElement('div');
  bar.className = 'heard-dialog__bar';
  css(bar, {
    display: 'flex',
    'flex-wrap': 'wrap',
    'align-items': 'center',
    'justify-content': 'space-between',
    gap: '8px',
    padding: '8px 12px',
    'border-bottom': '1px solid #b1b4b6',
    // No line-height or spacing with !important: people must be able to override text
    // spacing (WCAG 1.4.12; axe avoid-inline-spacing).
    'font-family': 'system-ui, -apple-system, "Segoe UI", Arial, sans-serif',
    'font-size': '1rem',
  });
  const title = document.createElement('p');
  title.id = TITLE_ID;
  title.className = 'heard-dialog__title';
  title.textContent = target.title;
  // The title wraps before the Close button does, so both stay on one row at 320 px.
  css(title, { flex: '1 1 12rem', margin: '0', 'font-weight': '700', color: '#0b0c0c' });

  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'heard-dialog__close';
  // English until the journey says which language it shows (`labels`), a moment after opening.
  close.textContent = 'Close';
  css(close, {
    margin: '0',
    padding: '8px 12px',
    'min-height': '44px',
    border: '2px solid #0b0c0c',
    'border-radius': '0',
    background: '#fff',
    color: '#0b0c0c',
    'font-family': 'inherit',
    'font-size': 'inherit',
    'font-weight': '700',
    cursor: 'pointer',
  });
  focusRing(close);

  const iframe = frames.create(target);
  css(iframe, { flex: '1 1 auto', 'min-height': '0', height: 'auto' });

  bar.append(title, close);
  dialog.append(bar, iframe);
  document.body.append(dialog);

  // Closing tears down at once, in the same task: the dialog's own `close` event comes a task
  // later, and the `display: flex !important` above would show a closed dialog until then.
  let closed = false;
  const shut = (returnFocus: boolean) => {
    if (closed) return;
    closed = true;
    frames.forget(iframe);
    if (dialog.open) dialog.close();
    dialog.remove();
    // Back to where the person was (WCAG 2.4.3); not after a quick exit, which leaves the page.
    if (returnFocus && launcher.isConnected) launcher.focus();
  };
  close.addEventListener('click', () => shut(true));
  frames.track(iframe, {
    remove: () => shut(false),
    onMessage: (m) => {
      if (m.type === 'close') shut(true);
      // The journey's language (the snippet's data-heard-lang when the site offers it, or
      // the one chosen inside): Close follows it (issue 8, decision 0023).
      if (m.type === 'labels') {
        close.textContent = m.closeLabel ?? '';
        close.lang = m.lang ?? '';
      }
      // Move into the journey only if the person has not moved elsewhere meanwhile.
      if (m.type === 'ready' && document.activeElement === iframe) frames.send(iframe, 'focus');
    },
  });
  // Escape in the host: the dialog's `cancel`; any other way it closes: `close`.
  dialog.addEventListener('cancel', () => shut(true));
  dialog.addEventListener('close', () => shut(true));
  dialog.showModal();
  iframe.focus();
}
