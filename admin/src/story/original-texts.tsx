import type { OriginalText } from '../api/types.ts';

const PARTS: { key: keyof OriginalText; heading: string }[] = [
  { key: 'wantedOutcome', heading: 'What they wanted to happen' },
  { key: 'helpedMost', heading: 'What helped most' },
  { key: 'shouldChange', heading: 'What should change' },
];

/**
 * The person's other answers in their own words, shown once opened. The main story is shown in
 * the redaction editor; these are for context and are never published.
 */
export function OriginalTexts({ original }: { original: OriginalText }) {
  const present = PARTS.filter((p) => original[p.key]);
  if (present.length === 0) return null;
  return (
    <section aria-labelledby="other-words-heading">
      <h2 class="govuk-heading-m" id="other-words-heading">
        Their other answers in their own words
      </h2>
      <p class="govuk-hint">For context only: these are not part of the curated story.</p>
      {present.map((p) => (
        <div key={p.key}>
          <h3 class="govuk-heading-s">{p.heading}</h3>
          <p class="govuk-body heard-wrap">{original[p.key]}</p>
        </div>
      ))}
    </section>
  );
}
