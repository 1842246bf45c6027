import { useT } from '../catalogue-context.ts';
import { LanguagePicker, TranslationNote } from '../i18n/language-picker.tsx';
import { Say } from '../i18n/say.tsx';
import type { JourneySite } from '../site-config.ts';
import { Heading } from './heading.tsx';

/** docs/domain.md step 1: what this is for, plainly not the way to report abuse, how answers are used. */
export function StartPage({ site, onStart }: { site: JourneySite; onStart: () => void }) {
  const t = useT();
  const names = {
    boardName: site.boardName,
    partnerName: site.partnerName,
    contactName: site.contactName,
  };
  return (
    <>
      <LanguagePicker />
      <Heading>{t('start.heading')}</Heading>
      <TranslationNote />
      <p class="hj-body-l">
        <Say k="start.lead" vars={names} />
      </p>
      <div class="hj-inset" data-testid="not-report">
        <h2 class="hj-heading-m">{t('start.notReportHeading')}</h2>
        <p class="hj-body">
          <strong>{t('danger.call999')}</strong>
        </p>
        <p class="hj-body">
          <Say k="start.notReport" vars={names} />
        </p>
        <ul class="hj-list">
          {site.contactPhone ? (
            <li>
              <a class="hj-link" href={`tel:${site.contactPhone.replace(/[^0-9+]/g, '')}`}>
                {t('danger.phone', { phone: site.contactPhone })}
              </a>
            </li>
          ) : null}
          {site.contactUrl ? (
            <li>
              <a class="hj-link" href={site.contactUrl} target="_blank" rel="noopener noreferrer">
                {t('danger.link', names)}
              </a>
            </li>
          ) : null}
        </ul>
      </div>
      <h2 class="hj-heading-m">{t('start.usedHeading')}</h2>
      <ul class="hj-list hj-list--bullet">
        <li>
          <Say k="start.used1" />
        </li>
        <li>
          <Say k="start.used2" />
        </li>
        <li>
          <Say k="start.used3" />
        </li>
      </ul>
      <p class="hj-body">
        <Say k="start.time" />
      </p>
      <button type="button" class="hj-button hj-button--start" onClick={onStart}>
        {t('start.button')}
      </button>
      <p class="hj-body hj-secondary">{t('start.siteBy', names)}</p>
    </>
  );
}
