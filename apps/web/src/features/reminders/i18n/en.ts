import type { RemindersTranslations } from './sv';

export const remindersEn: RemindersTranslations = {
  reminders: {
    myPage: {
      title: 'My page',
      intro: 'Your settings in Lägesbild.',
    },
    settings: {
      heading: 'Reminders by e-mail',
      legend: 'How often do you want reminders?',
      DAILY: 'Daily',
      DAILY_hint:
        'A mail on the days something nears or passes its deadline, or an indicator you own turns red without an action.',
      WEEKLY: 'Weekly',
      WEEKLY_hint: 'A digest every Monday of what is due in the coming two weeks and what is overdue.',
      NONE: 'No reminders',
      NONE_hint: 'You get no reminders by e-mail.',
      save: 'Save',
      saved: 'Your choice of reminders has been saved.',
      conflict:
        'Your choice was changed elsewhere since this page opened. The saved choice is shown now; choose again and save.',
    },
    sendLog: {
      title: 'Mailings',
      intro:
        'Reminders sent by e-mail, latest first. A mail the mail server did not accept is tried again after 1, 5, 25 and 125 minutes; after five attempts it stays failed and can be sent again from here.',
      status: 'Status',
      allStatuses: 'All',
      empty: 'No mailings yet.',
      tableLabel: 'Reminder mailings',
      recipient: 'Recipient',
      subject: 'Subject',
      kind: 'Kind',
      items: 'Items',
      attempts: 'Attempts',
      time: 'Time',
      lastError: 'Last error',
      nextAttempt: 'Next attempt {{time}}',
      sentAt: 'Sent {{time}}',
      plannedAt: 'Planned {{time}}',
      retry: 'Send again',
      retryLabel: 'Send the mailing to {{name}} again',
      retried: 'The mailing to {{name}} will be sent again at the next run.',
      retryFailed: 'The mailing could not be queued again. Reload the page and try again.',
      statusValue: {
        PENDING: 'Waiting',
        SENDING: 'Sending',
        SENT: 'Sent',
        FAILED: 'Failed',
      },
      kindValue: {
        DAILY_REMINDER: 'Daily reminder',
        WEEKLY_DIGEST: 'Weekly digest',
      },
    },
  },
};
