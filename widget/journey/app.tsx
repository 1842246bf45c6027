import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CueFinder } from '../../domain/danger-cues/types.ts';
import {
  type Answers,
  fieldForErrorPath,
  freeTexts,
  isRepresentative,
  nextPageId,
  PAGES,
  pageApplies,
  pageById,
  showsCrisis,
  showsCurrentRisk,
  toStoryPayload,
  validatePage,
  wantsContact,
} from '../../domain/journey-flow.ts';
import type { Catalogue } from '../../domain/messages.ts';
import { findDangerCues } from '../../domain/risk.ts';
import type { Announcer } from './announcer.ts';
import { CatalogueContext, catalogueValue } from './catalogue-context.ts';
import type { DangerState } from './components/danger-panel.tsx';
import { ErrorSummary, type ShownError } from './components/error-summary.tsx';
import { PageFrame } from './components/page-frame.tsx';
import type { EmbedBridge } from './embed-bridge.ts';
import { CheckPage, type SendState } from './pages/check-page.tsx';
import { DonePage } from './pages/done-page.tsx';
import { StayingSafePage } from './pages/info-page.tsx';
import { QuestionPage } from './pages/question-page.tsx';
import { StartPage } from './pages/start-page.tsx';
import { sendStory } from './send-story.ts';
import type { JourneySite } from './site-config.ts';

export type AppProps = {
  site: JourneySite;
  catalogue: Catalogue;
  /** Language code sent with the story (`meta.lang` of the catalogue unless chosen otherwise). */
  language: string;
  announcer: Announcer;
  bridge: EmbedBridge;
  /** `performance.now()` when the journey opened: `elapsedMs` for the spam check (issue 6). */
  startedAt: number;
  idempotencyKey: string;
  onExit: () => void;
  /** The chosen language's own danger cues (danger-finder.ts), beside the English ones. */
  dangerFinder?: CueFinder | undefined;
  /** Lets quick exit wipe the answers held by this component. */
  registerForget: (forget: () => void) => void;
};

type HistoryState = { hjPage?: string } | null;

/** What the confirmation shows once the story is stored; forgotten by quick exit. */
type Sent = { reference: string; urgent: boolean; contactAsked: boolean; answers: Answers };

const NO_DANGER: DangerState = { shown: false, open: false, crisis: false, focusRequest: 0 };

