import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type {
  CuratedInput,
  OriginalText,
  Redaction,
  StoryDetail,
  Tags,
  ThemeList,
  Vocabulary,
} from '../api/types.ts';
import { announce } from '../components/announce.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Checkboxes, Textarea, TextInput } from '../components/fields.tsx';
import { summaryOf } from '../components/form-errors.ts';
import { useFormAction } from '../components/use-form-action.ts';
import { useLoad } from '../components/use-load.ts';
import {
  HARM_LABELS,
  label,
  MSP_STEP_LABELS,
  PRINCIPLE_LABELS,
  WELLBEING_LABELS,
} from '../labels.ts';
import { RedactionEditor } from '../redaction/redaction-editor.tsx';

const EMPTY_TAGS: Tags = {
  principles: [],
  wellbeingAreas: [],
  harmKinds: [],
  mspSteps: [],
  themeIds: [],
};

export type CurateFormProps = {
  story: StoryDetail;
  original: OriginalText;
  onSaved: (story: StoryDetail) => void;
};

const FIELD_IDS: Record<string, string> = {
  title: 'curated-title',
  summary: 'curated-summary',
  text: 'preview',
  quotes: 'curated-quotes',
  'tags.principles': 'tags-principles',
  'tags.wellbeingAreas': 'tags-wellbeing',
  'tags.harmKinds': 'tags-harm',
  'tags.mspSteps': 'tags-msp',
  'tags.themeIds': 'tags-themes',
};

/**
 * Redaction, tagging and the curated story (title, summary, anonymised text, quotes only with
 * quote consent), saved separately from the sealed original.
 */
export function CurateForm({ story, original, onSaved }: CurateFormProps) {
  const saved = story.curated;
  const [title, setTitle] = useState(saved?.title ?? '');
  const [summary, setSummary] = useState(saved?.summary ?? '');
  const [quotes, setQuotes] = useState((saved?.quotes ?? []).join('\n'));
  const [tags, setTags] = useState<Tags>(
    saved?.tags ?? { ...EMPTY_TAGS, harmKinds: story.answers.harmKinds },
  );
  const [redactions, setRedactions] = useState<Redaction[]>([]);
  const [text, setText] = useState('');
  const form = useFormAction();
  const { errors, busy } = form;
  const mayQuote = story.uses.includes('quote');

  const vocabulary = useLoad((signal) => api.get<Vocabulary>('/vocabulary', { signal }), []);
  const themes = useLoad(
    (signal) => api.get<ThemeList>(`/boards/${story.boardId}/themes`, { signal }),
    [story.boardId],
  );
  const v = vocabulary.data;

  const submit = async (event: Event) => {
    event.preventDefault();
    const quoteList = mayQuote
      ? quotes
          .split('\n')
          .map((q) => q.trim())
          .filter(Boolean)
      : [];
    const local: Record<string, string> = {};
    if (!title.trim()) local['curated-title'] = 'Enter a title';
    else if (title.trim().length > 120)
      local['curated-title'] = 'The title must be 120 characters or fewer';
    if (!summary.trim()) local['curated-summary'] = 'Enter a summary';
    else if (summary.trim().length > 600)
      local['curated-summary'] = 'The summary must be 600 characters or fewer';
    const missing = quoteList.find((q) => !text.includes(q));
    if (missing)
      local['curated-quotes'] = `“${missing}” is not word for word in the anonymised story`;
    if (quoteList.length > 10) local['curated-quotes'] = 'Choose 10 quotes or fewer';
    if (form.invalid(local)) return;
    const body: CuratedInput = {
      title: title.trim(),
      summary: summary.trim(),
      text,
      redactions,
      quotes: quoteList,
      tags,
    };
    await form.run(async () => {
      onSaved(await api.put<StoryDetail>(`/stories/${story.id}/curated`, body));
      announce('Curated story saved');
    }, FIELD_IDS);
  };

  const group = (
    id: string,
    legend: string,
    codes: readonly (string | number)[],
    labels: Record<string, string>,
    key: keyof Tags,
  ) => (
    <Checkboxes
      id={id}
      legend={legend}
      legendClass="govuk-fieldset__legend--s"
      small
      options={codes.map((c) => ({ value: String(c), label: label(labels, String(c)) }))}
      values={tags[key].map(String)}
      onValues={(values) =>
        setTags({
          ...tags,
          [key]: key === 'mspSteps' || key === 'themeIds' ? values.map(Number) : values,
        })
      }
      error={errors.fields[id]}
    />
  );

  return (
    <>
      {original.story ? (
        <RedactionEditor
          original={original.story}
          saved={saved?.redactions ?? []}
          onChange={(r, t) => {
            setRedactions(r);
            setText(t);
          }}
        />
      ) : (
        <p class="govuk-body">The person did not write a story in their own words.</p>
      )}

      <form onSubmit={submit} noValidate aria-labelledby="curate-heading">
        <h2 class="govuk-heading-m" id="curate-heading">
          The curated story
        </h2>
        <ErrorSummary
          errors={summaryOf(errors, [
            'curated-title',
            'curated-summary',
            'curated-quotes',
            'tags-principles',
          ])}
        />
        <p class="govuk-body">
          This is what the Board may see. It is kept separately from the person’s original words.
        </p>
        <TextInput
          id="curated-title"
          label="Title"
          hint="A few words about what happened, with no personal details"
          value={title}
          onValue={setTitle}
          error={errors.fields['curated-title']}
        />
        <Textarea
          id="curated-summary"
          label="Summary"
          hint="2 or 3 sentences: what happened and what it tells us. Up to 600 characters."
          value={summary}
          onValue={setSummary}
          error={errors.fields['curated-summary']}
          rows={3}
        />
        {mayQuote ? (
          <Textarea
            id="curated-quotes"
            label="Quotes (optional)"
            hint="The person agreed to be quoted. Copy up to 10 quotes from the anonymised preview, one on each line, word for word."
            value={quotes}
            onValue={setQuotes}
            error={errors.fields['curated-quotes']}
            rows={3}
          />
        ) : (
          <p class="govuk-body">
            The person did not agree to be quoted, so this story cannot have quotes.
          </p>
        )}

        <h3 class="govuk-heading-s">Tags</h3>
        {vocabulary.error && (
          <p class="govuk-error-message">We could not load the tags. Reload the page.</p>
        )}
        {v && (
          <>
            {group(
              'tags-principles',
              'Safeguarding principles',
              v.principles,
              PRINCIPLE_LABELS,
              'principles',
            )}
            {group(
              'tags-wellbeing',
              'Wellbeing areas',
              v.wellbeingAreas,
              WELLBEING_LABELS,
              'wellbeingAreas',
            )}
            {group(
              'tags-harm',
              'Kinds of harm',
              v.harmKinds.map((h) => h.code),
              { ...HARM_LABELS, ...Object.fromEntries(v.harmKinds.map((h) => [h.code, h.label])) },
              'harmKinds',
            )}
            {group(
              'tags-msp',
              'Making Safeguarding Personal steps',
              v.mspSteps,
              MSP_STEP_LABELS,
              'mspSteps',
            )}
          </>
        )}
        {themes.data &&
          (themes.data.items.length > 0 ? (
            group(
              'tags-themes',
              'Local themes',
              themes.data.items.map((t) => t.id),
              Object.fromEntries(themes.data.items.map((t) => [String(t.id), t.label])),
              'themeIds',
            )
          ) : (
            <p class="govuk-body">This Board has no local themes yet.</p>
          ))}
        <button type="submit" class="govuk-button" disabled={busy || !original.story}>
          Save curated story
        </button>
      </form>
    </>
  );
}
