import type { HeardMessage } from '../../domain/embed-protocol.ts';
import { css } from './css.ts';
import type { Frames } from './frames.ts';
import type { EmbedTarget } from './targets.ts';

/** Heights outside this range are ignored: a frame cannot make itself vanish or grow without end. */
const MIN_HEIGHT = 200;
const MAX_HEIGHT = 20_000;

/**
 * `data-heard-mode="inline"`: the journey replaces the link on a page of its own, and the
 * frame's height follows its content (no inner scroll bar: WCAG 1.4.10 reflow).
 */
export function upgradeToInline(link: HTMLAnchorElement, target: EmbedTarget, frames: Frames) {
  const box = document.createElement('div');
  box.className = 'heard-inline';
  if (link.id) box.id = link.id;
  css(box, { display: 'block', width: '100%', margin: '0', padding: '0' });
  const iframe = frames.create(target);
  css(iframe, { height: '640px' });
  box.append(iframe);
  link.replaceWith(box);
  frames.track(iframe, {
    remove: () => box.remove(),
    onMessage: (m) => fitHeight(iframe, m, MIN_HEIGHT),
  });
}

/** Follows a `resize` message's height, within bounds. */
export function fitHeight(iframe: HTMLIFrameElement, m: HeardMessage, min: number): void {
  if (m.type === 'resize' && m.height !== undefined)
    css(iframe, { height: `${Math.min(MAX_HEIGHT, Math.max(min, m.height))}px` });
}
