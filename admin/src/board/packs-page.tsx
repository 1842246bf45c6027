import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api } from '../api/client.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Select, TextInput } from '../components/fields.tsx';
import { hasErrors, summaryOf } from '../components/form-errors.ts';
import { formatDate } from '../components/format.ts';
import { LoadError } from '../components/load-error.tsx';
import { Page, routeChanged } from '../components/page.tsx';
import { useBoardChoice, useBoardItems } from '../components/use-board-list.ts';
import { useFormAction } from '../components/use-form-action.ts';
import type { Pack, PackSummary } from './types.ts';

const FIELDS = ['pack-title', 'pack-meeting', 'pack-from', 'pack-to'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A Board's packs: drafts and issued ones, and a form to start a new pack. */
export default function PacksPage() {
  const { route } = useLocation();
  const { boards, boardId, setBoardId } = useBoardChoice();
  const packs = useBoardItems<PackSummary>(boardId, '/packs');
  const [title, setTitle] = useState('');
  const [meeting, setMeeting] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const form = useFormAction();
  const { errors, busy } = form;

  const create = async (event: Event) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!title.trim()) fields['pack-title'] = 'Enter a title for the pack';
    if (!DAY.test(meeting)) fields['pack-meeting'] = 'Enter the meeting date, like 2027-01-20';
    if (!DAY.test(from)) fields['pack-from'] = 'Enter the start of the period, like 2026-04-01';
    if (!DAY.test(to)) fields['pack-to'] = 'Enter the end of the period, like 2026-12-31';
    if (form.invalid(fields)) return;
    await form.run(
      async () => {
        const pack = await api.post<Pack>(`/boards/${boardId}/packs`, {
          title: title.trim(),
          meetingDate: meeting,
          periodFrom: from,
          periodTo: to,
        });
        routeChanged();
        route(`/admin/board/packs/${boardId}/${pack.packId}`);
      },
      {
        title: 'pack-title',
        meetingDate: 'pack-meeting',
        periodFrom: 'pack-from',
        periodTo: 'pack-to',
      },
    );
  };

  const items = packs.data?.items ?? [];
  return (
    <>
      <ErrorSummary errors={summaryOf(errors, FIELDS)} />
      <Page title="Board packs" hasErrors={hasErrors(errors)}>
        {boards.error && <LoadError error={boards.error} retry={boards.reload} />}
        {(boards.data?.items.length ?? 0) > 1 && (
          <Select
            id="packs-board"
            label="Board"
            value={boardId}
            onValue={setBoardId}
            options={(boards.data?.items ?? []).map((b) => ({
              value: String(b.id),
              label: b.name,
            }))}
          />
        )}
        {packs.error && <LoadError error={packs.error} retry={packs.reload} />}
        {packs.data &&
          (items.length === 0 ? (
            <p class="govuk-body">This Board has no packs yet.</p>
          ) : (
            <table class="govuk-table">
              <caption class="govuk-table__caption govuk-table__caption--m">Packs</caption>
              <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                  <th scope="col" class="govuk-table__header">
                    Pack
                  </th>
                  <th scope="col" class="govuk-table__header">
                    Meeting
                  </th>
                  <th scope="col" class="govuk-table__header">
                    Stories
                  </th>
                  <th scope="col" class="govuk-table__header">
                    Status
                  </th>
                </tr>
              </thead>
              <tbody class="govuk-table__body">
                {items.map((p) => (
                  <tr class="govuk-table__row" key={p.id}>
                    <th scope="row" class="govuk-table__header heard-wrap">
                      <a class="govuk-link" href={`/admin/board/packs/${boardId}/${p.id}`}>
                        {p.title}
                      </a>
                    </th>
                    <td class="govuk-table__cell">{formatDate(p.meetingDate)}</td>
                    <td class="govuk-table__cell">{p.storyCount}</td>
                    <td class="govuk-table__cell">
                      <strong
                        class={`govuk-tag ${p.status === 'issued' ? 'govuk-tag--green' : 'govuk-tag--grey'}`}
                      >
                        {p.status === 'issued' ? 'Issued' : 'Draft'}
                      </strong>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        {boardId && (
          <form onSubmit={create} noValidate aria-labelledby="new-pack">
            <h2 class="govuk-heading-m" id="new-pack">
              Start a new pack
            </h2>
            <TextInput
              id="pack-title"
              label="Title"
              value={title}
              onValue={setTitle}
              error={errors.fields['pack-title']}
            />
            <TextInput
              id="pack-meeting"
              label="Meeting date"
              hint="For example, 2027-01-20"
              value={meeting}
              onValue={setMeeting}
              error={errors.fields['pack-meeting']}
              width="10"
            />
            <TextInput
              id="pack-from"
              label="Period starts"
              hint="For example, 2026-04-01"
              value={from}
              onValue={setFrom}
              error={errors.fields['pack-from']}
              width="10"
            />
            <TextInput
              id="pack-to"
              label="Period ends"
              hint="For example, 2026-12-31"
              value={to}
              onValue={setTo}
              error={errors.fields['pack-to']}
              width="10"
            />
            <button type="submit" class="govuk-button" disabled={busy}>
              Start pack
            </button>
          </form>
        )}
      </Page>
    </>
  );
}
