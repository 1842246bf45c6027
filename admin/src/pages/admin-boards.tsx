import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { Board, BoardList } from '../api/types.ts';
import { announce } from '../components/announce.ts';
import { DataTable } from '../components/data-table.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { TextInput } from '../components/fields.tsx';
import { hasErrors, summaryOf } from '../components/form-errors.ts';
import { formatDate } from '../components/format.ts';
import { LoadError } from '../components/load-error.tsx';
import { Page } from '../components/page.tsx';
import { RowAction } from '../components/row-action.tsx';
import { useFormAction } from '../components/use-form-action.ts';
import { useLoad } from '../components/use-load.ts';

/** Safeguarding Adults Boards: list, add, rename. */
export default function AdminBoards() {
  const boards = useLoad((signal) => api.get<BoardList>('/boards', { signal }), []);
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [editing, setEditing] = useState<Board | null>(null);
  const [rename, setRename] = useState('');
  const form = useFormAction();
  const { errors, busy } = form;

  const create = async (event: Event) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!name.trim()) local['board-name'] = 'Enter the Board’s name';
    if (!/^[a-z0-9-]{2,40}$/.test(slug))
      local['board-slug'] = 'Enter a short name of 2 to 40 lower-case letters, numbers or hyphens';
    if (form.invalid(local)) return;
    await form.run(
      async () => {
        const b = await api.post<Board>('/boards', { name: name.trim(), slug });
        setName('');
        setSlug('');
        boards.reload();
        announce(`${b.name} added`);
      },
      { name: 'board-name', slug: 'board-slug' },
    );
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (!editing) return;
    if (form.invalid(rename.trim() ? {} : { 'board-rename': 'Enter the Board’s name' })) return;
    await form.run(
      async () => {
        await api.put<Board>(`/boards/${editing.id}`, { name: rename.trim() });
        setEditing(null);
        boards.reload();
        announce('Board renamed');
      },
      { name: 'board-rename' },
    );
  };

  return (
    <>
      <ErrorSummary errors={summaryOf(errors, ['board-rename', 'board-name', 'board-slug'])} />
      <Page title="Boards" hasErrors={hasErrors(errors)}>
        {boards.error && <LoadError error={boards.error} retry={boards.reload} />}
        {boards.data && (
          <DataTable
            label="Boards table"
            caption="Safeguarding Adults Boards"
            hiddenCaption
            rows={boards.data.items}
            rowKey={(b) => b.id}
            columns={[
              { header: 'Name', cell: (b) => b.name },
              { header: 'Short name', cell: (b) => b.slug, class: 'heard-wrap' },
              { header: 'Added', cell: (b) => formatDate(b.createdAt) },
              {
                header: 'Alerts',
                hiddenHeader: true,
                cell: (b) => (
                  <a class="govuk-link" href={`/admin/boards/${b.id}/alerting`}>
                    Alerts and response time
                    <span class="govuk-visually-hidden"> for {b.name}</span>
                  </a>
                ),
              },
              {
                header: 'Action',
                hiddenHeader: true,
                cell: (b) => (
                  <RowAction
                    context={b.name}
                    onClick={() => {
                      setEditing(b);
                      setRename(b.name);
                    }}
                  >
                    Rename
                  </RowAction>
                ),
              },
            ]}
          />
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
