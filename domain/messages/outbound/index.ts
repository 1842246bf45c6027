import { type LanguageCode, languageInfo } from '../../languages.ts';
import { interpolate, type Vars } from '../../messages.ts';
import { ar } from './ar.ts';
import { bn } from './bn.ts';
import { en } from './en.ts';
import { enEasy } from './en-easy.ts';
import { es } from './es.ts';
import { pl } from './pl.ts';
import { ro } from './ro.ts';
import { so } from './so.ts';
import { tr } from './tr.ts';
import type { OutboundCatalogue, OutboundKey } from './types.ts';
import { ur } from './ur.ts';

export type { OutboundCatalogue, OutboundKey };

/**
 * Messages to storytellers in every catalogue language (issue 13, decision 0093). Server only:
 * the journey never imports this folder (tests/api/hear-back.test.ts), so its bundle stays small.
 */
export const OUTBOUND: Readonly<Record<LanguageCode, OutboundCatalogue>> = {
  en,
  'en-easy': enEasy,
  pl,
  ro,
  bn,
  ur,
  ar,
  es,
  tr,
  so,
};

/** A translator for messages to a storyteller in their language (English for an unknown code). */
export function outboundFor(code: string) {
  const info = languageInfo(code);
  const catalogue = OUTBOUND[info.code];
  return {
    language: info,
    t: (key: OutboundKey, vars?: Vars) => interpolate(catalogue[key], vars),
  };
}

export type OutboundTranslator = ReturnType<typeof outboundFor>;
