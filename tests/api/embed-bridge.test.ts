import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmbedBridge, embedHostOrigin } from '../../widget/journey/embed-bridge.ts';

const HOST = 'https://www.demo-borough.gov.uk';
const site = { allowedOrigins: [HOST] };

type Posted = { data: unknown; origin: string };

/**
 * A stand-in for the iframe's window: only what the bridge touches. `framed` gives it a
 * separate parent whose postMessage calls are recorded.
 */
function fakeWindow(options: { href: string; framed?: boolean; ancestors?: string[] }) {
  const posted: Posted[] = [];
  const listeners = new Map<string, ((event: unknown) => void)[]>();
  const parent = { postMessage: (data: unknown, origin: string) => posted.push({ data, origin }) };
  const h1 = { attrs: new Map<string, string>(), focused: false };
  const win = {
    location: {
      href: options.href,
      ancestorOrigins: options.ancestors,
      replace: vi.fn(),
    },
    document: {
      readyState: 'complete',
      body: {},
      getElementById: () => null,
      querySelector: () => ({
        hasAttribute: (n: string) => h1.attrs.has(n),
        setAttribute: (n: string, v: string) => h1.attrs.set(n, v),
        focus: () => {
          h1.focused = true;
        },
      }),
    },
    addEventListener: (type: string, fn: (event: unknown) => void) =>
      listeners.set(type, [...(listeners.get(type) ?? []), fn]),
    removeEventListener: vi.fn(),
    setTimeout: vi.fn(),
    requestAnimationFrame: vi.fn(),
    getComputedStyle: () => ({ marginBottom: '0px' }),
    scrollY: 0,
    parent: undefined as unknown,
  };
  win.parent = options.framed === false ? win : parent;
  const dispatch = (type: string, event: unknown) => {
    for (const fn of listeners.get(type) ?? []) fn(event);
  };
  return { win: win as unknown as Window, posted, dispatch, h1, parent };
}

const url = (query: string) => `http://localhost:3000/tell/demo${query}`;

describe('embedHostOrigin', () => {
  it('accepts an allowed host given by an embed URL when framed', () => {
    const { win } = fakeWindow({ href: url(`?embed=1&host=${encodeURIComponent(HOST)}`) });
    expect(embedHostOrigin(site, win)).toBe(HOST);
  });

  it('refuses a host the site does not allow', () => {
    const { win } = fakeWindow({ href: url('?embed=1&host=https%3A%2F%2Fevil.example') });
    expect(embedHostOrigin(site, win)).toBeNull();
  });

  it('refuses when the page is not framed or not asked to embed', () => {
    const top = fakeWindow({ href: url(`?embed=1&host=${HOST}`), framed: false });
    expect(embedHostOrigin(site, top.win)).toBeNull();
    const plain = fakeWindow({ href: url(`?host=${HOST}`) });
    expect(embedHostOrigin(site, plain.win)).toBeNull();
  });

  it('believes the browser over the URL about who the parent is', () => {
    const { win } = fakeWindow({
      href: url(`?embed=1&host=${HOST}`),
      ancestors: ['https://elsewhere.example'],
    });
    expect(embedHostOrigin(site, win)).toBeNull();
  });
});

describe('createEmbedBridge', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('does nothing as a full page', () => {
    const { win, posted } = fakeWindow({ href: url(''), framed: false });
    const bridge = createEmbedBridge(HOST, { win, exitUrl: 'https://www.bbc.co.uk/weather' });
    bridge.notify('sent');
    expect(bridge.embedded).toBe(false);
    expect(posted).toEqual([]);
  });

  it('posts ready with the exit URL, then UI events, only to the host origin', () => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    const { win, posted } = fakeWindow({ href: url('') });
    const bridge = createEmbedBridge(HOST, { win, exitUrl: 'https://www.bbc.co.uk/weather' });
    bridge.notify('sent');
    expect(posted).toEqual([
      {
        data: { ns: 'heard', v: 1, type: 'ready', exitUrl: 'https://www.bbc.co.uk/weather' },
        origin: HOST,
      },
      { data: { ns: 'heard', v: 1, type: 'sent' }, origin: HOST },
    ]);
  });

  it('asks the loader to close when an Escape nobody handled is released', () => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    const { win, posted, dispatch } = fakeWindow({ href: url('') });
    createEmbedBridge(HOST, { win });
    const types = () => posted.map((p) => (p.data as { type: string }).type);
    dispatch('keydown', { key: 'Escape', defaultPrevented: true });
    dispatch('keyup', { key: 'Escape' });
    dispatch('keydown', { key: 'a', defaultPrevented: false });
    dispatch('keyup', { key: 'a' });
    dispatch('keydown', { key: 'Escape', defaultPrevented: false });
    // Nothing while the key is down: the loader would tear the frame down under the keyup.
    expect(types()).toEqual(['ready']);
    expect(win.setTimeout).not.toHaveBeenCalled();
    dispatch('keyup', { key: 'Escape' });
    // Posted a task after the keyup, once the key event has been handled.
    expect(types()).toEqual(['ready']);
    const [later] = vi.mocked(win.setTimeout).mock.calls.at(-1) ?? [];
    (later as () => void)();
    expect(types()).toEqual(['ready', 'close']);
  });

  it('focuses the heading only when its own host asks', () => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    const { win, dispatch, h1, parent } = fakeWindow({ href: url('') });
    createEmbedBridge(HOST, { win });
    const focus = { ns: 'heard', v: 1, type: 'focus' };
    dispatch('message', { origin: 'https://evil.example', source: parent, data: focus });
    dispatch('message', { origin: HOST, source: {}, data: focus });
    expect(h1.focused).toBe(false);
    dispatch('message', { origin: HOST, source: parent, data: focus });
    expect(h1.focused).toBe(true);
    expect(h1.attrs.get('tabindex')).toBe('-1');
  });

  it('leaves through the loader on quick exit, with its own way out if the loader is gone', () => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    const { win, posted } = fakeWindow({ href: url('') });
    const bridge = createEmbedBridge(HOST, { win, exitUrl: 'https://www.bbc.co.uk/weather' });
    bridge.quickExit();
    expect(posted.at(-1)).toEqual({ data: { ns: 'heard', v: 1, type: 'exit' }, origin: HOST });
    expect(win.setTimeout).toHaveBeenCalledTimes(1);
    expect(win.location.replace).not.toHaveBeenCalled();
  });

  it('tells its own host the language shown and the Close label in it, and nobody else', () => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    const { win, posted } = fakeWindow({ href: url('') });
    createEmbedBridge(HOST, { win }).labels('pl', 'Zamknij');
    expect(posted.at(-1)).toEqual({
      data: { ns: 'heard', v: 1, type: 'labels', lang: 'pl', closeLabel: 'Zamknij' },
      origin: HOST,
    });
    const full = fakeWindow({ href: url(''), framed: false });
    createEmbedBridge(HOST, { win: full.win }).labels('pl', 'Zamknij');
    expect(full.posted).toEqual([]);
  });
});
