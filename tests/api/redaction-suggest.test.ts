import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidNhsNumber } from '../../server/redaction/nhs-number.ts';
import { resolveOverlaps } from '../../server/redaction/resolve-overlaps.ts';
import { type RedactionSuggestion, suggestRedactions } from '../../server/redaction/suggest.ts';
import { candidate } from '../../server/redaction/types.ts';

/** The suggestions as [kind, covered text] pairs, for readable expectations. */
function found(text: string): Array<[string, string]> {
  return suggestRedactions(text).map((s) => [s.kind, text.slice(s.start, s.end)]);
}

function kindsOf(text: string, kind: string): string[] {
  return found(text)
    .filter(([k]) => k === kind)
    .map(([, t]) => t);
}

describe('NHS numbers', () => {
  it('accepts numbers that pass the modulus-11 check', () => {
    for (const n of ['9434765919', '4010232137', '1091973180', '8062820300']) {
      expect(isValidNhsNumber(n)).toBe(true);
    }
  });

  it('rejects numbers that fail it, including a check digit of 10', () => {
    for (const n of ['9434765918', '3031170863', '7441726898', '1234567890', '943476591']) {
      expect(isValidNhsNumber(n)).toBe(false);
    }
  });

  it('finds valid NHS numbers written with spaces, dashes or none', () => {
    const text = 'NHS 943 476 5919, 401-023-2137 and 1091973180.';
    expect(kindsOf(text, 'nhs_number')).toEqual(['943 476 5919', '401-023-2137', '1091973180']);
  });

  it('never suggests an invalid ten-digit number as an NHS number', () => {
    const text = 'Reference 3031170863 and 943 476 5918.';
    expect(kindsOf(text, 'nhs_number')).toEqual([]);
  });
});

describe('phone numbers', () => {
  it.each([
    '07700 900123',
    '07700900123',
    '07700 900 123',
    '+44 7700 900123',
    '+447700900123',
    '+44 (0)7700 900123',
    '(01632) 960 588',
    '01632 960588',
    '01632.960.588',
    '020 7946 0123',
    '0207 946 0123',
    '020-7946-0123',
    '0113 496 0773',
    '0808 800 5000',
  ])('finds %s', (phone) => {
    expect(kindsOf(`Ring me on ${phone} please.`, 'phone')).toEqual([phone]);
  });

  it('ignores short codes, times, money and counts', () => {
    const text = 'I rang 999, then 111 and 101. At 10.30 or 08.00 it cost £1,234.56 for 2 carers.';
    expect(kindsOf(text, 'phone')).toEqual([]);
  });
});

describe('emails and postcodes', () => {
  it('finds emails including plus signs and subdomains', () => {
    const text = 'Write to john.smith+heard@example.com or MARY@MAIL.EXAMPLE.COM.';
    expect(kindsOf(text, 'email')).toEqual([
      'john.smith+heard@example.com',
      'MARY@MAIL.EXAMPLE.COM',
    ]);
  });

  it('finds every postcode shape, in either case, with or without the space', () => {
    const text = 'SW1A 1AA, B15 2TT, M1 1AE, CR2 6XH, DN55 1PT, EC1A 1BB, ne1 4st, LS62AB.';
    expect(kindsOf(text, 'postcode')).toEqual([
      'SW1A 1AA',
      'B15 2TT',
      'M1 1AE',
      'CR2 6XH',
      'DN55 1PT',
      'EC1A 1BB',
      'ne1 4st',
      'LS62AB',
    ]);
  });

  it('finds an outward code only where it is clearly a postcode', () => {
    expect(kindsOf('We lived in the LS6 area.', 'postcode')).toEqual(['LS6']);
    expect(kindsOf('I take B12 tablets and watched M25 traffic.', 'postcode')).toEqual([]);
  });

  it('rejects postcode-like strings with impossible letters', () => {
    expect(kindsOf('Codes QA1 1AA and AB1 1CI are not real.', 'postcode')).toEqual([]);
  });
});

