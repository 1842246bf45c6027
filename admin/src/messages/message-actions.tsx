import { useEffect, useRef, useState } from 'preact/hooks';
import type { Message } from '../api/types.ts';
import { RowAction } from '../components/row-action.tsx';
import { messageName } from './message-words.ts';

export type MessageChange = 'stop' | 'retry' | 'send-now';

export type MessageActionsProps = {
  message: Message;
  /** The changes to offer here (the story page offers Stop only). */
  offer?: readonly MessageChange[];
  busy: boolean;
  onChange: (message: Message, change: MessageChange) => Promise<void>;
};

const CONFIRM: Record<'stop' | 'send-now', { question: string; yes: string }> = {
  stop: {
    question: 'Stop this message? It will not be sent unless someone tries it again.',
    yes: 'Yes, stop',
  },
  'send-now': {
    question: 'Send this message now, without waiting for its hold to end? This cannot be undone.',
    yes: 'Yes, send now',
  },
};

/**
 * Stop, Retry and Send now for one message, each named with the message for screen readers.
 * Stop and Send now cannot be undone by the recipient's side, so they ask first, in the row;
 * focus moves to the question, and back to the button on Cancel (WCAG 2.4.3).
 */
export function MessageActions({
  message: m,
  offer = ['stop', 'retry', 'send-now'],
  busy,
  onChange,
}: MessageActionsProps) {
  const [asking, setAsking] = useState<'stop' | 'send-now' | null>(null);
  const [focus, setFocus] = useState<'question' | 'stop' | 'send-now' | null>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const cell = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focus) return;
    if (focus === 'question') question.current?.focus();
    else cell.current?.querySelector<HTMLButtonElement>(`[data-change="${focus}"] button`)?.focus();
    setFocus(null);
  });

  const name = messageName(m);
  if (asking) {
    const words = CONFIRM[asking];
    return (
      <div class="heard-message-confirm" ref={cell}>
        <p class="govuk-body-s govuk-!-font-weight-bold" tabIndex={-1} ref={question}>
          {words.question}
        </p>
        <div class="govuk-button-group govuk-!-margin-bottom-0">
          <button
            type="button"
            class={`govuk-button govuk-!-margin-bottom-1 ${asking === 'stop' ? 'govuk-button--warning' : ''}`}
            disabled={busy}
            onClick={() => {
              setAsking(null);
              void onChange(m, asking);
            }}
          >
            {words.yes}
            <span class="govuk-visually-hidden"> {name}</span>
          </button>
          <button
            type="button"
            class="govuk-button govuk-button--secondary govuk-!-margin-bottom-1"
            onClick={() => {
              setFocus(asking);
              setAsking(null);
            }}
          >
            Cancel<span class="govuk-visually-hidden"> for {name}</span>
          </button>
        </div>
      </div>
    );
  }
  const shown = {
    stop: m.can.stop && offer.includes('stop'),
    retry: m.can.retry && offer.includes('retry'),
    'send-now': m.can.sendNow && offer.includes('send-now'),
  };
  if (!shown.stop && !shown.retry && !shown['send-now']) return null;
  return (
    <div ref={cell}>
      <ul class="govuk-list govuk-!-margin-bottom-0">
        {shown.stop && (
          <li data-change="stop">
            <RowAction
              context={name}
              disabled={busy}
              onClick={() => {
                setAsking('stop');
                setFocus('question');
              }}
            >
              Stop
            </RowAction>
          </li>
        )}
        {shown['send-now'] && (
          <li data-change="send-now">
            <RowAction
              context={name}
              disabled={busy}
              onClick={() => {
                setAsking('send-now');
                setFocus('question');
              }}
            >
              Send now
            </RowAction>
          </li>
        )}
        {shown.retry && (
          <li>
            <RowAction context={name} disabled={busy} onClick={() => void onChange(m, 'retry')}>
              Retry
            </RowAction>
          </li>
        )}
      </ul>
    </div>
  );
}
