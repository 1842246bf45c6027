import { useT } from '../catalogue-context.ts';
import { Say } from '../i18n/say.tsx';
import { Heading } from './heading.tsx';

/** docs/domain.md step 2: how quick exit works, and that it does not erase browser history. */
export function StayingSafePage({ onContinue }: { onContinue: () => void }) {
  const t = useT();
  return (
    <>
      <Heading>{t('online.heading')}</Heading>
      <p class="hj-body">
        <Say k="online.p1" />
      </p>
      <p class="hj-body">
        <Say k="online.p2" />
      </p>
      <p class="hj-body">
        <Say k="online.p3" />
      </p>
      <button type="button" class="hj-button" onClick={onContinue}>
        {t('common.continue')}
      </button>
    </>
  );
}
