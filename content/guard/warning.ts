import { browser } from 'wxt/browser';
import { keepOnTop } from './keep-on-top';
import { reportFalseAlarm } from '@/platform/false-alarm';
import { guardReport, signalNames } from '@/utils/lookalike/report';
import { createShadowHost, panelHostName } from '@/components/panel/shadow-host';
import { languageTag } from '@/utils/i18n/locales';
import { createTranslator } from '@/utils/i18n/translate';
import { type GuardPageAnswer, isGuardPageAnswer } from '@/utils/messages';
import warningCss from './warning.css?inline';

export { guardReport } from '@/utils/lookalike/report';

function element<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  className: string,
  text = '',
): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), { className, textContent: text });
}

/**
 * Draw the warning banner at the top of the page and keep it there, in view and on top, until the person trusts the
 * site. "I trust this site" counts only from the person's own click (`isTrusted`): a click the page makes is ignored.
 */
function draw(document: Document, answer: GuardPageAnswer): void {
  const t = createTranslator(answer.texts);
  const shadow = createShadowHost(document, panelHostName, warningCss);
  shadow.host.dataset.warning = 'lookalike-page';
  const box = element(document, 'section', 'guard banner');
  box.setAttribute('role', 'alert');
  box.lang = languageTag(answer.locale);
  const title = element(document, 'h2', 'title', t('guard.title'));
  const body = element(document, 'p', 'body', t('guard.body', { host: answer.host }));
  const why = element(document, 'p', 'why', t('guard.why', { signals: signalNames(answer.signals, t) }));
  const actions = element(document, 'div', 'actions');
  const real = element(document, 'a', 'primary', t('guard.goToReal'));
  real.href = answer.realSignIn;
  real.rel = 'noopener noreferrer';
  const copy = element(document, 'button', 'secondary', t('guard.copy'));
  copy.type = 'button';
  const status = element(document, 'span', 'status');
  status.setAttribute('role', 'status');
  copy.addEventListener('click', () => {
    void navigator.clipboard.writeText(guardReport(answer.origin, answer.signals, new Date(), t)).then(
      () => (status.textContent = t('guard.copied')),
      () => undefined,
    );
  });
  const notFake = element(document, 'button', 'secondary', t('guard.falseAlarm'));
  notFake.type = 'button';
  notFake.dataset.action = 'false-alarm';
  notFake.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    void reportFalseAlarm(answer).then((said) => (status.textContent = t(said)));
  });
  const trust = element(document, 'button', 'quiet', t('guard.trust'));
  trust.type = 'button';
  const trustExplain = element(document, 'p', 'explain', t('guard.trustExplain', { host: answer.host }));
  trustExplain.id = 'trust-explain';
  trust.setAttribute('aria-describedby', trustExplain.id);
  actions.append(real, copy, notFake, trust, status);
  box.append(title, body, why, actions, trustExplain);
  shadow.container.append(box);
  const stop = keepOnTop(document, shadow.host, box);
  trust.addEventListener('click', (event) => {
    if (!event.isTrusted) return; // only the person's own click or key press
    void browser.runtime.sendMessage({ type: 'guard-trust' }).then((done: unknown) => {
      if (done !== true) return;
      stop();
      shadow.remove();
    });
  });
}

/** Ask the service worker about this page, and warn if it says the page imitates Microsoft's sign-in. Never throws. */
export async function showLookalikeWarning(document: Document): Promise<void> {
  try {
    if (window.top !== window) return;
    const answer: unknown = await browser.runtime.sendMessage({ type: 'guard-page' });
    if (!isGuardPageAnswer(answer)) return;
    draw(document, answer);
  } catch {
    // the service worker is gone or the page is not what it was: no warning rather than an error in the page
  }
}
