import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useEffect, useMemo, useRef, useState } from 'react';
import { parseSwedishNumber } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { SaveBar } from '../../../components/SaveBar';
import { UnsavedChangesGuard } from '../../../components/UnsavedChangesGuard';
import { ExportButtons } from '../../export/components/ExportButtons';
import type { ExportTable } from '../../export/table-export';
import { formatPeriodLabel, fractionDigitsOf } from '../../../i18n/format';
import { apiFailureOf } from '../../../apollo/api-errors';
import type { ApiFailure } from '../../../apollo/api-errors';
import { graphql } from '../../../generated';
import type { IndicatorValuesSection_RowFragment } from '../../../generated/graphql';
import {
  cellErrorsOf,
  checkRows,
  errorCount,
  GRID_COLUMNS,
  gridColumnsOf,
  isChanged,
  rowsFromSheet,
  textsOf,
} from '../grid-model';
import type { CellErrors, GridColumn, SavedFigures } from '../grid-model';
import { useGridEditing } from '../useGridEditing';
import { ValuesTable } from './ValuesTable';

export const IndicatorValuesSection_Row = graphql(`
  fragment IndicatorValuesSection_Row on DataEntryIndicatorRow {
    period
    indicator {
      id
      name
      unit
      periodicity
    }
    value {
      id
      outcome
      periodTarget
      annualTarget
      fullYearForecast
      rolling12
      comment
      isSynthetic
      version
    }
  }
`);

export const IndicatorValuesSection_Save = graphql(`
  mutation IndicatorValuesSection_Save($input: IndicatorValuesInput!) {
    saveIndicatorValues(input: $input) {
      id
      period
      outcome
      periodTarget
      annualTarget
      fullYearForecast
      rolling12
      comment
      isSynthetic
      status
      version
    }
  }
`);

interface ValueConflict {
  indicatorId: string;
  current: SavedFigures | null;
}

export interface IndicatorValuesSectionProps {
  rows: readonly IndicatorValuesSection_RowFragment[];
  canEdit: boolean;
  /** Names the exported file: the unit and month. */
  exportTitle: string;
  /** Columns that cannot change: the forecast when the year's forecast rounds are all closed. */
  locked?: readonly GridColumn[];
  /** True when the month lies in a closed reporting period: a change is a correction and needs a reason. */
  periodClosed?: boolean;
}

const NONE: readonly GridColumn[] = [];

/**
 * The grid of a unit's indicators for a period and its save: every changed row is checked
 * first (the API's own rules), then saved together, all or nothing. Refusals land in the
 * cells they concern; values someone else saved meanwhile are shown under the cells.
 */
