/**
 * Quick exit (GOV.UK "Exit this page" pattern): the button, or Shift pressed 3 times within
 * 5 seconds. Shift held together with another key (typing a capital) does not count, and any
 * other key starts the count again, so a person typing never leaves by accident.
 */
export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 5000;

export type ShiftCounterOptions = {
  onCount: (count: number) => void;
  onExit: () => void;
  now?: () => number;
};

/** Counts lone Shift presses; returns the keydown/keyup handlers to attach to the document. */
export function createShiftCounter(options: ShiftCounterOptions) {
  const now = options.now ?? (() => Date.now());
  let count = 0;
  let first = 0;
  let shiftDown = false;
  let combined = false;
  return {
    keydown(event: KeyboardEvent) {
      if (event.key === 'Shift') {
        if (!event.repeat) {
          shiftDown = true;
          combined = event.ctrlKey || event.altKey || event.metaKey;
        }
        return;
      }
      // Another key: Shift+letter is typing, not an exit press.
      if (shiftDown) combined = true;
      count = 0;
    },
    keyup(event: KeyboardEvent) {
      if (event.key !== 'Shift') return;
      const lone = shiftDown && !combined;
      shiftDown = false;
      combined = false;
      if (!lone) return;
      const t = now();
      if (count === 0 || t - first > SHIFT_WINDOW_MS) {
        count = 0;
        first = t;
      }
      count += 1;
      options.onCount(count);
      if (count >= SHIFT_PRESSES) {
        count = 0;
        options.onExit();
      }
    },
  };
}

/**
 * Leaves at once: forgets everything (the caller's `forget`), blanks the page before the next
 * page loads (so nothing shows during a slow connection), then `leave` replaces this history
 * entry (the embed bridge's `quickExit`: `location.replace`, or via the loader when embedded).
 */
export function leaveNow(args: { forget: () => void; leave: () => void }): void {
  args.forget();
  document.title = '';
  document.body.replaceChildren();
  args.leave();
}
