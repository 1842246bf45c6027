import type { ComponentChildren } from 'preact';
import { useT } from '../catalogue-context.ts';
import { Say } from '../i18n/say.tsx';
import type { JourneySite } from '../site-config.ts';
import { DangerPanel, type DangerState } from './danger-panel.tsx';

export type PageFrameProps = {
  site: JourneySite;
  onExit: () => void;
  /** Shown when there is a page to go back to. */
  onBack?: (() => void) | undefined;
  danger: DangerState;
  onDangerToggle: (open: boolean) => void;
  /** The page id (journey-flow.ts), on `<main data-page>` for tests and the embed's styling. */
  pageId: string;
  children: ComponentChildren;
};

/**
 * What every page has (docs/domain.md): "Exit this page" at the top (sticky on small screens), a
 * back link, the current-risk contacts (and the way back to them) once needed, and "Get help
 * to fill this in".
 */
export function PageFrame(props: PageFrameProps) {
  const { site, onExit, onBack, danger, onDangerToggle, pageId, children } = props;
  const t = useT();
  return (
    <div class="hj-page">
      <header class="hj-header">
        <div class="hj-exit">
          <button type="button" class="hj-exit__button" onClick={onExit} data-testid="exit">
            {t('exit.button')}
          </button>
          <p class="hj-exit__hint">{t('exit.hint')}</p>
        </div>
      </header>
      <div class="hj-width">
        {onBack ? (
          <button type="button" class="hj-back" onClick={onBack}>
            {t('common.back')}
          </button>
        ) : null}
        <main class="hj-main" id="hj-main" data-page={pageId}>
          <DangerPanel site={site} danger={danger} onToggle={onDangerToggle} />
          {children}
          <details class="hj-details">
            <summary class="hj-details__summary">{t('common.getHelp')}</summary>
            <div class="hj-details__text">
              {site.contactPhone ? (
                <Say k="common.getHelpText" vars={{ contactPhone: site.contactPhone }} />
              ) : (
                <Say k="common.getHelpTextNoPhone" />
              )}
            </div>
          </details>
        </main>
      </div>
    </div>
  );
}
