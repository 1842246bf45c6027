import { useT } from '../catalogue-context.ts';
import { Say } from '../i18n/say.tsx';
import type { JourneySite } from '../site-config.ts';

/**
 * Emergency and safeguarding contacts, shown as soon as the answers suggest current risk
 * (docs/domain.md "Current risk"). Calm and prominent, never blocking: the person can keep going.
 * A region with a heading so screen-reader users can find it again from the headings list.
 */
export function DangerPanel({ site }: { site: JourneySite }) {
  const t = useT();
  return (
    <section class="hj-danger" aria-labelledby="hj-danger-title" data-testid="danger-panel">
      <h2 class="hj-danger__title" id="hj-danger-title">
        {t('danger.heading')}
      </h2>
      <p class="hj-body hj-danger__call">
        <Say k="danger.call999" />
      </p>
      <p class="hj-body">{t('danger.deafText')}</p>
      {site.emergencyText ? <p class="hj-body">{site.emergencyText}</p> : null}
      <p class="hj-body">{t('danger.contactIntro', { contactName: site.contactName })}</p>
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
              {t('danger.link', { contactName: site.contactName })}
            </a>
          </li>
        ) : null}
      </ul>
      <p class="hj-body">
        <Say k="danger.keepGoing" />
      </p>
    </section>
  );
}
