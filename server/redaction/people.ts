import { isKnownPlace, lexiconClass, taggedAsPerson } from './name-lexicon.ts';
import { NOT_A_NAME } from './not-a-name.ts';
import { findRoles, roleOfTitle, roleReplacement } from './roles.ts';
import { type Candidate, candidate } from './types.ts';

interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  cap: boolean;
  allCaps: boolean;
  possessive: boolean;
  sentenceStart: boolean;
}

interface Mention {
  start: number;
  end: number;
  kind: 'name' | 'staff';
  replacement: string;
  /** Name tokens (without titles) used to find the same person again. */
  names: Token[];
  /** Found by a family relationship ("my son Paul"): never staff. */
  family: boolean;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0].replace(/[-'’]+$/, '');
    const possessive = /['’]s$/i.test(word) || /['’]$/.test(m[0]);
    if (/['’]s$/i.test(word)) word = word.slice(0, -2);
    if (word.length === 0) continue;
    let i = m.index - 1;
    while (i >= 0 && /[\s"'“‘(\-–—*•]/.test(text[i] ?? '')) i -= 1;
    const prev = i >= 0 ? text[i] : undefined;
    const sentenceStart =
      prev === undefined || /[.!?:;\n]/.test(prev) || (/\d/.test(prev) && text[i + 1] === '.');
    tokens.push({
      start: m.index,
      end: m.index + word.length,
      text: word,
      lower: word.toLowerCase(),
      cap: /^\p{Lu}/u.test(word),
      allCaps: word.length > 1 && word === word.toUpperCase(),
      possessive,
      sentenceStart,
    });
  }
  return tokens;
}

const TITLES_STRICT = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'pc',
  'wpc',
  'dc',
  'ds',
  'di',
  'dci',
  'sgt',
  'pcso',
  'cllr',
  'prof',
]);
const TITLES_LOOSE = new Set([
  'doctor',
  'nurse',
  'sister',
  'matron',
  'sergeant',
  'constable',
  'inspector',
  'officer',
  'rev',
  'reverend',
  'father',
  'professor',
  'councillor',
]);
const FAMILY_TITLES = new Set([
  'auntie',
  'aunty',
  'aunt',
  'uncle',
  'nana',
  'nanna',
  'nan',
  'nanny',
  'grandma',
  'grandad',
  'granddad',
  'granny',
  'grandpa',
  'gran',
  'cousin',
  'our',
]);
const KIN = new Set([
  'son',
  'daughter',
  'husband',
  'wife',
  'partner',
  'mother',
  'mum',
  'mam',
  'mom',
  'father',
  'dad',
  'brother',
  'sister',
  'nephew',
  'niece',
  'uncle',
  'aunt',
  'auntie',
  'aunty',
  'cousin',
  'grandson',
  'granddaughter',
  'grandad',
  'grandma',
  'nan',
  'nana',
  'gran',
  'grandmother',
  'grandfather',
  'friend',
  'freind',
  'frend',
  'mate',
  'pal',
  'buddy',
  'mucker',
  'bestie',
  'neighbour',
  'neighbor',
  'ex',
  'boyfriend',
  'girlfriend',
  'bf',
  'gf',
  'fiance',
  'fiancé',
  'fiancee',
  'fiancée',
  'mother-in-law',
  'father-in-law',
  'brother-in-law',
  'sister-in-law',
  'son-in-law',
  'daughter-in-law',
  'stepson',
  'stepdaughter',
  'stepdad',
  'stepmum',
  'stepfather',
  'stepmother',
  'lodger',
  'landlord',
  'landlady',
  'flatmate',
  'housemate',
  'client',
  'boss',
  'twin',
  'child',
  'grandchild',
  'grandchildren',
  'children',
  'sons',
  'daughters',
  'brothers',
  'sisters',
  'grandsons',
  'granddaughters',
  'kids',
  'carer',
  'hubby',
  'bro',
  'sis',
  'wifey',
  'fella',
  'stepbrother',
  'stepsister',
  'grandaughter',
]);
const KIN_DETERMINERS = new Set(['my', 'his', 'her', 'our', 'their', 'your', 'ur', 'me', 'mi']);
const ADJECTIVES = new Set([
  'new',
  'old',
  'other',
  'older',
  'younger',
  'little',
  'big',
  'late',
  'best',
  'eldest',
  'youngest',
  'elder',
  'former',
  'previous',
  'only',
  'dear',
  'first',
  'second',
  'third',
  'ex',
  'step',
  'twin',
  'unpaid',
  'main',
  'regular',
  'usual',
  'lovely',
  'good',
  'close',
]);
// "The boss Marek", "a man called Gary": people described without a relation.
const PERSON_NOUNS = new Set([
  'boss',
  'landlord',
  'landlady',
  'lodger',
  'neighbour',
  'man',
  'woman',
  'lady',
  'lad',
  'girl',
  'boy',
  'guy',
  'bloke',
  'gentleman',
  'student',
  'patient',
  'resident',
  'person',
  'someone',
  'somebody',
  'chap',
  'fella',
  'friend',
  'tenant',
]);
// Before a place, never a person: "in Preston", "near Barnsley".
const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'near',
  'around',
  'outside',
  'into',
  'towards',
  'via',
]);
// Before a place or a person ("from Keighley", "a call from Karen"): only
// lexicon names that are plainly given names survive them.
const WEAK_PREPOSITIONS = new Set(['from', 'of', 'to']);

