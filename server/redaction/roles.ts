/**
 * Job titles that turn a named person into a member of staff, with the
 * replacement that keeps the sentence readable ("my social worker, Dave" →
 * "my [social worker]"). Longest phrases first so "ward manager" beats "manager".
 */
const ROLE_PHRASES = [
  'community psychiatric nurse',
  'scheme manager',
  'hate crime officer',
  'safeguarding officer',
  'safeguarding worker',
  'safeguarding lead',
  'enquiry officer',
  'housing officer',
  'police officer',
  'probation officer',
  'liaison officer',
  'social worker',
  'support worker',
  'key worker',
  'keyworker',
  'care worker',
  'case worker',
  'caseworker',
  'outreach worker',
  'family worker',
  'day centre worker',
  'link worker',
  'care coordinator',
  'care co-ordinator',
  'discharge coordinator',
  'discharge co-ordinator',
  'district nurse',
  'community nurse',
  'staff nurse',
  'charge nurse',
  'mental health nurse',
  'ward manager',
  'home manager',
  'deputy manager',
  'care manager',
  'registered manager',
  'team manager',
  'agency manager',
  'practice manager',
  'team leader',
  'senior carer',
  'healthcare assistant',
  'health care assistant',
  'care assistant',
  'occupational therapist',
  'speech therapist',
  'physiotherapist',
  'physio',
  'therapist',
  'psychiatrist',
  'psychologist',
  'consultant',
  'doctor',
  'gp',
  'paramedic',
  'advocate',
  'imca',
  'interpreter',
  'translator',
  'policewoman',
  'policeman',
  'police woman',
  'police man',
  'pcso',
  'detective',
  'officer',
  'warden',
  'teacher',
  'tutor',
  'receptionist',
  'matron',
  'midwife',
  'pharmacist',
  'nurse',
  'carer',
  'manager',
  'coordinator',
  'co-ordinator',
  'ot',
  'hca',
  'worker',
  'volunteer',
  'befriender',
  'cpn',
  'amhp',
  'idva',
  'isva',
  'rmn',
  'member of staff',
  'staff member',
  'solicitor',
  'deputy',
] as const;

const ROLE_RE = new RegExp(
  `(?<![\\p{L}])(${ROLE_PHRASES.map((r) => r.replace(/[-]/g, '[- ]?').replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`,
  'giu',
);

/** Every role phrase in `text` with its offsets. */
export function findRoles(text: string): Array<{ start: number; end: number; role: string }> {
  const out: Array<{ start: number; end: number; role: string }> = [];
  for (const m of text.matchAll(ROLE_RE)) {
    out.push({ start: m.index, end: m.index + m[0].length, role: m[0] });
  }
  return out;
}

const TITLE_ROLES: Record<string, string> = {
  dr: 'doctor',
  doctor: 'doctor',
  nurse: 'nurse',
  sister: 'nurse',
  matron: 'nurse',
  pc: 'police officer',
  wpc: 'police officer',
  dc: 'police officer',
  ds: 'police officer',
  di: 'police officer',
  dci: 'police officer',
  sgt: 'police officer',
  sergeant: 'police officer',
  constable: 'police officer',
  inspector: 'police officer',
  pcso: 'police officer',
  officer: 'officer',
  prof: 'professor',
  professor: 'professor',
  cllr: 'councillor',
  councillor: 'councillor',
};

/** The job a professional title implies ("Dr" → doctor), or undefined for Mr/Mrs/Ms. */
export function roleOfTitle(title: string): string | undefined {
  return TITLE_ROLES[title.toLowerCase().replace(/\.$/, '')];
}

/** The replacement for a role as written: "Social Worker" → "[social worker]", "GP" → "[GP]". */
export function roleReplacement(role: string): string {
  const r = role.toLowerCase().replace(/\s+/g, ' ');
  if (r === 'gp') return '[GP]';
  if (r === 'ot') return '[occupational therapist]';
  if (r === 'hca') return '[healthcare assistant]';
  if (r === 'imca' || r === 'idva' || r === 'isva') return '[advocate]';
  if (r === 'cpn' || r === 'rmn') return '[nurse]';
  if (r === 'amhp') return '[mental health professional]';
  if (r === 'pcso') return '[police officer]';
  if (r === 'physio') return '[physiotherapist]';
  if (r === 'police man' || r === 'policeman' || r === 'police woman' || r === 'policewoman')
    return '[police officer]';
  if (r === 'worker' || r === 'member of staff' || r === 'staff member') return '[member of staff]';
  return `[${r}]`;
}
