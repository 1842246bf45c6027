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

/** One request body as a browser or an attacker sends it: its Content-Type (or none) and bytes. */
export type FuzzBody = { kind: string; type: string | undefined; body: Uint8Array<ArrayBuffer> };

const utf8 = (s: string) => new TextEncoder().encode(s.toWellFormed());
const formFields = fc.array(
  fc.tuple(
    fc.oneof(
      fc.constantFrom('reference', 'action', 'keep', 'lang', 'story', 'respondent', 'website'),
      edgeString.filter((s) => s.length < 100),
    ),
    edgeString.filter((s) => s.length < 2000),
  ),
  { maxLength: 6 },
);
const boundary = fc.constantFrom('xx', '----WebKitFormBoundary7MA4YWxkTrZu0gW', 'a b', '"q"', '');

function multipart(fields: [string, string][], mark: string): string {
  const parts = fields.map(
    ([name, value]) =>
      `--${mark}\r\nContent-Disposition: form-data; name="${name.replace(/"/g, '')}"\r\n\r\n${value}\r\n`,
  );
  return `${parts.join('')}--${mark}--\r\n`;
}

const nested = (depth: number, open: string, close: string, inner = '1') =>
  `${open.repeat(depth)}${inner}${close.repeat(depth)}`;

/**
 * Every kind of body a browser or attacker can send (issue 12): multipart (valid, garbage, wrong
 * or missing boundary, truncated), urlencoded, text/plain, JSON (valid, truncated, deeply nested,
 * huge numbers), binary, empty, a wrong charset, and any of these under a mismatched type.
 */
export const anyBody: fc.Arbitrary<FuzzBody> = fc.oneof(
  fc.tuple(formFields, boundary).map(([fields, mark]) => ({
    kind: 'multipart',
    type: `multipart/form-data; boundary=${mark}`,
    body: utf8(multipart(fields, mark)),
  })),
  fc.uint8Array({ maxLength: 400 }).map((bytes) => ({
    kind: 'multipart garbage',
    type: 'multipart/form-data; boundary=xx',
    body: bytes,
  })),
  fc.tuple(formFields, boundary).map(([fields, mark]) => ({
    kind: 'multipart wrong boundary',
    type: `multipart/form-data; boundary=${mark}x`,
    body: utf8(multipart(fields, mark)),
  })),
  formFields.map((fields) => ({
    kind: 'multipart no boundary',
    type: 'multipart/form-data',
    body: utf8(multipart(fields, 'xx')),
  })),
  fc.tuple(formFields, fc.double({ min: 0, max: 1, noNaN: true })).map(([fields, cut]) => {
    const whole = utf8(multipart([['reference', 'ABC'], ...fields], 'xx'));
    return {
      kind: 'multipart truncated',
      type: 'multipart/form-data; boundary=xx',
      body: whole.slice(0, Math.floor(whole.length * cut)),
    };
  }),
  formFields.map((fields) => ({
    kind: 'urlencoded',
    type: 'application/x-www-form-urlencoded',
    body: utf8(new URLSearchParams(fields).toString()),
  })),
  fc.string({ maxLength: 300 }).map((s) => ({
    kind: 'urlencoded raw',
    type: 'application/x-www-form-urlencoded',
    body: utf8(s),
  })),
  edgeString.map((s) => ({ kind: 'text/plain', type: 'text/plain', body: utf8(s) })),
  junkValue.map((v) => ({
    kind: 'json',
    type: 'application/json',
    body: utf8(JSON.stringify(v ?? null)),
  })),
  fc.tuple(junkValue, fc.double({ min: 0, max: 1, noNaN: true })).map(([v, cut]) => {
    const whole = JSON.stringify({ reference: 'ABC', value: v ?? null });
    return {
      kind: 'json truncated',
      type: 'application/json',
      body: utf8(whole.slice(0, Math.floor(whole.length * cut))),
    };
  }),
  fc
    .tuple(fc.integer({ min: 100, max: 20_000 }), fc.constantFrom(['[', ']'], ['{"a":', '}']))
    .map(([depth, [open = '[', close = ']']]) => ({
      kind: 'json deeply nested',
      type: 'application/json',
      body: utf8(nested(depth, open, close)),
    })),
  fc
    .constantFrom(
      '1e999',
      '-1e999',
      '123456789012345678901234567890123456789',
      '{"id":1e400,"code":99999999999999999999999}',
      '[-0, 5e-324, 1.7976931348623157e309]',
      '{"boardId":"1e3","limit":1e308}',
    )
    .map((s) => ({ kind: 'json huge numbers', type: 'application/json', body: utf8(s) })),
  fc.uint8Array({ maxLength: 400 }).map((bytes) => ({
    kind: 'binary',
    type: 'application/octet-stream',
    body: bytes,
  })),
  fc
    .constantFrom(
      'application/json',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=xx',
      'text/plain',
      undefined,
    )
    .map((type) => ({ kind: 'empty', type, body: new Uint8Array(0) })),
  fc
    .tuple(
      fc.constantFrom(
        'application/json; charset=utf-16',
        'application/json; charset=iso-8859-1',
        'application/x-www-form-urlencoded; charset=shift_jis',
        'multipart/form-data; boundary=xx; charset=utf-16le',
        'text/plain; charset=utf-7',
      ),
      fc.oneof(
        fc.constant(new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])),
        fc.constant(new Uint8Array([0x72, 0x65, 0x66, 0x3d, 0xe9, 0xe8, 0x81])),
        fc.uint8Array({ maxLength: 100 }),
      ),
    )
    .map(([type, body]) => ({ kind: 'wrong charset', type, body })),
  fc
    .tuple(
      fc.uint8Array({ maxLength: 300 }),
      fc.oneof(
        fc.constant(undefined),
        fc.string({ unit: fc.constantFrom('a', '/', ';', '=', ' ', 'j', 'x', '-'), maxLength: 30 }),
      ),
    )
    .map(([body, type]) => ({ kind: 'mismatched type', type, body })),
);

/**
 * Every route the app has that accepts a body (any method but GET and HEAD), read from
 * `app.routes` so a route added later is fuzzed without editing the tests.
 */
export function bodyRoutes(
  app: { routes: { method: string; path: string }[] },
  keep: (path: string) => boolean,
): { method: string; path: string }[] {
  const seen = new Set<string>();
  const out: { method: string; path: string }[] = [];
  for (const r of app.routes) {
    if (['ALL', 'GET', 'HEAD', 'OPTIONS'].includes(r.method) || !keep(r.path)) continue;
    const key = `${r.method} ${r.path}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ method: r.method, path: r.path });
    }
  }
  return out;
}
