import type { ExportTranslations } from './sv';

export const exportEn: ExportTranslations = {
  export: {
    label: 'Download:',
    csv: 'CSV',
    excel: 'Excel',
    failed: 'The Excel file could not be made.',
  },
};