export function IndicatorValuesSection({
  rows: sheetRows,
  canEdit,
  exportTitle,
  locked = NONE,
  periodClosed = false,
}: IndicatorValuesSectionProps) {
  const { t, i18n } = useTranslation();
  const grid = useGridEditing(rowsFromSheet(sheetRows), locked);
  const [save, { loading: saving }] = useMutation(IndicatorValuesSection_Save);
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<CellErrors>({});
  const [conflicts, setConflicts] = useState<ReadonlyMap<string, SavedFigures | null> | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [notice, setNotice] = useState<{ key: 'saved' | 'clipped' | 'nothingToSave'; count?: number } | null>(null);
  // A change in a closed period is a correction: its reason is asked for once the grid has changes,
  // or once the server says a value's period is closed (a tertial's or the year's, closed meanwhile).
  const [correctionReason, setCorrectionReason] = useState('');
  const [closedByServer, setClosedByServer] = useState(false);
  const [reasonError, setReasonError] = useState<string | null>(null);

  const gridRef = useRef<HTMLDivElement>(null);
  const [checkCount, setCheckCount] = useState(0);
  const changedCount = grid.rows.filter(isChanged).length;
  const liveErrors = useMemo(() => checkRows(grid.rows).errors, [grid.rows]);
  const errors = attempted ? mergeErrors(liveErrors, serverErrors) : serverErrors;
  const shownErrorCount = errorCount(errors);
  const asksForReason = (periodClosed || closedByServer) && changedCount > 0;

  // After a refused save, the first invalid cell takes the focus, so the user sees what to correct.
  useEffect(() => {
    if (checkCount > 0) gridRef.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
  }, [checkCount]);

  const theirs = useMemo(() => {
    const shown: Record<string, Partial<Record<GridColumn, string>>> = {};
    for (const [indicatorId, current] of conflicts ?? []) {
      const row = grid.rows.find((candidate) => candidate.indicatorId === indicatorId);
      const texts = textsOf(current);
      shown[indicatorId] = Object.fromEntries(
        GRID_COLUMNS.filter((column) => row && texts[column] !== row.cells[column]).map((column) => [
          column,
          texts[column],
        ]),
      );
    }
    return shown;
  }, [conflicts, grid.rows]);

  /** The saved figures (not what is typed and unsaved), as the export's rows, in the grid's columns. */
  const exportTable = (): ExportTable => {
    const columns = gridColumnsOf(grid.rows);
    return {
      title: exportTitle,
      columns: [
        { header: t('dataEntry.grid.indicator'), kind: 'text' },
        { header: t('dataEntry.export.unit'), kind: 'text', width: 8 },
        { header: t('dataEntry.grid.period'), kind: 'text', width: 14 },
        ...columns.map((column) =>
          column === 'comment'
            ? { header: t('dataEntry.grid.comment'), kind: 'text' as const, width: 60 }
            : { header: t(`dataEntry.grid.${column}`), kind: 'number' as const, fractionDigits: 1 },
        ),
      ],
      rowFractionDigits: grid.rows.map((row) => fractionDigitsOf(row.unit)),
      rows: grid.rows.map((row) => [
        row.name,
        t(`unit.${row.unit}`),
        formatPeriodLabel(row.period, i18n.language),
        ...columns.map((column) =>
          column === 'comment' ? row.saved.comment : (parseSwedishNumber(row.saved[column]) ?? null),
        ),
      ]),
    };
  };

  async function submit() {
    setNotice(null);
    setFailure(null);
    setServerErrors({});
    const { values, sent, errors: found } = checkRows(grid.rows);
    setAttempted(true);
    if (values.length === 0) {
      setNotice({ key: 'nothingToSave' });
      return;
    }
    if (errorCount(found) > 0) {
      setCheckCount((count) => count + 1);
      return;
    }
    const reason = correctionReason.trim();
    setReasonError(null);
    if ((periodClosed || closedByServer) && !reason) {
      setReasonError(t('validation.periodClosed'));
      return;
    }
    try {
      // The overview shows the latest values: drop its cached answers so it is read anew when next shown.
      const result = await save({
        variables: {
          input: { values: reason ? values.map((value) => ({ ...value, correctionReason: reason })) : values },
        },
        update: (cache) => {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'overview' });
          cache.gc();
        },
      });
      grid.markSaved(sent, result.data?.saveIndicatorValues ?? []);
      setAttempted(false);
      setConflicts(null);
      setNotice({ key: 'saved', count: values.length });
      setCorrectionReason('');
    } catch (error) {
      const failed = apiFailureOf(error);
      if (failed.code === 'BAD_USER_INPUT') {
        const closed = failed.fieldErrors.filter((fieldError) => fieldError.message === 'periodClosed');
        if (closed.length > 0) {
          setClosedByServer(true);
          setReasonError(t('validation.periodClosed'));
        }
        setServerErrors(
          cellErrorsOf(
            failed.fieldErrors.filter((fieldError) => fieldError.message !== 'periodClosed'),
            sent,
          ),
        );
        setCheckCount((count) => count + 1);
      } else if (failed.code === 'CONFLICT') {
        const listed = Array.isArray(failed.current) ? (failed.current as ValueConflict[]) : [];
        setConflicts(new Map(listed.map((entry) => [entry.indicatorId, entry.current])));
      } else setFailure(failed);
    }
  }

  return (
    <Stack spacing={2}>
      {!canEdit && <Alert severity="info">{t('dataEntry.readOnly')}</Alert>}
      <div ref={gridRef}>
        <ValuesTable
          rows={grid.rows}
          readOnly={!canEdit}
          locked={locked}
          errors={errors}
          theirs={theirs}
          onEdit={(rowIndex, column, text) => {
            grid.edit(rowIndex, column, text);
            setServerErrors({});
            setNotice(null);
          }}
          onEndEdit={grid.endEdit}
          onPaste={(rowIndex, columnIndex, block) => {
            if (!canEdit) return;
            const clipped = grid.paste(rowIndex, columnIndex, block);
            setServerErrors({});
            setNotice(clipped ? { key: 'clipped' } : null);
          }}
          onUndo={grid.undo}
        />
      </div>
      {asksForReason && (
        <Stack spacing={1}>
          <Alert severity="warning">{t('dataEntry.correction.explanation')}</Alert>
          <TextField
            label={t('dataEntry.correction.reason')}
            required
            multiline
            minRows={2}
            value={correctionReason}
            onChange={(event) => {
              setCorrectionReason(event.target.value);
              setReasonError(null);
            }}
            error={Boolean(reasonError)}
            helperText={reasonError ?? t('dataEntry.correction.help')}
            slotProps={{ htmlInput: { 'aria-invalid': Boolean(reasonError), maxLength: 1000 } }}
          />
        </Stack>
      )}
      <Stack spacing={1}>
        <div aria-live="polite">
          {shownErrorCount > 0 && (
            <Alert severity="error">{t('dataEntry.invalidCells', { count: shownErrorCount })}</Alert>
          )}
          {conflicts && (
            <Alert
              severity="warning"
              action={
                <Button
                  color="inherit"
                  size="small"
                  onClick={() => {
                    grid.keepMine(conflicts);
                    setConflicts(null);
                  }}
                >
                  {t('conflict.keepMine')}
                </Button>
              }
            >
              {t('dataEntry.conflict', { count: conflicts.size })}
            </Alert>
          )}
          {failure && (
            <Alert severity="error">{t(`apiError.${failure.code}`, { defaultValue: t('state.error') })}</Alert>
          )}
          {notice && (
            <Alert severity={notice.key === 'saved' ? 'success' : 'info'}>
              {t(`dataEntry.notice.${notice.key}`, { count: notice.count ?? 0 })}
            </Alert>
          )}
        </div>
      </Stack>
      <ExportButtons table={exportTable} />
      {canEdit && (
        <SaveBar
          changedCount={changedCount}
          saving={saving}
          canUndo={grid.canUndo}
          onSave={() => void submit()}
          onUndo={grid.undo}
          saveLabel={t('dataEntry.save', { count: changedCount })}
          undoLabel={t('dataEntry.undo')}
          hint={t('dataEntry.allOrNothing')}
        />
      )}
      {/* Leaving Registrera with unsaved figures asks first, by the menu, a link, back or closing the tab. */}
      <UnsavedChangesGuard when={changedCount > 0} />
    </Stack>
  );
}

function mergeErrors(first: CellErrors, second: CellErrors): CellErrors {
  const merged: CellErrors = { ...first };
  for (const [id, cells] of Object.entries(second)) merged[id] = { ...cells, ...merged[id] };
  return merged;
}
