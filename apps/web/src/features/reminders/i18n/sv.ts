export const remindersSv = {
  reminders: {
    myPage: {
      title: 'Min sida',
      intro: 'Dina inställningar i Lägesbild.',
    },
    settings: {
      heading: 'Påminnelser via e-post',
      legend: 'Hur ofta vill du få påminnelser?',
      DAILY: 'Dagligen',
      DAILY_hint:
        'Ett mejl de dagar något närmar sig eller passerar sin sista dag, eller en indikator du äger blir röd utan åtgärd.',
      WEEKLY: 'Varje vecka',
      WEEKLY_hint:
        'En sammanfattning varje måndag av det som ska rapporteras de kommande två veckorna och det som är försenat.',
      NONE: 'Inga påminnelser',
      NONE_hint: 'Du får inga påminnelser via e-post.',
      save: 'Spara',
      saved: 'Ditt val av påminnelser har sparats.',
      conflict:
        'Ditt val ändrades någon annanstans sedan sidan öppnades. Det sparade valet visas nu; välj igen och spara.',
    },
    sendLog: {
      title: 'Utskick',
      intro:
        'Påminnelser som skickats via e-post, de senaste först. Ett utskick som e-postservern inte tog emot försöks igen efter 1, 5, 25 och 125 minuter; efter fem försök står det kvar som misslyckat och kan skickas igen härifrån.',
      status: 'Status',
      allStatuses: 'Alla',
      empty: 'Inga utskick ännu.',
      tableLabel: 'Utskick av påminnelser',
      recipient: 'Mottagare',
      subject: 'Ämne',
      kind: 'Typ',
      items: 'Saker',
      attempts: 'Försök',
      time: 'Tid',
      lastError: 'Senaste fel',
      nextAttempt: 'Nästa försök {{time}}',
      sentAt: 'Skickat {{time}}',
      plannedAt: 'Planerat {{time}}',
      retry: 'Skicka igen',
      retryLabel: 'Skicka utskicket till {{name}} igen',
      retried: 'Utskicket till {{name}} skickas igen vid nästa körning.',
      retryFailed: 'Utskicket kunde inte läggas i kö igen. Läs om sidan och försök igen.',
      statusValue: {
        PENDING: 'Väntar',
        SENDING: 'Skickas',
        SENT: 'Skickat',
        FAILED: 'Misslyckat',
      },
      kindValue: {
        DAILY_REMINDER: 'Daglig påminnelse',
        WEEKLY_DIGEST: 'Veckosammanfattning',
      },
    },
  },
};

export type RemindersTranslations = typeof remindersSv;
