import { useT } from '../catalogue-context.ts';
import { Say } from '../i18n/say.tsx';
import { Heading } from './heading.tsx';

/**
 * docs/domain.md step 16: the reference, what happens next, when information may be passed on,
 * support. Shows nothing the person wrote: the answers are already gone from memory.
 */
export function DonePage({ reference, urgent }: { reference: string; urgent: boolean }) {
  const t = useT();
  return (
    <>
      <div class="hj-panel" data-testid="confirmation">
        <Heading>{t('done.heading')}</Heading>
        <div class="hj-panel__body">
          {t('done.referenceLabel')}
          <br />
          <strong class="hj-reference" data-testid="reference">
            {reference}
          </strong>
        </div>
      </div>
      <p class="hj-body">
        <Say k="done.writeDown" />
      </p>
      <h2 class="hj-heading-m">{t('done.nextHeading')}</h2>
      <ul class="hj-list hj-list--bullet">
        <li>
          <Say k={urgent ? 'done.next1Urgent' : 'done.next1'} />
        </li>
        <li>
          <Say k="done.next2" />
        </li>
        <li>
          <Say k="done.next3" />
        </li>
      </ul>
      <h2 class="hj-heading-m">{t('done.passOnHeading')}</h2>
      <p class="hj-body">
        <Say k="done.passOn" />
      </p>
      <p class="hj-body">
        <a class="hj-link" href="/withdraw">
          {t('done.withdraw')}
        </a>
      </p>
      <h2 class="hj-heading-m">{t('done.supportHeading')}</h2>
      <p class="hj-body">
        <Say k="done.support" />
      </p>
    </>
  );
}
