import type { Hono } from 'hono';
import type { UserRow } from '../../db/schema.ts';
import type { Deps } from '../../server/app-env.ts';
import { hashPassword } from '../../server/auth/password.ts';
import type { Role } from '../../server/auth/roles.ts';
import { newTotpSecret, totpCode } from '../../server/auth/totp.ts';
import { createUser } from '../../server/auth/users.ts';
import { storyIdOfReference } from './references.ts';

/** Sends one request: `app.request()` in-process, or fetch() against a running server. */
export type Requester = (path: string, init?: RequestInit) => Promise<Response>;

export const appRequester =
  (app: { request: Hono['request'] }): Requester =>
  async (path, init) =>
    app.request(path, init);
export const urlRequester =
  (baseUrl: string): Requester =>
  (path, init) =>
    fetch(`${baseUrl}${path}`, init);

/** A password that passes the rules; every test account uses it unless told otherwise. */
export const TEST_PASSWORD = 'quiet lantern orchard 47';

export type StaffAccount = {
  user: UserRow;
  email: string;
  password: string;
  totpSecret: string | null;
};

let counter = 0;

/**
 * Creates a staff account directly in the database (as the CLI would), on the Boards named by
 * slug. With `totp: true`, two-factor sign-in is already set up and `totpSecret` is returned.
 */
export async function createStaff(
  deps: Deps,
  options: { role: Role; boardSlugs?: string[]; email?: string; password?: string; totp?: boolean },
): Promise<StaffAccount> {
  counter += 1;
  const email = options.email ?? `${options.role}.${counter}.${Date.now()}@staff.example`;
  const password = options.password ?? TEST_PASSWORD;
  const boards = options.boardSlugs?.length
    ? await deps.db
        .selectFrom('board')
        .select('id')
        .where('slug', 'in', options.boardSlugs)
        .execute()
    : [];
  const user = await createUser(deps.db, {
    email,
    role: options.role,
    boardIds: boards.map((b) => b.id),
    passwordHash: await hashPassword(password),
    now: deps.now(),
  });
  let totpSecret: string | null = null;
  if (options.totp) {
    totpSecret = newTotpSecret();
    await deps.db
      .updateTable('user')
      .set({
        totp_enabled: 1,
        totp_secret_sealed: deps.sealer.seal(totpSecret, 'user.totp_secret'),
      })
      .where('id', '=', user.id)
      .execute();
  }
  return { user, email, password, totpSecret };
}

/**
 * A signed-in admin API client: keeps the session cookie and sends `X-CSRF-Token` and
 * `Content-Type: application/json` on every write, as the admin app does.
 */
export class AdminClient {
  cookie: string | null = null;
  csrfToken: string | null = null;
  session: Record<string, unknown> | null = null;

  constructor(readonly send: Requester) {}

  request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookie && !headers.has('Cookie')) headers.set('Cookie', this.cookie);
    return this.send(path, { ...init, headers }).then((res) => {
      this.remember(res);
      return res;
    });
  }

  get(path: string): Promise<Response> {
    return this.request(path);
  }

  write(method: 'POST' | 'PUT', path: string, body: unknown = {}): Promise<Response> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (this.csrfToken) headers['X-CSRF-Token'] = this.csrfToken;
    return this.request(path, { method, headers, body: JSON.stringify(body) });
  }

  post(path: string, body: unknown = {}): Promise<Response> {
    return this.write('POST', path, body);
  }

  put(path: string, body: unknown): Promise<Response> {
    return this.write('PUT', path, body);
  }

  /** Picks up a new session cookie (sign-in, rotation) or its removal. */
  private remember(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const match = /^heard_admin_session=([^;]*)/.exec(line);
      if (match) this.cookie = match[1] ? `heard_admin_session=${match[1]}` : null;
    }
  }

  /** Signs in with email and password, then the TOTP code when the account has one. */
  async signIn(
    account: { email: string; password: string; totpSecret?: string | null },
    now = new Date(),
  ) {
    const res = await this.post('/admin/api/session', {
      email: account.email,
      password: account.password,
    });
    if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
    let session = (await res.json()) as { state: string; csrfToken: string };
    this.csrfToken = session.csrfToken;
    if (session.state === 'totp_required' && account.totpSecret) {
      const second = await this.post('/admin/api/session/totp', {
        code: totpCode(account.totpSecret, now),
      });
      if (second.status !== 200)
        throw new Error(`TOTP failed: ${second.status} ${await second.text()}`);
      session = (await second.json()) as { state: string; csrfToken: string };
      this.csrfToken = session.csrfToken;
    }
    this.session = session;
    return session;
  }
}

/** Creates an account with this role on these Boards and returns a client signed in as it. */
export async function signInAs(
  send: Requester,
  deps: Deps,
  options: { role: Role; boardSlugs?: string[]; totp?: boolean },
): Promise<AdminClient & { account: StaffAccount }> {
  const account = await createStaff(deps, options);
  const client = new AdminClient(send);
  await client.signIn(account, deps.now());
  return Object.assign(client, { account });
}

/** Adds a second Board with one active site (key = slug), for "other Board" cases. */
export async function addBoardWithSite(
  deps: Deps,
  slug: string,
): Promise<{ boardId: number; siteId: number }> {
  const at = deps.now().toISOString();
  const board = await deps.db
    .insertInto('board')
    .values({ slug, name: `${slug} Board`, created_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  const partner = await deps.db
    .insertInto('partner')
    .values({ name: `${slug} council`, kind: 'council', created_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  const site = await deps.db
    .insertInto('site')
    .values({
      key: slug,
      name: `${slug} site`,
      partner_id: partner.id,
      board_id: board.id,
      allowed_origins: '[]',
      safeguarding_contact_name: 'Adult social care',
      safeguarding_phone: '0117 496 0000',
      safeguarding_url: null,
      emergency_text: null,
      quick_exit_url: 'https://www.bbc.co.uk/weather',
      languages: '["en"]',
      active: 1,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { boardId: board.id, siteId: site.id };
}

/** Sends a story through the public API (as the journey does) and returns its id and reference. */
export async function submitStory(
  send: Requester,
  deps: Deps,
  story: Record<string, unknown>,
): Promise<{ id: number; reference: string; urgent: boolean }> {
  const res = await send('/api/v1/stories', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ elapsedMs: 300_000, ...story }),
  });
  if (res.status !== 201) throw new Error(`story not stored: ${res.status} ${await res.text()}`);
  const { reference, urgent } = (await res.json()) as { reference: string; urgent: boolean };
  const id = storyIdOfReference(deps, reference);
  if (id === undefined) throw new Error(`no story has the reference ${reference}`);
  return { id, reference, urgent };
}
