import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import {
  AdminClient,
  addBoardWithSite,
  createStaff,
  urlRequester,
} from '../support/admin-client.ts';
import { submitStory } from '../support/admin-page.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';

// Path tricks on /admin: an anonymous request, however its path is spelled (encoded and repeated
// slashes, case, dot segments, %2e%2e, trailing dots, `;` parameters, absolute-form targets),
// never reaches admin data. Requests go over a raw socket, so the path reaches the server
// exactly as written: fetch() and browsers would tidy most of these away first.

let heard: RunningHeard;
let boardId: number;
const CANARY = 'Zqxcanary';

beforeAll(async () => {
  heard = await startHeard();
  const { boardId: id } = await addBoardWithSite(heard.deps, 'zqxcanary');
  boardId = id;
  await heard.deps.db
    .updateTable('board')
    .set({ name: `${CANARY} Board` })
    .where('id', '=', id)
    .execute();
  await createStaff(heard.deps, {
    role: 'coordinator',
    boardSlugs: [DEMO_BOARD_SLUG, 'zqxcanary'],
    email: `${CANARY.toLowerCase()}@staff.example`,
  });
  await submitStory(heard, { siteKey: 'zqxcanary' });
}, 120_000);
afterAll(async () => heard?.close());

type Raw = { status: number; headers: string; body: string };

/** One HTTP/1.1 request written byte for byte, so no client rewrites the request target. */
function raw(target: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const socket = connect(heard.port, '127.0.0.1');
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => {
      data += chunk;
    });
    socket.on('error', reject);
    socket.on('end', () => {
      const split = data.indexOf('\r\n\r\n');
      const head = data.slice(0, split);
      resolve({
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0),
        headers: head,
        body: data.slice(split + 4),
      });
    });
    const extra = Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    socket.write(
      `GET ${target} HTTP/1.1\r\nHost: localhost:${heard.port}\r\n${extra}Connection: close\r\n\r\n`,
    );
  });
}

/** Every spelling of `/admin/api/<rest>` we could think of that is not the plain one. */
function spellings(rest: string): string[] {
  const up = rest.toUpperCase();
  return [
    `//admin/api/${rest}`,
    `/admin//api/${rest}`,
    `/admin/api//${rest}`,
    `///admin///api///${rest}`,
    `/ADMIN/api/${rest}`,
    `/Admin/Api/${rest}`,
    `/admin/API/${rest}`,
    `/admin/api/${up}`,
    `/x/../admin/api/${rest}`,
    `/admin/./api/${rest}`,
    `/admin/api/./${rest}`,
    `/admin/x/../api/${rest}`,
    `/assets/../admin/api/${rest}`,
    `/tell/demo/../../admin/api/${rest}`,
    `/%61dmin/api/${rest}`,
    `/admin/%61pi/${rest}`,
    `/%61%64%6d%69%6e/%61%70%69/${rest}`,
    `/admin%2fapi%2f${rest.replaceAll('/', '%2f')}`,
    `/admin/api%2F${rest}`,
    `/%2e%2e/admin/api/${rest}`,
    `/x/%2e%2e/admin/api/${rest}`,
    `/x/%2E%2E/admin/api/${rest}`,
    `/x/..%2fadmin/api/${rest}`,
    `/x/%2e%2e%2fadmin/api/${rest}`,
    `/%252e%252e/admin/api/${rest}`,
    `/x/.%2e/admin/api/${rest}`,
    `/admin/api/${rest}.`,
    `/admin/api/${rest}..`,
    `/admin./api/${rest}`,
    `/admin/api./${rest}`,
    `/admin/api/${rest}/`,
    `/admin/api/${rest}/.`,
    `/admin/api/${rest};`,
    `/admin/api/${rest};jsessionid=x`,
    `/admin;/api/${rest}`,
    `/admin/api;x=1/${rest}`,
    `/admin/api/${rest}%00`,
    `/admin/api/${rest}%20`,
    `/admin/api/${rest}%09`,
    `/admin/api/${rest}%23`,
    `/admin/api/${rest}%3f`,
    `/admin\\api\\${rest.replaceAll('/', '\\')}`,
    `/admin%5capi%5c${rest.replaceAll('/', '%5c')}`,
    `/admin/api/${rest}?/../`,
    `http://localhost:1/admin/api/${rest}`,
    `http://evil.example/admin/api/${rest}`,
  ];
}

const TARGETS = () => [
  'stories',
  'users',
  'audit',
  'sites',
  'settings',
  'curated-stories',
  `boards/${boardId}/measures`,
  `boards/${boardId}/measures.csv`,
  `boards/${boardId}/library`,
  `boards/${boardId}/packs`,
  `boards/${boardId}/actions`,
];

describe('path tricks on /admin', () => {
  it('the plain path with a real session does reach the data (so the checks below can fail)', async () => {
    const staff = await createStaff(heard.deps, { role: 'admin' });
    const client = new AdminClient(urlRequester(heard.url));
    await client.signIn(staff);
    const res = await raw('/admin/api/users', { Cookie: client.cookie as string });
    expect(res.status).toBe(200);
    expect(res.body.toLowerCase()).toContain(CANARY.toLowerCase());
    // And anonymously, the plain path is refused.
    expect((await raw('/admin/api/users')).status).toBe(401);
  }, 60_000);

  it('never give an anonymous request admin data, however the path is spelled', async () => {
    const leaks: string[] = [];
    let tried = 0;
    for (const rest of TARGETS()) {
      for (const target of spellings(rest)) {
        const res = await raw(target);
        tried++;
        const json = /content-type: application\/(json|problem\+json)/i.test(res.headers);
        const csv = /content-type: text\/csv/i.test(res.headers);
        if (res.status >= 500) leaks.push(`${target}: ${res.status}`);
        if (res.body.toLowerCase().includes(CANARY.toLowerCase()))
          leaks.push(`${target}: canary in the body`);
        if (res.status >= 200 && res.status < 300 && (json || csv))
          leaks.push(`${target}: ${res.status} ${json ? 'JSON' : 'CSV'}`);
        // A 2xx that is not data may only be the admin app's fixed shell (it holds no data).
        if (res.status >= 200 && res.status < 300 && !/Heard admin needs JavaScript/.test(res.body))
          leaks.push(`${target}: ${res.status} something other than the shell`);
        if (
          /^location:/im.test(res.headers) &&
          /location:\s*(https?:)?\/\/(?!localhost)/im.test(res.headers)
        )
          leaks.push(`${target}: redirects off-site`);
      }
    }
    expect(tried).toBeGreaterThan(400);
    expect(leaks).toEqual([]);
  }, 120_000);

  it('keep the admin shell’s strict headers on every spelling that serves it', async () => {
    for (const target of ['/admin/queue', '/admin//queue', '/admin/./queue', '/admin/queue;x']) {
      const res = await raw(target);
      if (res.status !== 200) continue;
      expect(res.headers).toMatch(/content-security-policy: [^\r\n]*frame-ancestors 'none'/i);
      expect(res.headers).toMatch(/cache-control: no-store/i);
    }
  });
});
