import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addSite,
  checkWebUrl,
  listSites,
  normaliseOrigin,
  SiteAdminError,
  type SiteFields,
  siteSnippet,
  updateSite,
} from '../../server/sites/site-admin.ts';
import { findActiveSite } from '../../server/sites/site-queries.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

let deps: TestDeps;
beforeEach(async () => {
  deps = await createTestDeps();
});
afterEach(async () => deps.cleanup());

const NOW = new Date('2026-11-25T12:00:00Z');
const shire = (overrides: Partial<SiteFields> = {}): SiteFields => ({
  key: 'shire-cc',
  name: 'Shire County Council website',
  partnerName: 'Shire County Council',
  partnerKind: 'council',
  boardSlug: 'shire-sab',
  boardName: 'Shire Safeguarding Adults Board',
  allowedOrigins: ['https://www.shire.gov.uk'],
  contactName: 'Shire adult safeguarding team',
  contactPhone: '0300 123 4567',
  contactUrl: 'https://www.shire.gov.uk/safeguarding',
  emergencyText: null,
  quickExitUrl: 'https://www.bbc.co.uk/weather',
  languages: ['en'],
  active: true,
  ...overrides,
});

const issuesOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (error) {
    if (error instanceof SiteAdminError) return error.issues;
    throw error;
  }
  throw new Error('expected a SiteAdminError');
};

describe('normaliseOrigin', () => {
  it('keeps scheme, host and port, lowercased, without a trailing slash', () => {
    expect(normaliseOrigin(' HTTPS://WWW.Shire.GOV.uk/ ')).toEqual({
      ok: true,
      value: 'https://www.shire.gov.uk',
    });
    expect(normaliseOrigin('https://shire.gov.uk:8443')).toEqual({
      ok: true,
      value: 'https://shire.gov.uk:8443',
    });
    expect(normaliseOrigin('https://shire.gov.uk:443')).toEqual({
      ok: true,
      value: 'https://shire.gov.uk',
    });
  });

  it('allows plain http only on this machine', () => {
    expect(normaliseOrigin('http://localhost:3001').ok).toBe(true);
    expect(normaliseOrigin('http://127.0.0.1:3001').ok).toBe(true);
    expect(normaliseOrigin('http://[::1]:3001').ok).toBe(true);
    expect(normaliseOrigin('http://www.shire.gov.uk')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/https/),
    });
  });

  it('refuses paths, queries, fragments, wildcards, credentials and other schemes', () => {
    for (const bad of [
      'https://www.shire.gov.uk/adult-care',
      'https://www.shire.gov.uk/?x=1',
      'https://www.shire.gov.uk/#top',
      'https://www.shire.gov.uk?',
      '*',
      'https://*.shire.gov.uk',
      'https://user:pw@www.shire.gov.uk',
      'ftp://www.shire.gov.uk',
      'javascript:alert(1)',
      'www.shire.gov.uk',
      '',
    ]) {
      expect(normaliseOrigin(bad).ok, bad).toBe(false);
    }
  });
});

describe('checkWebUrl', () => {
  it('accepts https and local http, and refuses script and other schemes', () => {
    expect(checkWebUrl('https://www.bbc.co.uk/weather', 'x').ok).toBe(true);
    expect(checkWebUrl('http://127.0.0.1:3001/exit', 'x').ok).toBe(true);
    expect(checkWebUrl('http://www.bbc.co.uk/weather', 'x').ok).toBe(false);
    expect(checkWebUrl('javascript:alert(1)', 'x').ok).toBe(false);
    expect(checkWebUrl('data:text/html,hi', 'x').ok).toBe(false);
  });
});

