import { describe, expect, it } from 'vitest';
import {
  heardMessage,
  isExitUrl,
  isHeardMessage,
  labelsMessage,
} from '../../domain/embed-protocol.ts';
import { ar } from '../../domain/messages/ar.ts';
import { bn } from '../../domain/messages/bn.ts';
import { en } from '../../domain/messages/en.ts';
import { enEasy } from '../../domain/messages/en-easy.ts';
import { es } from '../../domain/messages/es.ts';
import { pl } from '../../domain/messages/pl.ts';
import { ro } from '../../domain/messages/ro.ts';
import { so } from '../../domain/messages/so.ts';
import { tr } from '../../domain/messages/tr.ts';
import { ur } from '../../domain/messages/ur.ts';

describe('isHeardMessage', () => {
  it('accepts each message the loader and the journey send', () => {
    for (const type of ['ready', 'close', 'exit', 'sent', 'focus'] as const) {
      expect(isHeardMessage(heardMessage(type))).toBe(true);
    }
    expect(isHeardMessage(heardMessage('resize', 812.4))).toBe(true);
    expect(isHeardMessage(heardMessage('ready', undefined, 'https://www.bbc.co.uk/weather'))).toBe(
      true,
    );
  });

  it('rounds a resize height up to a whole pixel', () => {
    expect(heardMessage('resize', 812.2).height).toBe(813);
  });

  it('ignores another namespace or version', () => {
    expect(isHeardMessage({ ns: 'other', v: 1, type: 'exit' })).toBe(false);
    expect(isHeardMessage({ ns: 'heard', v: 2, type: 'exit' })).toBe(false);
    expect(isHeardMessage({ ns: 'heard', v: '1', type: 'exit' })).toBe(false);
  });

  it('ignores unknown types, including forwarded keystrokes', () => {
    expect(isHeardMessage({ ns: 'heard', v: 1, type: 'shift' })).toBe(false);
    expect(isHeardMessage({ ns: 'heard', v: 1, type: 'toString' })).toBe(false);
    expect(isHeardMessage({ ns: 'heard', v: 1 })).toBe(false);
  });

  it('refuses any field that could carry what a person typed', () => {
    expect(isHeardMessage({ ns: 'heard', v: 1, type: 'sent', reference: 'K7M-2QX-4TR-8WZD' })).toBe(
      false,
    );
    expect(isHeardMessage({ ns: 'heard', v: 1, type: 'resize', height: 10, text: 'x' })).toBe(
      false,
    );
  });

  it('accepts a height only on resize and an exit URL only on ready', () => {
    expect(isHeardMessage({ ns: 'heard', v: 1, type: 'close', height: 10 })).toBe(false);
    expect(isHeardMessage({ ns: 'heard', v: 1, type: 'exit', exitUrl: 'https://a.example' })).toBe(
      false,
    );
  });

  it('refuses heights that are not sane pixel counts', () => {
    for (const height of [-1, Number.NaN, Number.POSITIVE_INFINITY, 1e9, '100']) {
      expect(isHeardMessage({ ns: 'heard', v: 1, type: 'resize', height })).toBe(false);
    }
  });

  it('refuses an exit URL that could run script or is not absolute http(s)', () => {
    for (const exitUrl of [
      'javascript:alert(1)',
      'data:text/html,hi',
      '//evil.example',
      '/relative',
      'https://a.example/ space',
      `https://a.example/${'x'.repeat(3000)}`,
      42,
    ]) {
      expect(isHeardMessage({ ns: 'heard', v: 1, type: 'ready', exitUrl })).toBe(false);
    }
    expect(isExitUrl('http://127.0.0.1:3001/exit')).toBe(true);
  });

  it('ignores values that are not plain message objects', () => {
    for (const data of [null, undefined, 'heard', 1, [], ['heard', 1, 'exit']]) {
      expect(isHeardMessage(data)).toBe(false);
    }
  });

  it('accepts labels: a language code and a short Close label, nothing else', () => {
    expect(isHeardMessage(labelsMessage('pl', 'Zamknij'))).toBe(true);
    expect(isHeardMessage(labelsMessage('ar', 'إغلاق'))).toBe(true);
    const bad: unknown[] = [
      { ns: 'heard', v: 1, type: 'labels', lang: 'pl' },
      { ns: 'heard', v: 1, type: 'labels', closeLabel: 'Zamknij' },
      labelsMessage('not a language', 'Close'),
      labelsMessage('pl', ''),
      labelsMessage('pl', '   '),
      // A label long enough to smuggle what someone typed is refused.
      labelsMessage('pl', 'My neighbour takes my money every week'),
      { ...labelsMessage('pl', 'Zamknij'), text: 'x' },
      { ns: 'heard', v: 1, type: 'ready', lang: 'pl', closeLabel: 'Zamknij' },
    ];
    for (const data of bad) expect(isHeardMessage(data), JSON.stringify(data)).toBe(false);
  });

  it('can carry the Close label of every catalogue', () => {
    const all = { ar, bn, en, enEasy, es, pl, ro, so, tr, ur };
    for (const [code, catalogue] of Object.entries(all)) {
      const message = labelsMessage(catalogue['meta.lang'], catalogue['embed.close']);
      expect(isHeardMessage(message), code).toBe(true);
    }
  });
});
