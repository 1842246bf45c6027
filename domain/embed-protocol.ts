/**
 * Messages between the embed loader (on the partner's page) and the journey (in Heard's
 * iframe). PUBLIC CONTRACT — never rename a type or field; add a new version instead.
 * Only UI events cross the boundary — never answers, story text, references, contact
 * details or keystrokes (a host page's scripts can read every message posted to it;
 * docs/decisions/0020-embed-protocol-and-quick-exit.md).
 *
 * Journey → loader: `ready` (with the site's public quick-exit URL), `resize` (content height),
 * `close` (Escape pressed inside), `exit` (quick exit inside), `sent` (story stored), `labels`
 * (the language the journey shows, and the dialog's Close label in it: issue 8, decision 0023).
 * Public Board pages in their embed form send `ready` (no exit URL) and `resize` (decision 0022).
 * Loader → journey: `focus` (the host has put focus in the frame; move it to the h1).
 * A new type is safe to add within v1: both sides drop types they do not know.
 */
export const MESSAGE_NAMESPACE = 'heard';
export const MESSAGE_VERSION = 1;

export type HeardMessageType = 'ready' | 'resize' | 'close' | 'exit' | 'sent' | 'focus' | 'labels';

export type HeardMessage = {
  ns: typeof MESSAGE_NAMESPACE;
  v: typeof MESSAGE_VERSION;
  type: HeardMessageType;
  /** Only on `resize`: the journey's content height in CSS pixels. */
  height?: number;
  /** Only on `ready`: the site's public quick-exit URL (http or https), a setting, not data. */
  exitUrl?: string;
  /** Only on `labels`: the journey's language code (e.g. `pl`, `en-easy`). */
  lang?: string;
  /** Only on `labels`: the loader's Close button label in that language (plain text). */
  closeLabel?: string;
};

const TYPES: readonly string[] = ['ready', 'resize', 'close', 'exit', 'sent', 'focus', 'labels'];
/** A language code as the snippet's `data-heard-lang` carries it. */
const LANG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
/** A button label: a word or two in any script, too short to carry a sentence someone typed. */
const MAX_LABEL = 24;
/** Longest exit URL accepted: real ones are short; a megabyte of URL is an attack. */
const MAX_URL = 2048;

/** True for a well-formed message of this version; anything else is ignored by both sides. */
export function isHeardMessage(data: unknown): data is HeardMessage {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return false;
  const m = data as Record<string, unknown>;
  if (m.ns !== MESSAGE_NAMESPACE || m.v !== MESSAGE_VERSION || typeof m.type !== 'string')
    return false;
  if (!TYPES.includes(m.type)) return false;
  for (const k of Object.keys(m)) {
    if (k === 'ns' || k === 'v' || k === 'type') continue;
    if (k === 'height' && m.type === 'resize') continue;
    if (k === 'exitUrl' && m.type === 'ready') continue;
    if ((k === 'lang' || k === 'closeLabel') && m.type === 'labels') continue;
    return false;
  }
  if (m.type === 'labels' && !isLabels(m.lang, m.closeLabel)) return false;
  if (m.height !== undefined && !(typeof m.height === 'number' && m.height >= 0 && m.height < 1e6))
    return false;
  return m.exitUrl === undefined || isExitUrl(m.exitUrl);
}

/** An absolute http(s) URL short enough to be a real page: the only places quick exit may go. */
export function isExitUrl(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_URL && /^https?:\/\/[^\s]+$/i.test(value);
}

function isLabels(lang: unknown, label: unknown): boolean {
  return (
    typeof lang === 'string' &&
    LANG.test(lang) &&
    typeof label === 'string' &&
    label.trim().length > 0 &&
    label.length <= MAX_LABEL
  );
}

/** The `labels` message: the journey's language and the Close label in it. */
export function labelsMessage(lang: string, closeLabel: string): HeardMessage {
  return { ns: MESSAGE_NAMESPACE, v: MESSAGE_VERSION, type: 'labels', lang, closeLabel };
}

/** Builds a message; `height` is kept only on `resize`, `exitUrl` only on `ready`. */
export function heardMessage(
  type: HeardMessageType,
  height?: number,
  exitUrl?: string,
): HeardMessage {
  const m: HeardMessage = { ns: MESSAGE_NAMESPACE, v: MESSAGE_VERSION, type };
  if (type === 'resize' && height !== undefined) m.height = Math.ceil(height);
  if (type === 'ready' && exitUrl !== undefined) m.exitUrl = exitUrl;
  return m;
}
