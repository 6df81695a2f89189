import { browser } from 'wxt/browser';
import { useI18n } from '@/components/i18n';
import { useStored } from '@/components/use-stored';
import { languageChoice } from '@/platform/settings';
import { isLanguageChoice, localeNames, locales, resolveLocale } from '@/utils/i18n/locales';

/** The person's language: the browser's, or one of ours; each language is named in itself. */
export function LanguagePicker() {
  const { t } = useI18n();
  const choice = useStored(languageChoice);
  if (choice === undefined) return null;
  const browserLocale = resolveLocale('auto', browser.i18n.getUILanguage());
  return (
    <div class="setting">
      <label for="language">{t('options.language')}</label>{' '}
      <select
        id="language"
        name="language"
        value={choice}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (isLanguageChoice(value)) void languageChoice.setValue(value); // the page then redraws in that language
        }}
      >
        <option value="auto">{t('options.languageAuto', { language: localeNames[browserLocale] })}</option>
        {locales.map((locale) => (
          <option key={locale} value={locale} lang={locale.replace('_', '-')}>
            {localeNames[locale]}
          </option>
        ))}
      </select>
    </div>
  );
}
