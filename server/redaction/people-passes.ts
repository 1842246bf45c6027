import { extendName, type Mention, mention } from './mentions.ts';
import { isKnownPlace, lexiconClass } from './name-lexicon.ts';
import { NOT_A_NAME } from './not-a-name.ts';
import { COORDINATOR, ORG_AFTER, ORG_BEFORE, ROLE_AFTER, TITLES_STRICT } from './person-cues.ts';
import { findRoles, roleReplacement } from './roles.ts';
import { sentenceAround, type Token } from './tokens.ts';

/** Passes over found mentions: lists, nicknames, staff, later mentions, merging. */
/** Names joined to a found name by "and" or a comma: "Rhys, Cerys and Owain". */
export function addCoordinated(
  text: string,
  tokens: Token[],
  mentions: Mention[],
  taken: Uint8Array,
): void {
  const index = new Map(tokens.map((t, i) => [t.start, i]));
  for (let pass = 0; pass < 4; pass++) {
    let added = false;
    for (const m of [...mentions]) {
      const first = m.names[0];
      const lastName = m.names.at(-1);
      if (!first || !lastName) continue;
      const before = index.get(first.start);
      const after = index.get(lastName.start);
      const candidates: Array<[number, Token | undefined, Token | undefined]> = [];
      const joiner = (t: Token | undefined) => t !== undefined && /^(?:and|or)$/.test(t.lower);
      if (after !== undefined) {
        const at = joiner(tokens[after + 1]) ? after + 2 : after + 1;
        candidates.push([at, tokens[at], lastName]);
      }
      if (before !== undefined) {
        const at = joiner(tokens[before - 1]) ? before - 2 : before - 1;
        candidates.push([at, tokens[at], undefined]);
      }
      for (const [at, t, left] of candidates) {
        if (!t || taken[t.start] === 1 || !t.cap || t.allCaps || t.sentenceStart) continue;
        if (NOT_A_NAME.has(t.lower) || TITLES_STRICT.has(t.lower) || t.text.length < 2) continue;
        if (isKnownPlace(t.lower)) continue;
        const gap = left
          ? text.slice(left.end + (left.possessive ? 2 : 0), t.start)
          : text.slice(t.end, first.start);
        if (!COORDINATOR.test(gap)) continue;
        const last = left ? extendName(text, tokens, at) : at;
        const found = mention(tokens, at, last, t.start, m.kind, m.replacement, m.family);
        mentions.push(found);
        taken.fill(1, found.start, found.end);
        added = true;
      }
    }
    if (!added) break;
  }
}

/** "Big Jim", "little dave": a nickname's adjective belongs to the name. */
export function addNicknames(text: string, tokens: Token[], mentions: Mention[]): void {
  const index = new Map(tokens.map((t, i) => [t.start, i]));
  for (const m of mentions) {
    const first = m.names[0];
    if (!first || m.start !== first.start) continue;
    const at = index.get(first.start);
    const prev = at === undefined ? undefined : tokens[at - 1];
    if (!prev || !/^(?:big|little|young|old|wee|lil)$/i.test(prev.text)) continue;
    if (prev.cap !== first.cap || text.slice(prev.end, first.start) !== ' ') continue;
    m.start = prev.start;
  }
}

/** A name mention becomes staff when a job title or a service is right beside it. */
export function classifyStaff(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.kind === 'staff' || m.family) continue;
    const after = text.slice(m.end, m.end + 60);
    const roleAfter = ROLE_AFTER.exec(after);
    if (roleAfter) {
      const role = findRoles(after.slice(roleAfter[0].length, roleAfter[0].length + 30)).at(0);
      if (
        role &&
        after.slice(roleAfter[0].length).toLowerCase().startsWith(role.role.toLowerCase())
      ) {
        m.kind = 'staff';
        m.replacement = roleReplacement(role.role);
        continue;
      }
    }
    const sentence = sentenceAround(text, m.start);
    const before = sentence.text.slice(0, sentence.offset);
    const roles = findRoles(before);
    const lastRole = roles.at(-1);
    if (
      lastRole &&
      before.length - lastRole.end <= 45 &&
      !/\b(?:my|his|her) (?:name|son|daughter|husband|wife|mum|dad)\b|\bi am\b|\bi'm\b/i.test(
        before.slice(lastRole.end),
      )
    ) {
      m.kind = 'staff';
      m.replacement = roleReplacement(lastRole.role);
      continue;
    }
    if (ORG_AFTER.test(after) || ORG_BEFORE.test(before)) {
      m.kind = 'staff';
      m.replacement = '[job title]';
    }
  }
  // One person, one replacement: if any mention of a first name is staff, all are.
  const staffBy = new Map<string, Mention>();
  for (const m of mentions) {
    const key = m.names[0]?.lower;
    if (key && m.kind === 'staff' && !staffBy.has(key)) staffBy.set(key, m);
  }
  for (const m of mentions) {
    const key = m.names[0]?.lower;
    const staff = key ? staffBy.get(key) : undefined;
    if (staff && m.kind === 'name' && !m.family && m.names.length <= staff.names.length) {
      m.kind = 'staff';
      m.replacement = staff.replacement;
    }
  }
}

/**
 * Finds every other whole-word occurrence of a found name. A name found with a
 * capital is matched case-sensitively ("Will" the nephew, not "will" the verb)
 * unless compromise knows it only as a name; one found in lower case matches
 * any case.
 */
export function propagate(text: string, tokens: Token[], mentions: Mention[]): Mention[] {
  const taken = new Uint8Array(text.length + 1);
  for (const x of mentions) taken.fill(1, x.start, x.end);
  const exact = new Map<string, Mention>();
  const anyCase = new Map<string, Mention>();
  for (const m of mentions) {
    for (const n of m.names) {
      if (n.text.length < 2 || NOT_A_NAME.has(n.lower)) continue;
      if (!exact.has(n.text)) exact.set(n.text, m);
      const cls = lexiconClass(n.lower);
      if ((!n.cap || cls === 'given' || cls === 'unknown') && !anyCase.has(n.lower))
        anyCase.set(n.lower, m);
    }
  }
  const out = [...mentions];
  for (const t of tokens) {
    const m = exact.get(t.text) ?? anyCase.get(t.lower);
    if (!m || (t.allCaps && t.text.length > 2 && lexiconClass(t.lower) !== 'given')) continue;
    if (taken.subarray(t.start, t.end).includes(1)) continue;
    taken.fill(1, t.start, t.end);
    out.push({
      start: t.start,
      end: t.end,
      kind: m.kind,
      replacement: m.kind === 'staff' ? m.replacement : '[name]',
      names: [t],
      family: m.family,
    });
  }
  return out;
}

/** "Sandra" + "Whitfield" found separately become one "[name]". */
export function mergeAdjacent(text: string, mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end > last.end) last.end = m.end;
      continue;
    }
    if (
      last &&
      last.kind === m.kind &&
      text.slice(last.end, m.start) === ' ' &&
      last.names.at(-1) &&
      !last.names.at(-1)?.possessive
    ) {
      last.end = m.end;
      last.names = [...last.names, ...m.names];
      continue;
    }
    out.push({ ...m });
  }
  return out;
}
