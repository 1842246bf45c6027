import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';

/**
 * Real-Chromium helpers for the stored-XSS tests: a page that records whether any payload ran
 * (the corpus calls `__heardXss(id)`; some payloads set `window.__pwned`; `alert()` opens a
 * dialog), and a sweep of the DOM for elements a payload could only have created.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Installs the tripwires before any page script runs; dialogs are recorded and dismissed. */
export async function watchForXss(context: BrowserContext): Promise<{ dialogs: string[] }> {
  const seen = { dialogs: [] as string[] };
  await context.addInitScript(() => {
    const w = window as unknown as { __fired: string[]; __heardXss: (id: string) => void };
    w.__fired = [];
    w.__heardXss = (id) => w.__fired.push(id);
  });
  context.on('page', (page) => watchDialogs(page, seen.dialogs));
  for (const page of context.pages()) watchDialogs(page, seen.dialogs);
  return seen;
}

function watchDialogs(page: Page, dialogs: string[]): void {
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
}

/** Elements Heard never renders; their presence means a payload became markup. */
const FOREIGN = ['BASE', 'IFRAME', 'OBJECT', 'EMBED', 'TEMPLATE', 'MATH', 'MGLYPH', 'MTEXT'];

/**
 * What ran, and any element that could run script or leave the page on its own, or that only
 * the corpus brings: event-handler attributes, javascript:/data:/vbscript: URLs, scripts other
 * than our own, base/meta-refresh/iframe/MathML elements, `<img src=x>`, styles in the body and
 * elements with the corpus's `autofocus`/`x` attributes.
 */
export async function dangers(
  page: Page,
  options: { allowScriptsFrom?: string } = {},
): Promise<{ fired: string[]; risky: string[]; pwned: boolean }> {
  await page.waitForTimeout(150);
  return page.evaluate(
    ({ allowScriptsFrom, foreign }) => {
      const risky: string[] = [];
      for (const el of Array.from(document.querySelectorAll('*'))) {
        for (const attr of Array.from(el.attributes)) {
          const value = attr.value.trim().toLowerCase();
          if (attr.name.startsWith('on')) risky.push(`${el.tagName} ${attr.name}`);
          if (
            ['href', 'src', 'action', 'formaction', 'srcdoc', 'xlink:href', 'data'].includes(
              attr.name,
            ) &&
            /^(javascript|data|vbscript):/.test(
              [...value].filter((ch) => ch.charCodeAt(0) > 32).join(''),
            )
          )
            risky.push(`${el.tagName} ${attr.name}=${value.slice(0, 30)}`);
        }
        const tag = el.tagName.toUpperCase();
        if (tag === 'SCRIPT') {
          const s = el as HTMLScriptElement;
          const ours =
            s.type === 'application/json' ||
            (allowScriptsFrom !== undefined &&
              s.src.startsWith(allowScriptsFrom) &&
              !(s.textContent ?? '').trim());
          if (!ours) risky.push(`SCRIPT ${s.src || (s.textContent ?? '').slice(0, 30)}`);
        } else if (tag === 'META' && el.getAttribute('http-equiv')) risky.push('META refresh');
        else if (foreign.includes(tag)) risky.push(tag);
        else if (tag === 'STYLE' && el.closest('body')) risky.push('STYLE in body');
        else if (tag === 'IMG' && el.getAttribute('src') === 'x') risky.push('IMG src=x');
        // SVG uses `x` for position; on an HTML element it can only come from the corpus.
        const html = el.namespaceURI === 'http://www.w3.org/1999/xhtml';
        if (html && (el.hasAttribute('x') || el.hasAttribute('autofocus')))
          risky.push(`${tag} [x/autofocus]`);
      }
      const w = window as unknown as { __fired?: string[]; __pwned?: unknown };
      return { fired: w.__fired ?? [], risky, pwned: w.__pwned !== undefined };
    },
    { allowScriptsFrom: options.allowScriptsFrom, foreign: FOREIGN },
  );
}
