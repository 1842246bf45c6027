import { Hono } from 'hono';
import { z } from 'zod';
import {
  CONSENT_PURPOSES,
  HARM_KINDS,
  MSP_STEPS,
  PRINCIPLES,
  STORY_STATUSES,
  WELLBEING_AREAS,
} from '../../domain/vocabulary.ts';
import type { AdminEnv } from '../admin/admin-env.ts';
import { requireRole, requireSignedIn } from '../auth/require-auth.ts';
import { validate } from '../http/validate.ts';
import { CHECK_OUTCOMES } from '../moderation/statuses.ts';
import { USES } from '../moderation/uses.ts';
import { suggestRedactions } from '../redaction/suggest.ts';

const SuggestSchema = z.strictObject({
  text: z.string().max(20_000, 'Send at most 20,000 characters at a time'),
});

/** Tag lists and codes for the admin UI, and redaction suggestions for coordinators. */
export const adminVocabularyRoutes = new Hono<AdminEnv>()
  .get('/admin/api/vocabulary', requireSignedIn(), (c) =>
    c.json({
      principles: PRINCIPLES,
      wellbeingAreas: WELLBEING_AREAS,
      harmKinds: HARM_KINDS,
      mspSteps: MSP_STEPS,
      storyStatuses: STORY_STATUSES,
      checkOutcomes: CHECK_OUTCOMES,
      consentPurposes: CONSENT_PURPOSES,
      uses: USES,
    }),
  )
  .post(
    '/admin/api/redactions/suggest',
    requireRole('coordinator'),
    validate('json', SuggestSchema),
    (c) => c.json({ suggestions: suggestRedactions(c.req.valid('json').text) }),
  );
