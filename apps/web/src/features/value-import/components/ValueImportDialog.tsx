import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import { ExportButtons } from '../../export/components/ExportButtons';
import type { ValueImportKind } from '../../../generated/graphql';
import type { ExportTable } from '../../export/table-export';
import { importTemplate } from '../import-template';
import type { TemplateRow } from '../import-template';
import { uploadImportFile } from '../upload-import-file';
import { ImportLayoutHelp } from './ImportLayoutHelp';
import { ImportPreview } from './ImportPreview';

export const ValueImportDialog_Counts = graphql(`
  query ValueImportDialog_Counts($id: ID!) {
    valueImport(id: $id) {
      id
      fileName
      counts {
        new
        changed
        unchanged
        invalid
        total
      }
    }
  }
`);

export const ValueImportDialog_Commit = graphql(`
  mutation ValueImportDialog_Commit($id: ID!, $correctionReason: String) {
    commitValueImport(id: $id, correctionReason: $correctionReason) {
      id
      status
      writtenCount
    }
  }
`);

const ValueImportDialog_Cancel = graphql(`
  mutation ValueImportDialog_Cancel($id: ID!) {
    cancelValueImport(id: $id) {
      id
      status
    }
  }
`);

type Phase =
  | { kind: 'choose'; refusal?: { error: string; details: string[] } }
  | { kind: 'uploading'; share: number }
  | { kind: 'processing' }
  | {
      kind: 'preview';
      id: string;
      failure?: { code: string; rowNumbers: number[]; retired: boolean };
      /** The file writes into a closed period: the commit is a correction and needs a reason (the preview stays). */
      closed?: boolean;
    }
  | { kind: 'done'; written: number };

/** What a file of values needs: the template pre-filled with the unit's indicators. */
interface ValuesTemplate {
  kind?: 'VALUES';
  /** The template's title and file name, e.g. "Importmall Intraservice maj 2023". */
  templateTitle: string;
  /** The chosen unit's indicators for the period, pre-filled in the template. */
  templateRows: readonly TemplateRow[];
}

/** What a file of org units needs: the template, today's tree. */
interface OrgUnitsTemplate {
  kind: 'ORG_UNITS';
  template: () => ExportTable;
}

export type ValueImportDialogProps = (ValuesTemplate | OrgUnitsTemplate) & {
  onClose: () => void;
  /** After a commit that wrote values (or units), so the page can show them. */
  onCommitted: () => void;
};

const TITLE_ID = 'value-import-title';

/**
 * Import from a file, of values or of org units: choose a CSV or Excel file (or download the
 * template), see its upload and processing, then every row's preview; commit all valid rows at
 * once or cancel. Only the texts, the layout and the template differ between the kinds.
 */
