import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { sv } from './sv';
import type { Translations } from './sv';

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

/**
 * Swedish, the default, is in the entry chunk; English (about 20 KB gzipped of every feature's
 * strings) is a chunk of its own, loaded by loadLanguage when a user has chosen it. Pass
 * `english` (a test does) to have it at once.
 */
export function createI18n(language: Language = 'sv', english?: Translations) {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { sv: { translation: sv }, ...(english && { en: { translation: english } }) },
    lng: english ? language : 'sv',
    fallbackLng: 'sv',
    interpolation: { escapeValue: false },
    // An empty translation is meant: an index has no unit label ("80", not "80 unit.INDEX").
    returnEmptyString: true,
    initAsync: false,
  });
  return instance;
}

/** Switches to `language`, fetching its strings first if this instance does not have them yet. */
export async function loadLanguage(i18n: I18n, language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) {
    const { en } = await import('./en');
    i18n.addResourceBundle('en', 'translation', en);
  }
  await i18n.changeLanguage(language);
}

/** The app's instance: Swedish by default; the choice of English is remembered in this browser. */
export async function startI18n(): Promise<I18n> {
  const instance = createI18n('sv');
  const language = storedLanguage();
  // A failed fetch of English leaves the interface in Swedish rather than not at all.
  if (language !== 'sv') await loadLanguage(instance, language).catch(() => undefined);
  return instance;
}
