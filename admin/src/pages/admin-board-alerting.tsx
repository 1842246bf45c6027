import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { BoardAlerting, BoardList } from '../api/types.ts';
import { announce } from '../components/announce.ts';
import { CopyButton } from '../components/copy-button.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Checkboxes, Textarea, TextInput } from '../components/fields.tsx';
import {
  type FormErrors,
  formErrorsFrom,
  hasErrors,
  summaryOf,
} from '../components/form-errors.ts';
import { LoadError } from '../components/load-error.tsx';
import { Page } from '../components/page.tsx';
import { useFormAction } from '../components/use-form-action.ts';
import { useLoad } from '../components/use-load.ts';
import type { RoutePageProps } from '../routes.ts';

const DAYS = [
  { value: '1', label: 'Monday' },
  { value: '2', label: 'Tuesday' },
  { value: '3', label: 'Wednesday' },
  { value: '4', label: 'Thursday' },
  { value: '5', label: 'Friday' },
  { value: '6', label: 'Saturday' },
  { value: '7', label: 'Sunday' },
];

/** API field → input id, in page order (the error summary follows it). */
const IDS = {
  dutyEmail: 'duty-email',
  responseHours: 'response-hours',
  workingDays: 'working-days',
  dayStarts: 'day-starts',
  dayEnds: 'day-ends',
  bankHolidays: 'bank-holidays',
  webhookUrl: 'webhook-url',
} as const;
const ORDER = Object.values(IDS);

/** A date's error names its line (`bankHolidays.2` → line 3 of the box). */
function errorsOf(error: unknown): FormErrors {
  const found = formErrorsFrom(error, IDS);
  const fields: Record<string, string> = {};
  for (const [id, text] of Object.entries(found.fields)) {
    const line = /^bankHolidays-(\d+)$/.exec(id);
    if (line) fields[IDS.bankHolidays] ??= `Line ${Number(line[1]) + 1}: ${text}`;
    else fields[id] = text;
  }
  return { fields, general: found.general };
}

type Draft = {
  dutyEmail: string;
  responseHours: string;
  workingDays: string[];
  dayStarts: string;
  dayEnds: string;
  bankHolidays: string;
  webhookUrl: string;
};

const draftOf = (s: BoardAlerting): Draft => ({
  dutyEmail: s.dutyEmail ?? '',
  responseHours: String(s.responseHours),
  workingDays: s.workingDays.map(String),
  dayStarts: s.dayStarts,
  dayEnds: s.dayEnds,
  bankHolidays: s.bankHolidays.join('\n'),
  webhookUrl: s.webhookUrl ?? '',
});

/** "Alerts and response time" for one Board (issue 13): who is told, and how soon. */
export default function AdminBoardAlerting({ params }: RoutePageProps) {
  const boardId = params.boardId ?? '';
  const settings = useLoad(
    (signal) =>
      api.get<BoardAlerting>(`/boards/${encodeURIComponent(boardId)}/alerting`, { signal }),
    [boardId],
  );
  const boards = useLoad((signal) => api.get<BoardList>('/boards', { signal }), []);
  const board = boards.data?.items.find((b) => String(b.id) === boardId);
  const s = settings.data;
  return (
    <>
      <a href="/admin/boards" class="govuk-back-link">
        Back to Boards
      </a>
      {settings.error && (
        <Page title="Alerts and response time">
          <LoadError error={settings.error} retry={settings.reload} />
        </Page>
      )}
      {!s && !settings.error && <Page title="Alerts and response time" loading />}
      {s && <AlertingForm key={s.updatedAt ?? 'new'} initial={s} boardName={board?.name} />}
    </>
  );
}

