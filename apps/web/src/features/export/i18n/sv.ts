export const exportSv = {
  export: {
    label: 'Ladda ner:',
    csv: 'CSV',
    excel: 'Excel',
    failed: 'Det gick inte att skapa Excel-filen.',
  },
};

export type ExportTranslations = typeof exportSv;
