import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/i18n';
import { reportFalseAlarm } from '@/platform/false-alarm';
import { guardReport, signalNames } from '@/utils/lookalike/report';
import type { GuardPageAnswer } from '@/utils/messages';

/**
 * The block page's content: which host was blocked and why (the signals in plain words), the real sign-in page,
 * details for the IT desk, and "Continue anyway" where policy allows it. Without an answer (the tab moved on, or the
 * page was opened by hand) it says nothing is blocked.
 */
export function BlockPage({ answer }: { answer?: GuardPageAnswer }) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  if (!answer)
    return (
      <main class="blocked" data-blocked="none">
        <p>{t('guard.nothingBlocked')}</p>
      </main>
    );
  const copy = () =>
    void navigator.clipboard.writeText(guardReport(answer.origin, answer.signals, new Date(), t)).then(
      () => setStatus(t('guard.copied')),
      () => undefined,
    );
  const notFake = (event: MouseEvent) => {
    if (event.isTrusted) void reportFalseAlarm(answer).then((said) => setStatus(t(said)));
  };
  const proceed = (event: MouseEvent) => {
    if (event.isTrusted) void browser.runtime.sendMessage({ type: 'guard-continue' });
  };
  return (
    <main class="blocked" data-blocked={answer.host}>
      <h1>{t('guard.blockTitle')}</h1>
      <p class="body">{t('guard.blockBody', { host: answer.host })}</p>
      <p class="why">{t('guard.why', { signals: signalNames(answer.signals, t) })}</p>
      <div class="actions">
        <a class="primary" href={answer.realSignIn} rel="noopener noreferrer">
          {t('guard.goToReal')}
        </a>
        <button type="button" class="secondary" onClick={copy}>
          {t('guard.copy')}
        </button>
        <button type="button" class="secondary" data-action="false-alarm" onClick={notFake}>
          {t('guard.falseAlarm')}
        </button>
        <span role="status">{status}</span>
      </div>
      {answer.allowContinue && (
        <p class="continue">
          <button type="button" class="quiet" aria-describedby="continue-explain" onClick={proceed}>
            {t('guard.continue')}
          </button>{' '}
          <span id="continue-explain">{t('guard.continueExplain')}</span>
        </p>
      )}
    </main>
  );
}
