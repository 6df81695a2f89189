import { render } from 'preact';
import { I18nContext } from '@/components/i18n';
import { Popup } from '@/components/popup/Popup';
import { loadTranslation } from '@/platform/translation';
import { helpTopics } from '@/utils/help-center/topics';
import { languageTag } from '@/utils/i18n/locales';
import '@/components/theme.css';
import '@/components/content.css';
import '@/components/popup/popup.css';

void loadTranslation().then(({ locale, t, english }) => {
  document.documentElement.lang = languageTag(locale);
  document.title = t('popup.title');
  const englishKeywords = Object.fromEntries(helpTopics({ t: english }).map((topic) => [topic.id, topic.keywords]));
  render(
    <I18nContext.Provider value={{ locale, t }}>
      <Popup englishKeywords={englishKeywords} />
    </I18nContext.Provider>,
    document.getElementById('app')!,
  );
});