function contextName(t: Token | undefined): boolean {
  if (!t || NOT_A_NAME.has(t.lower) || t.text.length < 2) return false;
  if (t.allCaps) return lexiconClass(t.lower) === 'given';
  if (t.cap) return true;
  if (/['’](?:t|ll|ve|re|d|m)$/.test(t.lower)) return false;
  const cls = lexiconClass(t.lower);
  if (cls === 'unknown') return !VERB_LIKE.test(t.lower);
  return cls === 'given' || cls === 'ambiguous-given' || cls === 'surname';
}

// Lower-case words the lexicon does not know but which are plainly not names
// ("emailed", "apologised", "shouting"): British spellings are missing from it.
const VERB_LIKE =
  /(?:ed|ing|ly|ise|ised|ises|ize|ized|ful|less|ness|ment|tion|sion|ous|ive|able|ible)$/;

/** Extends a name at `i` with following surname-like tokens; returns the last index. */
function extendName(text: string, tokens: Token[], i: number): number {
  let last = i;
  const first = tokens[i];
  if (!first || first.possessive) return last;
  for (let j = i + 1; j <= i + 2; j++) {
    const t = tokens[j];
    const prev = tokens[j - 1];
    if (!t || !prev || prev.possessive) break;
    const gap = text.slice(prev.end + (prev.possessive ? 2 : 0), t.start);
    if (gap !== ' ') break;
    if (NOT_A_NAME.has(t.lower) && !SURNAME_WORDS.has(t.lower)) break;
    // "Mr Desmond OKOYE": a surname in capitals, as forms ask for, but not "Dave NEVER came".
    if (t.allCaps && (!first.cap || lexiconClass(t.lower) === 'word')) break;
    if (first.cap) {
      if (!t.cap) break;
    } else {
      const cls = lexiconClass(t.lower);
      if (t.cap || (cls !== 'unknown' && cls !== 'surname')) break;
    }
    last = j;
    if (t.possessive) break;
  }
  return last;
}

function mention(
  tokens: Token[],
  from: number,
  to: number,
  spanStart: number,
  kind: 'name' | 'staff',
  replacement: string,
  family = false,
): Mention {
  const names = tokens.slice(from, to + 1);
  return {
    start: spanStart,
    end: names[names.length - 1]?.end ?? spanStart,
    kind,
    replacement,
    names,
    family,
  };
}

const CONNECTOR =
  /^(?:,\s*|\s+)(?:(?:who\s+)?(?:is|was)\s+)?(?:(?:called|named|name|nam|there|here|whose name (?:is|was))\s+)?$/i;
const CALLED = /^(?:called|named|name|names|nam|name's|calld)$/;
const ORG_AFTER =
  /^\s*,?\s*(?:from|at|of|with)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:council|agency|hospital|surgery|police|social services|adult services|adult social care|local authority|team|charity|bank|ward|day centre|care home|home|nhs|trust|cqc|healthwatch|refuge|practice|office|housing)\b/iu;
const ORG_BEFORE =
  /(?:from|at)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:council|agency|hospital|surgery|police|social services|adult services|adult social care|local authority|team|charity|bank|day centre|nhs|trust|cqc|refuge|practice|housing)\b[^.!?\n]*$/iu;
const ROLE_AFTER = /^\s*,?\s*(?:who\s+(?:is|was)\s+)?(?:the|a|an|my|our|his|her|their)\s+/i;

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
          (target.cap || !lowerStyleTrap(target))
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
    if (!t.cap && lowerStyleTrap(t)) continue;
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

const PERSON_NEXT =
  /^\s+(?:(?:had|has|was|is|did|does|would|could|will|never|always|then|also|just|still|only|often|sometimes|didn't|wasn't|doesn't|isn't|hasn't|hadn't|couldn't|wouldn't|won't|didnt|wasnt|doesnt)\s+)?(?:said|says|told|tells|came|comes|rang|rings|phoned|visited|visits|helped|helps|took|takes|stole|steals|hit|hits|shouted|shouts|asked|asks|listened|listens|explained|wrote|writes|left|stopped|started|kept|gave|gives|brought|looked|treated|pushed|hurt|lives|lived|works|worked|did|does|sat|stayed|stays|made|makes|got|gets|knew|knows|noticed|saw|sees|spoke|speaks|talked|talks|wanted|wants|tried|tries|went|goes|cried|laughed|smiled|swore|swears|threatened|refused|agreed|promised|moved|arrived|put|texted|emailed|messaged|sorted|washed|dressed|fed|bathed|hoisted|slapped|grabbed|kicked|punched|borrowed|owes|owed|knocked|checked|found|believed|understood|cared|sings|shouts|came|drove|picked|dropped|collected|rings|phones|texts|calls)\b/i;
// At a sentence's start a noun can look like a name ("Outcome wanted: ..."),
// so only verbs people do to or for others count there.
const SENTENCE_START_NEXT =
  /^\s+(?:(?:had|has|was|is|did|does|would|could|will|never|always|then|also|just|still|only|often|sometimes|didn't|wasn't|doesn't|didnt|wasnt|doesnt)\s+)?(?:said|says|told|tells|came|comes|rang|rings|phoned|visited|visits|helped|helps|took|takes|stole|steals|hit|hits|shouted|shouts|asked|asks|listened|listens|explained|pushed|hurt|lives|lived|sat|knew|noticed|spoke|speaks|talked|talks|tried|went|cried|laughed|smiled|swore|swears|threatened|refused|agreed|promised|arrived|texted|emailed|messaged|washed|dressed|bathed|hoisted|slapped|grabbed|kicked|punched|borrowed|knocked|drove|picked|collected|did|does)\b/i;
// Capitalised words that make the word before them part of a place or organisation.
const PLACE_TYPE_WORDS = new Set([
  'court',
  'council',
  'hospital',
  'magistrates',
  "magistrates'",
  'crown',
  'infirmary',
  'college',
  'school',
  'university',
  'station',
  'airport',
  'city',
  'town',
  'county',
  'united',
  'rovers',
  'police',
  'general',
  'royal',
  'road',
  'street',
  'avenue',
  'lane',
  'house',
  'lodge',
  'centre',
  'ward',
  'unit',
  'hospice',
  'surgery',
  'clinic',
  'park',
  'library',
  'market',
  'cathedral',
  'borough',
  'district',
  'metropolitan',
  'district',
  "council's",
  'airport',
  'academy',
  'trust',
]);
// "I told Okonkwo", "asked Blessing": a verb whose object is usually a person.
const OBJECT_VERBS = new Set([
  'told',
  'tell',
  'asked',
  'ask',
  'thanked',
  'thank',
  'rang',
  'ring',
  'phoned',
  'phone',
  'emailed',
  'texted',
  'messaged',
  'met',
  'trusted',
  'trust',
  'miss',
  'missed',
  'blame',
  'blamed',
  'love',
  'loved',
  'like',
  'liked',
  'hate',
  'hated',
  'married',
  'divorced',
  'introduced',
  'warned',
  'begged',
  'helped',
  'visited',
  'visit',
  'saw',
  'see',
  'seen',
  'called',
  'contacted',
  'contact',
  'believed',
  'believe',
  'paid',
  'pay',
  'owe',
  'owed',
  'gave',
  'give',
  'let',
  'wanted',
  'want',
]);
// "thanks to Callum", "spoke to Anwen": verbs whose "to" introduces a person, not a place.
const TO_PERSON = new Set([
  'thanks',
  'thank',
  'spoke',
  'speak',
  'talked',
  'talk',
  'said',
  'say',
  'wrote',
  'write',
  'explained',
  'listened',
  'complained',
  'reported',
  'lied',
  'apologised',
  'apologized',
  'introduced',
  'married',
  'sent',
  'gave',
  'sorry',
  'grateful',
  'owe',
  'owed',
  'mentioned',
  'turned',
  'went',
  'go',
  'belonged',
  'belongs',
  'engaged',
  'next',
  'close',
  'kind',
  'rude',
  'nasty',
  'horrible',
  'lovely',
  'cruel',
  'mean',
  'nice',
]);
// Words on the not-a-name list that are also common surnames ("Linda Hall", "Sue May").
const SURNAME_WORDS = new Set([
  'hall',
  'church',
  'court',
  'bank',
  'lord',
  'may',
  'march',
  'day',
  'house',
  'king',
  'bishop',
  'young',
  'little',
  'christmas',
  'easter',
  'england',
  'wales',
  'english',
  'welsh',
  'irish',
  'scott',
  'friday',
  'monday',
  'august',
  'june',
  'april',
  'summer',
  'winter',
  'lane',
  'close',
]);
// "Kirsty's mum", "Tyrone's flat": what a possessive person usually has.
const OWNED_BY_PEOPLE =
  /^\s+(?:(?:own|new|old|little|big|younger|older|best)\s+)?(?:mum|mam|mom|dad|husband|wife|partner|son|daughter|sister|brother|boyfriend|girlfriend|kids|children|baby|family|nan|gran|friend|mate|carer|carers|house|home|flat|room|bedroom|money|purse|wallet|card|bank|phone|pension|benefits|care|dementia|health|birthday|funeral|keys|car)\b/i;
const NAME_THEN_AGE =
  /(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){0,2})(?=(?:,\s*|\s*\()(?:aged\s+)?\d{2,3}(?:\)|,|\s+(?:and|who|lives|has|is|was)\b))/gu;
const COORDINATOR = /^(?:,\s*(?:and\s+)?|\s+(?:and|&|or)\s+)$/;

/** Names joined to a found name by "and" or a comma: "Rhys, Cerys and Owain". */
function addCoordinated(
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
function addNicknames(text: string, tokens: Token[], mentions: Mention[]): void {
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

const BEFORE_POSTCODE = /^,?\s+[A-Za-z]{1,2}\d[A-Za-z\d]?\s?\d[A-Za-z]{2}(?![\p{L}])/u;

// Lower-case words compromise lists as given names but that are usually ordinary words.
const LOWER_TRAPS = new Set([
  'amber',
  'heather',
  'carol',
  'chester',
  'bradford',
  'don',
  'ed',
  'kay',
  'ali',
  'sunny',
  'rusty',
  'major',
  'hunter',
  'forest',
  'river',
  'sky',
  'storm',
  'miles',
  'august',
  'bill',
  'will',
  'mark',
  'pat',
  'sue',
  'rob',
  'jack',
  'grant',
  'chase',
  'grace',
  'hope',
  'joy',
  'faith',
  'frank',
  'dean',
  'rose',
  'ray',
  'al',
  'gene',
  'art',
  'cliff',
  'dawn',
  'penny',
  'ruby',
  'jade',
  'holly',
  'ivy',
  'lily',
  'iris',
  'hazel',
  'robin',
  'sandy',
  'summer',
  'may',
  'june',
  'april',
  'kerry',
  'bob',
  'guy',
  'max',
  'lincoln',
  'jordan',
  'kent',
  'victoria',
  'florence',
  'lee',
  'virginia',
  'georgia',
  'carolina',
  'sydney',
  'paris',
]);

function lowerStyleTrap(t: Token): boolean {
  return LOWER_TRAPS.has(t.lower) && lexiconClass(t.lower) !== 'given';
}

function isLowerStyle(tokens: Token[]): boolean {
  const starts = tokens.filter((t) => t.sentenceStart);
  if (starts.length === 0) return false;
  return starts.filter((t) => !t.cap).length / starts.length > 0.5;
}

function sentenceAround(text: string, at: number): { text: string; offset: number } {
  let s = at;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1] ?? '')) s -= 1;
  let e = at;
  while (e < text.length && !/[.!?\n]/.test(text[e] ?? '')) e += 1;
  while (s < at && /\s/.test(text[s] ?? '')) s += 1;
  return { text: text.slice(s, Math.min(text.length, e + 1)), offset: at - s };
}

/** A name mention becomes staff when a job title or a service is right beside it. */
function classifyStaff(text: string, mentions: Mention[]): void {
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
function propagate(text: string, tokens: Token[], mentions: Mention[]): Mention[] {
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
function mergeAdjacent(text: string, mentions: Mention[]): Mention[] {
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
