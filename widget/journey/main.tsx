import { render } from 'preact';
import { chooseLanguage, type LanguageCode, siteLanguages } from '../../domain/languages.ts';
import { translate } from '../../domain/messages.ts';
import { createAnnouncer } from './announcer.ts';
import { App } from './app.tsx';
import { loadDangerFinder } from './danger-finder.ts';
import { createEmbedBridge, embedHostOrigin } from './embed-bridge.ts';
import { applyDocumentLanguage } from './i18n/document-language.ts';
import { LanguageContext } from './i18n/language-context.ts';
import { loadCatalogue } from './i18n/load-catalogue.ts';
import { createShiftCounter, leaveNow } from './quick-exit.ts';
import { readSite } from './site-config.ts';
import './journey.css';

/**
 * Boots the journey over the server-rendered no-JavaScript form (progressive enhancement):
 * reads the site's public settings from the page, creates the live regions, wires quick exit
 * and the embed bridge, then replaces the form with the Preact app.
 */
async function boot() {
  const root = document.getElementById('heard-journey');
  const site = readSite(document);
  if (!root || !site) return;
  const startedAt = performance.now();
  // The language: `?lang=` (the embed passes the snippet's `data-heard-lang` this way) when the
  // site offers it, else English; Easy Read is always offered (issue 8).
  const offered = siteLanguages(site.languages);
  let language = chooseLanguage(
    new URLSearchParams(window.location.search).get('lang'),
    site.languages,
  );
  // The language's danger cues come with its catalogue (issue 13): English cues always apply.
  let [catalogue, dangerFinder] = await Promise.all([
    loadCatalogue(language.code),
    loadDangerFinder(language.code),
  ]);
  applyDocumentLanguage(document, language);

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
  const idempotencyKey = crypto.randomUUID();
  const choose = async (code: LanguageCode) => {
    [catalogue, dangerFinder] = await Promise.all([loadCatalogue(code), loadDangerFinder(code)]);
    language = offered.find((l) => l.code === code) ?? language;
    applyDocumentLanguage(document, language);
    const url = new URL(window.location.href);
    url.searchParams.set('lang', language.code);
    history.replaceState(history.state, '', url);
    mount();
    const heading = document.getElementById('hj-heading')?.textContent?.trim() ?? '';
    document.title = translate(catalogue, 'page.title', {
      heading,
      service: translate(catalogue, 'service.name'),
    });
  };
  // Rendering again with a new catalogue keeps the App's state: a language switch keeps answers.
  // The loader's Close button follows the language (issue 8): only the word crosses.
  const mount = () => {
    bridge.labels(catalogue['meta.lang'], translate(catalogue, 'embed.close'));
    render(
      <LanguageContext.Provider
        value={{ current: language, offered, choose: (code) => void choose(code) }}
      >
        <App
          site={site}
          catalogue={catalogue}
          language={language.code}
          dangerFinder={dangerFinder}
          announcer={announcer}
          bridge={bridge}
          startedAt={startedAt}
          idempotencyKey={idempotencyKey}
          onExit={exit}
          registerForget={(fn) => {
            forget = fn;
          }}
        />
      </LanguageContext.Provider>,
      root,
    );
  };
  mount();
}

void boot();
