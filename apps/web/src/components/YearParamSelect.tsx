import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useSearchParams } from 'react-router';

/** The address's parameter of a page's own year (?ar=2023): a reload or a shared link keeps the year. */
export const YEAR_PARAM = 'ar';

/** The year a page's picker has chosen, when it is one of `years`; undefined otherwise. */
export function useChosenYear(years: readonly number[]): number | undefined {
  const [search] = useSearchParams();
  const chosen = Number(search.get(YEAR_PARAM));
  return years.includes(chosen) ? chosen : undefined;
}

export interface YearParamSelectProps {
  label: string;
  years: readonly number[];
  value: number;
}

/** A page's year, chosen from a list and kept in the address (YEAR_PARAM) beside the view's unit and period. */
export function YearParamSelect({ label, years, value }: YearParamSelectProps) {
  const [, setSearch] = useSearchParams();
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      onChange={(event) =>
        setSearch((current) => {
          const next = new URLSearchParams(current);
          next.set(YEAR_PARAM, event.target.value);
          return next;
        })
      }
      sx={{ width: 140 }}
    >
      {years.map((option) => (
        <MenuItem key={option} value={option}>
          {option}
        </MenuItem>
      ))}
    </TextField>
  );
}
