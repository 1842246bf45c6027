import type { Db } from '../../db/client.ts';
import type { StoryRow } from '../../db/schema.ts';
import type { Answers } from '../../domain/journey-flow.ts';
import { EXPERIENCE_CODES } from '../../domain/vocabulary.ts';
import type { Sealer } from '../crypto/sealer.ts';
import { isCurrentConsent } from '../moderation/uses.ts';

const EXPERIENCE_COLUMN = {
  listened: 'exp_listened',
  involved: 'exp_involved',
  dignity: 'exp_dignity',
  informed: 'exp_informed',
  understood_roles: 'exp_understood_roles',
  shared_when_needed: 'exp_shared_when_needed',
} as const satisfies Record<(typeof EXPERIENCE_CODES)[number], keyof StoryRow>;

/**
 * A stored story as the journey's flat answers (domain/journey-flow.ts), so the person's own copy
 * lists them as "check your answers" did. Opens the sealed free text: only for the person's own
 * copy, sealed again in the message row (decision 0093). Contact details are left out.
 */
export async function storyAsAnswers(
  db: Db,
  sealer: Sealer,
  story: StoryRow,
  now: Date,
): Promise<Answers> {
  const consents = await db
    .selectFrom('consent')
    .selectAll()
    .where('story_id', '=', story.id)
    .execute();
  const contact = await db
    .selectFrom('contact')
    .select(['method', 'safe_to_leave_message', 'message_wording'])
    .where('story_id', '=', story.id)
    .executeTakeFirst();
  const answers: Answers = {
    respondent: story.respondent,
    personKnows: story.person_knows ?? undefined,
    supportReason: story.support_reason,
    finished: story.finished,
    atRiskNow: story.at_risk_now ?? undefined,
    askedOutcomes: story.asked_outcomes,
    wantedOutcome:
      sealer.openOptional(story.wanted_outcome_sealed, 'story.wanted_outcome') ?? undefined,
    outcomeAchieved: story.outcome_achieved ?? undefined,
    feelSafer: story.feel_safer,
    helpToHaveSay: story.help_to_have_say,
    harmKinds: JSON.parse(story.harm_kinds) as string[],
    location: story.location ?? undefined,
    story: sealer.openOptional(story.story_sealed, 'story.story') ?? undefined,
    helpedMost: sealer.openOptional(story.helped_most_sealed, 'story.helped_most') ?? undefined,
    shouldChange:
      sealer.openOptional(story.should_change_sealed, 'story.should_change') ?? undefined,
    consents: consents.filter((c) => isCurrentConsent(c, now)).map((c) => c.purpose),
  };
  for (const code of EXPERIENCE_CODES)
    answers[`experience.${code}`] = story[EXPERIENCE_COLUMN[code]];
  if (contact) {
    answers['contact.method'] = contact.method;
    answers['contact.safeToLeaveMessage'] = contact.safe_to_leave_message === 1 ? 'yes' : 'no';
    answers['contact.messageWording'] = contact.message_wording;
  }
  return answers;
}
