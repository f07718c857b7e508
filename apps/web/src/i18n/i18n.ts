import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { sv } from './sv';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'lagesbild.language';

function storedLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'sv';
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
}

/** Swedish by default; the choice of English is remembered in this browser. */
export function createI18n(language: Language = storedLanguage()) {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { sv: { translation: sv }, en: { translation: en } },
    lng: language,
    fallbackLng: 'sv',
    interpolation: { escapeValue: false },
    // An empty translation is meant: an index has no unit label ("80", not "80 unit.INDEX").
    returnEmptyString: true,
    initAsync: false,
  });
  return instance;
}
