import { existsSync } from 'node:fs';

/**
 * Thrown when this server cannot make PDFs (no Chromium, no playwright-core, or Chromium would
 * not start): the route answers 503 with a plain explanation and Word/HTML still work.
 */
export class PdfUnavailableError extends Error {
  override name = 'PdfUnavailableError';
}

/**
 * Where Chromium is, if anywhere: CHROMIUM_PATH when set (and nothing else, so a wrong setting
 * shows as "PDF not available" instead of quietly using another browser), else Debian's
 * /usr/bin/chromium.
 */
export function chromiumPath(configured: string | undefined): string | undefined {
  const candidate = configured || '/usr/bin/chromium';
  return existsSync(candidate) ? candidate : undefined;
}

/** Longest a launch or a print may take before we give up (a stuck browser must not hang). */
const TIMEOUT_MS = 60_000;

// One PDF at a time: each export starts a whole browser, and a few at once could exhaust a
// small server's memory. Packs are made a few times a month, so waiting is rare and short.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Prints the pack's HTML to a tagged (accessible) PDF with Chromium (optional: decision 0072).
 * A fresh browser per export keeps nothing in memory between packs; a pack is a few a month.
 * JavaScript is off and every network request is refused: the HTML is self-contained.
 */
export function renderPackPdf(html: string, executablePath: string | undefined): Promise<Buffer> {
  const run = queue.then(() => printPdf(html, executablePath));
  queue = run.catch(() => undefined);
  return run;
}

async function printPdf(html: string, executablePath: string | undefined): Promise<Buffer> {
  if (!executablePath) throw new PdfUnavailableError('No Chromium found');
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new PdfUnavailableError('playwright-core is not installed');
  }
  let browser: Awaited<ReturnType<typeof chromium.launch>>;
  try {
    browser = await chromium.launch({
      executablePath,
      timeout: TIMEOUT_MS,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch (cause) {
    throw new PdfUnavailableError(`Chromium did not start: ${(cause as Error).message}`, {
      cause,
    });
  }
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    context.setDefaultTimeout(TIMEOUT_MS);
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
