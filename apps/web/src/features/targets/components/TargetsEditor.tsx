import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { SaveBar } from '../../../components/SaveBar';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUndoableRows } from '../../../components/spreadsheet/useUndoableRows';
import { apiFailureOf } from '../../../apollo/api-errors';
import type { ApiFailure } from '../../../apollo/api-errors';
import { graphql } from '../../../generated';
import type { TargetsEditor_RowFragment } from '../../../generated/graphql';
import {
  checkTargetRows,
  isTargetRowChanged,
  pasteTargets,
  targetCellErrorsOf,
  targetErrorCount,
  targetRowsFromSheet,
  textsOfTargets,
} from '../target-grid-model';
import type { TargetCellErrors } from '../target-grid-model';
import { TargetProposalsAlert } from './TargetProposalsAlert';
import { TargetsTable } from './TargetsTable';

export const TargetsEditor_Row = graphql(`
  fragment TargetsEditor_Row on TargetRow {
    indicator {
      id
      name
      unit
      periodicity
      cumulative
      kind
      orgUnit {
        id
        name
      }
    }
    canEdit
    isProposal
    periods
    periodTargets
    annualTarget
    versions {
      period
      version
    }
    previousOutcomes {
      year
      value
    }
    previousYearForecast {
      year
      value
    }
  }
`);

export const TargetsEditor_Save = graphql(`
  mutation TargetsEditor_Save($input: TargetsInput!) {
    saveTargets(input: $input) {
      indicator {
        id
      }
      periodTargets
      annualTarget
      isProposal
      versions {
        period
        version
      }
    }
  }
`);

export const TargetsEditor_ConfirmProposals = graphql(`
  mutation TargetsEditor_ConfirmProposals($input: ConfirmTargetProposalsInput!) {
    confirmTargetProposals(input: $input) {
      indicator {
        id
      }
      isProposal
      versions {
        period
        version
      }
    }
  }
`);

export interface TargetsEditorProps {
  year: number;
  rows: readonly TargetsEditor_RowFragment[];
  /** Name each row's unit: the rows come from the units below too. */
  showUnit: boolean;
  /** Which rows are shown: the indicators' targets, or the financial lines' budgets. */
  kind: 'PERFORMANCE' | 'FINANCIAL';
  /** Reads the sheet again (after someone else saved rows meanwhile). */
  onReload: () => void;
}

const PERIODICITIES = ['MONTH', 'TERTIAL', 'YEAR'] as const;

/**
 * The targets grid of a unit and year and its save: one table per periodicity, as source 001
 * shows them; every changed row is checked first (the API's own rules), then saved together,
 * all or nothing. Refusals land in the cells they concern.
 */