describe('dates, dates of birth and ages', () => {
  it.each([
    '3 March 2024',
    '03/03/2024',
    '3rd of March',
    'March 3rd',
    '6/4/23',
    '12.3.24',
    '2024-03-15',
    'November 2021',
    'Tuesday 4th April 2023',
    'Friday 22nd',
  ])('finds the date %s', (date) => {
    expect(found(`It happened on ${date} at home.`)).toContainEqual(['date', date]);
  });

  it('leaves years, months, weekdays, festivals and times alone', () => {
    const text =
      'In 2019, in March, on a Monday at Christmas, at 10.30, it was 3/4 done. I may go.';
    expect(kindsOf(text, 'date')).toEqual([]);
  });

  it('marks a date after born, DOB or date of birth as a date of birth', () => {
    const text = 'Born 12 April 1941. DOB: 03.07.52. Her date of birth is 1st January 1950.';
    expect(kindsOf(text, 'date_of_birth')).toEqual([
      '12 April 1941',
      '03.07.52',
      '1st January 1950',
    ]);
  });

  it('finds ages but not durations, amounts or decades', () => {
    const text =
      'Mum is an 87-year-old widow. Her brother, aged 90, is 92 years old really. I am 52. It took 30 minutes and was 45 pounds. She is in her eighties.';
    expect(kindsOf(text, 'age')).toEqual(['87-year-old', '90', '92 years old', '52']);
  });
});

describe('addresses and places', () => {
  it('finds numbered streets, flats and lower-case addresses', () => {
    expect(kindsOf('I live at 14 Acacia Avenue now.', 'address')).toEqual(['14 Acacia Avenue']);
    expect(kindsOf('Flat 3, 22 High Street was damp.', 'address')).toEqual([
      'Flat 3, 22 High Street',
    ]);
    expect(kindsOf('i live at 7 brook street with jo', 'address')).toEqual(['7 brook street']);
  });

  it('does not treat counts or generic streets as addresses', () => {
    expect(
      kindsOf('We had 4 visits down the road and went to the high street.', 'address'),
    ).toEqual([]);
  });

  it('finds care homes, wards and hospitals with natural replacements', () => {
    const text =
      "From Rosewood Care Home to Ward 7, then Elm Ward and the Maple Unit at St Thomas' Hospital.";
    const places = suggestRedactions(text).filter((s) => s.kind === 'place');
    expect(places.map((s) => [text.slice(s.start, s.end), s.replacement])).toEqual([
      ['Rosewood Care Home', '[care home]'],
      ['Ward 7', '[ward]'],
      ['Elm Ward', '[ward]'],
      ['Maple Unit', '[ward]'],
      ["St Thomas' Hospital", '[hospital]'],
    ]);
  });

  it('finds a place named without a type word when the text explains it', () => {
    const text =
      'She lived at Brookvale, a supported living service. We live in Leeds, a big city.';
    expect(found(text)).toEqual([['place', 'Brookvale']]);
  });

  it('leaves generic services alone', () => {
    const text =
      'The care home and the Intensive Care Unit called Social Services and the Council.';
    expect(found(text)).toEqual([]);
  });
});

describe("people's names and staff", () => {
  it('finds first names alone and every later mention', () => {
    const text = "Paul came every day. Later Paul's wife came too.";
    expect(kindsOf(text, 'name')).toEqual(['Paul', 'Paul']);
  });

  it('turns named staff into their job title', () => {
    const text = 'Nurse Sarah Jones was kind but my social worker, Dave, never rang. Dave left.';
    const staff = suggestRedactions(text).filter((s) => s.kind === 'staff');
    expect(staff.map((s) => [text.slice(s.start, s.end), s.replacement])).toEqual([
      ['Nurse Sarah Jones', '[nurse]'],
      ['social worker, Dave', '[social worker]'],
      ['Dave', '[social worker]'],
    ]);
  });

  it('finds names after family words, titles and "called", in any case', () => {
    const text =
      'my son daniel and a man called tony. Mrs Kaur and pc ahmed came. Auntie Pat rang.';
    expect(found(text).map(([, t]) => t)).toEqual([
      'daniel',
      'tony',
      'Mrs Kaur',
      'pc ahmed',
      'Pat',
    ]);
  });

  it('does not suggest family words, days, months, faith words or services', () => {
    const text =
      'Mum and Dad told Social Services on Monday. God knows. At Christmas the Council and the Care Act helped. Nan said the NHS was good. I will mark the date and hope.';
    expect(found(text)).toEqual([]);
  });
});

