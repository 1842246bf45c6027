import { useState } from 'preact/hooks';
import { announce } from './announce.ts';

export type CopyButtonProps = { text: string; label: string };

/**
 * Copies text to the clipboard and says "Copied" both visibly and through the live region.
 * Where the clipboard is unavailable it says so, so the person can select the text instead.
 */
export function CopyButton({ text, label }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
      announce('Copied');
    } catch {
      setState('failed');
      announce('Could not copy. Select the text and copy it yourself.');
    }
  };
  return (
    <p class="govuk-body">
      <button
        type="button"
        class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
        onClick={copy}
      >
        {label}
      </button>{' '}
      {state === 'copied' && <strong class="govuk-tag govuk-tag--green">Copied</strong>}
      {state === 'failed' && (
        <span class="govuk-body">Could not copy. Select the text and copy it yourself.</span>
      )}
    </p>
  );
}
