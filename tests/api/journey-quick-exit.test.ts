import { describe, expect, it } from 'vitest';
import { createShiftCounter, SHIFT_WINDOW_MS } from '../../widget/journey/quick-exit.ts';

const key = (k: string, extra: Partial<KeyboardEvent> = {}) =>
  ({
    key: k,
    repeat: false,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    ...extra,
  }) as KeyboardEvent;

function counter() {
  let now = 0;
  const counts: number[] = [];
  let exits = 0;
  const c = createShiftCounter({
    onCount: (n) => counts.push(n),
    onExit: () => {
      exits++;
    },
    now: () => now,
  });
  const shift = (extra: Partial<KeyboardEvent> = {}) => {
    c.keydown(key('Shift', extra));
    c.keyup(key('Shift', extra));
  };
  return {
    c,
    shift,
    counts,
    exits: () => exits,
    wait: (ms: number) => {
      now += ms;
    },
  };
}

describe('Shift pressed 3 times', () => {
  it('leaves on the third press and announces each one', () => {
    const t = counter();
    t.shift();
    t.shift();
    expect(t.exits()).toBe(0);
    t.shift();
    expect(t.counts).toEqual([1, 2, 3]);
    expect(t.exits()).toBe(1);
  });

  it('starts again when the presses are more than 5 seconds apart', () => {
    const t = counter();
    t.shift();
    t.shift();
    t.wait(SHIFT_WINDOW_MS + 1);
    t.shift();
    expect(t.counts).toEqual([1, 2, 1]);
    expect(t.exits()).toBe(0);
  });

  it('ignores Shift used to type a capital letter', () => {
    const t = counter();
    for (let i = 0; i < 3; i++) {
      t.c.keydown(key('Shift'));
      t.c.keydown(key('A', { shiftKey: true }));
      t.c.keyup(key('A'));
      t.c.keyup(key('Shift'));
    }
    expect(t.exits()).toBe(0);
  });

  it('ignores Shift held with Control, Alt or Meta, and held-down repeats', () => {
    const t = counter();
    t.shift({ ctrlKey: true });
    t.shift({ altKey: true });
    t.c.keydown(key('Shift'));
    t.c.keydown(key('Shift', { repeat: true }));
    t.c.keydown(key('Shift', { repeat: true }));
    t.c.keyup(key('Shift'));
    expect(t.counts).toEqual([1]);
  });

  it('starts again when another key is pressed between presses', () => {
    const t = counter();
    t.shift();
    t.shift();
    t.c.keydown(key('a'));
    t.shift();
    expect(t.exits()).toBe(0);
  });
});