describe('harder forms', () => {
  it('reads a story typed in capitals', () => {
    const text =
      'MY NAME IS JOHN SMITH AND I LIVE AT 4 HIGH STREET. MY CARER SUSAN HIT ME. I AM 67.';
    expect(found(text)).toEqual([
      ['name', 'JOHN SMITH'],
      ['address', '4 HIGH STREET'],
      ['staff', 'CARER SUSAN'],
      ['age', '67'],
    ]);
  });

  it('finds names with no cue when people do things, and names joined by "and"', () => {
    const text = 'Kayden and Precious did the evenings. I told Okonkwo. Thanks to Callum and Jade.';
    expect(kindsOf(text, 'name')).toEqual(['Kayden', 'Precious', 'Okonkwo', 'Callum', 'Jade']);
  });

  it('does not take towns or organisations for people', () => {
    const text =
      'I moved from Keighley to Ilkley and met people in Preston. Mencap and Victim Support helped.';
    expect(found(text)).toEqual([]);
  });

  it('finds titles with initials and surnames in capitals', () => {
    const text = 'Dr. S. Mahmood saw Miss Edna PICKLES and Mrs K. Barnes.';
    expect(found(text).map(([, t]) => t)).toEqual([
      'Dr. S. Mahmood',
      'Miss Edna PICKLES',
      'Mrs K. Barnes',
    ]);
  });

  it('finds ages in words and brackets, and years of birth', () => {
    const text = 'My gran is ninety-three. Nan (91) was born in 1933.';
    expect(found(text)).toEqual([
      ['age', 'ninety-three'],
      ['age', '91'],
      ['date_of_birth', '1933'],
    ]);
  });

  it('finds international prefixes and dates written out or dashed', () => {
    const text =
      'Call 0044 1632 960402 or +44-1632-960-401 about the third of March and 05-Jan-2024.';
    expect(found(text)).toEqual([
      ['phone', '0044 1632 960402'],
      ['phone', '+44-1632-960-401'],
      ['date', 'third of March'],
      ['date', '05-Jan-2024'],
    ]);
  });
});

describe('more everyday forms', () => {
  it('finds a name known only by what the person has ("Kirsty\'s mum")', () => {
    expect(kindsOf("Then Kirsty's mum rang the police.", 'name')).toEqual(['Kirsty']);
    expect(kindsOf("The Council's letter came late.", 'name')).toEqual([]);
  });

  it('does not run a lower-case name into text-speak ("carer ameera didnt")', () => {
    const text = 'my carer ameera didnt come and my daughter kerry found me';
    expect(found(text)).toEqual([
      ['staff', 'carer ameera'],
      ['name', 'kerry'],
    ]);
  });

  it('finds a lower-case name after "called" even when it is also a word', () => {
    expect(kindsOf('my mum is called grace and she is kind', 'name')).toEqual(['grace']);
  });

  it('finds ordinals after "on" without "the", but not "on 2nd floor"-style counts', () => {
    expect(kindsOf('They came on 12th and left on 2nd floor duty.', 'date')).toEqual(['12th']);
  });

  it('finds a month with a short year and an age between commas after a name', () => {
    expect(found("In Jan '23 Jean Whitehead, 84, moved to Oakfield Primary's old site.")).toEqual([
      ['date', "Jan '23"],
      ['name', 'Jean Whitehead'],
      ['age', '84'],
      ['place', 'Oakfield Primary'],
    ]);
  });
});

