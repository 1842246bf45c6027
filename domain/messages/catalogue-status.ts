import {
  LANGUAGES,
  type LanguageCode,
  type ReviewStatus,
  type TextDirection,
} from '../languages.ts';
import { draftFor } from './all-catalogues.ts';
import { en } from './en.ts';

/** What an admin sees of each catalogue (issue 8): whether a native speaker has checked it. */
export type CatalogueStatus = {
  code: LanguageCode;
  name: string;
  englishName: string;
  dir: TextDirection;
  /** As the catalogue file says (`meta.reviewStatus`); docs/translating.md says how it changes. */
  reviewStatus: ReviewStatus;
  /** Messages in the catalogue, of English's: fewer means some show in English for now. */
  translated: number;
  total: number;
};

/** Read from the catalogues themselves, so the admin page cannot disagree with them. */
export function catalogueStatuses(): CatalogueStatus[] {
  const keys = Object.keys(en).filter((k) => !k.startsWith('meta.'));
  return LANGUAGES.map((l) => {
    const draft = draftFor(l.code);
    return {
      code: l.code,
      name: l.name,
      englishName: l.englishName,
      dir: l.dir,
      reviewStatus: (draft['meta.reviewStatus'] as ReviewStatus | undefined) ?? l.reviewStatus,
      translated: keys.filter((k) => k in draft).length,
      total: keys.length,
    };
  });
}