/** The journey: one question per page, answers only in memory, sent once at the end. */
export function App(props: AppProps) {
  const { site, catalogue, announcer, bridge } = props;
  const [pageId, setPageId] = useState('start');
  const [answers, setAnswers] = useState<Answers>({});
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [serverErrors, setServerErrors] = useState<ShownError[]>([]);
  const [returnToCheck, setReturnToCheck] = useState(false);
  const [danger, setDangerState] = useState<DangerState>(NO_DANGER);
  // Mirrors `danger` for the typing timer, whose closure would otherwise hold an old value.
  const dangerRef = useRef<DangerState>(NO_DANGER);
  const setDanger = (next: DangerState) => {
    dangerRef.current = next;
    setDangerState(next);
  };
  const [sendState, setSendState] = useState<SendState>('idle');
  const [sent, setSent] = useState<Sent | null>(null);
  const visited = useRef(new Set<string>(['start']));
  const firstRender = useRef(true);
  const riskTimer = useRef<number | undefined>(undefined);

  const value = useMemo(
    () => catalogueValue(catalogue, isRepresentative(sent ? sent.answers : answers)),
    [catalogue, answers, sent],
  );
  const { t } = value;
  const page = pageById(pageId);

  useEffect(() => {
    props.registerForget(() => {
      setAnswers({});
      setSent(null);
    });
  }, [props.registerForget]);

  // Browser Back and Forward move between pages (each page is a history entry holding only
  // its page id, never an answer). After sending, Back cannot reopen the answers.
  useEffect(() => {
    history.replaceState({ hjPage: 'start' } satisfies HistoryState, '');
    const onPop = (event: PopStateEvent) => {
      const id = (event.state as HistoryState)?.hjPage ?? 'start';
      setReferenceGuard(id);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const setReferenceGuard = (id: string) => {
    setPageId((current) => {
      if (current === 'done') {
        history.pushState({ hjPage: 'done' } satisfies HistoryState, '');
        return 'done';
      }
      return PAGES.some((p) => p.id === id) && id !== 'done' ? id : 'start';
    });
    setErrors([]);
  };

  // Focus, title and announcement on every page change (WCAG 2.4.3, 2.4.2, 4.1.3).
  useEffect(() => {
    const heading = document.getElementById('hj-heading');
    const text = heading?.textContent?.trim() ?? t(page.headingKey);
    document.title = t('page.title', { heading: text, service: t('service.name') });
    if (firstRender.current) {
      firstRender.current = false;
      // Embedded: the loader has put focus in the iframe; start reading at the heading.
      if (bridge.embedded) heading?.focus();
      return;
    }
    heading?.focus();
    announcer.polite(text);
  }, [pageId]);

  useEffect(() => {
    if (errors.length === 0) return;
    const heading = document.getElementById('hj-heading')?.textContent?.trim() ?? '';
    document.title = `${t('page.errorPrefix')}${t('page.title', { heading, service: t('service.name') })}`;
  }, [errors]);

  const go = (to: string, push = true) => {
    visited.current.add(to);
    if (push) history.pushState({ hjPage: to } satisfies HistoryState, '');
    setErrors(serverErrors.filter((e) => pageById(to).fields.some((f) => f.name === e.field)));
    setPageId(to);
  };

  /**
   * Opens the contacts the first time the answers show current risk, and again the first time
   * words of suicide or self-harm add crisis contacts; otherwise leaves them as the person set
   * them. Announced politely, never by moving focus: the person may be typing (issue 13).
   */
  const noticeRisk = (next: Answers) => {
    const current = dangerRef.current;
    const crisis = showsCrisis(next, props.dangerFinder);
    const risk = crisis || showsCurrentRisk(next, props.dangerFinder);
    if (risk && !current.shown) {
      setDanger({ ...current, shown: true, open: true, crisis });
      announcer.polite(
        `${t('danger.heading')}. ${t('danger.call999')}${crisis ? ` ${t('danger.crisisHeading')}: ${t('danger.samaritans')}.` : ''}`,
      );
    } else if (crisis && !current.crisis) {
      setDanger({ ...current, shown: true, open: true, crisis: true });
      announcer.polite(`${t('danger.crisisHeading')}: ${t('danger.samaritans')}.`);
    }
  };

  const onDangerToggle = (open: boolean) => {
    const current = dangerRef.current;
    setDanger({
      ...current,
      open,
      focusRequest: open ? current.focusRequest + 1 : current.focusRequest,
    });
  };

  const setAnswer = (name: string, v: string | string[]) => {
    const next = { ...answers, [name]: v };
    setAnswers(next);
    if (typeof v === 'string' && freeTexts(next).includes(v)) {
      // Words of current danger are checked as the person types, after a short pause.
      window.clearTimeout(riskTimer.current);
      riskTimer.current = window.setTimeout(() => {
        if (findDangerCues(v, props.dangerFinder).length > 0) noticeRisk(next);
      }, 400);
    } else {
      noticeRisk(next);
    }
  };

  const advance = (from: string, a: Answers) => {
    if (!returnToCheck) return go(nextPageId(from, a));
    // Returning to check answers: ask only what a changed answer newly opened up.
    const start = PAGES.findIndex((p) => p.id === from);
    const pending = PAGES.slice(start + 1).find(
      (p) =>
        p.kind !== 'check' &&
        p.kind !== 'done' &&
        pageApplies(p, a) &&
        (!visited.current.has(p.id) || validatePage(p, a).length > 0),
    );
    go(pending ? pending.id : 'check');
  };

  const onContinue = () => {
    const problems = validatePage(page, answers);
    if (problems.length > 0) {
      setErrors(problems.map((e) => ({ field: e.field, text: t(e.key, e.vars) })));
      return;
    }
    setServerErrors((list) => list.filter((e) => !page.fields.some((f) => f.name === e.field)));
    noticeRisk(answers);
    advance(pageId, answers);
  };

  const onSkip = () => {
    const next = { ...answers };
    for (const f of page.fields) delete next[f.name];
    setAnswers(next);
    advance(pageId, next);
  };

  const onChangeAnswer = (id: string) => {
    setReturnToCheck(true);
    go(id);
  };

  const onSend = async (website: string) => {
    const payload = toStoryPayload(answers, { siteKey: site.key, language: props.language });
    const body = JSON.stringify({
      ...payload,
      website,
      elapsedMs: Math.round(performance.now() - props.startedAt),
    });
    setSendState('sending');
    setServerErrors([]);
    announcer.polite(t('check.sending'));
    const result = await sendStory(body, {
      idempotencyKey: props.idempotencyKey,
      onRetry: () => {
        setSendState('retrying');
        announcer.polite(t('check.retrying'));
      },
    });
    switch (result.kind) {
      case 'sent':
        // The same rule the server uses to flag the story (domain/risk.ts), so the response
        // time promised on the confirmation is the one the Board works to.
        setSent({
          reference: result.reference,
          urgent: showsCurrentRisk(answers, props.dangerFinder),
          contactAsked: wantsContact(answers),
          // Only for the printable copy on the confirmation: Back cannot reopen the answers,
          // and quick exit forgets this too (decision 0092).
          answers,
        });
        setAnswers({});
        if (showsCurrentRisk(answers, props.dangerFinder)) {
          // An urgent story ends with the contacts open: they matter most as the person leaves.
          setDanger({ ...dangerRef.current, shown: true, open: true });
        }
        setSendState('idle');
        bridge.notify('sent');
        go('done');
        return;
      case 'invalid': {
        const shown = result.errors.map((e) => {
          const target = fieldForErrorPath(e.field);
          return { field: target.field, text: e.detail, href: `#${target.pageId}` };
        });
        setSendState('idle');
        setServerErrors(
          shown.length > 0 ? shown : [{ field: 'send', text: t('errors.server'), href: '#check' }],
        );
        return;
      }
      case 'rate_limited':
        setSendState('rate_limited');
        announcer.polite(t('check.rateLimited'));
        return;
      default:
        setSendState(result.kind);
        announcer.polite(t('check.failed'));
    }
  };

  const onBack = pageId !== 'start' && pageId !== 'done' ? () => history.back() : undefined;

  let content: ComponentChildren;
  if (page.kind === 'start') content = <StartPage site={site} onStart={() => go('staying-safe')} />;
  else if (page.kind === 'info')
    content = <StayingSafePage onContinue={() => go(nextPageId(pageId, answers))} />;
  else if (page.kind === 'check')
    content = (
      <CheckPage
        answers={answers}
        serverErrors={serverErrors}
        sendState={sendState}
        onChange={onChangeAnswer}
        onSend={(website) => void onSend(website)}
      />
    );
  else if (page.kind === 'done')
    content = (
      <DonePage
        reference={sent?.reference ?? ''}
        urgent={sent?.urgent ?? false}
        contactAsked={sent?.contactAsked ?? false}
        answers={sent?.answers ?? {}}
        responseHours={site.responseHours}
        language={props.language}
        announce={announcer.polite}
      />
    );
  else
    content = (
      <>
        <ErrorSummary errors={errors} />
        <QuestionPage
          page={page}
          answers={answers}
          errors={errors}
          setAnswer={setAnswer}
          onContinue={onContinue}
          onSkip={
            page.fields.every((f) => !f.required) && page.kind === 'question' ? onSkip : undefined
          }
          announce={announcer.polite}
        />
      </>
    );

  return (
    <CatalogueContext.Provider value={value}>
      <PageFrame
        site={site}
        onExit={props.onExit}
        onBack={onBack}
        danger={danger}
        onDangerToggle={onDangerToggle}
        pageId={pageId}
      >
        {content}
      </PageFrame>
    </CatalogueContext.Provider>
  );
}
