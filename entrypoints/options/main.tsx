import { render } from 'preact';
import { I18nContext } from '@/components/i18n';
import { Options } from '@/components/options/Options';
import { loadTranslation } from '@/platform/translation';
import { languageChoice } from '@/platform/settings';
import { languageTag } from '@/utils/i18n/locales';
import '@/components/theme.css';
import '@/components/content.css';
import '@/components/options/options.css';

// The page re-renders in the new language as soon as the person picks one.
async function draw(): Promise<void> {
  const { locale, t } = await loadTranslation();
  document.documentElement.lang = languageTag(locale);
  document.title = t('options.title');
  render(
    <I18nContext.Provider value={{ locale, t }}>
      <Options />
    </I18nContext.Provider>,
    document.getElementById('app')!,
  );
}

void draw();
languageChoice.watch(() => void draw());
