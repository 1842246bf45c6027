import { useT } from '../catalogue-context.ts';
import type { JourneySite } from '../site-config.ts';
import { Heading } from './heading.tsx';

/** DOMAIN.md step 1: what this is for, plainly not the way to report abuse, how answers are used. */
export function StartPage({ site, onStart }: { site: JourneySite; onStart: () => void }) {
  const t = useT();
  const names = {
    boardName: site.boardName,
    partnerName: site.partnerName,
    contactName: site.contactName,
  };
  return (
    <>
      <Heading>{t('start.heading')}</Heading>
      <p class="hj-body-l">{t('start.lead', names)}</p>
      <div class="hj-inset" data-testid="not-report">
        <h2 class="hj-heading-m">{t('start.notReportHeading')}</h2>
        <p class="hj-body">
          <strong>{t('danger.call999')}</strong>
        </p>
        <p class="hj-body">{t('start.notReport', names)}</p>
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
        <li>{t('start.used1')}</li>
        <li>{t('start.used2')}</li>
        <li>{t('start.used3')}</li>
      </ul>
      <p class="hj-body">{t('start.time')}</p>
      <button type="button" class="hj-button hj-button--start" onClick={onStart}>
        {t('start.button')}
      </button>
      <p class="hj-body hj-secondary">{t('start.siteBy', names)}</p>
    </>
  );
}
