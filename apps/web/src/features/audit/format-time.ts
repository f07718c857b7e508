import { NUMBER_LOCALE } from '../../i18n/format';

/** "2023-05-31 14:05" in Swedish, "31/05/2023, 14:05" in English. */
export function formatTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(NUMBER_LOCALE[language] ?? 'sv-SE', { dateStyle: 'short', timeStyle: 'short' }).format(
    new Date(iso),
  );
}
