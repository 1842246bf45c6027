import {
  type Answers,
  type FieldDef,
  fieldApplies,
  optionKey,
  type PageDef,
  questionPages,
} from './journey-flow.ts';
import type { MessageKey } from './messages.ts';

/**
 * The person's answers in words, as "check your answers" lists them: one definition for the
 * journey's check page, its printable confirmation and the emailed copy of a story
 * (decision 0093). Pure: no Node or DOM APIs.
 */
export type AnswerRow = {
  /** The field name, or `consents.<purpose>` for one consent choice. */
  key: string;
  question: string;
  answer: string;
  page: PageDef;
};

type Translate = (key: MessageKey) => string;

function answerText(t: Translate, field: FieldDef, value: Answers[string]): string {
  if (field.kind === 'checkboxes') {
    const codes = Array.isArray(value) ? value : [];
    return codes.length > 0
      ? codes.map((c) => t(optionKey(field, c))).join('\n')
      : t('check.noneSelected');
  }
  if (typeof value !== 'string' || value.trim() === '') return t('check.notAnswered');
  return field.kind === 'radios' ? t(optionKey(field, value)) : value;
}

/** Every answer of every page that applies, each as a question and its answer in words. */
export function answerRows(t: Translate, answers: Answers): AnswerRow[] {
  const out: AnswerRow[] = [];
  for (const page of questionPages(answers)) {
    for (const field of page.fields) {
      if (!fieldApplies(field, answers)) continue;
      if (field.name === 'consents') {
        const granted = Array.isArray(answers.consents) ? answers.consents : [];
        for (const code of field.options ?? []) {
          out.push({
            key: `consents.${code}`,
            question: t(optionKey(field, code)),
            answer: granted.includes(code) ? t('check.consented') : t('check.notConsented'),
            page,
          });
        }
        continue;
      }
      out.push({
        key: field.name,
        question: t((field.labelKey ?? page.headingKey) as MessageKey),
        answer: answerText(t, field, answers[field.name]),
        page,
      });
    }
  }
  return out;
}

export type SummaryRow = { question: string; answer: string; consent: boolean };

/** Contact details never go into a copy: the address it is sent to may not be the person's own. */
const LEFT_OUT = new Set(['contact.name', 'contact.email', 'contact.phone']);

/** The rows for a copy that leaves the screen (the emailed copy): no contact details. */
export function summaryRows(t: Translate, answers: Answers): SummaryRow[] {
  return answerRows(t, answers)
    .filter((row) => !LEFT_OUT.has(row.key))
    .map(({ question, answer, page }) => ({ question, answer, consent: page.kind === 'consent' }));
}

/** Rows as plain text: each question, then its answer indented, a blank line between. */
export function summaryText(rows: readonly SummaryRow[]): string {
  return rows.map((r) => `${r.question}\n${r.answer.replace(/^/gm, '  ')}`).join('\n\n');
}