export function ValueImportDialog(props: ValueImportDialogProps) {
  const { onClose, onCommitted } = props;
  const kind: ValueImportKind = props.kind ?? 'VALUES';
  const template =
    props.kind === 'ORG_UNITS' ? props.template : () => importTemplate(props.templateTitle, props.templateRows);
  const { t } = useTranslation();
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down('sm'));
  const fileInput = useRef<HTMLInputElement>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const previewId = phase.kind === 'preview' ? phase.id : null;
  const { data } = useQuery(ValueImportDialog_Counts, { variables: { id: previewId ?? '' }, skip: !previewId });
  const [commit, { loading: committing }] = useMutation(ValueImportDialog_Commit);
  const [cancel, { loading: cancelling }] = useMutation(ValueImportDialog_Cancel);
  const [correctionReason, setCorrectionReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const counts = data?.valueImport?.counts;
  const writable = (counts?.new ?? 0) + (counts?.changed ?? 0);

  async function upload(file: File) {
    setPhase({ kind: 'uploading', share: 0 });
    try {
      const result = await uploadImportFile(
        file,
        (share) => setPhase(share < 1 ? { kind: 'uploading', share } : { kind: 'processing' }),
        kind,
      );
      setPhase(
        result.kind === 'preview'
          ? { kind: 'preview', id: result.id }
          : { kind: 'choose', refusal: { error: result.error, details: result.details } },
      );
    } catch {
      setPhase({ kind: 'choose', refusal: { error: 'network', details: [] } });
    }
  }

  async function commitPreview(id: string, closed: boolean) {
    const reason = closed ? correctionReason.trim() : '';
    if (closed && !reason) {
      setReasonMissing(true);
      return;
    }
    try {
      // The overview shows the latest values: drop its cached answers so it is read anew when next shown.
      const result = await commit({
        variables: reason ? { id, correctionReason: reason } : { id },
        update: (cache) => {
          if (kind !== 'VALUES') return;
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'overview' });
          cache.gc();
        },
      });
      const written = result.data?.commitValueImport.writtenCount ?? 0;
      setPhase({ kind: 'done', written });
      if (written > 0) onCommitted();
    } catch (error) {
      const extensions = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions : undefined;
      const fieldErrors = Array.isArray(extensions?.fieldErrors)
        ? (extensions.fieldErrors as { message?: string }[])
        : [];
      // A closed period is no dead end: the same preview is committed again, with a reason.
      if (fieldErrors.some((fieldError) => fieldError.message === 'periodClosed')) {
        setPhase({ kind: 'preview', id, closed: true });
        setReasonMissing(true);
        return;
      }
      setPhase({
        kind: 'preview',
        id,
        failure: {
          code: typeof extensions?.code === 'string' ? extensions.code : 'NETWORK',
          rowNumbers: Array.isArray(extensions?.rowNumbers) ? (extensions.rowNumbers as number[]) : [],
          retired: fieldErrors.some((fieldError) => fieldError.message === 'indicatorRetired'),
        },
      });
    }
  }

  async function close() {
    // An open preview is dropped, so nothing of it lingers; the dialog closes either way.
    const failed = phase.kind === 'preview' && phase.failure !== undefined;
    if (previewId && !failed) await cancel({ variables: { id: previewId } }).catch(() => undefined);
    onClose();
  }

  const busy = phase.kind === 'uploading' || phase.kind === 'processing' || committing || cancelling;
  return (
    <Dialog
      open
      onClose={() => {
        if (!busy) void close();
      }}
      maxWidth="lg"
      fullWidth
      fullScreen={narrow}
      aria-labelledby={TITLE_ID}
    >
      <DialogTitle id={TITLE_ID}>{kind === 'VALUES' ? t('valueImport.title') : t('orgUnitImport.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          {phase.kind === 'choose' && (
            <>
              <ImportLayoutHelp kind={kind} />
              <ExportButtons
                label={kind === 'VALUES' ? t('valueImport.template') : t('orgUnitImport.template')}
                table={template}
              />
              {phase.refusal && (
                <Alert severity="error">
                  {kind === 'ORG_UNITS' && phase.refusal.error === 'forbidden'
                    ? t('orgUnitImport.forbidden')
                    : t(`valueImport.fileError.${phase.refusal.error}`, {
                        details: phase.refusal.details.join(', '),
                        defaultValue: t('valueImport.fileError.internalServerError'),
                      })}
                </Alert>
              )}
              <input
                ref={fileInput}
                type="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-label={t('valueImport.chooseFile')}
                hidden
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  event.target.value = '';
                  if (file) void upload(file);
                }}
              />
            </>
          )}
          {(phase.kind === 'uploading' || phase.kind === 'processing') && (
            <div role="status">
              <Typography gutterBottom>
                {phase.kind === 'uploading'
                  ? t('valueImport.uploading', { percent: Math.round(phase.share * 100) })
                  : t('valueImport.processing')}
              </Typography>
              <LinearProgress
                variant={phase.kind === 'uploading' ? 'determinate' : 'indeterminate'}
                value={phase.kind === 'uploading' ? phase.share * 100 : undefined}
                aria-label={t('valueImport.progress')}
              />
            </div>
          )}
          {phase.kind === 'preview' && (
            <>
              {counts && (
                <Typography role="status">
                  {t('valueImport.summary', {
                    file: data?.valueImport?.fileName,
                    total: counts.total,
                    new: counts.new,
                    changed: counts.changed,
                    unchanged: counts.unchanged,
                    invalid: counts.invalid,
                  })}
                </Typography>
              )}
              {phase.failure && (
                <Alert severity="warning">
                  {phase.failure.code === 'STALE_PREVIEW' && kind === 'ORG_UNITS'
                    ? t('orgUnitImport.stale')
                    : phase.failure.code === 'STALE_PREVIEW'
                      ? t('valueImport.stale', { rows: phase.failure.rowNumbers.join(', ') || '–' })
                      : phase.failure.retired
                        ? t('valueImport.retiredSincePreview', { rows: phase.failure.rowNumbers.join(', ') || '–' })
                        : t(`apiError.${phase.failure.code}`, { defaultValue: t('valueImport.commitFailed') })}
                </Alert>
              )}
              {phase.closed && (
                <Stack spacing={1}>
                  <Alert severity="warning">{t('valueImport.correctionExplanation')}</Alert>
                  <TextField
                    label={t('valueImport.correctionReason')}
                    value={correctionReason}
                    onChange={(event) => {
                      setCorrectionReason(event.target.value);
                      setReasonMissing(false);
                    }}
                    required
                    multiline
                    minRows={2}
                    error={reasonMissing}
                    helperText={reasonMissing ? t('validation.periodClosed') : undefined}
                    slotProps={{ htmlInput: { maxLength: 1000 } }}
                  />
                </Stack>
              )}
              {committing && <LinearProgress aria-label={t('valueImport.saving')} />}
              <ImportPreview id={phase.id} kind={kind} />
            </>
          )}
          {phase.kind === 'done' && (
            <Alert severity="success">
              {kind === 'VALUES'
                ? t('valueImport.written', { count: phase.written })
                : t('orgUnitImport.written', { count: phase.written })}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        {phase.kind === 'choose' && (
          <>
            <Button onClick={onClose}>{t('app.cancel')}</Button>
            <Button variant="contained" onClick={() => fileInput.current?.click()}>
              {t('valueImport.chooseFile')}
            </Button>
          </>
        )}
        {phase.kind === 'preview' && !phase.failure && (
          <>
            <Button onClick={() => void close()} disabled={busy}>
              {t('valueImport.cancel')}
            </Button>
            <Button
              variant="contained"
              onClick={() => void commitPreview(phase.id, phase.closed ?? false)}
              disabled={busy || writable === 0}
            >
              {t('valueImport.commit', { count: writable })}
            </Button>
          </>
        )}
        {phase.kind === 'preview' && phase.failure && (
          <>
            <Button
              onClick={() =>
                void cancel({ variables: { id: phase.id } })
                  .catch(() => undefined)
                  .then(onClose)
              }
            >
              {t('app.close')}
            </Button>
            <Button
              variant="contained"
              onClick={() => {
                // The stale preview is of no more use: drop it, then start over with a fresh upload.
                void cancel({ variables: { id: phase.id } }).catch(() => undefined);
                setPhase({ kind: 'choose' });
              }}
            >
              {t('valueImport.again')}
            </Button>
          </>
        )}
        {phase.kind === 'done' && (
          <Button variant="contained" onClick={onClose}>
            {t('app.close')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
