import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { Redaction, Suggestions } from '../api/types.ts';
import { announce } from '../components/announce.ts';
import { Select, TextInput } from '../components/fields.tsx';
import { TableScroll } from '../components/table-scroll.tsx';
import { label, REDACTION_KIND_LABELS } from '../labels.ts';
import {
  anonymise,
  appliedRedactions,
  findOccurrences,
  fromSaved,
  type ManualRedaction,
  overlaps,
  type SuggestionState,
  segments,
  tidySelection,
} from './spans.ts';

const REPLACEMENTS = [
  '[name]',
  '[person]',
  '[family member]',
  '[member of staff]',
  '[place]',
  '[care home]',
  '[hospital]',
  '[ward]',
  '[street]',
  '[date]',
  '[age]',
  '[phone number]',
  '[email address]',
  '[organisation]',
];

export type RedactionEditorProps = {
  original: string;
  /** Redactions from a saved curated story, to restore the coordinator's earlier decisions. */
  saved: readonly Redaction[];
  onChange: (redactions: Redaction[], anonymised: string) => void;
};

let manualCounter = 0;

/**
 * The redaction editor. Suggestions from the API are marked in the original with brackets,
 * underline and a text label (not colour alone, WCAG 1.4.1) and mirrored by a checkbox list
 * that works by keyboard. The coordinator adds their own redactions by selecting words in a
 * read-only text box (mouse, or Shift+arrow keys) or by typing the exact words.
 */
