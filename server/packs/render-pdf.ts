import { existsSync } from 'node:fs';

/** Thrown when no Chromium is available: the route answers 503 with a plain explanation. */
export class PdfUnavailableError extends Error {
  override name = 'PdfUnavailableError';
}

/** Where Chromium is, if anywhere: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(envPath: string | undefined): string | undefined {
  const candidate = envPath || '/usr/bin/chromium';
  return existsSync(candidate) ? candidate : undefined;
}

/**
 * Prints the pack's HTML to a tagged (accessible) PDF with Chromium (optional: decision 0072).
 * A fresh browser per export keeps nothing in memory between packs; a pack is a few a month.
 * Network access is blocked: the HTML is self-contained and must not fetch anything.
 */
export async function renderPackPdf(
  html: string,
  executablePath: string | undefined,
): Promise<Buffer> {
  if (!executablePath) throw new PdfUnavailableError('No Chromium found');
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new PdfUnavailableError('playwright-core is not installed');
  }
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      tagged: true,
      outline: true,
      margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' },
    });
  } finally {
    await browser.close();
  }
}
