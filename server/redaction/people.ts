import { contextName, extendName, type Mention, mention } from './mentions.ts';
import { isKnownPlace, lexiconClass, taggedAsPerson } from './name-lexicon.ts';
import { NOT_A_NAME } from './not-a-name.ts';
import {
  addCoordinated,
  addNicknames,
  classifyStaff,
  mergeAdjacent,
  propagate,
} from './people-passes.ts';
import {
  ADJECTIVES,
  BEFORE_POSTCODE,
  CALLED,
  CONNECTOR,
  FAMILY_TITLES,
  KIN,
  KIN_DETERMINERS,
  LOWER_NOT_NAMES,
  LOWER_TRAPS,
  NAME_THEN_AGE,
  OBJECT_VERBS,
  ORG_AFTER,
  OWNED_BY_PEOPLE,
  PERSON_NEXT,
  PERSON_NOUNS,
  PLACE_PREPOSITIONS,
  PLACE_TYPE_WORDS,
  SENTENCE_START_NEXT,
  TITLES_LOOSE,
  TITLES_STRICT,
  TO_PERSON,
  WEAK_PREPOSITIONS,
} from './person-cues.ts';
import { findRoles, roleOfTitle, roleReplacement } from './roles.ts';
import { isLowerStyle, sentenceAround, type Token, tokenize } from './tokens.ts';
import { type Candidate, candidate } from './types.ts';

/**
 * People's names and named staff. Sources, in order of trust: titles
 * ("Mrs Kaur", "Nurse Sarah Jones"), family and relationship words ("my son
 * Paul", "Auntie Pat"), job titles ("my social worker, Dave"), "called X",
 * appositions ("Brian, my husband"), then compromise's name lexicon alone.
 * Every later mention of a found name is found too ("Paul ... Paul's").
 */
