import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import { type BoardList, ROLE_LABELS, type Role, type StaffUser } from '../api/types.ts';
import { StepBackLink, WarningText } from '../components/check-step.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Checkboxes, Radios } from '../components/fields.tsx';
import { hasErrors, summaryOf } from '../components/form-errors.ts';
import { LoadError } from '../components/load-error.tsx';
import { Page, routeChanged } from '../components/page.tsx';
import { ROLE_OPTIONS } from '../components/role-options.ts';
import { useFormAction } from '../components/use-form-action.ts';
import { useLoad } from '../components/use-load.ts';
import type { RoutePageProps } from '../routes.ts';
import { useSession } from '../session/session.tsx';

type Step = 'choose' | 'confirm' | 'done';
const FIELDS = ['edit-role', 'edit-boards'];

const boardNames = (role: string, names: string[]) =>
  role === 'admin' ? 'All (admins are not limited to Boards)' : names.join(', ') || 'None';

/**
 * Changes a user's role and Boards: choose, check (their sessions end, so the new access
 * applies at once), save. An admin cannot change their own role; the server refuses it too.
 */
export default function AdminUserEdit({ params }: RoutePageProps) {
  const id = Number(params.id);
  const { user: me } = useSession();
  const loaded = useLoad((signal) => api.get<StaffUser>(`/users/${id}`, { signal }), [id]);
  const boards = useLoad((signal) => api.get<BoardList>('/boards', { signal }), []);
  const [step, setStep] = useState<Step>('choose');
  const [role, setRole] = useState<string | null>(null);
  const [boardIds, setBoardIds] = useState<string[] | null>(null);
  const form = useFormAction();
  const { errors, busy } = form;
  const user = loaded.data;

  if (loaded.error && !user) {
    return (
      <Page title="Change role or Boards">
        <LoadError error={loaded.error} retry={loaded.reload} />
      </Page>
    );
  }
  if (!user || !boards.data) {
    return (
      <Page title="Change role or Boards" loading>
        <p class="govuk-body" aria-busy="true">
          Loading…
        </p>
      </Page>
    );
  }

  const chosenRole = role ?? user.role;
  const chosenBoards = boardIds ?? user.boards.map((b) => String(b.id));
  const nameOf = (bid: string) =>
    boards.data?.items.find((b) => String(b.id) === bid)?.name ?? `Board ${bid}`;
  const go = (next: Step) => {
    form.clear();
    routeChanged();
    setStep(next);
  };
  const back = (
    <a href="/admin/users" class="govuk-back-link">
      Back to users
    </a>
  );

  if (user.id === me?.id) {
    return (
      <>
        {back}
        <Page title="Change role or Boards" caption={user.email}>
          <p class="govuk-body">
            You cannot change your own role, so that no one removes the last admin by mistake. Ask
            another admin.
          </p>
        </Page>
      </>
    );
  }

  if (step === 'done') {
    return (
      <>
        {back}
        <Page key="done" title="Role and Boards changed" caption={user.email}>
          <p class="govuk-body heard-wrap">
            {user.email} is now {ROLE_LABELS[user.role]}
            {user.role === 'admin' ? '' : ` for ${user.boards.map((b) => b.name).join(', ')}`}. They
            were signed out and get the new access when they sign in again.
          </p>
          <p class="govuk-body">
            <a class="govuk-link" href="/admin/users">
              Back to users
            </a>
          </p>
        </Page>
      </>
    );
  }

  if (step === 'confirm') {
    const save = () =>
      form.run(
        async () => {
          const saved = await api.put<StaffUser>(`/users/${user.id}`, {
            role: chosenRole as Role,
            boardIds: chosenRole === 'admin' ? [] : chosenBoards.map(Number),
          });
          loaded.set(saved);
          go('done');
        },
        { role: 'edit-role', boardIds: 'edit-boards' },
      );
    return (
      <>
        <StepBackLink href={`/admin/users/${user.id}`} onBack={() => go('choose')} />
        <ErrorSummary errors={summaryOf(errors, FIELDS)} />
        <Page
          key="confirm"
          title="Check the change"
          caption={user.email}
          hasErrors={hasErrors(errors)}
        >
          <dl class="govuk-summary-list">
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Role</dt>
              <dd class="govuk-summary-list__value">
                {ROLE_LABELS[user.role]}
                {chosenRole !== user.role && ` → ${ROLE_LABELS[chosenRole as Role]}`}
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Boards now</dt>
              <dd class="govuk-summary-list__value">
                {boardNames(
                  user.role,
                  user.boards.map((b) => b.name),
                )}
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Boards after</dt>
              <dd class="govuk-summary-list__value">
                {boardNames(chosenRole, chosenBoards.map(nameOf))}
              </dd>
            </div>
          </dl>
          <WarningText>
            They are signed out everywhere at once, and get the new access when they sign in again.
          </WarningText>
          <div class="govuk-button-group">
            <button type="button" class="govuk-button" disabled={busy} onClick={() => void save()}>
              Save the change
            </button>
            <button
              type="button"
              class="govuk-button govuk-button--secondary"
              onClick={() => go('choose')}
            >
              Change
            </button>
          </div>
        </Page>
      </>
    );
  }

  const next = (event: Event) => {
    event.preventDefault();
    if (chosenRole !== 'admin' && chosenBoards.length === 0) {
      form.invalid({ 'edit-boards': 'Select at least one Board' });
      return;
    }
    if (chosenRole === user.role && sameBoards(chosenBoards, user)) {
      form.invalid({ 'edit-role': 'Change the role or the Boards, or go back to users' });
      return;
    }
    go('confirm');
  };

  return (
    <>
      {back}
      <ErrorSummary errors={summaryOf(errors, FIELDS)} />
      <Page
        key="choose"
        title="Change role or Boards"
        caption={user.email}
        hasErrors={hasErrors(errors)}
      >
        <form onSubmit={next} noValidate aria-label={`Role and Boards of ${user.email}`}>
          <Radios
            id="edit-role"
            legend="Role"
            legendClass="govuk-fieldset__legend--s"
            options={ROLE_OPTIONS}
            value={chosenRole}
            onValue={setRole}
            error={errors.fields['edit-role']}
          />
          {chosenRole !== 'admin' && (
            <Checkboxes
              id="edit-boards"
              legend="Boards"
              legendClass="govuk-fieldset__legend--s"
              hint="They see stories of these Boards only."
              options={boards.data.items.map((b) => ({ value: String(b.id), label: b.name }))}
              values={chosenBoards}
              onValues={setBoardIds}
              error={errors.fields['edit-boards']}
            />
          )}
          <button type="submit" class="govuk-button">
            Continue
          </button>
        </form>
      </Page>
    </>
  );
}

function sameBoards(chosen: string[], user: StaffUser): boolean {
  const now = user.boards.map((b) => String(b.id)).sort();
  const next = [...chosen].sort();
  return (
    user.role === 'admin' || (now.length === next.length && now.every((b, i) => b === next[i]))
  );
}
