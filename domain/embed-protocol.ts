/**
 * Messages between the embed loader (on the partner's page) and the journey (in Heard's
 * iframe). Public contract: never rename a type or field; add a new version instead.
 * Only UI events cross the boundary — never answers, story text, references or contacts.
 */
export const MESSAGE_NAMESPACE = 'heard';
export const MESSAGE_VERSION = 1;

export type HeardMessageType = 'ready' | 'resize' | 'close' | 'exit' | 'sent' | 'shift';

export type HeardMessage = {
  ns: typeof MESSAGE_NAMESPACE;
  v: typeof MESSAGE_VERSION;
  type: HeardMessageType;
  /** Only on `resize`: the journey's content height in CSS pixels. */
  height?: number;
};

const TYPES: readonly string[] = ['ready', 'resize', 'close', 'exit', 'sent', 'shift'];

/** True for a well-formed message of this version; anything else is ignored by both sides. */
export function isHeardMessage(data: unknown): data is HeardMessage {
  if (!data || typeof data !== 'object') return false;
  const m = data as Record<string, unknown>;
  if (m.ns !== MESSAGE_NAMESPACE || m.v !== MESSAGE_VERSION || typeof m.type !== 'string')
    return false;
  if (!TYPES.includes(m.type)) return false;
  if (Object.keys(m).some((k) => k !== 'ns' && k !== 'v' && k !== 'type' && k !== 'height'))
    return false;
  return m.height === undefined || (typeof m.height === 'number' && Number.isFinite(m.height));
}

export function heardMessage(type: HeardMessageType, height?: number): HeardMessage {
  return height === undefined
    ? { ns: MESSAGE_NAMESPACE, v: MESSAGE_VERSION, type }
    : { ns: MESSAGE_NAMESPACE, v: MESSAGE_VERSION, type, height };
}
