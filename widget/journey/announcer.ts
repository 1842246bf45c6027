/**
 * Screen-reader announcements through live regions created once at start-up: a region added
 * together with its message is often not read (NVDA and VoiceOver ignore the first change).
 */
export type Announcer = {
  polite: (text: string) => void;
  assertive: (text: string) => void;
  clear: () => void;
};

function region(politeness: 'polite' | 'assertive'): HTMLElement {
  const el = document.createElement('div');
  el.className = 'hj-visually-hidden';
  el.setAttribute('aria-live', politeness);
  el.setAttribute('aria-atomic', 'true');
  document.body.appendChild(el);
  return el;
}

export function createAnnouncer(): Announcer {
  const polite = region('polite');
  const assertive = region('assertive');
  const timers = new Map<HTMLElement, number>();
  const say = (el: HTMLElement, text: string) => {
    // Clear first, then set after a tick, so repeating the same words is read again.
    el.textContent = '';
    window.clearTimeout(timers.get(el));
    timers.set(
      el,
      window.setTimeout(() => {
        el.textContent = text;
      }, 60),
    );
  };
  return {
    polite: (text) => say(polite, text),
    assertive: (text) => say(assertive, text),
    clear: () => {
      for (const el of [polite, assertive]) {
        window.clearTimeout(timers.get(el));
        el.textContent = '';
      }
    },
  };
}
