import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { Board } from '../api/types.ts';
import { announce } from '../components/announce.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { TextInput } from '../components/fields.tsx';
import {
  type FormErrors,
  formErrorsFrom,
  hasErrors,
  NO_ERRORS,
  summaryOf,
} from '../components/form-errors.ts';
import { formatDate } from '../components/format.ts';
import { LoadError } from '../components/load-error.tsx';
import { Page } from '../components/page.tsx';
import { TableScroll } from '../components/table-scroll.tsx';
import { useLoad } from '../components/use-load.ts';

/** Safeguarding Adults Boards: list, add, rename. */
export default function AdminBoards() {
  const boards = useLoad((signal) => api.get<{ items: Board[] }>('/boards', { signal }), []);
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [editing, setEditing] = useState<Board | null>(null);
  const [rename, setRename] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  const create = async (event: Event) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!name.trim()) local['board-name'] = 'Enter the Board’s name';
    if (!/^[a-z0-9-]{2,40}$/.test(slug))
      local['board-slug'] = 'Enter a short name of 2 to 40 lower-case letters, numbers or hyphens';
    if (Object.keys(local).length) return setErrors({ fields: local, general: [] });
    setBusy(true);
    try {
      const b = await api.post<Board>('/boards', { name: name.trim(), slug });
      setErrors(NO_ERRORS);
      setName('');
      setSlug('');
      boards.reload();
      announce(`${b.name} added`);
    } catch (error) {
      setErrors(formErrorsFrom(error, { name: 'board-name', slug: 'board-slug' }));
    } finally {
      setBusy(false);
    }
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (!editing) return;
    if (!rename.trim())
      return setErrors({ fields: { 'board-rename': 'Enter the Board’s name' }, general: [] });
    setBusy(true);
    try {
      await api.put<Board>(`/boards/${editing.id}`, { name: rename.trim() });
      setErrors(NO_ERRORS);
      setEditing(null);
      boards.reload();
      announce('Board renamed');
    } catch (error) {
      setErrors(formErrorsFrom(error, { name: 'board-rename' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary errors={summaryOf(errors, ['board-rename', 'board-name', 'board-slug'])} />
      <Page title="Boards" hasErrors={hasErrors(errors)}>
        {boards.error && <LoadError error={boards.error} retry={boards.reload} />}
        {boards.data && (
          <TableScroll label="Boards table">
            <table class="govuk-table">
              <caption class="govuk-table__caption govuk-visually-hidden">
                Safeguarding Adults Boards
              </caption>
              <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                  <th scope="col" class="govuk-table__header">
                    Name
                  </th>
                  <th scope="col" class="govuk-table__header">
                    Short name
                  </th>
                  <th scope="col" class="govuk-table__header">
                    Added
                  </th>
                  <th scope="col" class="govuk-table__header">
                    <span class="govuk-visually-hidden">Action</span>
                  </th>
                </tr>
              </thead>
              <tbody class="govuk-table__body">
                {boards.data.items.map((b) => (
                  <tr class="govuk-table__row" key={b.id}>
                    <th scope="row" class="govuk-table__header">
                      {b.name}
                    </th>
                    <td class="govuk-table__cell heard-wrap">{b.slug}</td>
                    <td class="govuk-table__cell">{formatDate(b.createdAt)}</td>
                    <td class="govuk-table__cell">
                      <button
                        type="button"
                        class="heard-link-button"
                        onClick={() => {
                          setEditing(b);
                          setRename(b.name);
                        }}
                      >
                        Rename<span class="govuk-visually-hidden"> {b.name}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        {editing && (
          <form onSubmit={save} noValidate aria-label={`Rename ${editing.name}`}>
            <TextInput
              id="board-rename"
              label={`New name for ${editing.name}`}
              value={rename}
              onValue={setRename}
              error={errors.fields['board-rename']}
            />
            <div class="govuk-button-group">
              <button type="submit" class="govuk-button" disabled={busy}>
                Save name
              </button>
              <button
                type="button"
                class="govuk-button govuk-button--secondary"
                onClick={() => setEditing(null)}
              >
                Cancel
              </button>
            </div>
          </form>
        )}
        <h2 class="govuk-heading-m" id="add-board">
          Add a Board
        </h2>
        <form onSubmit={create} noValidate aria-labelledby="add-board">
          <TextInput
            id="board-name"
            label="Name"
            hint="For example: Northshire Safeguarding Adults Board"
            value={name}
            onValue={setName}
            error={errors.fields['board-name']}
          />
          <TextInput
            id="board-slug"
            label="Short name"
            hint="Lower-case letters, numbers and hyphens, for example northshire. It cannot be changed later."
            value={slug}
            onValue={setSlug}
            error={errors.fields['board-slug']}
            width="20"
            spellcheck={false}
          />
          <button type="submit" class="govuk-button" disabled={busy}>
            Add Board
          </button>
        </form>
      </Page>
    </>
  );
}
