import type { Frames } from './frames.ts';

/** GOV.UK "Exit this page": three Shift presses, each within 5 seconds of the last. */
const WINDOW_MS = 5000;

/**
 * Quick exit from the host page: Shift pressed 3 times while a Heard frame is on the page
 * (inside the frame, the journey's bridge does the same and sends `exit`). Only then, so a
 * partner's page without an open journey keeps its keyboard to itself (docs/decisions/0020).
 * Mirrors GOV.UK's rules: a Shift released after typing a capital does not count; any other
 * key starts the count again.
 */
export function watchTripleShift(frames: Frames): void {
  let count = 0;
  let last = 0;
  let lastWasModified = false;
  addEventListener(
    'keyup',
    (event) => {
      if (event.key === 'Shift' && !lastWasModified && frames.active()) {
        const now = Date.now();
        count = now - last > WINDOW_MS ? 1 : count + 1;
        last = now;
        if (count >= 3) {
          count = 0;
          frames.quickExit();
        }
      } else if (event.key !== 'Shift') {
        count = 0;
      }
      lastWasModified = event.shiftKey;
    },
    true,
  );
}
