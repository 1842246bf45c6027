/**
 * The Board secretary API's shapes (docs/admin-api.md, "Board secretaries"), typed from the
 * server (server/api-types.ts: the pack model, the pack list and the library search; decision
 * 0084). Only the words the screens show are written here.
 */
import type { LibraryPage, PackListItem, PackView } from '../../../server/api-types.ts';

export type { LibraryPage };
export type Pack = PackView;
export type PackStory = Pack['stories'][number];
export type PackSummary = PackListItem;
export type LibraryItem = LibraryPage['items'][number];

export const NOTE_TEXT: Record<string, string> = {
  story_withdrawn: 'A story was removed from this pack because the person who told it withdrew it.',
  story_left_library:
    'A story was removed from this pack because it can no longer be shared with the Board.',
};