describe('addSite', () => {
  it('creates the site with a new partner and Board and serves it to the journey', async () => {
    await addSite(deps.db, shire(), NOW);
    const site = await findActiveSite(deps.db, 'shire-cc');
    expect(site).toMatchObject({
      key: 'shire-cc',
      partnerName: 'Shire County Council',
      boardSlug: 'shire-sab',
      boardName: 'Shire Safeguarding Adults Board',
      allowedOrigins: ['https://www.shire.gov.uk'],
      quickExitUrl: 'https://www.bbc.co.uk/weather',
    });
  });

  it('reuses an existing partner whatever the case of its name', async () => {
    await addSite(deps.db, shire({ partnerName: 'Demo Borough Council', key: 'a-site' }), NOW);
    await addSite(deps.db, shire({ partnerName: 'demo borough council ', key: 'b-site' }), NOW);
    const partners = await deps.db.selectFrom('partner').select('name').execute();
    expect(partners.map((p) => p.name)).toEqual(['Demo Borough Council']);
  });

  it('joins an existing Board by slug without needing its name', async () => {
    await addSite(deps.db, shire({ boardSlug: 'demo-sab', boardName: null }), NOW);
    expect((await findActiveSite(deps.db, 'shire-cc'))?.boardName).toBe(
      'Demo Safeguarding Adults Board',
    );
  });

  it('asks for a name before creating a Board', async () => {
    const issues = await issuesOf(addSite(deps.db, shire({ boardName: null }), NOW));
    expect(issues).toEqual([
      { field: 'boardName', message: expect.stringMatching(/--board-name/) },
    ]);
    expect(await deps.db.selectFrom('partner').select('id').execute()).toHaveLength(1);
  });

  it('refuses a key that is already taken', async () => {
    const issues = await issuesOf(addSite(deps.db, shire({ key: 'demo' }), NOW));
    expect(issues[0]?.message).toMatch(/already exists/);
  });

  it('names every invalid field at once and stores nothing', async () => {
    const issues = await issuesOf(
      addSite(
        deps.db,
        shire({
          key: 'Bad Key!',
          name: ' ',
          allowedOrigins: ['https://ok.gov.uk', 'http://not-local.example'],
          contactPhone: 'call me',
          contactUrl: 'javascript:alert(1)',
          quickExitUrl: 'http://www.bbc.co.uk/weather',
          languages: ['english'],
        }),
        NOW,
      ),
    );
    expect(issues.map((i) => i.field).sort()).toEqual(
      [
        'allowedOrigins',
        'contactPhone',
        'contactUrl',
        'key',
        'languages',
        'name',
        'quickExitUrl',
      ].sort(),
    );
    expect(await listSites(deps.db)).toHaveLength(1);
  });

  it('stores origins normalised and without duplicates', async () => {
    await addSite(
      deps.db,
      shire({ allowedOrigins: ['https://WWW.shire.gov.uk/', 'https://www.shire.gov.uk'] }),
      NOW,
    );
    expect((await findActiveSite(deps.db, 'shire-cc'))?.allowedOrigins).toEqual([
      'https://www.shire.gov.uk',
    ]);
  });
});

describe('updateSite', () => {
  beforeEach(async () => {
    await addSite(deps.db, shire(), NOW);
  });

  it('changes only the fields given', async () => {
    await updateSite(deps.db, 'shire-cc', { contactPhone: '0300 999 0000' }, NOW);
    expect(await findActiveSite(deps.db, 'shire-cc')).toMatchObject({
      contactPhone: '0300 999 0000',
      contactName: 'Shire adult safeguarding team',
      allowedOrigins: ['https://www.shire.gov.uk'],
    });
  });

  it('adds and removes allowed origins one at a time', async () => {
    await updateSite(
      deps.db,
      'shire-cc',
      { addOrigins: ['https://shire.gov.uk'], removeOrigins: ['https://www.shire.gov.uk/'] },
      NOW,
    );
    expect((await findActiveSite(deps.db, 'shire-cc'))?.allowedOrigins).toEqual([
      'https://shire.gov.uk',
    ]);
  });

  it('refuses to remove an origin the site does not have', async () => {
    const issues = await issuesOf(
      updateSite(deps.db, 'shire-cc', { removeOrigins: ['https://other.gov.uk'] }, NOW),
    );
    expect(issues[0]?.message).toMatch(/not one of this site's websites/);
  });

  it('clears an optional setting given as null', async () => {
    await updateSite(deps.db, 'shire-cc', { contactUrl: null }, NOW);
    expect((await findActiveSite(deps.db, 'shire-cc'))?.contactUrl).toBeNull();
  });

  it('takes a deactivated site off the journey', async () => {
    await updateSite(deps.db, 'shire-cc', { active: false }, NOW);
    expect(await findActiveSite(deps.db, 'shire-cc')).toBeUndefined();
  });

  it('leaves the site unchanged when a change is invalid', async () => {
    await issuesOf(updateSite(deps.db, 'shire-cc', { quickExitUrl: 'ftp://x', name: 'New' }, NOW));
    expect((await findActiveSite(deps.db, 'shire-cc'))?.name).toBe('Shire County Council website');
  });

  it('reports an unknown site', async () => {
    const issues = await issuesOf(updateSite(deps.db, 'nope', { name: 'x' }, NOW));
    expect(issues[0]?.message).toBe('There is no site "nope".');
  });
});

describe('siteSnippet', () => {
  it('prints the snippet exactly as the public contract says', () => {
    expect(siteSnippet('https://heard.example.org/', 'shire-cc')).toBe(
      '<a href="https://heard.example.org/tell/shire-cc" data-heard-site="shire-cc">Tell us about your experience of safeguarding support</a>\n<script src="https://heard.example.org/embed.js" async></script>',
    );
    expect(siteSnippet('https://heard.example.org', 'shire-cc', 'inline')).toContain(
      'data-heard-site="shire-cc" data-heard-mode="inline">',
    );
  });
});

describe('languages', () => {
  it('stores catalogue codes, read generously, without duplicates', async () => {
    await addSite(deps.db, shire({ languages: ['EN', 'pl-PL', 'pl', 'easy'] }), NOW);
    expect((await findActiveSite(deps.db, 'shire-cc'))?.languages).toEqual(['en', 'pl', 'en-easy']);
  });

  it('refuses a language Heard has no catalogue for, naming the ones it has', async () => {
    const issues = await issuesOf(addSite(deps.db, shire({ languages: ['en', 'klingon'] }), NOW));
    expect(issues).toEqual([
      { field: 'languages', message: expect.stringMatching(/no language "klingon".*\ben-easy\b/) },
    ]);
  });
});
