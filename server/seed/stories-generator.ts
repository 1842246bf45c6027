import type SQLite from 'better-sqlite3';
import { addMonths } from '../../domain/dates.ts';
import { CONSENT_WORDING_VERSION } from '../../domain/limits.ts';
import { en, translate } from '../../domain/messages.ts';
import { generateReference } from '../../domain/reference.ts';
import {
  ASKED_OUTCOMES,
  CONSENT_MONTHS,
  CONSENT_PURPOSES,
  type EXPERIENCE_ANSWERS,
  FEEL_SAFER,
  FINISHED,
  HARM_KIND_CODES,
  HELP_TO_HAVE_SAY,
  LOCATION_CODES,
  MSP_STEPS,
  OUTCOME_ACHIEVED,
  PRINCIPLES,
  RESPONDENTS,
  WELLBEING_AREAS,
} from '../../domain/vocabulary.ts';
import { referenceHasher } from '../crypto/reference-lookup.ts';
import type { Sealer } from '../crypto/sealer.ts';

/** Small, fast, seedable PRNG (mulberry32): the same seed gives the same stories. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Weighted<T> = readonly (readonly [T, number])[];
function pick<T>(rand: () => number, options: Weighted<T>): T {
  const total = options.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [value, weight] of options) {
    r -= weight;
    if (r < 0) return value;
  }
  return (options[options.length - 1] as readonly [T, number])[0];
}
const any = <T>(rand: () => number, values: readonly T[]): T =>
  values[Math.floor(rand() * values.length)] as T;

// Invented, anonymised fragments in the voice of people who had support: never real stories.
const OPENINGS = [
  'Money kept going missing after the morning visits.',
  'My neighbour was taking my shopping money and shouting at me.',
  'The carers stopped turning up on time and I was left in bed until lunch.',
  'My son was borrowing money and not paying it back, and I was frightened to say no.',
  'At the care home nobody helped me to the toilet at night.',
  'Someone I met online asked me for money again and again.',
  'My partner controlled everything, even my phone.',
  'I stopped eating properly and the house got into a bad state.',
  'A man from a company kept coming round about my roof and took my savings.',
  'On the ward my medication was missed for days.',
];
const MIDDLES = [
  'The social worker listened to me and asked what I wanted to happen.',
  'Nobody asked me what I wanted; they just decided.',
  'My advocate came to every meeting with me, which made a real difference.',
  'I had to tell my story to four different people.',
  'The police were kind and explained what would happen next.',
  'They moved quickly once my daughter rang them.',
  'I was not told who everyone was or why they were there.',
  'They shared things with my family that I had asked them to keep private.',
];
const ENDINGS = [
  'In the end the agency was changed, but nobody told me what happened to the carer.',
  'Things are better now and I feel safer at home.',
  'I still do not know what was decided.',
  'I got my money back and a new lock on the door.',
  'It was over quickly and I felt respected.',
  'I would like the staff to check back with people after a few months.',
];
const TITLES = [
  'Money missing after care visits',
  'Not asked what I wanted',
  'An advocate made the difference',
  'Telling my story again and again',
  'Help at night in the care home',
  'Pressure to lend money',
  'Feeling safer at home',
  'Nobody told me the outcome',
];

export type GenerateOptions = {
  count: number;
  boardId: number;
  /** Sites of the Board the stories are spread over. */
  siteIds: readonly number[];
  /** User recorded as curator of the approved stories. */
  curatorId: number;
  /** Share of stories approved into the library with a curated version (0-1). */
  approvedShare?: number;
  /** Stories are spread over this many days before `now`. */
  days?: number;
  seed?: number;
  now?: Date;
  /** Rows per transaction. */
  batchSize?: number;
};

/**
 * Inserts `count` realistic synthetic stories (answers, sealed text, consents, references, and
 * for a share of them an approved curated story with tags) straight through prepared statements
 * in batched transactions: about 100,000 stories a minute on a 2-core machine, so the
 * performance checks can run at scale. For development and benchmarks only.
 */
