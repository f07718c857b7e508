/**
 * Month names for text the server writes itself (report documents, reminder mails, the to-do
 * list's report names), where no i18n runtime is at hand: Swedish as committee papers write them
 * (lower case), English for the mails' other language.
 */
export const SWEDISH_MONTH_NAMES = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;

export const ENGLISH_MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
