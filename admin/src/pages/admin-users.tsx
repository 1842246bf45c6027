import { useState } from 'preact/hooks';
import { api, query } from '../api/client.ts';
import {
  type BoardList,
  type CreatedUser,
  ROLE_LABELS,
  type Role,
  type User,
  type UserChange,
  type UserPage,
} from '../api/types.ts';
import { announce } from '../components/announce.ts';
import { CopyButton } from '../components/copy-button.tsx';
import { DataTable } from '../components/data-table.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Checkboxes, Radios, TextInput } from '../components/fields.tsx';
import { hasErrors, summaryOf } from '../components/form-errors.ts';
import { formatDateTime } from '../components/format.ts';
import { LoadError } from '../components/load-error.tsx';
import { Page } from '../components/page.tsx';
import { Pagination } from '../components/pagination.tsx';
import { ROLE_OPTIONS } from '../components/role-options.ts';
import { RowAction } from '../components/row-action.tsx';
import { useFormAction } from '../components/use-form-action.ts';
import { useLoad } from '../components/use-load.ts';
import type { RoutePageProps } from '../routes.ts';
import { useSession } from '../session/session.tsx';

const PAGE_SIZE = 25;

/** Users: list, invite (shows the one-time set-up link), disable/enable, new link, reset 2FA. */
export default function AdminUsers({ query: q }: RoutePageProps) {
  const page = Math.max(1, Number(q.page) || 1);
  const { user: me } = useSession();
  const users = useLoad(
    (signal) => api.get<UserPage>(`/users${query({ page, pageSize: PAGE_SIZE })}`, { signal }),
    [page],
  );
  const boards = useLoad((signal) => api.get<BoardList>('/boards', { signal }), []);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [boardIds, setBoardIds] = useState<string[]>([]);
  const [link, setLink] = useState<{ email: string; url: string } | null>(null);
  const form = useFormAction();
  const { errors, busy } = form;

  const invite = async (event: Event) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!email.trim()) local['user-email'] = 'Enter their email address';
    if (!role) local['user-role'] = 'Select a role';
    if (role && role !== 'admin' && boardIds.length === 0)
      local['user-boards'] = 'Select at least one Board';
    if (form.invalid(local)) return;
    await form.run(
      async () => {
        const created = await api.post<CreatedUser>('/users', {
          email: email.trim(),
          ...(name.trim() ? { name: name.trim() } : {}),
          role: role as Role,
          boardIds: role === 'admin' ? [] : boardIds.map(Number),
        });
        setLink({ email: created.user.email, url: created.setupUrl });
        setEmail('');
        setName('');
        setRole('');
        setBoardIds([]);
        users.reload();
        announce(`Account created for ${created.user.email}. Their set-up link is shown.`);
      },
      { email: 'user-email', name: 'user-name', role: 'user-role', boardIds: 'user-boards' },
    );
  };

  const act = (u: User, path: string, message: string) =>
    form.run(async () => {
      const result = await api.post<UserChange>(`/users/${u.id}/${path}`, {});
      if ('setupUrl' in result) setLink({ email: u.email, url: result.setupUrl });
      users.reload();
      announce(message);
    });

  const actions = (u: User) =>
    u.id !== me?.id && (
      <ul class="govuk-list govuk-!-margin-bottom-0">
        <li>
          <a class="govuk-link" href={`/admin/users/${u.id}`}>
            Change role or Boards
            <span class="govuk-visually-hidden"> of {u.email}</span>
          </a>
        </li>
        <li>
          <RowAction
            context={u.email}
            disabled={busy}
            onClick={() =>
              void act(
                u,
                u.disabled ? 'enable' : 'disable',
                `${u.email} is ${u.disabled ? 'enabled' : 'disabled'}`,
              )
            }
          >
            {u.disabled ? 'Enable' : 'Disable'}
          </RowAction>
        </li>
        <li>
          <RowAction
            context={`for ${u.email}`}
            disabled={busy}
            onClick={() => void act(u, 'setup-link', `New set-up link for ${u.email} is shown`)}
          >
            New set-up link
          </RowAction>
        </li>
        {(u.signIn?.waitSeconds ?? 0) > 0 && (
          <li>
            <RowAction
              context={`for ${u.email}`}
              disabled={busy}
              onClick={() => void act(u, 'unlock', `${u.email} may sign in again without waiting`)}
            >
              Lift sign-in delay
            </RowAction>
          </li>
        )}
        {u.totpEnabled && (
          <li>
            <RowAction
              context={`for ${u.email}`}
              disabled={busy}
              onClick={() => void act(u, 'reset-totp', `Two-factor sign-in reset for ${u.email}`)}
            >
              Reset two-factor
            </RowAction>
          </li>
        )}
      </ul>
    );

  return (
    <>
      <ErrorSummary
        errors={summaryOf(errors, ['user-email', 'user-name', 'user-role', 'user-boards'])}
      />
      <Page title="Users" hasErrors={hasErrors(errors)}>
        {link && (
          <div class="govuk-panel govuk-panel--confirmation heard-link-panel">
            <h2 class="govuk-panel__title govuk-!-font-size-27">Set-up link for {link.email}</h2>
            <div class="govuk-panel__body govuk-!-font-size-19">
              Send this link to them yourself. It works once, for 72 hours. We do not show it again.
            </div>
          </div>
        )}
        {link && (
          <>
            <p class="heard-code" id="setup-link">
              {link.url}
            </p>
            <CopyButton text={link.url} label="Copy the set-up link" />
          </>
        )}

        {(users.data?.underAttack.length ?? 0) > 0 && (
          <section class="govuk-notification-banner" aria-labelledby="attack-title">
            <div class="govuk-notification-banner__header">
              <h2 class="govuk-notification-banner__title" id="attack-title">
                Important
              </h2>
            </div>
            <div class="govuk-notification-banner__content">
              <p class="govuk-notification-banner__heading">
                Someone may be trying to guess a password
              </p>
              <ul class="govuk-list" id="under-attack">
                {users.data?.underAttack.map((a) => (
                  <li key={a.id}>
                    Many failed sign-ins for {a.email}.
                    {a.waitSeconds > 0 &&
                      ` New browsers must wait ${Math.ceil(a.waitSeconds / 60)} minutes to try again.`}
                  </li>
                ))}
              </ul>
              <p class="govuk-body">
                Browsers they have signed in with before still work. Check with them; if it was
                them, lift the delay below. Each alert is in the audit log.
              </p>
            </div>
          </section>
        )}
        {users.error && <LoadError error={users.error} retry={users.reload} />}
        {users.data && (
          <>
            <DataTable
              label="Users table"
              caption={`${users.data.total} ${users.data.total === 1 ? 'user' : 'users'}`}
              rows={users.data.items}
              rowKey={(u) => u.id}
              columns={[
                {
                  header: 'Email',
                  class: 'heard-wrap',
                  cell: (u) => (
                    <>
                      {u.email}
                      {u.name && <span class="govuk-body-s govuk-!-display-block">{u.name}</span>}
                    </>
                  ),
                },
                { header: 'Role', cell: (u) => ROLE_LABELS[u.role] },
                {
                  header: 'Boards',
                  cell: (u) =>
                    u.role === 'admin' ? 'All' : u.boards.map((b) => b.name).join(', '),
                },
                {
                  header: 'Status',
                  cell: (u) => (
                    <>
                      {u.disabled ? (
                        <strong class="govuk-tag govuk-tag--grey">Disabled</strong>
                      ) : (
                        <strong class="govuk-tag govuk-tag--green">Active</strong>
                      )}
                      <span class="govuk-body-s govuk-!-display-block">
                        Two-factor: {u.totpEnabled ? 'on' : 'off'}
                      </span>
                      {(u.signIn?.waitSeconds ?? 0) > 0 && (
                        <strong class="govuk-tag govuk-tag--red">Sign-in delayed</strong>
                      )}
                    </>
                  ),
                },
                {
                  header: 'Last signed in',
                  cell: (u) => (u.lastSignInAt ? formatDateTime(u.lastSignInAt) : 'Never'),
                },
                { header: 'Actions', cell: actions },
              ]}
            />
            <Pagination
              page={page}
              pageSize={PAGE_SIZE}
              total={users.data.total}
              hrefFor={(p) => `/admin/users${query({ page: p > 1 ? p : '' })}`}
              label="User pages"
            />
          </>
        )}

        <h2 class="govuk-heading-m" id="invite-heading">
          Add a user
        </h2>
        <form onSubmit={invite} noValidate aria-labelledby="invite-heading">
          <TextInput
            id="user-email"
            label="Email address"
            type="email"
            autocomplete="off"
            spellcheck={false}
            value={email}
            onValue={setEmail}
            error={errors.fields['user-email']}
          />
          <TextInput
            id="user-name"
            label="Name (optional)"
            autocomplete="off"
            value={name}
            onValue={setName}
            error={errors.fields['user-name']}
          />
          <Radios
            id="user-role"
            legend="Role"
            legendClass="govuk-fieldset__legend--s"
            options={ROLE_OPTIONS}
            value={role}
            onValue={setRole}
            error={errors.fields['user-role']}
          />
          {role && role !== 'admin' && (
            <Checkboxes
              id="user-boards"
              legend="Boards"
              legendClass="govuk-fieldset__legend--s"
              hint="They see stories of these Boards only."
              options={(boards.data?.items ?? []).map((b) => ({
                value: String(b.id),
                label: b.name,
              }))}
              values={boardIds}
              onValues={setBoardIds}
              error={errors.fields['user-boards']}
            />
          )}
          <button type="submit" class="govuk-button" disabled={busy}>
            Add user and show set-up link
          </button>
        </form>
      </Page>
    </>
  );
}
