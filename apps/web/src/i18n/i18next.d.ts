import 'i18next';
import type { Translations } from './sv';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: Translations };
  }
}
