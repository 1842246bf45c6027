import { useEffect, useRef, useState } from 'preact/hooks';
import { announce } from '../components/announce.ts';
import { Select } from '../components/fields.tsx';
import { formatDate } from '../components/format.ts';
import { LoadError } from '../components/load-error.tsx';
import { Page } from '../components/page.tsx';
import { useBoardChoice, useBoardItems } from '../components/use-board-list.ts';
import { ActionForm } from './action-form.tsx';
import { type ActionView, MEASURE_CHOICES, STATUS_LABEL, STATUS_TAG } from './action-types.ts';

const measureLabel = (code: string) => MEASURE_CHOICES.find((m) => m.value === code)?.label ?? code;

/**
 * "You said, we did": the Board's actions in answer to what people told it, with a form to add
 * or change one. Published actions appear on the Board's public page.
 */
export default function ActionsPage() {
  const { boards, boardId, setBoardId } = useBoardChoice();
  const actions = useBoardItems<ActionView>(boardId, '/actions');
  const [editing, setEditing] = useState<ActionView | undefined>(undefined);
  const [focusCard, setFocusCard] = useState<number | null>(null);
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // After saving, focus goes to the saved action's heading, so the person hears the result.
    if (focusCard === null) return;
    const el = list.current?.querySelector<HTMLElement>(`#action-${focusCard}-title`);
    if (el) {
      el.focus();
      setFocusCard(null);
    }
  });

  const board = boards.data?.items.find((b) => String(b.id) === boardId);
  const items = actions.data?.items ?? [];
  return (
    <Page title="You said, we did">
      <p class="govuk-body">
        What the Board is doing about what people told it. Actions you publish appear on the Board’s
        public page, in the words you write here, so write them for the people who told their
        stories.
      </p>
      {boards.error && <LoadError error={boards.error} retry={boards.reload} />}
      {(boards.data?.items.length ?? 0) > 1 && (
        <Select
          id="actions-board"
          label="Board"
          value={boardId}
          onValue={(id) => {
            setBoardId(id);
            setEditing(undefined);
          }}
          options={(boards.data?.items ?? []).map((b) => ({ value: String(b.id), label: b.name }))}
        />
      )}
      {board && (
        <p class="govuk-body">
          <a class="govuk-link" href={`/boards/${board.slug}/you-said-we-did`}>
            See the public “You said, we did” page for {board.name}
          </a>
        </p>
      )}
      {actions.error && <LoadError error={actions.error} retry={actions.reload} />}
      <div ref={list}>
        <h2 class="govuk-heading-m">Actions ({items.length})</h2>
        {actions.data && items.length === 0 && (
          <p class="govuk-body">This Board has no actions yet.</p>
        )}
        {items.map((a) => (
          <div class="govuk-summary-card" key={a.id}>
            <div class="govuk-summary-card__title-wrapper">
              <h3
                class="govuk-summary-card__title heard-wrap"
                id={`action-${a.id}-title`}
                tabIndex={-1}
              >
                {a.theme}{' '}
                <strong class={`govuk-tag ${STATUS_TAG[a.status]}`}>
                  {STATUS_LABEL[a.status]}
                </strong>
              </h3>
              <ul class="govuk-summary-card__actions">
                <li class="govuk-summary-card__action">
                  <button
                    type="button"
                    class="heard-link-button"
                    aria-label={`Change: ${a.theme}`}
                    onClick={() => setEditing(a)}
                  >
                    Change
                  </button>
                </li>
              </ul>
            </div>
            <div class="govuk-summary-card__content">
              <dl class="govuk-summary-list">
                <Row label="What people said" value={a.peopleSaid} />
                <Row label="What the Board will do" value={a.boardWillDo} />
                <Row label="Owner" value={a.owner} />
                <Row label="Due" value={a.dueDate ? formatDate(a.dueDate) : 'No date set'} />
                {a.statusReason && <Row label="Why not taken forward" value={a.statusReason} />}
                <Row
                  label="Measures"
                  value={a.measures.length ? a.measures.map(measureLabel).join(', ') : 'None'}
                />
                <Row
                  label="Linked stories"
                  value={
                    a.storyIds.length ? a.storyIds.map((id) => `Story ${id}`).join(', ') : 'None'
                  }
                />
                <Row label="Public page" value={a.published ? 'Published' : 'Not published'} />
              </dl>
            </div>
          </div>
        ))}
      </div>
      {boardId && (
        <ActionForm
          boardId={boardId}
          editing={editing}
          onCancel={() => {
            const id = editing?.id;
            setEditing(undefined);
            if (id) setFocusCard(id);
          }}
          onSaved={(saved, created) => {
            setEditing(undefined);
            actions.set({
              items: created
                ? [saved, ...items]
                : items.map((a) => (a.id === saved.id ? saved : a)),
            });
            setFocusCard(saved.id);
            announce(created ? `Action added: ${saved.theme}` : `Action saved: ${saved.theme}`);
          }}
        />
      )}
    </Page>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{label}</dt>
      <dd class="govuk-summary-list__value heard-wrap">{value}</dd>
    </div>
  );
}