export function TargetsEditor({ year, rows: sheetRows, showUnit, kind, onReload }: TargetsEditorProps) {
  const { t } = useTranslation();
  const grid = useUndoableRows(targetRowsFromSheet(sheetRows));
  const [save, { loading: saving }] = useMutation(TargetsEditor_Save);
  const [confirmProposals, { loading: confirming }] = useMutation(TargetsEditor_ConfirmProposals);
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<TargetCellErrors>({});
  const [conflictCount, setConflictCount] = useState(0);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [notice, setNotice] = useState<{
    key: 'saved' | 'clipped' | 'nothingToSave' | 'confirmed';
    count?: number;
  } | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const [checkCount, setCheckCount] = useState(0);

  const changedCount = grid.rows.filter(isTargetRowChanged).length;
  const liveErrors = useMemo(() => checkTargetRows(grid.rows).errors, [grid.rows]);
  const errors = attempted ? { ...serverErrors, ...liveErrors } : serverErrors;
  const shownErrorCount = targetErrorCount(errors);
  const canEditAny = grid.rows.some((row) => row.canEdit);
  const proposed = grid.rows.filter((row) => row.canEdit && row.isProposal);

  useEffect(() => {
    if (checkCount > 0) gridRef.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
  }, [checkCount]);

  // Leaving the page with unsaved targets asks first.
  useEffect(() => {
    if (changedCount === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [changedCount]);

  const groups = PERIODICITIES.map((periodicity) => ({
    periodicity,
    rows: grid.rows.flatMap((row, index) => {
      const source = sheetRows[index]!;
      if (row.periodicity !== periodicity || source.indicator.kind !== kind) return [];
      return [
        {
          row: showUnit ? { ...row, name: `${row.name} – ${source.indicator.orgUnit.name}` } : row,
          index,
          history: { outcomes: source.previousOutcomes, forecast: source.previousYearForecast },
        },
      ];
    }),
  })).filter((group) => group.rows.length > 0);

  async function submit() {
    setNotice(null);
    setFailure(null);
    setServerErrors({});
    setConflictCount(0);
    const { inputs, sent, errors: found } = checkTargetRows(grid.rows);
    setAttempted(true);
    if (inputs.length === 0) {
      setNotice({ key: 'nothingToSave' });
      return;
    }
    if (targetErrorCount(found) > 0) {
      setCheckCount((count) => count + 1);
      return;
    }
    try {
      const result = await save({ variables: { input: { year, rows: inputs } } });
      const saved = new Map((result.data?.saveTargets ?? []).map((row) => [row.indicator.id, row]));
      grid.setRows((current) =>
        current.map((row) => {
          const now = saved.get(row.indicatorId);
          if (!now) return row;
          const texts = textsOfTargets(now);
          return {
            ...row,
            isProposal: now.isProposal,
            versions: now.versions.map(({ period, version }) => ({ period, version })),
            saved: texts,
            cells: texts,
          };
        }),
      );
      grid.forget();
      setAttempted(false);
      setNotice({ key: 'saved', count: inputs.length });
    } catch (error) {
      const failed = apiFailureOf(error);
      if (failed.code === 'BAD_USER_INPUT') {
        setServerErrors(targetCellErrorsOf(failed.fieldErrors, sent));
        setCheckCount((count) => count + 1);
      } else if (failed.code === 'CONFLICT') {
        setConflictCount(Array.isArray(failed.current) ? failed.current.length : 1);
      } else setFailure(failed);
    }
  }

  /** Confirms every editable row's proposals as they stand (after a save or undo: versions must be the saved ones). */
  async function confirm() {
    setNotice(null);
    setFailure(null);
    setConflictCount(0);
    try {
      const result = await confirmProposals({
        variables: {
          input: {
            year,
            rows: proposed.map((row) => ({ indicatorId: row.indicatorId, expectedVersions: row.versions })),
          },
        },
      });
      const confirmed = new Map((result.data?.confirmTargetProposals ?? []).map((row) => [row.indicator.id, row]));
      grid.setRows((current) =>
        current.map((row) => {
          const now = confirmed.get(row.indicatorId);
          return now
            ? {
                ...row,
                isProposal: now.isProposal,
                versions: now.versions.map(({ period, version }) => ({ period, version })),
              }
            : row;
        }),
      );
      grid.forget();
      setNotice({ key: 'confirmed', count: confirmed.size });
    } catch (error) {
      const failed = apiFailureOf(error);
      if (failed.code === 'CONFLICT') setConflictCount(Array.isArray(failed.current) ? failed.current.length : 1);
      else setFailure(failed);
    }
  }

  return (
    <Stack spacing={2}>
      {!canEditAny && <Alert severity="info">{t('targets.readOnly')}</Alert>}
      <Stack spacing={3} ref={gridRef}>
        {groups.length === 0 && <Typography color="text.secondary">{t(`targets.empty.${kind}`)}</Typography>}
        {groups.map((group) => (
          <TargetsTable
            key={group.periodicity}
            caption={t(`targets.periodicity.${group.periodicity}`)}
            year={year}
            rows={group.rows}
            errors={errors}
            onEdit={(rowIndex, cell, text) => {
              if (!grid.rows[rowIndex]?.canEdit) return;
              grid.edit(
                `${rowIndex}:${cell}`,
                grid.rows.map((row, index) =>
                  index === rowIndex ? { ...row, cells: row.cells.map((old, at) => (at === cell ? text : old)) } : row,
                ),
              );
              setServerErrors({});
              setNotice(null);
            }}
            onEndEdit={grid.endEdit}
            onPaste={(rowIndex, cell, block) => {
              const pasted = pasteTargets(grid.rows, rowIndex, cell, block);
              grid.change(pasted.rows);
              setServerErrors({});
              setNotice(pasted.clipped ? { key: 'clipped' } : null);
            }}
            onUndo={grid.undo}
          />
        ))}
      </Stack>
      <div aria-live="polite">
        {shownErrorCount > 0 && <Alert severity="error">{t('targets.invalidCells', { count: shownErrorCount })}</Alert>}
        {conflictCount > 0 && (
          <Alert
            severity="warning"
            action={
              <Button color="inherit" size="small" onClick={onReload}>
                {t('targets.reload')}
              </Button>
            }
          >
            {t('targets.conflict', { count: conflictCount })}
          </Alert>
        )}
        {failure && <Alert severity="error">{t(`apiError.${failure.code}`, { defaultValue: t('state.error') })}</Alert>}
        {notice && (
          <Alert severity={notice.key === 'saved' || notice.key === 'confirmed' ? 'success' : 'info'}>
            {t(`targets.notice.${notice.key}`, { count: notice.count ?? 0 })}
          </Alert>
        )}
      </div>
      {proposed.length > 0 && (
        <TargetProposalsAlert
          count={proposed.length}
          fromYear={year - 1}
          unsavedChanges={changedCount > 0}
          busy={confirming || saving}
          onConfirm={() => void confirm()}
        />
      )}
      {canEditAny && (
        <SaveBar
          changedCount={changedCount}
          saving={saving}
          canUndo={grid.canUndo}
          onSave={() => void submit()}
          onUndo={grid.undo}
          saveLabel={t('targets.save', { count: changedCount })}
          undoLabel={t('targets.undo')}
          hint={t('targets.allOrNothing')}
        />
      )}
    </Stack>
  );
}
