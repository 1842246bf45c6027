/**
 * Small wording helpers for staff messages (issue 13). Staff messages say what happened and
 * link into /admin; never story words, names, contact details or a reference.
 */

const whenFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "Tuesday 8 December 2026 at 10:00" (UK time). */
export function ukTime(instant: Date): string {
  const parts = Object.fromEntries(
    whenFormat.formatToParts(instant).map((p) => [p.type, p.value] as const),
  );
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute}`;
}

/** A link into the admin app, from the configured public base (never a request's Host). */
export const adminLink = (linkBase: string, path: string) =>
  `${linkBase.replace(/\/+$/, '')}${path}`;
