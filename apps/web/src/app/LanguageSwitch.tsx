import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, loadLanguage, rememberLanguage } from '../i18n/i18n';
import type { Language } from '../i18n/i18n';

/** The names of the languages, each in its own language, as the switches show them. */
export const LANGUAGE_NAMES: Record<Language, string> = { sv: 'Svenska', en: 'English' };

/** Changes the interface's language (once its strings have come) and remembers it in this browser. */
export function chooseLanguage(i18n: I18n, language: Language): void {
  rememberLanguage(language);
  void loadLanguage(i18n, language).then(
    () => {
      document.documentElement.lang = language;
    },
    // Not fetched (offline): the interface stays in the language it was in.
    () => undefined,
  );
}

/**
 * Svenska or English, remembered in this browser: on the pages before sign-in (sign-in, first
 * run). Signed in, the account menu holds the same choice.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      aria-label={t('app.language')}
      value={i18n.language}
      onChange={(_event, language: Language | null) => {
        if (language) chooseLanguage(i18n, language);
      }}
    >
      {LANGUAGES.map((language) => (
        <ToggleButton key={language} value={language} lang={language} aria-label={LANGUAGE_NAMES[language]}>
          {language.toUpperCase()}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
