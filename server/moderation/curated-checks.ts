import type { Db } from '../../db/client.ts';
import type { StoryRow } from '../../db/schema.ts';
import { type CuratedInput, normaliseForQuote } from './curated-input.ts';
import { storyUses } from './uses.ts';

export type FieldProblem = { field: string; pointer: string; detail: string };

/**
 * The rules a curated story must meet beyond its shape, each named by the field it belongs to:
 * quotes only with quote consent and word for word in the anonymised text; themes current and of
 * the story's Board (a retired theme already on the story may stay).
 */
export async function curatedInputProblems(
  db: Db,
  story: StoryRow,
  input: CuratedInput,
  now: Date,
): Promise<FieldProblem[]> {
  const errors: FieldProblem[] = [];
  const uses = await storyUses(db, story.id, now);
  if (input.quotes.length > 0 && !uses.includes('quote')) {
    errors.push({
      field: 'quotes',
      pointer: '#/quotes',
      detail: 'The person did not agree to be quoted word for word, so remove the quotes',
    });
  }
  const text = normaliseForQuote(input.text);
  input.quotes.forEach((quote, i) => {
    if (!text.includes(normaliseForQuote(quote))) {
      errors.push({
        field: `quotes.${i}`,
        pointer: `#/quotes/${i}`,
        detail: 'Each quote must appear word for word in the anonymised story',
      });
    }
  });
  if (input.tags.themeIds.length > 0) {
    const existing = await db
      .selectFrom('curated_tag')
      .select('code')
      .where('story_id', '=', story.id)
      .where('kind', '=', 'theme')
      .execute();
    const already = new Set(existing.map((e) => Number(e.code)));
    const themes = await db
      .selectFrom('local_theme')
      .select(['id', 'retired_at'])
      .where('board_id', '=', story.board_id)
      .where('id', 'in', input.tags.themeIds)
      .execute();
    const usable = new Set(
      themes.filter((t) => t.retired_at === null || already.has(t.id)).map((t) => t.id),
    );
    input.tags.themeIds.forEach((id, i) => {
      if (!usable.has(id))
        errors.push({
          field: `tags.themeIds.${i}`,
          pointer: `#/tags/themeIds/${i}`,
          detail: 'Choose a current local theme of this Board',
        });
    });
  }
  return errors;
}

/** The tag rows of a curated story, one per chosen code, as `curated_tag` stores them. */
export const curatedTagRows = (tags: CuratedInput['tags']) => [
  ...tags.principles.map((code) => ({ kind: 'principle', code })),
  ...tags.wellbeingAreas.map((code) => ({ kind: 'wellbeing', code })),
  ...tags.harmKinds.map((code) => ({ kind: 'harm', code })),
  ...tags.mspSteps.map((n) => ({ kind: 'msp_step', code: String(n) })),
  ...tags.themeIds.map((id) => ({ kind: 'theme', code: String(id) })),
];