describe('offsets and overlaps', () => {
  it('counts offsets in UTF-16 code units after emoji and accented letters', () => {
    const text = '😀😢 Zoë and José rang from 07700 900123.';
    const phone = suggestRedactions(text).find((s) => s.kind === 'phone');
    expect(phone && text.slice(phone.start, phone.end)).toBe('07700 900123');
    expect(phone?.start).toBe(text.indexOf('07700'));
    for (const s of suggestRedactions(text))
      expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
  });

  it('returns sorted suggestions that never overlap', () => {
    const text =
      'Mr Thomas Okafor (DOB 03/07/1948) of Flat 2, 19 Victoria Road, Bradford BD7 1QX, NHS 806 282 0300, rang 020 7946 0381 on 9th October.';
    const suggestions = suggestRedactions(text);
    for (let i = 1; i < suggestions.length; i++) {
      expect((suggestions[i] as RedactionSuggestion).start).toBeGreaterThanOrEqual(
        (suggestions[i - 1] as RedactionSuggestion).end,
      );
    }
    expect(suggestions.map((s) => s.kind)).toEqual([
      'name',
      'date_of_birth',
      'address',
      'postcode',
      'nhs_number',
      'phone',
      'date',
    ]);
  });

  it('resolves overlaps by priority, then length, then position', () => {
    const resolved = resolveOverlaps([
      candidate(0, 10, 'name', '[name]'),
      candidate(2, 8, 'phone', '[phone number]'),
      candidate(8, 14, 'name', '[name]'),
      candidate(20, 25, 'date', '[date]'),
      candidate(20, 27, 'date', '[date]'),
    ]);
    expect(resolved.map((s) => [s.start, s.end, s.kind])).toEqual([
      [2, 8, 'phone'],
      [8, 14, 'name'],
      [20, 27, 'date'],
    ]);
  });

  it('gives nothing for empty or blank text', () => {
    expect(suggestRedactions('')).toEqual([]);
    expect(suggestRedactions('   \n ')).toEqual([]);
  });
});

describe('any input', () => {
  const piece = fc.constantFrom(
    'Paul',
    'my son',
    'Nurse',
    'Sarah Jones',
    '07700 900123',
    ' ',
    ', ',
    '. ',
    '\n',
    '😀',
    'é',
    'LS6 2AB',
    '943 476 5919',
    '3 March 2024',
    'aged 87',
    '14 Acacia Avenue',
    'Ward 7',
    'called',
    'social worker',
    'Mum',
    'the',
    'and',
    '@',
    'x@example.com',
    '(',
    ')',
    "'",
    'ÀÉÎ',
    '12/05/2024',
  );
  const story = fc.oneof(
    fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
    fc.string({ maxLength: 300 }),
  );

  it('always gives sorted, non-overlapping suggestions inside the text', () => {
    fc.assert(
      fc.property(story, (text) => {
        const suggestions = suggestRedactions(text);
        let previousEnd = 0;
        for (const s of suggestions) {
          expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
          expect(s.start).toBeGreaterThanOrEqual(previousEnd);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.replacement).toMatch(/^\[[^\]]+\]$/);
          const covered = text.slice(s.start, s.end);
          expect(covered.trim()).toBe(covered);
          previousEnd = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('hostile and long input', () => {
  // Linear patterns are checked by size, not a timed assertion: each input
  // would take minutes if a pattern backtracked catastrophically.
  it.each([
    ['10,000 digits', '7'.repeat(10_000)],
    ['many @ signs', '@'.repeat(5_000) + 'a@'.repeat(2_500)],
    ['digits and separators', '0 1-2.3 '.repeat(1_250)],
    ['capitalised words', 'Abc '.repeat(2_500)],
    ['a long word', 'a'.repeat(10_000)],
    ['slashes and dots', '1/2/3.4.5-6-'.repeat(800)],
    ['a thousand names and ages with no full stop', 'Jean Whitehead, 84, '.repeat(500)],
    ['names explained as places', 'Abc Def Ghi, a '.repeat(700)],
    ['capitals throughout', 'MY CARER SUSAN HIT ME '.repeat(450)],
  ])(
    'finishes on %s',
    (_name, text) => {
      expect(() => suggestRedactions(text)).not.toThrow();
    },
    5_000,
  );

  it('handles a 10,000-character story and finds details near its end', () => {
    const filler = 'The carers came and went and nobody listened to me at all. ';
    const text = `${filler.repeat(170)}Ring 07700 900123.`;
    expect(text.length).toBeGreaterThan(9_900);
    expect(kindsOf(text, 'phone')).toEqual(['07700 900123']);
  });
});
