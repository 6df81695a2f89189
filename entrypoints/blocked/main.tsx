import { render } from 'preact';
import { browser } from 'wxt/browser';
import { BlockPage } from '@/components/guard/BlockPage';
import { I18nContext } from '@/components/i18n';
import { loadTranslation } from '@/platform/translation';
import { languageTag } from '@/utils/i18n/locales';
import { isGuardPageAnswer } from '@/utils/messages';
import '@/components/theme.css';
import '@/components/guard/block-page.css';

// The block page: the guard takes a tab here (a page of the extension, out of the look-alike's reach) in block mode.
void Promise.all([loadTranslation(), browser.runtime.sendMessage({ type: 'guard-blocked' }).catch(() => null)]).then(
  ([{ locale, t }, answer]) => {
    document.documentElement.lang = languageTag(locale);
    document.title = t('guard.blockPageTitle');
    render(
      <I18nContext.Provider value={{ locale, t }}>
        <BlockPage answer={isGuardPageAnswer(answer) ? answer : undefined} />
      </I18nContext.Provider>,
      document.getElementById('app')!,
    );
  },
);
