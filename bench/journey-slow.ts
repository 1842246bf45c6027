import { chromium, type Page } from '@playwright/test';
import { walkTo } from '../tests/browser/journey-steps.ts';
import { startEmbedWorld } from '../tests/fixtures/host-pages/embed-harness.ts';

/**
 * The journey on an old phone: Chromium with network throttling (400 kbit/s each way, 400 ms
 * round trip) and 4× CPU slowdown, measured in two parts:
 * 1. from activating the launcher on a cross-origin host page to the journey's first screen
 *    being ready (its heading rendered and focused inside the iframe);
 * 2. from pressing Send on the last page to the reference being shown.
 * Site isolation is turned off so the throttling also applies to the iframe's process (with
 * it on, the iframe runs in its own renderer and would escape the CPU slowdown).
 */
export const title = 'Journey on a slow connection';

const RUNS = Number(process.env.BENCH_JOURNEY_RUNS ?? 5);
/** BENCH_JOURNEY_SEND=0 measures only the first part (quicker while trying a change). */
const SEND = process.env.BENCH_JOURNEY_SEND !== '0';
/** BENCH_TRACE=1 prints each run's requests after the launcher, to spot a waterfall. */
const TRACE = process.env.BENCH_TRACE === '1';

/** One line per request: when it started and ended after the launcher, and its parts. */
function traceRequests(page: Page, since: () => number): () => string[] {
  const lines: { at: number; line: string }[] = [];
  page.on('requestfinished', async (request) => {
    const t = request.timing();
    const started = since();
    if (started === 0 || t.startTime < started) return;
    const sizes = await request.sizes().catch(() => null);
    const rel = (ms: number) => (ms < 0 ? '—' : `${Math.round(ms)}`);
    const url = new URL(request.url());
    lines.push({
      at: t.startTime - started,
      line: `  +${Math.round(t.startTime - started)} ms ${url.pathname}${url.search.slice(0, 12)}: connect ${t.connectStart < 0 ? 'reused' : `${rel(t.connectEnd - t.connectStart)} ms`}, first byte +${rel(t.responseStart)}, done +${rel(t.responseEnd)}, ${sizes ? sizes.responseBodySize : '?'} B body`,
    });
  });
  return () => lines.sort((a, b) => a.at - b.at).map((l) => l.line);
}

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: (400 * 1000) / 8,
    uploadThroughput: (400 * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export async function measureJourney(runs = RUNS): Promise<{ open: number[]; send: number[] }> {
  const world = await startEmbedWorld();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-site-isolation-trials',
      '--disable-features=IsolateOrigins,site-per-process',
    ],
  });
  const open: number[] = [];
  const send: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      // A fresh context each run: nothing cached, as for a first-time visitor.
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const host = await context.newPage();
      await throttle(host);
      await host.goto(world.host.url);
      const launcher = host.locator('button.heard-launcher').first();
      await launcher.waitFor({ state: 'visible', timeout: 60_000 });
      let clicked = 0;
      const trace = TRACE ? traceRequests(host, () => clicked) : () => [];
      await launcher.focus();
      const started = Date.now();
      clicked = started;
      await host.keyboard.press('Enter');
      const frame = host.frameLocator('iframe');
      await frame.getByRole('heading', { level: 1 }).waitFor({ state: 'visible', timeout: 60_000 });
      await frame.locator('h1:focus, main[data-page]').first().waitFor({ timeout: 60_000 });
      open.push(Date.now() - started);
      if (TRACE) {
        process.stdout.write(`run ${run + 1}: ready after ${Date.now() - started} ms\n`);
        for (const line of trace()) process.stdout.write(`${line}\n`);
      }
      await context.close();
      if (!SEND) continue;

      const fullContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await fullContext.newPage();
      await page.goto(`${world.heard.url}/tell/demo`);
      await throttle(page);
      await walkTo(page, 'check');
      const sendButton = page.getByRole('button', { name: 'Send' });
      await sendButton.focus();
      const sending = Date.now();
      await page.keyboard.press('Enter');
      await page.locator('main[data-page="done"]').waitFor({ timeout: 60_000 });
      send.push(Date.now() - sending);
      await fullContext.close();
    }
  } finally {
    await browser.close();
    await world.close();
  }
  return { open, send };
}

export async function section() {
  const { open, send } = await measureJourney();
  const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return {
    title,
    command: 'node --import tsx bench/journey-slow.ts',
    goal: 'first screen ≤ 3 s after activating the launcher; reference ≤ 2 s after Send',
    body: [
      '| measure | median | worst | runs |',
      '| --- | --- | --- | --- |',
      `| launcher → journey ready (in iframe) | ${fmt(median(open))} | ${fmt(Math.max(...open))} | ${open.length} |`,
      SEND
        ? `| Send → reference shown | ${fmt(median(send))} | ${fmt(Math.max(...send))} | ${send.length} |`
        : '| Send → reference shown | not measured (BENCH_JOURNEY_SEND=0) | | |',
      '',
      '400 kbit/s down and up, 400 ms round trip, 4× CPU slowdown, 360 × 740 viewport, empty cache each run.',
    ].join('\n'),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await section();
  process.stdout.write(`${result.body}\n`);
}
