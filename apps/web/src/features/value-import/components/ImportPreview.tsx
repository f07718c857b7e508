import { useQuery } from '@apollo/client/react';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../../components/QueryState';
import { VisuallyHidden } from '../../../components/VisuallyHidden';
import { graphql } from '../../../generated';
import type { ValueImportField, ValueImportKind } from '../../../generated/graphql';
import { ImportRowStatusChip } from './ImportRowStatusChip';
import { NUMBER_LOCALE } from '../../../i18n/format';

export const ImportPreview_Query = graphql(`
  query ImportPreview_Query($id: ID!, $status: ValueImportRowStatus, $offset: Int!, $limit: Int!) {
    valueImport(id: $id) {
      id
      kind
      fileName
      counts {
        new
        changed
        unchanged
        invalid
        total
      }
      rows(status: $status, offset: $offset, limit: $limit) {
        total
        rows {
          rowNumber
          status
          orgUnitCode
          indicator
          period
          orgUnit {
            name
            parentCode
            kind
            validFrom
          }
          changes {
            field
            old
            new
          }
          errors {
            column
            message
          }
        }
      }
    }
  }
`);

const FILTERS = ['ALL', 'NEW', 'CHANGED', 'UNCHANGED', 'INVALID'] as const;
type Filter = (typeof FILTERS)[number];
const COUNT_OF: Record<Filter, 'total' | 'new' | 'changed' | 'unchanged' | 'invalid'> = {
  ALL: 'total',
  NEW: 'new',
  CHANGED: 'changed',
  UNCHANGED: 'unchanged',
  INVALID: 'invalid',
};

export interface ImportPreviewProps {
  id: string;
  /** Values show each row's indicator and period; org units the unit and its parent and kind. */
  kind?: ValueImportKind;
}

/** The fields whose old and new values are text rather than figures. */
const TEXT_FIELDS: readonly ValueImportField[] = ['COMMENT', 'NAME', 'PARENT', 'KIND'];

