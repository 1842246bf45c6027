/**
 * The Board secretary API's shapes (docs/admin-api.md, "Board secretaries"), typed from the
 * server's routes (decision 0084). Only the words the screens show are written here.
 */
import type { ApiJson, BoardPath } from '../api/types.ts';

export type LibraryPage = ApiJson<`${BoardPath}/library`>;
export type Pack = ApiJson<`${BoardPath}/packs/:packId`>;
export type PackStory = Pack['stories'][number];
export type PackSummary = ApiJson<`${BoardPath}/packs`>['items'][number];
export type LibraryItem = LibraryPage['items'][number];

export const NOTE_TEXT: Record<string, string> = {
  story_withdrawn: 'A story was removed from this pack because the person who told it withdrew it.',
  story_left_library:
    'A story was removed from this pack because it can no longer be shared with the Board.',
};
