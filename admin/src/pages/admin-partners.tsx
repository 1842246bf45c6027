import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import { PARTNER_KINDS, type Partner } from '../api/types.ts';
import { announce } from '../components/announce.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Radios, TextInput } from '../components/fields.tsx';
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
  const partners = useLoad((signal) => api.get<{ items: Partner[] }>('/partners', { signal }), []);
  const [editing, setEditing] = useState<Partner | null>(null);
  const [name, setName] = useState('');
  const [kind, setKind] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!name.trim()) local['partner-name'] = 'Enter the organisation’s name';
    if (!kind) local['partner-kind'] = 'Select the kind of organisation';
    if (Object.keys(local).length) return setErrors({ fields: local, general: [] });
    setBusy(true);
    try {
      if (editing) await api.put<Partner>(`/partners/${editing.id}`, { name: name.trim(), kind });
      else await api.post<Partner>('/partners', { name: name.trim(), kind });
      setErrors(NO_ERRORS);
      announce(editing ? 'Partner saved' : `${name.trim()} added`);
      setEditing(null);
      setName('');
      setKind('');
      partners.reload();
    } catch (error) {
      setErrors(formErrorsFrom(error, { name: 'partner-name', kind: 'partner-kind' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary errors={summaryOf(errors, ['partner-name', 'partner-kind'])} />
      <Page title="Partners" hasErrors={hasErrors(errors)}>
        {partners.error && <LoadError error={partners.error} retry={partners.reload} />}
        {partners.data && (
          <TableScroll label="Partners table">
            <table class="govuk-table">
              <caption class="govuk-table__caption govuk-visually-hidden">
                Partner organisations
              </caption>
              <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                  <th scope="col" class="govuk-table__header">
                    Name
                  </th>
                  <th scope="col" class="govuk-table__header">
                    Kind
                  </th>
                  <th scope="col" class="govuk-table__header">
                    <span class="govuk-visually-hidden">Action</span>
                  </th>
                </tr>
              </thead>
              <tbody class="govuk-table__body">
                {partners.data.items.map((p) => (
                  <tr class="govuk-table__row" key={p.id}>
                    <th scope="row" class="govuk-table__header">
                      {p.name}
                    </th>
                    <td class="govuk-table__cell">{label(PARTNER_KIND_LABELS, p.kind)}</td>
                    <td class="govuk-table__cell">
                      <button
                        type="button"
                        class="heard-link-button"
                        onClick={() => {
                          setEditing(p);
                          setName(p.name);
                          setKind(p.kind);
                        }}
                      >
                        Change<span class="govuk-visually-hidden"> {p.name}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
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
                onClick={() => {
                  setEditing(null);
                  setName('');
                  setKind('');
                }}
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
