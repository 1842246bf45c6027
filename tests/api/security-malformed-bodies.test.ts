import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

// Bodies that cannot be parsed (issue 12, finding 4): `multipart/form-data; boundary=xx` with a
// garbage body made /withdraw, /withdraw/confirm and the no-JavaScript /tell/{site} answer 500
// and log a stack trace. Each HTML form route now reads such a body as an empty form and answers
// with its usual error summary, in the person's language; nothing is stored or changed.
// (tests/api/fuzz-*.test.ts throw every other kind of body at every route.)

let deps: TestDeps;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  deps = await createTestDeps({
    env: { HEARD_RATE_LIMIT_PER_ADDRESS: '0', HEARD_RATE_LIMIT_PER_SITE: '0' },
  });
  app = createApp(deps);
});
afterAll(async () => deps.cleanup());

const changes = () => (deps.sqlite.prepare('select total_changes() as n').get() as { n: number }).n;

const GARBAGE: { name: string; type: string; body: string }[] = [
  { name: 'garbage', type: 'multipart/form-data; boundary=xx', body: 'this is not multipart' },
  {
    name: 'a wrong boundary',
    type: 'multipart/form-data; boundary=yy',
    body: '--xx\r\nContent-Disposition: form-data; name="reference"\r\n\r\nABC\r\n--xx--\r\n',
  },
  { name: 'no boundary', type: 'multipart/form-data', body: '--xx\r\n\r\n--xx--' },
  {
    name: 'a truncated part',
    type: 'multipart/form-data; boundary=xx',
    body: '--xx\r\nContent-Disposition: form-data; name="reference"\r\n\r\nAB',
  },
];

describe('a form body that cannot be parsed', () => {
  for (const { name, type, body } of GARBAGE) {
    it(`with ${name} gets the withdrawal page's error, in the person's language, on /withdraw and /withdraw/confirm`, async () => {
      for (const path of ['/withdraw?lang=pl', '/withdraw/confirm?lang=pl']) {
        const before = changes();
        const logged = deps.logLines.length;
        const res = await app.request(path, {
          method: 'POST',
          headers: { 'Content-Type': type },
          body,
        });
        expect(res.status, path).toBe(400);
        expect(res.headers.get('content-type')).toMatch(/^text\/html/);
        const html = await res.text();
        expect(html).toContain('<html lang="pl"');
        expect(html).toContain('Wpisz swój numer referencyjny');
        expect(html).toContain('id="error-summary-title"');
        expect(changes()).toBe(before);
        expect(deps.logLines.slice(logged).join('\n')).not.toMatch(/request\.failed|stack/);
      }
    });

    it(`with ${name} gets the no-JavaScript form's error summary on /tell/{site}, not a 500`, async () => {
      const before = changes();
      const logged = deps.logLines.length;
      const res = await app.request('http://localhost/tell/demo', {
        method: 'POST',
        headers: { 'Content-Type': type, Origin: 'http://localhost' },
        body,
      });
      expect(res.status).toBe(422);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await res.text();
      expect(html).toContain('data-testid="error-summary"');
      expect(html).toContain('There is a problem');
      expect(changes()).toBe(before);
      expect(deps.logLines.slice(logged).join('\n')).not.toMatch(/request\.failed|stack/);
    });
  }
});