export function findPeople(text: string): Candidate[] {
  const tokens = tokenize(text);
  const byStart = new Map(tokens.map((t, i) => [t.start, i]));
  const mentions: Mention[] = [];
  const lowerStyle = isLowerStyle(tokens);

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    const gapToNext = next ? text.slice(t.end, next.start) : '';
    const simpleGap = gapToNext === ' ' || gapToNext === '. ';

    // Titles: "Mr Okafor", "Dr. Fitzgerald", "pc ahmed", "Mr and Mrs Thornton".
    const strict =
      TITLES_STRICT.has(t.lower) && (t.cap || lowerStyle || t.lower !== 'miss' || next?.cap);
    const loose = TITLES_LOOSE.has(t.lower);
    if ((strict || loose) && next && simpleGap && !t.possessive) {
      const prev = tokens[i - 1];
      const isFamilySister = t.lower === 'sister' && prev && KIN_DETERMINERS.has(prev.lower);
      let nameAt = i + 1;
      const pair = tokens[i + 2];
      if (
        (next.lower === 'and' || next.lower === '&') &&
        pair &&
        TITLES_STRICT.has(pair.lower) &&
        text.slice(pair.end, tokens[i + 3]?.start).trim() === ''
      ) {
        nameAt = i + 3;
      }
      // Initials between title and surname: "Mr. R. J. Haworth", "Dr A Khan".
      for (let k = 0; k < 3; k++) {
        const initial = tokens[nameAt];
        const after = tokens[nameAt + 1];
        if (!initial || !after || !/^\p{Lu}$/u.test(initial.text)) break;
        if (!/^\.? ?$/.test(text.slice(initial.end, after.start)) || !after.cap) break;
        nameAt += 1;
      }
      const candidateName = tokens[nameAt];
      const nameOk = loose
        ? candidateName?.cap && contextName(candidateName)
        : contextName(candidateName);
      if (
        !isFamilySister &&
        nameOk &&
        (t.cap || candidateName?.cap || TITLES_STRICT.has(t.lower))
      ) {
        const last = extendName(text, tokens, nameAt);
        const role = roleOfTitle(t.text);
        mentions.push(
          mention(
            tokens,
            nameAt,
            last,
            t.start,
            role ? 'staff' : 'name',
            role ? roleReplacement(role === 'officer' ? 'police officer' : role) : '[name]',
          ),
        );
        i = last;
        continue;
      }
    }

    // Family titles: "Auntie Pat", "Nana Joan", "our Kev" — only the name goes.
    if (
      FAMILY_TITLES.has(t.lower) &&
      next &&
      gapToNext === ' ' &&
      contextName(next) &&
      (next.cap || t.lower !== 'our')
    ) {
      const last = extendName(text, tokens, i + 1);
      mentions.push(mention(tokens, i + 1, last, next.start, 'name', '[name]', true));
      continue;
    }

    // Relationships: "my son Paul", "My mother, Edith Barraclough", "mum's bf Craig".
    const kinWord = KIN.has(t.lower) || (t.lower.endsWith('s') && KIN.has(t.lower.slice(0, -1)));
    if (kinWord && !t.possessive) {
      let k = i - 1;
      if (tokens[k] && ADJECTIVES.has(tokens[k]?.lower ?? '')) k -= 1;
      const det = tokens[k];
      const kinDet = det && (KIN_DETERMINERS.has(det.lower) || det.possessive);
      const nounDet = det && PERSON_NOUNS.has(t.lower) && /^(?:the|a|an|another)$/.test(det.lower);
      if ((kinDet || nounDet) && next) {
        const gap = text.slice(t.end, next.start);
        const called = CALLED.test(next.lower) ? tokens[i + 2] : undefined;
        const target = called ?? next;
        const targetIndex = called ? i + 2 : i + 1;
        const gapOk = called ? /^\s+["'“‘]?$/.test(gap) : /^(?:,\s*|\s|\s\(|\s["'“‘])$/.test(gap);
        if (
          gapOk &&
          contextName(target) &&
          !TITLES_STRICT.has(target.lower) &&
          (target.cap || !LOWER_NOT_NAMES.has(target.lower))
        ) {
          const last = extendName(text, tokens, targetIndex);
          const isStaffWord = t.lower === 'carer';
          mentions.push(
            mention(
              tokens,
              targetIndex,
              last,
              target.start,
              isStaffWord ? 'staff' : 'name',
              isStaffWord ? '[carer]' : '[name]',
              !isStaffWord,
            ),
          );
          // "grandchildren, Zara and Yusuf": a second name joined by "and".
          const and = tokens[last + 1];
          const second = tokens[last + 2];
          if (
            and?.lower === 'and' &&
            second &&
            contextName(second) &&
            (second.cap || !target.cap)
          ) {
            const last2 = extendName(text, tokens, last + 2);
            mentions.push(mention(tokens, last + 2, last2, second.start, 'name', '[name]', true));
          }
          continue;
        }
      }
    }

    // "a man called Gary", "her name was Margaret", "someone named Tariq".
    if (
      CALLED.test(t.lower) ||
      (t.lower === 'is' && tokens[i - 1]?.lower === 'name') ||
      (t.lower === 'was' && tokens[i - 1]?.lower === 'name') ||
      (/^(?:himself|herself|themselves)$/.test(t.lower) &&
        /^call/.test(tokens[i - 1]?.lower ?? '')) ||
      (t.lower === 'as' && /^(?:known|nicknamed|named)$/.test(tokens[i - 1]?.lower ?? '')) ||
      t.lower === 'nicknamed'
    ) {
      if (
        next &&
        /^\s+["'“‘]?$/.test(gapToNext) &&
        contextName(next) &&
        !TITLES_STRICT.has(next.lower) &&
        !TITLES_LOOSE.has(next.lower) &&
        (next.cap || lexiconClass(next.lower) !== 'word')
      ) {
        if (
          t.lower === 'name' &&
          !/^(?:is|was|nam)$/.test(next.lower) &&
          tokens[i - 1]?.lower !== 'worker'
        ) {
          // "name" alone is only a cue in "case worker name X".
        } else {
          const last = extendName(text, tokens, i + 1);
          mentions.push(mention(tokens, i + 1, last, next.start, 'name', '[name]'));
          continue;
        }
      }
    }

    // Apposition: "Brian, my husband", "Grace, my other carer".
    if (
      (t.cap && !NOT_A_NAME.has(t.lower) && lexiconClass(t.lower) !== 'word') ||
      (t.cap && !NOT_A_NAME.has(t.lower) && text.slice(t.end, t.end + 2) === ', ')
    ) {
      const m =
        /^,\s+(?:my|his|her|our|their)\s+(?:(\p{L}+)\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)/u.exec(
          text.slice(t.end, t.end + 60),
        );
      if (m && !t.allCaps) {
        const word = (m[2] ?? '').toLowerCase().split(/\s+/)[0] ?? '';
        const roleHere = findRoles(m[0]).at(0);
        if (KIN.has(word) && word !== 'carer') {
          mentions.push(mention(tokens, i, i, t.start, 'name', '[name]', true));
          continue;
        }
        if (roleHere) {
          mentions.push(mention(tokens, i, i, t.start, 'staff', roleReplacement(roleHere.role)));
        }
      }
    }
  }

  // Job titles followed by a name: "my social worker, Dave" → "my [social worker]".
  for (const role of findRoles(text)) {
    const after = text.slice(role.end, role.end + 40);
    const m =
      /^(?:,\s*|\s+)(?:(?:who\s+)?(?:is|was)\s+)?(?:(?:called|named|name|nam|there|here|whose name (?:is|was))\s+)?/i.exec(
        after,
      );
    if (!m || !CONNECTOR.test(m[0])) continue;
    const at = byStart.get(role.end + m[0].length);
    if (at === undefined) continue;
    const t = tokens[at] as Token;
    const titled = mentions.find((x) => x.start === t.start);
    if (titled) {
      titled.start = role.start;
      titled.kind = 'staff';
      titled.family = false;
      titled.replacement = roleReplacement(role.role);
      continue;
    }
    if (!contextName(t) || TITLES_LOOSE.has(t.lower)) continue;
    if (!t.cap && LOWER_NOT_NAMES.has(t.lower)) continue;
    const last = extendName(text, tokens, at);
    mentions.push(mention(tokens, at, last, role.start, 'staff', roleReplacement(role.role)));
  }

  // The lexicon alone: capitalised words compromise knows as names.
  const taken = new Uint8Array(text.length + 1);
  for (const x of mentions) taken.fill(1, x.start, x.end);
  const covered = (t: Token) => taken[t.start] === 1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (covered(t) || NOT_A_NAME.has(t.lower) || t.text.length < 2) continue;
    const cls = lexiconClass(t.lower);
    const prev = tokens[i - 1];
    let accept = false;
    if (t.cap && (!t.allCaps || cls === 'given')) {
      if (cls === 'given') accept = !t.sentenceStart || !isKnownPlace(t.lower);
      else if (cls === 'ambiguous-given' || cls === 'surname') {
        accept = t.sentenceStart
          ? taggedAsPerson(sentenceAround(text, t.start).text, sentenceAround(text, t.start).offset)
          : true;
      }
      if (accept && prev && PLACE_PREPOSITIONS.has(prev.lower)) accept = false;
      if (
        accept &&
        prev &&
        WEAK_PREPOSITIONS.has(prev.lower) &&
        (cls !== 'given' || isKnownPlace(t.lower))
      )
        accept = false;
      // "Victoria Road, Bradford BD7 1QX": a word just before a postcode is a town.
      if (accept && BEFORE_POSTCODE.test(text.slice(t.end, t.end + 12))) accept = false;
      // "Bradford Magistrates Court", "Preston Station": a place, not a person.
      const nextWord = tokens[i + 1];
      if (accept && nextWord?.cap && PLACE_TYPE_WORDS.has(nextWord.lower)) accept = false;
    } else if (!t.cap && cls === 'given' && !LOWER_TRAPS.has(t.lower)) {
      accept = true;
    }
    if (!accept) continue;
    const last = extendName(text, tokens, i);
    const found = mention(tokens, i, last, t.start, 'name', '[name]');
    mentions.push(found);
    taken.fill(1, found.start, found.end);
    i = last;
  }

  // Capitalised words the lexicon does not know, used the way people are:
  // "Kayden did the evenings", "I told Okonkwo", "Anwen from the council".
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (covered(t) || !t.cap || t.allCaps || t.text.length < 3 || NOT_A_NAME.has(t.lower)) continue;
    if (/\p{Lu}/u.test(t.text.slice(1).replace(/^(?:c|ac|')/i, ''))) continue;
    const cls = lexiconClass(t.lower);
    if (isKnownPlace(t.lower) || PLACE_TYPE_WORDS.has(tokens[i + 1]?.lower ?? '')) continue;
    const prev = tokens[i - 1];
    // "Carers Allowance stopped": an unknown word after a capitalised one is
    // part of a longer proper noun (a benefit, a charity), not a person.
    if (
      prev?.cap &&
      !prev.sentenceStart &&
      !t.sentenceStart &&
      text.slice(prev.end, t.start) === ' ' &&
      !covered(prev)
    )
      continue;
    const toPerson = prev?.lower === 'to' && TO_PERSON.has(tokens[i - 2]?.lower ?? '');
    if (
      prev &&
      (PLACE_PREPOSITIONS.has(prev.lower) || WEAK_PREPOSITIONS.has(prev.lower)) &&
      !toPerson
    )
      continue;
    const after = text.slice(t.end + (t.possessive ? 2 : 0), t.end + 60);
    // "Kayden and Precious did the evenings": the verb may follow a second name.
    const pairRest = /^\s+(?:and|&)\s+[A-Z][\p{L}'’-]+/u.exec(after);
    const rest = pairRest ? after.slice(pairRest[0].length) : after;
    const verbs = t.sentenceStart ? SENTENCE_START_NEXT : PERSON_NEXT;
    const personAfter =
      cls !== 'word' &&
      (t.possessive ? OWNED_BY_PEOPLE.test(after) : verbs.test(rest) || ORG_AFTER.test(rest));
    // A capitalised ordinary word mid-sentence after "asked" is a name ("asked Blessing").
    const prev2 = tokens[i - 2];
    const personBefore =
      prev !== undefined &&
      !t.sentenceStart &&
      (OBJECT_VERBS.has(prev.lower) ||
        (prev.lower === 'to' && prev2 !== undefined && TO_PERSON.has(prev2.lower)));
    // "Kerry-Louise from Age UK came": people come from organisations.
    const fromOrg = !t.possessive && /^\s+from\s+(?:the\s+)?\p{Lu}/u.test(after);
    if (!personAfter && !personBefore && !fromOrg) continue;
    if (BEFORE_POSTCODE.test(after)) continue;
    const last = extendName(text, tokens, i);
    const found = mention(tokens, i, last, t.start, 'name', '[name]');
    mentions.push(found);
    taken.fill(1, found.start, found.end);
    i = last;
  }

  // "Mum (Jean Whitehead, 84)", "Jean Whitehead, 84, lives ...": words followed by an age.
  for (const m of text.matchAll(NAME_THEN_AGE)) {
    const first = byStart.get(m.index);
    if (first === undefined) continue;
    const words = (m[1] ?? '').split(' ');
    const last = first + words.length - 1;
    const slice = tokens.slice(first, last + 1);
    if (slice.some((t) => NOT_A_NAME.has(t.lower) || taken[t.start] === 1)) continue;
    const found = mention(tokens, first, last, m.index, 'name', '[name]');
    mentions.push(found);
    taken.fill(1, found.start, found.end);
  }

  addCoordinated(text, tokens, mentions, taken);
  addNicknames(text, tokens, mentions);
  classifyStaff(text, mentions);
  const all = propagate(text, tokens, mentions);
  return mergeAdjacent(text, all).map((m) => candidate(m.start, m.end, m.kind, m.replacement));
}
