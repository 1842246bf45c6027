import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseDigits } from '../../domain/digits.ts';
import { PAGES, validatePage } from '../../domain/journey-flow.ts';
import { StoryInputSchema } from '../../domain/story-schema.ts';
import { createStory } from '../../server/stories/create-story.ts';
import { representativeStory } from '../support/fixtures.ts';
import { referenceHashOf } from '../support/references.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

// Issue 8: a phone number typed in Arabic-Indic, Eastern Arabic (Urdu), Bengali or full-width
// digits is accepted and stored in the digits a UK phone dials.

const SYSTEMS = {
  ascii: 0x30,
  arabicIndic: 0x0660,
  easternArabic: 0x06f0,
  bengali: 0x09e6,
  fullWidth: 0xff10,
} as const;

const writeIn = (zero: number, ascii: string, fullWidthSigns: boolean) =>
  ascii.replace(/[0-9+()-]/g, (ch) => {
    if (/[0-9]/.test(ch)) return String.fromCodePoint(zero + Number(ch));
    if (!fullWidthSigns) return ch;
    return { '+': '\uff0b', '(': '\uff08', ')': '\uff09', '-': '\uff0d' }[ch] ?? ch;
  });

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

/** Valid UK numbers as people write them: mobile, geographic, London, +44, with spaces or not. */
const ukNumber = fc.oneof(
  digits(3).map((d) => `07700 900${d}`),
  digits(3).map((d) => `07700900${d}`),
  digits(3).map((d) => `01632 960${d}`),
  digits(3).map((d) => `(01632) 960 ${d}`),
  digits(3).map((d) => `020 7946 0${d}`),
  digits(3).map((d) => `+44 7700 900${d}`),
  digits(3).map((d) => `+44 (0)20-7946-0${d}`),
);

const system = fc.constantFrom(...(Object.values(SYSTEMS) as number[]));

const storyWithPhone = (phone: string) =>
  representativeStory({ contact: { method: 'phone', phone, safeToLeaveMessage: true } });

describe('phone numbers in other digit systems', () => {
  it('reads each system as the same digits', () => {
    expect(normaliseDigits('٠٧٧٠٠ ٩٠٠ ٩٨٢')).toBe('07700 900 982');
    expect(normaliseDigits('۰۷۷۰۰ ۹۰۰ ۹۸۲')).toBe('07700 900 982');
    expect(normaliseDigits('০৭৭০০ ৯০০ ৯৮২')).toBe('07700 900 982');
    expect(normaliseDigits('＋４４ ７７００ ９００９８２')).toBe('+44 7700 900982');
    // Letters and other text are left alone, so the schema still refuses them.
    expect(normaliseDigits('call me')).toBe('call me');
  });

  it('accepts any valid UK number in any of the systems, and stores it in ASCII digits', () => {
    fc.assert(
      fc.property(ukNumber, system, fc.boolean(), (ascii, zero, signs) => {
        const typed = writeIn(zero, ascii, signs && zero === SYSTEMS.fullWidth);
        const parsed = StoryInputSchema.safeParse(storyWithPhone(typed));
        expect(parsed.success).toBe(true);
        expect(parsed.data?.contact?.phone).toBe(ascii);
        // The journey's own check in the browser agrees with the server.
        const contact = PAGES.find((p) => p.kind === 'contact');
        if (!contact) throw new Error('no contact page');
        const errors = validatePage(contact, {
          'contact.method': 'phone',
          'contact.phone': typed,
          'contact.safeToLeaveMessage': 'yes',
        }).filter((e) => e.field === 'contact.phone');
        expect(errors).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('still refuses what is not a phone number, whatever the digits', () => {
    fc.assert(
      fc.property(system, digits(4), (zero, d) => {
        // Too few digits, and letters, are refused in every system.
        expect(StoryInputSchema.safeParse(storyWithPhone(writeIn(zero, d, false))).success).toBe(
          false,
        );
        expect(
          StoryInputSchema.safeParse(storyWithPhone(writeIn(zero, `0770 ext ${d}`, false))).success,
        ).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  describe('stored', () => {
    let deps: TestDeps;
    beforeAll(async () => {
      deps = await createTestDeps();
    });
    afterAll(async () => deps.cleanup());

    it('keeps the number in ASCII digits, sealed', async () => {
      const site = deps.sqlite
        .prepare("select id, board_id from site where key = 'demo'")
        .get() as {
        id: number;
        board_id: number;
      };
      for (const zero of Object.values(SYSTEMS)) {
        const { reference } = await createStory(deps, {
          siteId: site.id,
          boardId: site.board_id,
          input: StoryInputSchema.parse(storyWithPhone(writeIn(zero, '07700 900982', false))),
        });
        const row = deps.sqlite
          .prepare(
            'select phone_sealed from contact where story_id = (select story_id from reference where code_hash = ?)',
          )
          .get(referenceHashOf(deps, reference)) as { phone_sealed: string };
        expect(deps.sealer.open(row.phone_sealed, 'contact.phone')).toBe('07700 900982');
      }
    });
  });
});
