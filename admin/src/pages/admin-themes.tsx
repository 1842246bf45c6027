import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { Board, Theme } from '../api/types.ts';
import { announce } from '../components/announce.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Select, TextInput } from '../components/fields.tsx';
import {
  type FormErrors,
  formErrorsFrom,
  hasErrors,
  NO_ERRORS,
  summaryOf,
} from '../components/form-errors.ts';
import { LoadError } from '../components/load-error.tsx';
import { Page } from '../components/page.tsx';
import { TableScroll } from '../components/table-scroll.tsx';
import { useLoad } from '../components/use-load.ts';

/** Local themes, per Board: the managed list coordinators tag stories with. */
export default function AdminThemes() {
  const boards = useLoad((signal) => api.get<{ items: Board[] }>('/boards', { signal }), []);
  const [boardId, setBoardId] = useState('');
  useEffect(() => {
    const first = boards.data?.items[0];
    if (!boardId && first) setBoardId(String(first.id));
  }, [boards.data]);
  const themes = useLoad(
    (signal) =>
      boardId
        ? api.get<{ items: Theme[] }>(`/boards/${boardId}/themes?includeRetired=true`, { signal })
        : Promise.resolve({ items: [] as Theme[] }),
    [boardId],
  );
  const [newLabel, setNewLabel] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  const add = async (event: Event) => {
    event.preventDefault();
    const l = newLabel.trim();
    if (l.length < 2 || l.length > 80) {
      return setErrors({
        fields: { 'theme-label': 'Enter a theme of 2 to 80 characters' },
        general: [],
      });
    }
    setBusy(true);
    try {
      await api.post<Theme>(`/boards/${boardId}/themes`, { label: l });
      setErrors(NO_ERRORS);
      setNewLabel('');
      themes.reload();
      announce(`Theme “${l}” added`);
    } catch (error) {
      setErrors(formErrorsFrom(error, { label: 'theme-label' }));
    } finally {
      setBusy(false);
    }
  };

  const toggle = async (t: Theme) => {
    setBusy(true);
    try {
      await api.post<Theme>(
        `/boards/${boardId}/themes/${t.id}/${t.retiredAt ? 'restore' : 'retire'}`,
        {},
      );
      setErrors(NO_ERRORS);
      themes.reload();
      announce(t.retiredAt ? `“${t.label}” restored` : `“${t.label}” retired`);
    } catch (error) {
      setErrors(formErrorsFrom(error));
    } finally {
      setBusy(false);
    }
  };

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
            <TableScroll label="Themes table">
              <table class="govuk-table">
                <caption class="govuk-table__caption govuk-visually-hidden">Local themes</caption>
                <thead class="govuk-table__head">
                  <tr class="govuk-table__row">
                    <th scope="col" class="govuk-table__header">
                      Theme
                    </th>
                    <th scope="col" class="govuk-table__header">
                      Status
                    </th>
                    <th scope="col" class="govuk-table__header">
                      <span class="govuk-visually-hidden">Action</span>
                    </th>
                  </tr>
                </thead>
                <tbody class="govuk-table__body">
                  {items.map((t) => (
                    <tr class="govuk-table__row" key={t.id}>
                      <th scope="row" class="govuk-table__header heard-wrap">
                        {t.label}
                      </th>
                      <td class="govuk-table__cell">
                        {t.retiredAt ? (
                          <strong class="govuk-tag govuk-tag--grey">Retired</strong>
                        ) : (
                          <strong class="govuk-tag govuk-tag--green">In use</strong>
                        )}
                      </td>
                      <td class="govuk-table__cell">
                        <button
                          type="button"
                          class="heard-link-button"
                          disabled={busy}
                          onClick={() => void toggle(t)}
                        >
                          {t.retiredAt ? 'Restore' : 'Retire'}
                          <span class="govuk-visually-hidden"> “{t.label}”</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
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
