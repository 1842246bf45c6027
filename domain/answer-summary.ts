import {
  type Answers,
  type FieldDef,
  fieldApplies,
  optionKey,
  questionPages,
} from './journey-flow.ts';
import type { MessageKey } from './messages.ts';

/**
 * The person's answers as "check your answers" lists them (the same pages, fields and labels as
 * widget/journey/pages/check-page.tsx), as plain rows for a copy that leaves the screen: the
 * emailed copy of a story (decision 0093). Pure: no Node or DOM APIs.
 */
export type SummaryRow = { question: string; answer: string; consent: boolean };

type Translate = (key: MessageKey) => string;

/** Contact details never go into a copy: the address it is sent to may not be the person's own. */
const LEFT_OUT = new Set(['contact.name', 'contact.email', 'contact.phone']);

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

export function summaryRows(t: Translate, answers: Answers): SummaryRow[] {
  const out: SummaryRow[] = [];
  for (const page of questionPages(answers)) {
    for (const field of page.fields) {
      if (!fieldApplies(field, answers) || LEFT_OUT.has(field.name)) continue;
      if (field.name === 'consents') {
        const granted = Array.isArray(answers.consents) ? answers.consents : [];
        for (const code of field.options ?? []) {
          out.push({
            question: t(optionKey(field, code)),
            answer: granted.includes(code) ? t('check.consented') : t('check.notConsented'),
            consent: true,
          });
        }
        continue;
      }
      out.push({
        question: t((field.labelKey ?? page.headingKey) as MessageKey),
        answer: answerText(t, field, answers[field.name]),
        consent: page.kind === 'consent',
      });
    }
  }
  return out;
}

/** Rows as plain text: each question, then its answer indented, a blank line between. */
export function summaryText(rows: readonly SummaryRow[]): string {
  return rows.map((r) => `${r.question}\n${r.answer.replace(/^/gm, '  ')}`).join('\n\n');
}
