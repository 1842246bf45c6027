/**
 * Bank holidays in England and Wales, 2026 to 2028, used as a Board's non-working days when it
 * has saved none of its own (issue 13). Source: gov.uk's published list,
 * https://www.gov.uk/bank-holidays (also https://www.gov.uk/bank-holidays.json,
 * "england-and-wales"), including the substitute days when Christmas, Boxing Day or New Year's
 * Day fall at a weekend. A Board in Scotland or Northern Ireland, or one that keeps other days,
 * saves its own list on its "Alerts and response time" page. Add the next year's dates here
 * when gov.uk publishes them.
 */
export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly string[] = [
  // 2026
  '2026-01-01', // New Year's Day
  '2026-04-03', // Good Friday
  '2026-04-06', // Easter Monday
  '2026-05-04', // Early May bank holiday
  '2026-05-25', // Spring bank holiday
  '2026-08-31', // Summer bank holiday
  '2026-12-25', // Christmas Day
  '2026-12-28', // Boxing Day (substitute day)
  // 2027
  '2027-01-01', // New Year's Day
  '2027-03-26', // Good Friday
  '2027-03-29', // Easter Monday
  '2027-05-03', // Early May bank holiday
  '2027-05-31', // Spring bank holiday
  '2027-08-30', // Summer bank holiday
  '2027-12-27', // Christmas Day (substitute day)
  '2027-12-28', // Boxing Day (substitute day)
  // 2028
  '2028-01-03', // New Year's Day (substitute day)
  '2028-04-14', // Good Friday
  '2028-04-17', // Easter Monday
  '2028-05-01', // Early May bank holiday
  '2028-05-29', // Spring bank holiday
  '2028-08-28', // Summer bank holiday
  '2028-12-25', // Christmas Day
  '2028-12-26', // Boxing Day
];
