import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import type { BusinessAreaResultTable_RowFragment } from '../../../generated/graphql';
import { formatNumber } from '../../../i18n/format';
import { BUSINESS_AREA_FIGURES } from '../economy-columns';
import type { BusinessAreaFigure } from '../economy-columns';
import { RolledUpNote } from './RolledUpNote';

export const BusinessAreaResultTable_row = graphql(`
  fragment BusinessAreaResultTable_row on BusinessAreaResult {
    orgUnit {
      id
      name
    }
    isTotal
    operationsToDate
    operationsBudgetToDate
    operationsForecast
    operationsBudget
    developmentToDate
    developmentBudgetToDate
    developmentForecast
    developmentBudget
    rolledUpFrom {
      id
      name
    }
  }
`);

export interface BusinessAreaResultTableProps {
  caption: string;
  rows: readonly BusinessAreaResultTable_RowFragment[];
  /** The columns: outcome and forecast (the default), or with the budgets beside them. */
  figures?: readonly BusinessAreaFigure[];
}

/** Result per business area (tkr), the total first, as in the May 2023 report. */
export function BusinessAreaResultTable({
  caption,
  rows,
  figures = BUSINESS_AREA_FIGURES,
}: BusinessAreaResultTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <Table size="small" aria-label={caption}>
      <TableHead>
        <TableRow>
          <TableCell scope="col">{t('economy.businessArea')}</TableCell>
          {figures.map((figure) => (
            <TableCell key={figure} scope="col" align="right">
              {t(`economy.${figure}`)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.orgUnit.id} sx={row.isTotal ? { '& > *': { fontWeight: 700 } } : undefined}>
            <TableCell component="th" scope="row">
              {row.isTotal ? t('economy.total', { unit: row.orgUnit.name }) : row.orgUnit.name}
              <RolledUpNote units={row.rolledUpFrom} />
            </TableCell>
            {figures.map((figure) => (
              <TableCell key={figure} align="right">
                {row[figure] == null ? '' : formatNumber(row[figure], 'TKR', i18n.language)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
