import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { firstPageSv } from './first-page-sv';
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
 * An i18next instance with the Swedish strings given (all of them, or the first page's) and,
 * when given, the English ones. Tests pass every string (src/test/test-i18n.ts).
 */
export function createI18n(language: Language, swedish: Partial<Translations>, english?: Translations): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { sv: { translation: swedish }, ...(english && { en: { translation: english } }) },
    lng: english ? language : 'sv',
    fallbackLng: 'sv',
    interpolation: { escapeValue: false },
    // An empty translation is meant: an index has no unit label ("80", not "80 unit.INDEX").
    returnEmptyString: true,
    initAsync: false,
    // A string that arrives later (the rest of the Swedish, English) re-renders what asked for it.
    react: { bindI18nStore: 'added' },
    // A key without a string shows as the key: a fault worth a line in the console, where the
    // first page's journey looks for it (e2e/first-page.spec.ts). A key asked with a default of
    // its own (a feature's wording of a shared error, say) is a deliberate probe.
    saveMissing: true,
    missingKeyHandler: (_languages, _namespace, key, _fallback, _update, options?: { defaultValue?: unknown }) => {
      if (options?.defaultValue === undefined) console.error(`Missing translation: ${key}`);
    },
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

let appInstance: I18n | undefined;
let allSwedish: Promise<void> | undefined;

/**
 * Resolves once every Swedish string is in the app's instance. A page other than the overview
 * waits for it as it loads (App.tsx), so it never shows a key for want of its strings. A failed
 * fetch fails that page's load like a failed chunk, and the next page to ask fetches again.
 */
export function allStringsLoaded(): Promise<void> {
  const instance = appInstance;
  if (!instance) return Promise.resolve();
  allSwedish ??= import('./all-swedish-strings').then(
    ({ sv }) => void instance.addResourceBundle('sv', 'translation', sv, true, true),
    (error: unknown) => {
      allSwedish = undefined;
      throw error;
    },
  );
  return allSwedish;
}

/**
 * The app's instance: Swedish by default, starting with the first page's strings and fetching
 * the rest at once, beside the first page's own requests (about 20 KB gzipped less before the
 * overview can render). The choice of English is remembered in this browser.
 */
export async function startI18n(): Promise<I18n> {
  appInstance = createI18n('sv', firstPageSv);
  allStringsLoaded().catch((error: unknown) => console.error('The Swedish strings could not be fetched', error));
  const language = storedLanguage();
  // A failed fetch of English leaves the interface in Swedish rather than not at all.
  if (language !== 'sv') await loadLanguage(appInstance, language).catch(() => undefined);
  return appInstance;
}
