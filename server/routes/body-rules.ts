import type { Context } from 'hono';
import { ADMIN_BODY_LIMIT, adminTooLarge } from '../admin/guard.ts';
import type { AppEnv } from '../app-env.ts';
import type { BodyRule } from '../http/body-limit.ts';
import { problem } from '../http/problem.ts';
import { FORM_BODY_LIMIT, formTooLarge } from '../journey/journey-headers.ts';
import { STORY_BODY_LIMIT, storyTooLarge } from '../stories/receive-story.ts';
import { WITHDRAW_BODY_LIMIT, withdrawTooLarge } from '../withdrawal/withdraw-response.ts';

/** Any other path reads no body: the smallest limit, so a path spelled oddly is never looser. */
const OTHER_BODY_LIMIT = 16 * 1024;

const STORY: BodyRule = { maxSize: STORY_BODY_LIMIT, tooLarge: storyTooLarge };
const FORM: BodyRule = { maxSize: FORM_BODY_LIMIT, tooLarge: formTooLarge };
const WITHDRAW: BodyRule = { maxSize: WITHDRAW_BODY_LIMIT, tooLarge: withdrawTooLarge };
const ADMIN: BodyRule = { maxSize: ADMIN_BODY_LIMIT, tooLarge: adminTooLarge };
const OTHER: BodyRule = {
  maxSize: OTHER_BODY_LIMIT,
  tooLarge: (c) => problem(c, { status: 413, title: 'Request too large' }),
};

/**
 * The body limit for a request, chosen by path before any route runs (app.ts, decision 0068),
 * each with the route's own kind of 413: problem+json for the APIs, a page for the HTML forms.
 */
export function bodyRuleFor(c: Context<AppEnv>): BodyRule {
  const path = c.req.path;
  if (path === '/api/v1/stories') return STORY;
  if (path.startsWith('/tell/')) return FORM;
  if (path === '/withdraw' || path.startsWith('/withdraw/')) return WITHDRAW;
  if (path.startsWith('/admin/api/')) return ADMIN;
  return OTHER;
}
