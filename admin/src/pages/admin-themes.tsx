import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { Theme } from '../api/types.ts';
import { announce } from '../components/announce.ts';
import { DataTable } from '../components/data-table.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Select, TextInput } from '../components/fields.tsx';
import { hasErrors, summaryOf } from '../components/form-errors.ts';
import { LoadError } from '../components/load-error.tsx';
import { Page } from '../components/page.tsx';
import { RowAction } from '../components/row-action.tsx';
import { useBoardChoice, useBoardItems } from '../components/use-board-list.ts';
import { useFormAction } from '../components/use-form-action.ts';

/** Local themes, per Board: the managed list coordinators tag stories with. */
export default function AdminThemes() {
  const { boards, boardId, setBoardId } = useBoardChoice();
  const themes = useBoardItems<Theme>(boardId, '/themes?includeRetired=true');
  const [newLabel, setNewLabel] = useState('');
  const form = useFormAction();
  const { errors, busy } = form;

  const add = async (event: Event) => {
    event.preventDefault();
    const l = newLabel.trim();
    if (
      form.invalid(
        l.length < 2 || l.length > 80
          ? { 'theme-label': 'Enter a theme of 2 to 80 characters' }
          : {},
      )
    )
      return;
    await form.run(
      async () => {
        await api.post<Theme>(`/boards/${boardId}/themes`, { label: l });
        setNewLabel('');
        themes.reload();
        announce(`Theme “${l}” added`);
      },
      { label: 'theme-label' },
    );
  };

  const toggle = (t: Theme) =>
    form.run(async () => {
      await api.post<Theme>(
        `/boards/${boardId}/themes/${t.id}/${t.retiredAt ? 'restore' : 'retire'}`,
        {},
      );
      themes.reload();
      announce(t.retiredAt ? `“${t.label}” restored` : `“${t.label}” retired`);
    });

  const items = themes.data?.items ?? [];
  return (
    <>
      <ErrorSummary errors={summaryOf(errors, ['theme-label'])} />
      <Page title="Local themes" hasErrors={hasErrors(errors)}>
        <p class="govuk-body">
          Themes your Board wants to follow, for example “hospital discharge”. Retired themes stay
          on stories already tagged but are not offered for new ones.
        </p>
        {boards.error && <LoadError error={boards.error} retry={boards.reload} />}
        {(boards.data?.items.length ?? 0) > 1 && (
          <Select
            id="theme-board"
            label="Board"
            value={boardId}
            onValue={setBoardId}
            options={(boards.data?.items ?? []).map((b) => ({
              value: String(b.id),
              label: b.name,
            }))}
          />
        )}
        {themes.error && <LoadError error={themes.error} retry={themes.reload} />}
        {boardId &&
          themes.data &&
          (items.length === 0 ? (
            <p class="govuk-body">This Board has no local themes yet.</p>
          ) : (
            <DataTable
              label="Themes table"
              caption="Local themes"
              hiddenCaption
              rows={items}
              rowKey={(t) => t.id}
              columns={[
                { header: 'Theme', cell: (t) => t.label, class: 'heard-wrap' },
                {
                  header: 'Status',
                  cell: (t) =>
                    t.retiredAt ? (
                      <strong class="govuk-tag govuk-tag--grey">Retired</strong>
                    ) : (
                      <strong class="govuk-tag govuk-tag--green">In use</strong>
                    ),
                },
                {
                  header: 'Action',
                  hiddenHeader: true,
                  cell: (t) => (
                    <RowAction
                      context={`“${t.label}”`}
                      disabled={busy}
                      onClick={() => void toggle(t)}
                    >
                      {t.retiredAt ? 'Restore' : 'Retire'}
                    </RowAction>
                  ),
                },
              ]}
            />
          ))}
        {boardId && (
          <form onSubmit={add} noValidate aria-label="Add a theme">
            <TextInput
              id="theme-label"
              label="Add a theme"
              value={newLabel}
              onValue={setNewLabel}
              error={errors.fields['theme-label']}
              width="30"
            />
            <button type="submit" class="govuk-button" disabled={busy}>
              Add theme
            </button>
          </form>
        )}
      </Page>
    </>
  );
}