/** The preview's rows, filtered by status and paged, each with what it changes or why it cannot be written. */
export function ImportPreview({ id, kind = 'VALUES' }: ImportPreviewProps) {
  const { t, i18n } = useTranslation();
  // A phone shows each row's status, indicator, period and details stacked in one column.
  const narrow = useMediaQuery(useTheme().breakpoints.down('sm'));
  const [filter, setFilter] = useState<Filter>('ALL');
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(50);
  const { data, previousData, loading, error, refetch } = useQuery(ImportPreview_Query, {
    variables: {
      id,
      status: filter === 'ALL' ? null : filter,
      offset: page * pageSize,
      limit: pageSize,
    },
  });
  const shown = (data ?? previousData)?.valueImport;
  if (loading && !shown) return <Loading />;
  if (error) return <LoadError onRetry={() => void refetch()} />;
  if (!shown) return null;

  /** A reason as the API names it (`percentRange`, `duplicateRow:4`), in words. */
  const rowErrorText = (message: string) => {
    const [code = '', argument] = message.split(':');
    if (kind === 'ORG_UNITS' && i18n.exists(`orgUnitImport.rowError.${code}`)) {
      return t(`orgUnitImport.rowError.${code}` as 'orgUnitImport.rowError.duplicateRow', { row: argument });
    }
    if (code === 'duplicateRow') return t('valueImport.rowError.duplicateRow', { row: argument });
    if (i18n.exists(`valueImport.rowError.${code}`))
      return t(`valueImport.rowError.${code}` as 'valueImport.rowError.notANumber');
    return i18n.exists(`validation.${code}`)
      ? t(`validation.${code}` as 'validation.invalid')
      : t('validation.invalid');
  };

  /** An org unit's kind in words when it is one (`COMMITTEE`), else as the file wrote it. */
  const kindText = (text: string) =>
    i18n.exists(`orgUnitKind.${text}`) ? t(`orgUnitKind.${text}` as 'orgUnitKind.CITY') : text;

  const number = (text: string | null, field: ValueImportField) => {
    if (text === null || text === '') return t('valueImport.empty');
    if (field === 'KIND') return kindText(text);
    return TEXT_FIELDS.includes(field)
      ? text
      : new Intl.NumberFormat(NUMBER_LOCALE[i18n.language] ?? 'sv-SE').format(Number(text));
  };
  const fieldLabel = (field: ValueImportField) =>
    field === 'NAME' || field === 'PARENT' || field === 'KIND'
      ? t(`orgUnitImport.field.${field}`)
      : t(`valueImport.field.${field}`);

  return (
    <Stack spacing={1.5}>
      <ToggleButtonGroup
        value={filter}
        exclusive
        size="small"
        aria-label={t('valueImport.filter')}
        onChange={(_event, next: Filter | null) => {
          if (!next) return;
          setFilter(next);
          setPage(0);
        }}
        sx={{ flexWrap: 'wrap' }}
      >
        {FILTERS.map((key) => (
          <ToggleButton key={key} value={key} sx={{ textTransform: 'none' }}>
            {t(`valueImport.filterLabel.${key}`, { count: shown.counts[COUNT_OF[key]] })}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {/* A region of its own that takes focus, so a long preview scrolls by keyboard too. */}
      <TableContainer
        sx={{ maxHeight: '50vh' }}
        tabIndex={0}
        role="region"
        aria-label={t('valueImport.tableCaption', { file: shown.fileName })}
      >
        <Table size="small" stickyHeader>
          <caption>
            <VisuallyHidden>{t('valueImport.tableCaption', { file: shown.fileName })}</VisuallyHidden>
          </caption>
          <TableHead>
            <TableRow>
              <TableCell>{t('valueImport.column.row')}</TableCell>
              {narrow ? (
                <TableCell>{t('valueImport.column.details')}</TableCell>
              ) : (
                <>
                  <TableCell>{t('valueImport.column.status')}</TableCell>
                  <TableCell>
                    {kind === 'VALUES' ? t('valueImport.column.indicator') : t('orgUnitImport.column.unit')}
                  </TableCell>
                  <TableCell>
                    {kind === 'VALUES' ? t('valueImport.column.period') : t('orgUnitImport.column.parent')}
                  </TableCell>
                  <TableCell>{t('valueImport.column.details')}</TableCell>
                </>
              )}
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.rows.rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={narrow ? 2 : 5}>{t('valueImport.noRows')}</TableCell>
              </TableRow>
            )}
            {shown.rows.rows.map((row) => {
              const details = (
                <>
                  {row.changes.map((change) => (
                    <div key={change.field}>
                      {fieldLabel(change.field)}: {number(change.old, change.field)} →{' '}
                      <strong>{number(change.new, change.field)}</strong>
                    </div>
                  ))}
                  {row.errors.map((rowError, index) => (
                    <Typography key={index} variant="body2" color="error">
                      {rowError.column ? `${rowError.column}: ` : ''}
                      {rowErrorText(rowError.message)}
                    </Typography>
                  ))}
                </>
              );
              // The row's subject: an indicator of a unit, or a unit by its name and code.
              const indicator = (
                <>
                  {row.orgUnit ? row.orgUnit.name : row.indicator}
                  <Typography variant="body2" color="text.secondary" component="span" sx={{ display: 'block' }}>
                    {row.orgUnitCode}
                  </Typography>
                </>
              );
              // Its place: the period of a value, or a unit's parent and kind.
              const period = row.orgUnit ? (
                <>
                  {row.orgUnit.parentCode}
                  <Typography variant="body2" color="text.secondary" component="span" sx={{ display: 'block' }}>
                    {kindText(row.orgUnit.kind)}
                    {row.orgUnit.validFrom ? ` · ${row.orgUnit.validFrom}` : ''}
                  </Typography>
                </>
              ) : (
                row.period
              );
              return (
                <TableRow key={row.rowNumber} sx={{ verticalAlign: 'top' }}>
                  <TableCell>{row.rowNumber}</TableCell>
                  {narrow ? (
                    <TableCell>
                      <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
                        <ImportRowStatusChip status={row.status} />
                        <div>
                          {indicator}
                          {period}
                        </div>
                        {details}
                      </Stack>
                    </TableCell>
                  ) : (
                    <>
                      <TableCell>
                        <ImportRowStatusChip status={row.status} />
                      </TableCell>
                      <TableCell>{indicator}</TableCell>
                      <TableCell>{period}</TableCell>
                      <TableCell>{details}</TableCell>
                    </>
                  )}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={shown.rows.total}
        page={page}
        rowsPerPage={pageSize}
        rowsPerPageOptions={narrow ? [] : [25, 50, 100, 200]}
        onPageChange={(_event, next) => setPage(next)}
        onRowsPerPageChange={(event) => {
          setPageSize(Number(event.target.value));
          setPage(0);
        }}
        labelRowsPerPage={t('valueImport.rowsPerPage')}
        labelDisplayedRows={({ from, to, count }) => t('valueImport.displayedRows', { from, to, count })}
        getItemAriaLabel={(type) => t(`valueImport.page.${type}`)}
      />
    </Stack>
  );
}
