import type { ReminderMailKind, ReminderReason } from '@lagesbild/db';
import { ENGLISH_MONTH_NAMES, SWEDISH_MONTH_NAMES } from '@lagesbild/types';
import type { OutgoingMail } from './mailer';

/** One thing a mail reminds its person of, as planned (stored in the mail's content). */
export interface ReminderItem {
  reason: ReminderReason;
  /** The obligation's stable key (or the red value's), recorded so it is not reminded of again. */
  key: string;
  title: string;
  /** The reporting period it belongs to; null for a red indicator. */
  period: { kind: 'MONTH' | 'TERTIAL' | 'INTERIM' | 'ANNUAL'; year: number; number: number } | null;
  /** ISO date; null for a red indicator. */
  deadline: string | null;
  /** Absolute address of the page where it is done. */
  link: string;
}

/** What a planned mail holds: everything the person is reminded of, and where they change their choice. */
export interface ReminderMailContent {
  recipientName: string;
  items: ReminderItem[];
  /** Absolute address of the person's own page (their choice of reminders). */
  settingsLink: string;
}

export type MailLanguage = 'sv' | 'en';

interface Messages {
  subject: Record<ReminderMailKind, (count: number) => string>;
  greeting: (name: string) => string;
  intro: Record<ReminderMailKind, string>;
  section: Record<ReminderReason, string>;
  deadline: (date: string) => string;
  redAction: string;
  period: (period: NonNullable<ReminderItem['period']>) => string;
  footer: Record<ReminderMailKind, string>;
  settings: string;
}

/** The mails' words; Swedish is what is sent today, English is there for when a person can choose. */
const MESSAGES: Record<MailLanguage, Messages> = {
  sv: {
    subject: {
      DAILY_REMINDER: (count) => `Påminnelse från Lägesbild: ${count} ${count === 1 ? 'sak' : 'saker'} att göra`,
      WEEKLY_DIGEST: (count) =>
        `Veckosammanfattning från Lägesbild: ${count} ${count === 1 ? 'sak' : 'saker'} att göra`,
    },
    greeting: (name) => `Hej ${name}!`,
    intro: {
      DAILY_REMINDER: 'Det här väntar på dig i Lägesbild:',
      WEEKLY_DIGEST: 'Det här väntar på dig i Lägesbild den här veckan:',
    },
    section: {
      BEFORE_DEADLINE: 'Snart sista dag',
      AFTER_DEADLINE: 'Sista dagen har passerat',
      RED_INDICATOR: 'Indikatorer som blivit röda utan åtgärd',
    },
    deadline: (date) => `senast ${date}`,
    redAction: 'skriv en analys av värdet eller planera en aktivitet',
    period: ({ kind, year, number }) =>
      kind === 'MONTH'
        ? `${SWEDISH_MONTH_NAMES[number - 1]} ${year}`
        : kind === 'TERTIAL'
          ? `tertial ${number} ${year}`
          : kind === 'INTERIM'
            ? `delårsrapport ${number} ${year}`
            : `helår ${year}`,
    footer: {
      DAILY_REMINDER: 'Du får en påminnelse de dagar något närmar sig eller passerar sin sista dag.',
      WEEKLY_DIGEST: 'Du får en sammanfattning varje måndag.',
    },
    settings: 'Välj dagliga eller veckovisa påminnelser, eller inga, på din sida',
  },
  en: {
    subject: {
      DAILY_REMINDER: (count) => `Reminder from Lägesbild: ${count} ${count === 1 ? 'thing' : 'things'} to do`,
      WEEKLY_DIGEST: (count) => `Weekly digest from Lägesbild: ${count} ${count === 1 ? 'thing' : 'things'} to do`,
    },
    greeting: (name) => `Hello ${name},`,
    intro: {
      DAILY_REMINDER: 'This is waiting for you in Lägesbild:',
      WEEKLY_DIGEST: 'This is waiting for you in Lägesbild this week:',
    },
    section: {
      BEFORE_DEADLINE: 'Deadline soon',
      AFTER_DEADLINE: 'Deadline passed',
      RED_INDICATOR: 'Indicators turned red without an action',
    },
    deadline: (date) => `due ${date}`,
    redAction: 'write an analysis of the value or plan an activity',
    period: ({ kind, year, number }) =>
      kind === 'MONTH'
        ? `${ENGLISH_MONTH_NAMES[number - 1]} ${year}`
        : kind === 'TERTIAL'
          ? `tertial ${number} ${year}`
          : kind === 'INTERIM'
            ? `interim report ${number} ${year}`
            : `year ${year}`,
    footer: {
      DAILY_REMINDER: 'You get a reminder on the days something nears or passes its deadline.',
      WEEKLY_DIGEST: 'You get a digest every Monday.',
    },
    settings: 'Choose daily or weekly reminders, or none, on your page',
  },
};

const SECTION_ORDER: ReminderReason[] = ['AFTER_DEADLINE', 'BEFORE_DEADLINE', 'RED_INDICATOR'];

export function reminderSubject(kind: ReminderMailKind, count: number, language: MailLanguage = 'sv'): string {
  return MESSAGES[language].subject[kind](count);
}

/** The mail's text and HTML: its items grouped by why they are there, overdue first, each with its link. */
export function composeReminderMail(
  kind: ReminderMailKind,
  recipient: string,
  content: ReminderMailContent,
  language: MailLanguage = 'sv',
): OutgoingMail {
  const messages = MESSAGES[language];
  const describe = (item: ReminderItem): string => {
    const parts = [item.title];
    if (item.period) parts[0] = `${item.title} (${messages.period(item.period)})`;
    if (item.deadline) parts.push(messages.deadline(item.deadline));
    if (item.reason === 'RED_INDICATOR') parts.push(messages.redAction);
    return parts.join(', ');
  };
  const sections = SECTION_ORDER.map((reason) => ({
    heading: messages.section[reason],
    items: content.items.filter((item) => item.reason === reason),
  })).filter((section) => section.items.length > 0);

  const text = [
    messages.greeting(content.recipientName),
    '',
    messages.intro[kind],
    ...sections.flatMap((section) => [
      '',
      section.heading,
      ...section.items.map((item) => `- ${describe(item)}: ${item.link}`),
    ]),
    '',
    messages.footer[kind],
    `${messages.settings}: ${content.settingsLink}`,
  ].join('\n');

  const html = [
    `<p>${escapeHtml(messages.greeting(content.recipientName))}</p>`,
    `<p>${escapeHtml(messages.intro[kind])}</p>`,
    ...sections.map(
      (section) =>
        `<h2>${escapeHtml(section.heading)}</h2><ul>${section.items
          .map((item) => `<li><a href="${escapeHtml(item.link)}">${escapeHtml(describe(item))}</a></li>`)
          .join('')}</ul>`,
    ),
    `<p>${escapeHtml(messages.footer[kind])} <a href="${escapeHtml(content.settingsLink)}">${escapeHtml(messages.settings)}</a>.</p>`,
  ].join('\n');

  return { to: recipient, subject: reminderSubject(kind, content.items.length, language), text, html };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
