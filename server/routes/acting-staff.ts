import type { SignedInEnv } from '../admin/admin-env.ts';
import type { StaffAct } from '../moderation/acting.ts';

/**
 * Who is acting in a signed-in request, from which address, and when: for the audit log. Takes
 * any context after requireRole (`actingStaff(c)`), whatever else its route has set.
 */
export const actingStaff = (c: { var: SignedInEnv['Variables'] }): StaffAct => ({
  userId: c.var.auth.user.id,
  address: c.var.address,
  now: c.var.deps.now(),
});
