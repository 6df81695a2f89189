import { browser } from 'wxt/browser';
import { createShadowHost, panelHostName } from '@/components/panel/shadow-host';
import { languageTag } from '@/utils/i18n/locales';
import { createTranslator, type Translate } from '@/utils/i18n/translate';
import type { SignalId } from '@/utils/lookalike/types';
import { isGuardPageAnswer, type GuardPageAnswer } from '@/utils/messages';
import { watchPage } from '@/utils/steps/watch-page';
import warningCss from './warning.css?inline';

const signalKeys = {
  'sign-in-fields': 'guard.signal.signInFields',
  'page-config': 'guard.signal.pageConfig',
  'sign-in-cdn': 'guard.signal.signInCdn',
  'microsoft-branding': 'guard.signal.microsoftBranding',
} as const satisfies Record<SignalId, string>;

/** The matched signals in the person's words, for the warning and the IT desk's details alike. */
const signalNames = (signals: readonly SignalId[], t: Translate) => signals.map((signal) => t(signalKeys[signal])).join(', ');

/** What the person's IT desk needs: the site, the time and what matched; never the path's query or anything typed. */
export function guardReport(origin: string, signals: readonly SignalId[], at: Date, t: Translate): string {
  return [
    t('guard.report.title'),
    `${t('guard.report.site')}: ${origin}`,
    `${t('guard.report.time')}: ${at.toISOString()}`,
    `${t('guard.report.signals')}: ${signalNames(signals, t)}`,
  ].join('\n');
}

function element<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  className: string,
  text = '',
): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), { className, textContent: text });
}

/** Draw the warning (a banner, or in block mode a page in front of the form) and keep it there until trusted. */
function draw(document: Document, origin: string, host: string, answer: GuardPageAnswer): void {
  const t = createTranslator(answer.texts);
  const shadow = createShadowHost(document, panelHostName, warningCss);
  shadow.host.dataset.warning = 'lookalike-page';
  const block = answer.mode === 'block';
  const box = element(document, 'section', block ? 'guard interstitial' : 'guard banner');
  box.setAttribute('role', 'alert');
  box.lang = languageTag(answer.locale);
  const title = element(document, 'h2', 'title', t(block ? 'guard.blockTitle' : 'guard.title'));
  const body = element(document, 'p', 'body', t('guard.body', { host }));
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
    void navigator.clipboard.writeText(guardReport(origin, answer.signals, new Date(), t)).then(
      () => (status.textContent = t('guard.copied')),
      () => undefined,
    );
  });
  const trust = element(document, 'button', 'quiet', t('guard.trust'));
  trust.type = 'button';
  actions.append(real, copy, trust, status);
  box.append(title, body, why, actions);
  shadow.container.append(box);
  const mount = () => {
    const root = document.documentElement;
    if (!shadow.host.isConnected && root) root.prepend(shadow.host); // first in the page, before the form
  };
  mount();
  const stop = watchPage(document, mount); // a page that removes the warning gets it back
  trust.addEventListener('click', () => {
    void browser.runtime.sendMessage({ type: 'guard-trust' }).then((done: unknown) => {
      if (done !== true) return;
      stop();
      shadow.remove();
    });
  });
}

/** Ask the service worker about this page, and warn if it says the page imitates Microsoft's sign-in. Never throws. */
export async function showLookalikeWarning(document: Document, location: Pick<Location, 'origin' | 'hostname'>): Promise<void> {
  try {
    if (window.top !== window) return;
    const answer: unknown = await browser.runtime.sendMessage({ type: 'guard-page' });
    if (!isGuardPageAnswer(answer)) return;
    draw(document, location.origin, location.hostname, answer);
  } catch {
    // the service worker is gone or the page is not what it was: no warning rather than an error in the page
  }
}
