import type { i18n as I18n } from 'i18next';
import { en } from '../i18n/en';
import { createI18n } from '../i18n/i18n';
import type { Language } from '../i18n/i18n';
import { sv } from '../i18n/sv';

/** An i18next instance with every string of both languages, as the app has once they have loaded. */
export function createTestI18n(language: Language = 'sv'): I18n {
  return createI18n(language, sv, en);
}