function AlertingForm({
  initial,
  boardName,
}: {
  initial: BoardAlerting;
  boardName?: string | undefined;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const [current, setCurrent] = useState(initial);
  const [saved, setSaved] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const form = useFormAction();
  const { errors, busy } = form;
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const path = `/boards/${current.boardId}/alerting`;

  const save = async (event: Event) => {
    event.preventDefault();
    setSaved(false);
    const local: Record<string, string> = {};
    const hours = Number(draft.responseHours.trim());
    if (!/^\d+$/.test(draft.responseHours.trim()) || hours < 1 || hours > 72)
      local[IDS.responseHours] = 'Enter the response time as a whole number from 1 to 72';
    if (draft.workingDays.length === 0) local[IDS.workingDays] = 'Choose at least one working day';
    if (form.invalid(local)) return;
    await form.run(async () => {
      const answer = await api.put<BoardAlerting>(path, {
        dutyEmail: draft.dutyEmail.trim(),
        responseHours: hours,
        workingDays: draft.workingDays.map(Number),
        dayStarts: draft.dayStarts.trim(),
        dayEnds: draft.dayEnds.trim(),
        bankHolidays: draft.bankHolidays
          .split(/[\s,]+/)
          .map((d) => d.trim())
          .filter(Boolean),
        webhookUrl: draft.webhookUrl.trim(),
      });
      setCurrent(answer);
      setDraft(draftOf(answer));
      setSecret(answer.webhookSecret);
      setSaved(true);
      announce(
        answer.webhookSecret ? 'Settings saved. Copy the webhook secret now.' : 'Settings saved',
      );
    }, errorsOf);
  };

  const rotate = async () => {
    setSaved(false);
    await form.run(async () => {
      const answer = await api.post<BoardAlerting>(`${path}/rotate-secret`, {});
      setCurrent(answer);
      setSecret(answer.webhookSecret);
      announce('New webhook secret made. Copy it now.');
    }, errorsOf);
  };

  const defaults = current.defaultBankHolidays;
  return (
    <>
      <ErrorSummary errors={summaryOf(errors, ORDER)} />
      <Page title="Alerts and response time" caption={boardName} hasErrors={hasErrors(errors)}>
        <p class="govuk-body">
          When a story says the person may be in danger now, Heard alerts the Board’s coordinators
          and its duty inbox at once. If nobody records a safeguarding check within the response
          time, the duty inbox and every admin are told, and told again after each further response
          time, until someone records the check. The journey tells people when their story will be
          read from the same setting.
        </p>
        {saved && (
          <div class="govuk-inset-text" role="status">
            Settings saved.
          </div>
        )}
        {secret && (
          <div
            class="govuk-notification-banner govuk-notification-banner--success"
            role="alert"
            aria-labelledby="secret-title"
          >
            <div class="govuk-notification-banner__header">
              <h2 class="govuk-notification-banner__title" id="secret-title">
                Webhook secret
              </h2>
            </div>
            <div class="govuk-notification-banner__content">
              <p class="govuk-notification-banner__heading">Copy the webhook secret now</p>
              <p class="govuk-body">
                Give it to whoever runs the receiving system, so it can check each message came from
                Heard. It is not shown again.
              </p>
              <p class="govuk-body">
                <code class="heard-wrap" id="webhook-secret">
                  {secret}
                </code>
              </p>
            </div>
          </div>
        )}
        {secret && <CopyButton text={secret} label="Copy the webhook secret" />}
        <form onSubmit={save} noValidate aria-label="Alerts and response time">
          <TextInput
            id={IDS.dutyEmail}
            label="Duty inbox (optional)"
            hint="A shared inbox someone watches, for example the council’s adult safeguarding front door. It gets every urgent alert and escalation."
            type="email"
            autocomplete="off"
            spellcheck={false}
            value={draft.dutyEmail}
            onValue={set('dutyEmail')}
            error={errors.fields[IDS.dutyEmail]}
          />
          <TextInput
            id={IDS.responseHours}
            label="Response time, in working hours"
            hint="From 1 to 72. How soon a safeguarding check must be recorded on an urgent story."
            inputMode="numeric"
            width="3"
            value={draft.responseHours}
            onValue={set('responseHours')}
            error={errors.fields[IDS.responseHours]}
          />
          <Checkboxes
            id={IDS.workingDays}
            legend="Working days"
            legendClass="govuk-fieldset__legend--s"
            small
            options={DAYS}
            values={draft.workingDays}
            onValues={set('workingDays')}
            error={errors.fields[IDS.workingDays]}
          />
          <TextInput
            id={IDS.dayStarts}
            label="Working day starts"
            hint="UK time, 24-hour, for example 09:00"
            width="5"
            value={draft.dayStarts}
            onValue={set('dayStarts')}
            error={errors.fields[IDS.dayStarts]}
          />
          <TextInput
            id={IDS.dayEnds}
            label="Working day ends"
            hint="UK time, 24-hour, for example 17:00"
            width="5"
            value={draft.dayEnds}
            onValue={set('dayEnds')}
            error={errors.fields[IDS.dayEnds]}
          />
          <Textarea
            id={IDS.bankHolidays}
            label="Bank holidays and other days off"
            hint={`One date a line, like 2026-12-25. Leave empty to use the bank holidays in England and Wales (${defaults.length} dates, ${defaults[0] ?? ''} to ${defaults.at(-1) ?? ''}).`}
            rows={6}
            value={draft.bankHolidays}
            onValue={set('bankHolidays')}
            error={errors.fields[IDS.bankHolidays]}
          />
          <TextInput
            id={IDS.webhookUrl}
            label="Webhook address (optional)"
            hint="For Teams, Slack or a case system. Must start with https://. Messages are signed and carry no personal details."
            type="url"
            spellcheck={false}
            value={draft.webhookUrl}
            onValue={set('webhookUrl')}
            error={errors.fields[IDS.webhookUrl]}
          />
          <div class="govuk-button-group">
            <button type="submit" class="govuk-button" disabled={busy}>
              Save settings
            </button>
            {current.webhookSet && (
              <button
                type="button"
                class="govuk-button govuk-button--secondary"
                disabled={busy}
                onClick={rotate}
              >
                Make a new webhook secret
              </button>
            )}
          </div>
        </form>
      </Page>
    </>
  );
}
