import fc from 'fast-check';
import {
  ASKED_OUTCOMES,
  CONSENT_PURPOSES,
  EXPERIENCE_ANSWERS,
  EXPERIENCE_CODES,
  FEEL_SAFER,
  FINISHED,
  HARM_KIND_CODES,
  HELP_TO_HAVE_SAY,
  LOCATION_CODES,
  OUTCOME_ACHIEVED,
  PERSON_KNOWS,
  RESPONDENTS,
  SUPPORT_REASONS,
} from '../../domain/vocabulary.ts';
import { adultStory } from '../support/fixtures.ts';

/** Strings people and attackers really send: direction overrides, zero-width, emoji, NUL, lone surrogates. */
export const EDGE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u202Eevil\u202C',
  '\u200B\u200C\u200D\uFEFF',
  '\uD800',
  'x\uDC00y',
  '👩🏽‍🦽🏳️‍🌈',
  'é'.normalize('NFD'),
  '\r\n\r\n',
  '\t',
  '\u2028\u2029',
  '<script>alert(1)</script>',
  "'; drop table story; --",
  '../../etc/passwd',
  '%00',
  '{{7*7}}',
  '\u0024{7*7}',
  '=cmd|" /C calc"!A0',
  'ʇxǝʇ',
  '\u0085',
  '\u007F',
];

export const edgeString = fc.oneof(
  fc.constantFrom(...EDGE_STRINGS),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom('\uD800', '\uDFFF', 'a', '\u0000', '\u202E', '😀'),
    maxLength: 30,
  }),
  fc.integer({ min: 1000, max: 300_000 }).map((n) => 'x'.repeat(n)),
);

/** Any JSON-ish value, including nesting and the edge strings. */
export const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: edgeString },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, 0, -1, 1e308, -0, 2 ** 53 + 1) },
  {
    weight: 1,
    // Deeper nesting is sent as raw text (fuzz-public's malformed-body case): building it as an
    // object would overflow the test's own JSON.stringify before Heard ever saw it.
    arbitrary: fc.integer({ min: 50, max: 800 }).map((depth) => {
      let v: unknown = 'deep';
      for (let i = 0; i < depth; i++) v = i % 2 ? { a: v } : [v];
      return v;
    }),
  },
);

const enumOf = (values: readonly string[]) => fc.constantFrom(...values);

/** Valid-looking stories drawn from the schema's own vocabularies (some valid, most nearly so). */
export const validishStory = fc
  .record({
    respondent: enumOf(RESPONDENTS),
    personKnows: fc.option(enumOf(PERSON_KNOWS), { nil: undefined }),
    supportReason: enumOf(SUPPORT_REASONS),
    finished: enumOf(FINISHED),
    askedOutcomes: enumOf(ASKED_OUTCOMES),
    outcomeAchieved: fc.option(enumOf(OUTCOME_ACHIEVED), { nil: undefined }),
    feelSafer: enumOf(FEEL_SAFER),
    helpToHaveSay: enumOf(HELP_TO_HAVE_SAY),
    experience: fc.record(
      Object.fromEntries(EXPERIENCE_CODES.map((c) => [c, enumOf(EXPERIENCE_ANSWERS)])),
    ),
    harmKinds: fc.subarray([...HARM_KIND_CODES]),
    location: fc.option(enumOf(LOCATION_CODES), { nil: undefined }),
    consents: fc.record(Object.fromEntries(CONSENT_PURPOSES.map((p) => [p, fc.boolean()]))),
    elapsedMs: fc.option(fc.integer({ min: 0, max: 3_600_000 }), { nil: undefined }),
  })
  .map((r) => adultStory(r as Parameters<typeof adultStory>[0]) as Record<string, unknown>);

type Mutation =
  | { kind: 'delete'; path: string[] }
  | { kind: 'set'; path: string[]; value: unknown }
  | { kind: 'extra'; path: string[]; key: string; value: unknown };

const storyPaths: string[][] = [
  ...Object.keys(adultStory()).map((k) => [k]),
  ...EXPERIENCE_CODES.map((c) => ['experience', c]),
  ...CONSENT_PURPOSES.map((p) => ['consents', p]),
  ['contact'],
  ['contact', 'email'],
  ['contact', 'phone'],
  ['contact', 'method'],
  ['website'],
  ['elapsedMs'],
];

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...storyPaths) }),
  fc.record({
    kind: fc.constant('set' as const),
    path: fc.constantFrom(...storyPaths),
    value: junkValue,
  }),
  fc.record({
    kind: fc.constant('extra' as const),
    path: fc.constantFrom<string[]>([], ['experience'], ['consents'], ['contact']),
    key: fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'status', 'id', 'urgent'),
      edgeString,
    ),
    value: junkValue,
  }),
);

/** Applies mutations to a deep copy of a story (JSON-level, as an attacker would). */
export function mutate(story: Record<string, unknown>, mutations: Mutation[]): unknown {
  const copy = JSON.parse(JSON.stringify(story)) as Record<string, unknown>;
  for (const m of mutations) {
    let parent: Record<string, unknown> = copy;
    const path = m.path;
    const last = m.kind === 'extra' ? m.key : path[path.length - 1];
    const walk = m.kind === 'extra' ? path : path.slice(0, -1);
    for (const key of walk) {
      const next = parent[key];
      if (!next || typeof next !== 'object' || Array.isArray(next)) parent[key] = {};
      parent = parent[key] as Record<string, unknown>;
    }
    if (last === undefined) continue;
    if (m.kind === 'delete') delete parent[last];
    else
      Object.defineProperty(parent, last, {
        value: m.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return copy;
}

/** Makes any generated string safe to put in a URL (lone surrogates become U+FFFD). */
export const pathSegment = (s: string) => encodeURIComponent(s.toWellFormed());
