import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import { PARTNER_KINDS, type Partner, type PartnerList } from '../api/types.ts';
import { announce } from '../components/announce.ts';
import { DataTable } from '../components/data-table.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Radios, TextInput } from '../components/fields.tsx';
import { hasErrors, summaryOf } from '../components/form-errors.ts';
import { LoadError } from '../components/load-error.tsx';
import { Page } from '../components/page.tsx';
import { RowAction } from '../components/row-action.tsx';
import { useFormAction } from '../components/use-form-action.ts';
import { useLoad } from '../components/use-load.ts';
import { label } from '../labels.ts';

export const PARTNER_KIND_LABELS: Record<string, string> = {
  council: 'Council',
  healthwatch: 'Healthwatch',
  nhs: 'NHS body',
  police: 'Police',
  advocacy: 'Advocacy organisation',
  voluntary: 'Voluntary organisation',
  other: 'Other',
};

/** Partners: organisations that embed the widget. List, add, edit. */
export default function AdminPartners() {
  const partners = useLoad((signal) => api.get<PartnerList>('/partners', { signal }), []);
  const [editing, setEditing] = useState<Partner | null>(null);
  const [name, setName] = useState('');
  const [kind, setKind] = useState('');
  const form = useFormAction();
  const { errors, busy } = form;

  const edit = (p: Partner | null) => {
    setEditing(p);
    setName(p?.name ?? '');
    setKind(p?.kind ?? '');
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!name.trim()) local['partner-name'] = 'Enter the organisation’s name';
    if (!kind) local['partner-kind'] = 'Select the kind of organisation';
    if (form.invalid(local)) return;
    await form.run(
      async () => {
        if (editing) await api.put<Partner>(`/partners/${editing.id}`, { name: name.trim(), kind });
        else await api.post<Partner>('/partners', { name: name.trim(), kind });
        announce(editing ? 'Partner saved' : `${name.trim()} added`);
        edit(null);
        partners.reload();
      },
      { name: 'partner-name', kind: 'partner-kind' },
    );
  };

  return (
    <>
      <ErrorSummary errors={summaryOf(errors, ['partner-name', 'partner-kind'])} />
      <Page title="Partners" hasErrors={hasErrors(errors)}>
        {partners.error && <LoadError error={partners.error} retry={partners.reload} />}
        {partners.data && (
          <DataTable
            label="Partners table"
            caption="Partner organisations"
            hiddenCaption
            rows={partners.data.items}
            rowKey={(p) => p.id}
            columns={[
              { header: 'Name', cell: (p) => p.name },
              { header: 'Kind', cell: (p) => label(PARTNER_KIND_LABELS, p.kind) },
              {
                header: 'Action',
                hiddenHeader: true,
                cell: (p) => (
                  <RowAction context={p.name} onClick={() => edit(p)}>
                    Change
                  </RowAction>
                ),
              },
            ]}
          />
        )}
        <h2 class="govuk-heading-m" id="partner-form">
          {editing ? `Change ${editing.name}` : 'Add a partner'}
        </h2>
        <form onSubmit={submit} noValidate aria-labelledby="partner-form">
          <TextInput
            id="partner-name"
            label="Name"
            value={name}
            onValue={setName}
            error={errors.fields['partner-name']}
          />
          <Radios
            id="partner-kind"
            legend="Kind of organisation"
            legendClass="govuk-fieldset__legend--s"
            options={PARTNER_KINDS.map((k) => ({ value: k, label: label(PARTNER_KIND_LABELS, k) }))}
            value={kind}
            onValue={setKind}
            error={errors.fields['partner-kind']}
            small
          />
          <div class="govuk-button-group">
            <button type="submit" class="govuk-button" disabled={busy}>
              {editing ? 'Save partner' : 'Add partner'}
            </button>
            {editing && (
              <button
                type="button"
                class="govuk-button govuk-button--secondary"
                onClick={() => edit(null)}
              >
                Cancel
              </button>
            )}
          </div>
        </form>
      </Page>
    </>
  );
}
