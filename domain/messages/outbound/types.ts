import type { ReviewStatus } from '../../languages.ts';
import type { OutboundKey } from './en.ts';

export type { OutboundKey };

/**
 * One language's messages to storytellers: every key English has (a type error otherwise), so a
 * message is never sent half in English. `meta.reviewStatus` is `machine-drafted` until a native
 * speaker has checked every message (docs/translating.md).
 */
export type OutboundCatalogue = Record<OutboundKey, string> & { 'meta.reviewStatus': ReviewStatus };
