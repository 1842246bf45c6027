import { useState } from 'preact/hooks';
import type { Board, Partner, SiteInput, StoredSite } from '../api/types.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Checkboxes, Select, Textarea, TextInput } from '../components/fields.tsx';
import { summaryOf } from '../components/form-errors.ts';
import { useFormAction } from '../components/use-form-action.ts';

export type SiteFormProps = {
  initial: StoredSite | null;
  partners: Partner[];
  boards: Board[];
  submitLabel: string;
  save: (input: SiteInput) => Promise<void>;
};

const IDS: Record<string, string> = {
  key: 'site-key',
  name: 'site-name',
  partnerName: 'site-partner',
  partnerKind: 'site-partner',
  boardSlug: 'site-board',
  allowedOrigins: 'site-origins',
  contactName: 'site-contact',
  contactPhone: 'site-phone',
  contactUrl: 'site-url',
  emergencyText: 'site-emergency',
  quickExitUrl: 'site-exit',
  languages: 'site-languages',
  active: 'site-active',
};

/** Create or edit a site: where the widget runs, who it reports to, and its safety contacts. */
export function SiteForm({ initial, partners, boards, submitLabel, save }: SiteFormProps) {
  const [key, setKey] = useState(initial?.key ?? '');
  const [name, setName] = useState(initial?.name ?? '');
  const [partnerId, setPartnerId] = useState(
    initial ? String(partners.find((p) => p.name === initial.partnerName)?.id ?? '') : '',
  );
  const [boardId, setBoardId] = useState(
    initial ? String(boards.find((b) => b.slug === initial.boardSlug)?.id ?? '') : '',
  );
  const [origins, setOrigins] = useState((initial?.allowedOrigins ?? []).join('\n'));
  const [contact, setContact] = useState(initial?.contactName ?? '');
  const [phone, setPhone] = useState(initial?.contactPhone ?? '');
  const [url, setUrl] = useState(initial?.contactUrl ?? '');
  const [emergency, setEmergency] = useState(initial?.emergencyText ?? '');
  const [exit, setExit] = useState(initial?.quickExitUrl ?? 'https://www.bbc.co.uk/weather');
  const [active, setActive] = useState<string[]>(initial && !initial.active ? [] : ['active']);
  const form = useFormAction();
  const { errors, busy } = form;

  const submit = async (event: Event) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!/^[a-z0-9-]{3,40}$/.test(key))
      local['site-key'] = 'Enter a key of 3 to 40 lower-case letters, numbers or hyphens';
    if (!name.trim()) local['site-name'] = 'Enter the site’s name';
    if (!partnerId) local['site-partner'] = 'Select the partner';
    if (!boardId) local['site-board'] = 'Select the Board';
    if (!contact.trim())
      local['site-contact'] = 'Enter who people should contact about a safeguarding worry';
    if (!exit.trim()) local['site-exit'] = 'Enter the web address the quick exit goes to';
    if (form.invalid(local)) return;
    await form.run(async () => {
      const partner = partners.find((p) => String(p.id) === partnerId);
      const board = boards.find((b) => String(b.id) === boardId);
      await save({
        key,
        name: name.trim(),
        partnerName: partner?.name ?? '',
        partnerKind: partner?.kind ?? 'other',
        boardSlug: board?.slug ?? '',
        boardName: board?.name ?? null,
        allowedOrigins: origins
          .split(/\s+/)
          .map((o) => o.trim())
          .filter(Boolean),
        contactName: contact.trim(),
        contactPhone: phone.trim() || null,
        contactUrl: url.trim() || null,
        emergencyText: emergency.trim() || null,
        quickExitUrl: exit.trim(),
        languages: initial?.languages ?? ['en'],
        active: active.includes('active'),
      });
    }, IDS);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <ErrorSummary errors={summaryOf(errors, Object.values(IDS))} />
      <TextInput
        id="site-name"
        label="Name"
        hint="For example: Northshire Council website"
        value={name}
        onValue={setName}
        error={errors.fields['site-name']}
      />
      {initial ? (
        <p class="govuk-body">
          Site key: <strong class="heard-wrap">{initial.key}</strong> (it cannot change: pages
          already use it)
        </p>
      ) : (
        <TextInput
          id="site-key"
          label="Site key"
          hint="Used in the snippet and the web address of the form: 3 to 40 lower-case letters, numbers or hyphens. It cannot be changed later."
          value={key}
          onValue={setKey}
          error={errors.fields['site-key']}
          width="20"
          spellcheck={false}
        />
      )}
      <Select
        id="site-partner"
        label="Partner"
        value={partnerId}
        onValue={setPartnerId}
        error={errors.fields['site-partner']}
        options={[
          { value: '', label: 'Select a partner' },
          ...partners.map((p) => ({ value: String(p.id), label: p.name })),
        ]}
      />
      <Select
        id="site-board"
        label="Board"
        value={boardId}
        onValue={setBoardId}
        error={errors.fields['site-board']}
        options={[
          { value: '', label: 'Select a Board' },
          ...boards.map((b) => ({ value: String(b.id), label: b.name })),
        ]}
      />
      <Textarea
        id="site-origins"
        label="Web addresses allowed to show the form (optional)"
        hint="One on each line, for example https://www.northshire.gov.uk. Leave empty to use the full-page form only."
        value={origins}
        onValue={setOrigins}
        error={errors.fields['site-origins']}
        rows={3}
      />
      <TextInput
        id="site-contact"
        label="Safeguarding contact"
        hint="Shown to people who may be in danger, for example: Northshire adult social care"
        value={contact}
        onValue={setContact}
        error={errors.fields['site-contact']}
      />
      <TextInput
        id="site-phone"
        label="Safeguarding phone number (optional)"
        type="tel"
        autocomplete="off"
        value={phone}
        onValue={setPhone}
        error={errors.fields['site-phone']}
        width="20"
      />
      <TextInput
        id="site-url"
        label="Safeguarding web page (optional)"
        type="url"
        value={url}
        onValue={setUrl}
        error={errors.fields['site-url']}
        spellcheck={false}
      />
      <Textarea
        id="site-emergency"
        label="Extra emergency text (optional)"
        value={emergency}
        onValue={setEmergency}
        error={errors.fields['site-emergency']}
        rows={2}
      />
      <TextInput
        id="site-exit"
        label="Quick exit goes to"
        hint="A harmless page, for example a weather forecast"
        type="url"
        value={exit}
        onValue={setExit}
        error={errors.fields['site-exit']}
        spellcheck={false}
      />
      <Checkboxes
        id="site-active"
        legend="Status"
        legendClass="govuk-fieldset__legend--s"
        options={[{ value: 'active', label: 'Active: people can send stories through this site' }]}
        values={active}
        onValues={setActive}
        error={errors.fields['site-active']}
      />
      <button type="submit" class="govuk-button" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
