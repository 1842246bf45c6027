import { render } from 'preact';
import { en, translate } from '../../domain/messages.ts';
import { createAnnouncer } from './announcer.ts';
import { App } from './app.tsx';
import { createEmbedBridge, embedHostOrigin } from './embed-bridge.ts';
import { createShiftCounter, leaveNow } from './quick-exit.ts';
import { readSite } from './site-config.ts';
import './journey.css';

/**
 * Boots the journey over the server-rendered no-JavaScript form (progressive enhancement):
 * reads the site's public settings from the page, creates the live regions, wires quick exit
 * and the embed bridge, then replaces the form with the Preact app.
 */
function boot() {
  const root = document.getElementById('heard-journey');
  const site = readSite(document);
  if (!root || !site) return;
  const startedAt = performance.now();
  const catalogue = en;
  document.documentElement.lang = catalogue['meta.lang'];
  document.documentElement.dir = catalogue['meta.dir'];

  const announcer = createAnnouncer();
  const bridge = createEmbedBridge(embedHostOrigin(site, window), {
    exitUrl: site.quickExitUrl,
  });
  let forget = () => {};
  const exit = () =>
    leaveNow({
      forget: () => {
        forget();
        announcer.clear();
      },
      leave: bridge.quickExit,
    });

  const shift = createShiftCounter({
    onCount: (count) => announcer.assertive(translate(catalogue, 'exit.pressesLeft', { count })),
    onExit: exit,
  });
  // The bridge itself posts `ready`, `resize` and `close` (Escape) when embedded.
  document.addEventListener('keydown', shift.keydown);
  document.addEventListener('keyup', shift.keyup);

  root.replaceChildren();
  render(
    <App
      site={site}
      catalogue={catalogue}
      language={catalogue['meta.lang']}
      announcer={announcer}
      bridge={bridge}
      startedAt={startedAt}
      idempotencyKey={crypto.randomUUID()}
      onExit={exit}
      registerForget={(fn) => {
        forget = fn;
      }}
    />,
    root,
  );
}

boot();