export function generateStories(
  sqlite: SQLite.Database,
  sealer: Sealer,
  options: GenerateOptions,
): number {
  const rand = prng(options.seed ?? 20261125);
  const now = options.now ?? new Date();
  const days = options.days ?? 730;
  const approvedShare = options.approvedShare ?? 0.3;
  const batchSize = options.batchSize ?? 2_000;
  if (options.siteIds.length === 0) throw new Error('The Board has no sites to attach stories to');

  const insertStory = sqlite.prepare(`insert into story (site_id, board_id, language, respondent,
    person_knows, support_reason, finished, asked_outcomes, wanted_outcome_sealed, outcome_achieved,
    feel_safer, exp_listened, exp_involved, exp_dignity, exp_informed, exp_understood_roles,
    exp_shared_when_needed, help_to_have_say, harm_kinds, location, story_sealed,
    helped_most_sealed, should_change_sealed, urgent, urgent_reasons, status, received_at, updated_at)
    values (?, ?, 'en', ?, ?, 'yes', ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, 0,
    '[]', ?, ?, ?)`);
  const insertConsent = sqlite.prepare(`insert into consent (story_id, purpose, wording_version,
    wording_text, granted, decided_at, expires_at, withdrawn_at) values (?, ?, ?, ?, ?, ?, ?, null)`);
  const insertReference = sqlite.prepare(
    'insert into reference (code_hash, story_id, issued_at) values (?, ?, ?)',
  );
  // Stored as a keyed hash only, like every reference (decision 0033).
  const hashReference = referenceHasher(sqlite, sealer);
  const insertCurated =
    sqlite.prepare(`insert into curated_story (story_id, board_id, title, summary,
    text, redactions, quotes, updated_by, updated_at, approved_by, approved_at)
    values (?, ?, ?, ?, ?, '[]', ?, ?, ?, ?, ?)`);
  const insertTag = sqlite.prepare(
    'insert into curated_tag (story_id, kind, code) values (?, ?, ?)',
  );
  const wording = Object.fromEntries(
    CONSENT_PURPOSES.map((p) => [p, translate(en, `consent.${p}`, undefined, false)]),
  );

  const expAnswer: Weighted<(typeof EXPERIENCE_ANSWERS)[number]> = [
    ['yes_completely', 40],
    ['yes_partly', 25],
    ['no', 20],
    ['dont_know', 10],
    ['not_applicable', 5],
  ];
  let made = 0;
  const batch = sqlite.transaction((size: number) => {
    for (let i = 0; i < size; i++) {
      const received = new Date(now.getTime() - rand() * days * 86_400_000);
      const at = received.toISOString();
      const respondent = pick(rand, [
        ['self', 70],
        ...RESPONDENTS.filter((r) => r !== 'self').map((r) => [r, 6] as const),
      ]);
      const asked = pick(
        rand,
        ASKED_OUTCOMES.map((a, k) => [a, [45, 15, 30, 10][k] ?? 1] as const),
      );
      const achieved =
        asked === 'yes_expressed'
          ? pick(
              rand,
              OUTCOME_ACHIEVED.map((a, k) => [a, [40, 30, 20, 10][k] ?? 1] as const),
            )
          : null;
      const approved = rand() < approvedShare;
      const status = approved
        ? 'approved'
        : pick(rand, [
            ['new', 3],
            ['in_review', 2],
            ['rejected', 1],
            ['withdrawn', 1],
          ]);
      const story = `${any(rand, OPENINGS)} ${any(rand, MIDDLES)} ${any(rand, ENDINGS)}`;
      const harms = [any(rand, HARM_KIND_CODES)];
      const { lastInsertRowid } = insertStory.run(
        any(rand, options.siteIds),
        options.boardId,
        respondent,
        respondent === 'self'
          ? null
          : pick(rand, [
              ['yes_happy', 8],
              ['unable_to_decide', 1],
              ['died', 1],
              ['not_asked', 1],
            ]),
        any(
          rand,
          FINISHED.filter((f) => f !== 'still_happening'),
        ),
        asked,
        achieved,
        pick(
          rand,
          FEEL_SAFER.map((a, k) => [a, [30, 30, 20, 10, 10][k] ?? 1] as const),
        ),
        pick(rand, expAnswer),
        pick(rand, expAnswer),
        pick(rand, expAnswer),
        pick(rand, expAnswer),
        pick(rand, expAnswer),
        pick(rand, expAnswer),
        any(rand, HELP_TO_HAVE_SAY),
        JSON.stringify(harms),
        any(rand, LOCATION_CODES),
        sealer.seal(story, 'story.story'),
        status,
        at,
        at,
      );
      const storyId = Number(lastInsertRowid);
      const expires = addMonths(received, CONSENT_MONTHS).toISOString();
      const boardShare = approved || rand() < 0.6;
      for (const purpose of CONSENT_PURPOSES) {
        const granted =
          purpose === 'board_share'
            ? boardShare
            : purpose === 'quote'
              ? rand() < 0.4
              : rand() < 0.3;
        insertConsent.run(
          storyId,
          purpose,
          CONSENT_WORDING_VERSION,
          wording[purpose],
          granted ? 1 : 0,
          at,
          granted ? expires : null,
        );
      }
      insertReference.run(hashReference(generateReference()), storyId, at);
      if (approved) {
        const title = any(rand, TITLES);
        insertCurated.run(
          storyId,
          options.boardId,
          title,
          `${title}: ${any(rand, MIDDLES)}`,
          story,
          '[]',
          options.curatorId,
          at,
          options.curatorId,
          at,
        );
        insertTag.run(storyId, 'principle', any(rand, PRINCIPLES));
        insertTag.run(storyId, 'wellbeing', any(rand, WELLBEING_AREAS));
        insertTag.run(storyId, 'harm', harms[0] as string);
        insertTag.run(storyId, 'msp_step', String(any(rand, MSP_STEPS)));
      }
      made++;
    }
  });
  while (made < options.count) batch(Math.min(batchSize, options.count - made));
  return made;
}
