import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { Message, MessageChanged, StoryMessages as StoryMessageList } from '../api/types.ts';
import { announce } from '../components/announce.ts';
import { formErrorsFrom } from '../components/form-errors.ts';
import { LoadError } from '../components/load-error.tsx';
import { useLoad } from '../components/use-load.ts';
import { MessageActions, type MessageChange } from '../messages/message-actions.tsx';
import { KIND_LABELS, stateSentence, statusTag } from '../messages/message-words.ts';

/**
 * "Messages about this story": what Heard has sent or will send about it (alerts, hearing back),
 * so a coordinator can stop a held message to the person before it goes (issue 13).
 */
export function StoryMessages({ storyId }: { storyId: number }) {
  const list = useLoad(
    (signal) => api.get<StoryMessageList>(`/stories/${storyId}/messages`, { signal }),
    [storyId],
  );
  const [busy, setBusy] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const now = new Date();

  const change = async (m: Message, what: MessageChange) => {
    setBusy(m.id);
    setProblem(null);
    try {
      await api.post<MessageChanged>(`/messages/${m.id}/${what}`, {});
      announce(`Message ${m.id} (“${m.subject}”) stopped. It will not be sent.`);
      list.reload();
    } catch (error) {
      setProblem(formErrorsFrom(error).general.join(' ') || 'The message was not changed.');
    } finally {
      setBusy(null);
    }
  };

  const items = list.data?.items ?? [];
  return (
    <section aria-labelledby="story-messages-heading">
      <h2 class="govuk-heading-m" id="story-messages-heading">
        Messages about this story
      </h2>
      {list.error && <LoadError error={list.error} retry={list.reload} />}
      {problem && (
        <p class="govuk-error-message" role="alert">
          <span class="govuk-visually-hidden">Error:</span> {problem}
        </p>
      )}
      {list.data && items.length === 0 && (
        <p class="govuk-body">No messages have been written about this story.</p>
      )}
      {items.length > 0 && (
        <ul class="govuk-list govuk-list--spaced">
          {items.map((m) => {
            const tag = statusTag(m);
            return (
              <li key={m.id} class="heard-wrap">
                <strong class={`govuk-tag ${tag.tag}`}>{tag.text}</strong> {KIND_LABELS[m.kind]} to{' '}
                {m.recipient}: “{m.subject}”
                <span class="govuk-body-s govuk-!-display-block">{stateSentence(m, now)}</span>
                {m.status === 'held' && (
                  <MessageActions
                    message={m}
                    offer={['stop']}
                    busy={busy === m.id}
                    onChange={change}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
