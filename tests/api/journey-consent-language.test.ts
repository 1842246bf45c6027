import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../domain/languages.ts';
import { ar } from '../../domain/messages/ar.ts';
import { en } from '../../domain/messages/en.ts';
import { enEasy } from '../../domain/messages/en-easy.ts';
import { StoryInputSchema } from '../../domain/story-schema.ts';
import { CONSENT_PURPOSES } from '../../domain/vocabulary.ts';
import { createStory } from '../../server/stories/create-story.ts';
import { adultStory, representativeStory } from '../support/fixtures.ts';
import { referenceHashOf } from '../support/references.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

// Issue 8: the consent wording stored with a story is the wording the person was shown, in
// their language (evidence of what they agreed to); the purpose codes are the same in every
// language, so the stored answers mean the same.

let deps: TestDeps;
let site: { id: number; board_id: number };
beforeEach(async () => {
  deps = await createTestDeps();
  site = deps.sqlite
    .prepare("select id, board_id from site where key = 'demo'")
    .get() as typeof site;
});
afterEach(async () => deps.cleanup());

type ConsentRow = {
  purpose: string;
  granted: number;
  wording_text: string;
  wording_version: string;
};

async function storeIn(language: string, story = adultStory) {
  const { reference } = await createStory(deps, {
    siteId: site.id,
    boardId: site.board_id,
    input: StoryInputSchema.parse(story({ language })),
  });
  return deps.sqlite
    .prepare(
      `select purpose, granted, wording_text, wording_version from consent
       where story_id = (select story_id from reference where code_hash = ?) order by purpose`,
    )
    .all(referenceHashOf(deps, reference)) as ConsentRow[];
}

describe('consent wording stored with a story', () => {
  it('is the Arabic wording for a story told in Arabic', async () => {
    const rows = await storeIn('ar');
    expect(rows.map((r) => r.wording_text).sort()).toEqual(
      CONSENT_PURPOSES.map((p) => ar[`consent.${p}`]).sort(),
    );
    expect(rows.find((r) => r.purpose === 'publish')?.wording_text).toBe(ar['consent.publish']);
  });

  it('is the Easy Read wording for a story told in Easy Read', async () => {
    const rows = await storeIn('en-easy');
    expect(rows.find((r) => r.purpose === 'training')?.wording_text).toBe(
      enEasy['consent.training'],
    );
    expect(enEasy['consent.training']).not.toBe(en['consent.training']);
  });

  it("is the representative's wording, in their language, for someone telling it for another", async () => {
    const rows = await storeIn('ar', representativeStory);
    expect(rows.find((r) => r.purpose === 'quote')?.wording_text).toBe(ar['consent.quote.rep']);
  });

  it('keeps the same purposes, answers and wording version in every language', async () => {
    const english = await storeIn('en');
    for (const code of LANGUAGE_CODES) {
      const rows = await storeIn(code);
      expect(
        rows.map(({ purpose, granted, wording_version }) => ({
          purpose,
          granted,
          wording_version,
        })),
        code,
      ).toEqual(
        english.map(({ purpose, granted, wording_version }) => ({
          purpose,
          granted,
          wording_version,
        })),
      );
      if (code !== 'en') {
        // The words differ from English: each language stores its own.
        expect(
          rows.map((r) => r.wording_text),
          code,
        ).not.toEqual(english.map((r) => r.wording_text));
      }
    }
  });
});
