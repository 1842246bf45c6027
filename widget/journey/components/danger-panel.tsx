import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../catalogue-context.ts';
import { Say } from '../i18n/say.tsx';
import type { JourneySite } from '../site-config.ts';

export type DangerState = {
  /** The answers showed current risk at some point: the way back to the contacts stays. */
  shown: boolean;
  /** The contacts are open (they open once when first needed; the person may hide them). */
  open: boolean;
  /** A suicide or self-harm cue was found: crisis contacts join the site's own. */
  crisis: boolean;
  /** Bumped when the person opens the contacts themselves, so focus moves to them. */
  focusRequest: number;
};

export type DangerPanelProps = {
  site: JourneySite;
  danger: DangerState;
  onToggle: (open: boolean) => void;
};

const telHref = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, '')}`;

/**
 * Emergency and safeguarding contacts (docs/domain.md "Current risk"), in the page flow above the
 * question: never a fixed overlay, so it cannot cover the journey at 320 px or 200% zoom. It opens
 * once when first needed (app.tsx announces it without moving focus, so typing is never
 * interrupted); "Hide these contacts" closes it, and the "Help now" button above every later
 * page opens it again (a disclosure: aria-expanded, the panel stays in the DOM but hidden).
 */
export function DangerPanel({ site, danger, onToggle }: DangerPanelProps) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const firstFocus = useRef(danger.focusRequest);
  useEffect(() => {
    if (danger.focusRequest !== firstFocus.current && danger.open) heading.current?.focus();
  }, [danger.focusRequest]);
  if (!danger.shown) return null;
  const hide = () => {
    onToggle(false);
    // The hide button disappears with the panel: focus goes back to the button that reopens it.
    window.setTimeout(() => toggle.current?.focus(), 0);
  };
  return (
    <div class="hj-help-now">
      <button
        type="button"
        class="hj-help-now__toggle"
        aria-expanded={danger.open ? 'true' : 'false'}
        aria-controls="hj-danger"
        ref={toggle}
        onClick={() => onToggle(!danger.open)}
        data-testid="help-now"
      >
        {t('danger.toggle')}
      </button>
      <section
        class="hj-danger"
        id="hj-danger"
        aria-labelledby="hj-danger-title"
        data-testid="danger-panel"
        hidden={!danger.open}
      >
        <h2 class="hj-danger__title" id="hj-danger-title" tabIndex={-1} ref={heading}>
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
              <a class="hj-link" href={telHref(site.contactPhone)}>
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
        {danger.crisis ? (
          <div class="hj-danger__crisis" data-testid="crisis-contacts">
            <h3 class="hj-heading-s">{t('danger.crisisHeading')}</h3>
            <ul class="hj-list">
              <li>
                <a class="hj-link" href="tel:116123">
                  {t('danger.samaritans')}
                </a>
              </li>
              <li>
                <a class="hj-link" href="tel:111">
                  {t('danger.nhs111')}
                </a>
              </li>
            </ul>
          </div>
        ) : null}
        <p class="hj-body">
          <Say k="danger.keepGoingHours" vars={{ count: site.responseHours }} />
        </p>
        <button type="button" class="hj-button hj-button--secondary" onClick={hide}>
          {t('danger.hide')}
        </button>
      </section>
    </div>
  );
}
