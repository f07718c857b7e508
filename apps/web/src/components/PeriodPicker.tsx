import TextField from '@mui/material/TextField';
import { formatYearMonth, parseYearMonth } from '@lagesbild/types';
import type { YearMonth } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';

export interface PeriodPickerProps {
  value: YearMonth;
  onChange: (period: YearMonth) => void;
}

/** The report period, a month; the browser's own month field, usable by keyboard. */
export function PeriodPicker({ value, onChange }: PeriodPickerProps) {
  const { t } = useTranslation();
  return (
    <TextField
      type="month"
      size="small"
      label={t('pickers.period')}
      value={formatYearMonth(value)}
      onChange={(event) => {
        const period = parseYearMonth(event.target.value);
        if (period) onChange(period);
      }}
      slotProps={{ inputLabel: { shrink: true } }}
      sx={{ width: 180 }}
    />
  );
}
