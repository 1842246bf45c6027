import type { ComponentChildren } from 'preact';
import {
  EASY_READ_PICTOGRAMS,
  type PictogramId,
} from '../../../domain/messages/en-easy-pictograms.ts';
import type { MessageKey, Vars } from '../../../domain/messages.ts';
import { useT } from '../catalogue-context.ts';
import { Pictogram } from '../pictograms/pictogram.tsx';
import { useLanguage } from './language-context.ts';

/** Lays a pictogram beside a sentence; the picture is hidden because the text says the same. */
function WithPictogram({ id, children }: { id: PictogramId; children: ComponentChildren }) {
  return (
    <span class="hj-say">
      <Pictogram id={id} />
      <span class="hj-say__text">{children}</span>
    </span>
  );
}

/**
 * A catalogue sentence. In Easy Read, a key sentence gets its pictogram beside it (issue 8:
 * "a picture beside each key sentence"); in every other language it is just the text.
 */
export function Say({ k, vars }: { k: MessageKey; vars?: Vars }) {
  const t = useT();
  const { current } = useLanguage();
  const text = t(k, vars);
  const id = current.easyRead ? EASY_READ_PICTOGRAMS[k] : undefined;
  return id ? <WithPictogram id={id}>{text}</WithPictogram> : <>{text}</>;
}

/**
 * Text that arrives already translated (a field's hint). In Easy Read, it gets the pictogram of
 * the key sentence it is, if any, found by comparing with the catalogue's key sentences.
 */
export function SayText({ text }: { text: string }) {
  const t = useT();
  const { current } = useLanguage();
  if (!current.easyRead) return <>{text}</>;
  const match = (Object.keys(EASY_READ_PICTOGRAMS) as MessageKey[]).find((k) => t(k) === text);
  const id = match ? EASY_READ_PICTOGRAMS[match] : undefined;
  return id ? <WithPictogram id={id}>{text}</WithPictogram> : <>{text}</>;
}
