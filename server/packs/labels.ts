/** Plain-English labels used by every pack format (HTML, Word, PDF), so they say the same thing. */
export const ANSWER_LABEL: Record<string, string> = {
  yes_expressed: 'Asked, and said what they wanted',
  yes_not_expressed: 'Asked, but did not say',
  no: 'No',
  dont_know: 'Don’t know',
  fully: 'Fully',
  partly: 'Partly',
  a_lot: 'A lot safer',
  a_bit: 'A bit safer',
  no_different: 'No different',
  less_safe: 'Less safe',
  yes_completely: 'Yes, completely',
  yes_partly: 'Yes, partly',
  not_applicable: 'Does not apply',
};

export const EXPERIENCE_LABEL: Record<string, string> = {
  listened: 'I was listened to',
  involved: 'I was involved as much as I wanted',
  dignity: 'I was treated with dignity and respect',
  informed: 'I was kept informed',
  understood_roles: 'I understood who everyone was',
  shared_when_needed: 'My information was shared only when needed',
};

export const STATUS_LABEL: Record<string, string> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  in_progress: 'In progress',
  done: 'Done',
  not_taken_forward: 'Not taken forward',
};

export const GROUP_LABEL = { adult: 'Adults', representative: 'Representatives' } as const;

export const METHOD_TEXT = [
  'These are people’s own answers, given through Heard by adults who had safeguarding support and by people telling it for them. They are self-reported, not Safeguarding Adults Collection figures, and people chose to take part, so they are not a random sample.',
  'Adults and representatives are always shown apart. Counts of 0 to 4 are shown as [c] and other counts are rounded to the nearest 5; percentages are worked out on the unrounded counts, and are withheld where a figure in the same table is hidden, so that no small number can be worked out.',
  'Stories are anonymised by the forum coordinator and shared only with the person’s permission to share them with the Board. A story the person withdraws leaves every pack not yet issued.',
];

export const plain = (code: string) => ANSWER_LABEL[code] ?? code.replaceAll('_', ' ');
