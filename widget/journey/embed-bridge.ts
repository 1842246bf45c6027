import { type HeardMessageType, heardMessage } from '../../domain/embed-protocol.ts';

/**
 * The journey's side of the embed protocol. When the journey runs inside the partner's iframe
 * it tells the loader about UI events only; as a full page every call does nothing.
 * Owned by the embed work; the journey calls `notify('exit')`, `notify('sent')`, etc.
 */
export type EmbedBridge = {
  embedded: boolean;
  notify: (type: HeardMessageType, height?: number) => void;
};

export function createEmbedBridge(hostOrigin: string | null): EmbedBridge {
  const embedded = window.parent !== window && hostOrigin !== null;
  return {
    embedded,
    notify: (type, height) => {
      if (embedded && hostOrigin) window.parent.postMessage(heardMessage(type, height), hostOrigin);
    },
  };
}
