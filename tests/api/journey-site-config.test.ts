import { describe, expect, it } from 'vitest';
import { readSite } from '../../widget/journey/site-config.ts';

/** A page carrying only the site JSON, as the server renders it (html-page.ts). */
const pageWith = (site: object) =>
  ({
    getElementById: (id: string) =>
      id === 'heard-site' ? { textContent: JSON.stringify(site) } : null,
  }) as unknown as Document;

describe('the site settings the journey reads', () => {
  it("takes the Board's response time for urgent stories, in working hours", () => {
    expect(readSite(pageWith({ key: 'demo', responseHours: 8 }))?.responseHours).toBe(8);
  });

  it('falls back to 4 working hours when the page does not say, or says nonsense', () => {
    expect(readSite(pageWith({ key: 'demo' }))?.responseHours).toBe(4);
    expect(readSite(pageWith({ key: 'demo', responseHours: -1 }))?.responseHours).toBe(4);
    expect(readSite(pageWith({ key: 'demo', responseHours: '8' }))?.responseHours).toBe(4);
  });
});