export function RedactionEditor({ original, saved, onChange }: RedactionEditorProps) {
  const [suggestions, setSuggestions] = useState<SuggestionState[]>([]);
  const [manual, setManual] = useState<ManualRedaction[]>([]);
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [replacement, setReplacement] = useState('[name]');
  const [custom, setCustom] = useState('');
  const [typed, setTyped] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const source = useRef<HTMLTextAreaElement>(null);

  const loadSuggestions = async () => {
    setStatus('loading');
    try {
      const result = await api.post<Suggestions>('/redactions/suggest', {
        text: original,
      });
      const restored = fromSaved(saved, result.suggestions);
      setSuggestions(restored.suggestions);
      setManual(restored.manual);
      setStatus('ready');
      const n = result.suggestions.length;
      announce(`${n} ${n === 1 ? 'suggestion' : 'suggestions'} found`);
    } catch {
      const restored = fromSaved(saved, []);
      setManual(restored.manual);
      setStatus('failed');
    }
  };

  useEffect(() => {
    void loadSuggestions();
  }, [original]);

  const applied = useMemo(() => appliedRedactions(suggestions, manual), [suggestions, manual]);
  const preview = useMemo(() => anonymise(original, applied), [original, applied]);
  useEffect(() => onChange(applied, preview), [applied, preview]);

  const chosenReplacement = () => (replacement === 'custom' ? custom.trim() : replacement);

  const addManual = (ranges: { start: number; end: number }[], errorField: string): boolean => {
    const replaceWith = chosenReplacement();
    if (!replaceWith) {
      setErrors({ 'redact-custom': 'Enter the words to put in place of the removed words' });
      return false;
    }
    const fresh = ranges.filter((r) => !manual.some((m) => m.start === r.start && m.end === r.end));
    const clash = fresh.find((r) => manual.some((m) => overlaps(m, r)));
    if (clash) {
      setErrors({
        [errorField]: `“${original.slice(clash.start, clash.end)}” overlaps one of your redactions. Remove that one first, or choose other words.`,
      });
      return false;
    }
    if (fresh.length === 0) {
      setErrors({ [errorField]: 'Those words are already removed' });
      return false;
    }
    setErrors({});
    setManual([
      ...manual,
      ...fresh.map((r) => ({
        id: `m${++manualCounter}`,
        start: r.start,
        end: r.end,
        replacement: replaceWith,
      })),
    ]);
    const words = original.slice(fresh[0]?.start ?? 0, fresh[0]?.end ?? 0);
    announce(
      `Removed “${words}”${fresh.length > 1 ? ` in ${fresh.length} places` : ''}, replaced with ${replaceWith}. The preview is updated.`,
    );
    return true;
  };

  const redactSelection = () => {
    const el = source.current;
    const range = el ? tidySelection(original, el.selectionStart, el.selectionEnd) : null;
    if (!range) {
      setErrors({
        'redact-source':
          'Select the words to remove first: hold Shift and use the arrow keys, or drag with the mouse',
      });
      el?.focus();
      return;
    }
    addManual([range], 'redact-source');
  };

  const redactTyped = (event: Event) => {
    event.preventDefault();
    if (!typed.trim()) {
      setErrors({
        'redact-words': 'Enter the words to remove, exactly as they appear in the story',
      });
      return;
    }
    const found = findOccurrences(original, typed);
    if (found.length === 0) {
      setErrors({
        'redact-words': `We could not find “${typed.trim()}” in the story. Check the spelling, or select the words in the text box instead`,
      });
      return;
    }
    if (addManual(found, 'redact-words')) setTyped('');
  };

  const toggle = (id: string, accepted: boolean) => {
    setSuggestions(suggestions.map((s) => (s.id === id ? { ...s, accepted } : s)));
  };
  const setAll = (accepted: boolean) => {
    setSuggestions(suggestions.map((s) => ({ ...s, accepted })));
    announce(accepted ? 'All suggestions will be removed' : 'All suggestions will be kept');
  };
  const removeManual = (m: ManualRedaction) => {
    setManual(manual.filter((x) => x.id !== m.id));
    announce(`“${original.slice(m.start, m.end)}” is back in the preview`);
  };

  const acceptedCount = suggestions.filter((s) => s.accepted).length;
  const supersededIds = new Set(
    suggestions.filter((s) => manual.some((m) => overlaps(m, s))).map((s) => s.id),
  );

  return (
    <section class="heard-editor" aria-labelledby="redact-heading">
      <h2 class="govuk-heading-m" id="redact-heading">
        Remove details that could identify anyone
      </h2>
      <p class="govuk-body">
        Remove names of people, care homes, wards, hospitals and streets, postcodes, phone numbers,
        email addresses, NHS numbers, dates and ages. Name staff by their job, for example “the
        social worker”. Ask yourself whether someone who knows the people involved could work out
        who this is.
      </p>

      <h3 class="govuk-heading-s" id="marked-heading">
        The story with details marked
      </h3>
      <p class="govuk-hint" id="marked-hint">
        Details to be removed are in square brackets, underlined and labelled “will be removed”.
        Details you decided to keep are labelled “kept”.
      </p>
      <section
        class="heard-original"
        aria-labelledby="marked-heading"
        aria-describedby="marked-hint"
      >
        {segments(original, suggestions, manual).map((seg) => {
          const words = original.slice(seg.start, seg.end);
          if (seg.type === 'text') return words;
          if (seg.type === 'manual') {
            return (
              <span class="heard-span heard-span--manual" key={`m${seg.start}`}>
                [{words}]
                <span class="heard-span__label">
                  {' '}
                  (your redaction: will be removed, becomes {seg.manual.replacement})
                </span>
              </span>
            );
          }
          const s = seg.suggestion;
          return (
            <span
              class={`heard-span ${s.accepted ? 'heard-span--accepted' : 'heard-span--rejected'}`}
              key={`s${seg.start}`}
            >
              [{words}]
              <span class="heard-span__label">
                {' '}
                ({label(REDACTION_KIND_LABELS, s.kind)}:{' '}
                {s.accepted ? `will be removed, becomes ${s.replacement}` : 'kept'})
              </span>
            </span>
          );
        })}
      </section>

      {status === 'loading' && (
        <p class="govuk-body" aria-busy="true">
          Looking for personal details…
        </p>
      )}
      {status === 'failed' && (
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">Warning</span>
            We could not look for personal details automatically. Remove them yourself below, or{' '}
            <button type="button" class="heard-link-button" onClick={() => void loadSuggestions()}>
              try the suggestions again
            </button>
            .
          </strong>
        </div>
      )}
      {status === 'ready' && (
        <div class="govuk-form-group">
          <fieldset class="govuk-fieldset" aria-describedby="suggestions-hint">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
              <h3 class="govuk-fieldset__heading">
                Suggested details to remove ({suggestions.length})
              </h3>
            </legend>
            <div class="govuk-hint" id="suggestions-hint">
              {suggestions.length === 0
                ? 'We found no personal details. Read the story carefully: add your own redactions below.'
                : `Ticked details will be removed (${acceptedCount} of ${suggestions.length}). Untick anything that is not a personal detail.`}
            </div>
            {suggestions.length > 0 && (
              <div class="govuk-checkboxes govuk-checkboxes--small">
                {suggestions.map((s) => (
                  <div class="govuk-checkboxes__item" key={s.id}>
                    <input
                      class="govuk-checkboxes__input"
                      type="checkbox"
                      id={`suggestion-${s.id}`}
                      checked={s.accepted}
                      onChange={(e) => toggle(s.id, e.currentTarget.checked)}
                      aria-describedby={
                        supersededIds.has(s.id) ? `suggestion-${s.id}-hint` : undefined
                      }
                    />
                    <label class="govuk-label govuk-checkboxes__label" for={`suggestion-${s.id}`}>
                      Remove “{original.slice(s.start, s.end)}” (
                      {label(REDACTION_KIND_LABELS, s.kind)}), replace with {s.replacement}
                    </label>
                    {supersededIds.has(s.id) && (
                      <div class="govuk-hint govuk-checkboxes__hint" id={`suggestion-${s.id}-hint`}>
                        Covered by one of your own redactions
                      </div>
                    )}
                  </div>
                ))}
              </div>
            )}
          </fieldset>
          {suggestions.length > 1 && (
            <div class="govuk-button-group govuk-!-margin-top-4">
              <button
                type="button"
                class="govuk-button govuk-button--secondary"
                onClick={() => setAll(true)}
              >
                Tick all suggestions
              </button>
              <button
                type="button"
                class="govuk-button govuk-button--secondary"
                onClick={() => setAll(false)}
              >
                Untick all suggestions
              </button>
            </div>
          )}
        </div>
      )}

      <h3 class="govuk-heading-s">Your own redactions</h3>
      <Select
        id="redact-replacement"
        label="Replace the words you remove with"
        value={replacement}
        onValue={setReplacement}
        options={[
          ...REPLACEMENTS.map((r) => ({ value: r, label: r })),
          { value: 'custom', label: 'Other words, for example a job title' },
        ]}
      />
      {replacement === 'custom' && (
        <TextInput
          id="redact-custom"
          label="Words to put in their place"
          hint="For example: the social worker, the care home manager"
          value={custom}
          onValue={setCustom}
          error={errors['redact-custom']}
          width="20"
        />
      )}
      <div class={`govuk-form-group${errors['redact-source'] ? ' govuk-form-group--error' : ''}`}>
        <label class="govuk-label govuk-label--s" for="redact-source">
          Select words in the story to remove
        </label>
        <div class="govuk-hint" id="redact-source-hint">
          Drag across the words with the mouse. With the keyboard: move to the first word with the
          arrow keys, then hold Shift and press the right arrow until the words are selected. Then
          choose “Remove selected words”.
        </div>
        {errors['redact-source'] && (
          <p class="govuk-error-message" id="redact-source-error">
            <span class="govuk-visually-hidden">Error:</span> {errors['redact-source']}
          </p>
        )}
        <textarea
          ref={source}
          class={`govuk-textarea heard-selection-source${errors['redact-source'] ? ' govuk-textarea--error' : ''}`}
          id="redact-source"
          rows={8}
          // Not `readonly`: Chromium gives a read-only textarea no caret, so Shift+arrow keys
          // cannot select in it. Instead every edit is refused, and aria-readonly tells screen
          // readers the text cannot be changed.
          aria-readonly="true"
          spellcheck={false}
          value={original}
          onBeforeInput={(e) => e.preventDefault()}
          onPaste={(e) => e.preventDefault()}
          onCut={(e) => e.preventDefault()}
          onDrop={(e) => e.preventDefault()}
          onInput={(e) => {
            // An edit that slipped past beforeinput (e.g. IME composition) is undone at once.
            const el = e.currentTarget;
            if (el.value !== original) el.value = original;
          }}
          aria-describedby={`redact-source-hint${errors['redact-source'] ? ' redact-source-error' : ''}`}
        />
      </div>
      <button type="button" class="govuk-button govuk-button--secondary" onClick={redactSelection}>
        Remove selected words
      </button>

      <form onSubmit={redactTyped} noValidate aria-label="Remove words by typing them">
        <TextInput
          id="redact-words"
          label="Or type the exact words to remove"
          hint="Every place these words appear in the story is removed."
          value={typed}
          onValue={setTyped}
          error={errors['redact-words']}
          width="20"
          spellcheck={false}
        />
        <button type="submit" class="govuk-button govuk-button--secondary">
          Remove these words
        </button>
      </form>

      {manual.length > 0 && (
        <TableScroll label="Your redactions table">
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--s">Your redactions</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  Words
                </th>
                <th scope="col" class="govuk-table__header">
                  Replaced with
                </th>
                <th scope="col" class="govuk-table__header">
                  <span class="govuk-visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {[...manual]
                .sort((a, b) => a.start - b.start)
                .map((m) => (
                  <tr class="govuk-table__row" key={m.id}>
                    <td class="govuk-table__cell heard-wrap">{original.slice(m.start, m.end)}</td>
                    <td class="govuk-table__cell">{m.replacement}</td>
                    <td class="govuk-table__cell">
                      <button
                        type="button"
                        class="heard-link-button"
                        onClick={() => removeManual(m)}
                      >
                        Undo
                        <span class="govuk-visually-hidden">
                          {' '}
                          removing “{original.slice(m.start, m.end)}”
                        </span>
                      </button>
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </TableScroll>
      )}

      <h3 class="govuk-heading-s" id="preview-heading">
        Preview of the anonymised story
      </h3>
      <section class="heard-preview" id="preview" aria-labelledby="preview-heading">
        {preview}
      </section>
    </section>
  );
}
