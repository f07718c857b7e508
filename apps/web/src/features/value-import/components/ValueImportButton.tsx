import UploadFileIcon from '@mui/icons-material/UploadFile';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import type { ValueImportButton_RowFragment } from '../../../generated/graphql';
import type { TemplateRow } from '../import-template';
import { ValueImportDialog } from './ValueImportDialog';

export const ValueImportButton_Row = graphql(`
  fragment ValueImportButton_Row on DataEntryIndicatorRow {
    period
    indicator {
      id
      code
      name
    }
    value {
      id
      outcome
      periodTarget
      annualTarget
      fullYearForecast
      rolling12
      comment
    }
  }
`);

export interface ValueImportButtonProps {
  orgUnitCode: string;
  /** The unit's indicators for the period, for the template. */
  rows: readonly ValueImportButton_RowFragment[];
  templateTitle: string;
  onCommitted: () => void;
}

/** "Importera" on Registrera: opens the import of values from a file. */
export function ValueImportButton({ orgUnitCode, rows, templateTitle, onCommitted }: ValueImportButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const templateRows: TemplateRow[] = rows.map((row) => ({
    orgUnitCode,
    indicatorCode: row.indicator.code,
    indicatorName: row.indicator.name,
    period: row.period,
    outcome: row.value?.outcome ?? null,
    periodTarget: row.value?.periodTarget ?? null,
    annualTarget: row.value?.annualTarget ?? null,
    fullYearForecast: row.value?.fullYearForecast ?? null,
    rolling12: row.value?.rolling12 ?? null,
    comment: row.value?.comment ?? null,
  }));
  return (
    <>
      <Button variant="outlined" startIcon={<UploadFileIcon aria-hidden />} onClick={() => setOpen(true)}>
        {t('valueImport.open')}
      </Button>
      {open && (
        <ValueImportDialog
          templateTitle={templateTitle}
          templateRows={templateRows}
          onClose={() => setOpen(false)}
          onCommitted={onCommitted}
        />
      )}
    </>
  );
}
