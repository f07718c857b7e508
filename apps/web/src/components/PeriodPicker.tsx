import { formatYearMonth, parseYearMonth } from '@lagesbild/types';
import type { YearMonth } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { MonthField } from './MonthField';

export interface PeriodPickerProps {
  value: YearMonth;
  onChange: (period: YearMonth) => void;
}

/** The report period, a month ("maj 2023" in Swedish), usable by keyboard. */
export function PeriodPicker({ value, onChange }: PeriodPickerProps) {
  const { t } = useTranslation();
  return (
    <MonthField
      size="small"
      label={t('pickers.period')}
      value={formatYearMonth(value)}
      onChange={(event) => {
        // A cleared or half-typed month is no period: the page keeps the one it shows.
        const period = parseYearMonth(event.target.value);
        if (period) onChange(period);
      }}
      sx={{ width: 190 }}
    />
  );
}
