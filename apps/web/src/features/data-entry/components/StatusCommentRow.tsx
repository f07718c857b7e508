import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsHashTarget } from '../../../components/useScrollToHash';
import { useCheckedSave } from '../../../apollo/useCheckedSave';

export interface SavedStatus<Status extends string> {
  status: Status;
  comment?: string | null;
  version: number;
}

/** The part of a zod schema the row needs (the API's own schema). */
interface InputSchema {
  safeParse(
    value: unknown,
  ): { success: true } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

export interface StatusCommentRowProps<Status extends string, Input> {
  /** The row's id, for links that open at it (#mal-12, #aktivitet-7: the to-do list's and mails'). */
  anchorId: string;
  /** What is assessed: a goal's or an activity's title. */
  title: string;
  detail?: string;
  statuses: readonly Status[];
  statusLabel: (status: Status) => string;
  /** The name of the status column, for the select's label. */
  statusName: string;
  /** The status of this very month, or null when none is saved. */
  saved: SavedStatus<Status> | null;
  readOnly: boolean;
  schema: InputSchema;
  inputOf: (status: Status, comment: string, expectedVersion: number | null) => Input;
  save: (input: Input) => Promise<SavedStatus<Status> | undefined>;
}

/**
 * One goal's assessment or one activity's status for the month, with its comment, saved on
 * its own: checked with the API's schema first, and never over someone else's newer save.
 */
export function StatusCommentRow<Status extends string, Input>({
  anchorId,
  title,
  detail,
  statuses,
  statusLabel,
  statusName,
  saved: initial,
  readOnly,
  schema,
  inputOf,
  save,
}: StatusCommentRowProps<Status, Input>) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(initial);
  const [status, setStatus] = useState<Status | ''>(initial?.status ?? '');
  const [comment, setComment] = useState(initial?.comment ?? '');
  const [version, setVersion] = useState<number | null>(initial?.version ?? null);
  const [justSaved, setJustSaved] = useState(false);
  // A month in a closed period makes a change a correction: once the API says so, the reason is
  // asked for under the comment (the chosen status and comment stay) and sent with every later save.
  const [asksForReason, setAsksForReason] = useState(false);
  const [correctionReason, setCorrectionReason] = useState('');
  const { failure, setFailure, errorText, submit } = useCheckedSave(
    schema,
    async (input: Input) => {
      const result = await save(input);
      if (result) {
        setSaved(result);
        setVersion(result.version);
        setComment(result.comment ?? '');
      }
    },
    () => setJustSaved(true),
  );
  const theirs = failure?.code === 'CONFLICT' ? (failure.current as SavedStatus<Status> | null) : null;
  const reasonError = errorText('correctionReason');
  if (reasonError && !asksForReason) setAsksForReason(true);
  const changed = status !== (saved?.status ?? '') || comment !== (saved?.comment ?? '');
  const isHashTarget = useIsHashTarget();

  return (
    <TableRow id={anchorId} tabIndex={-1} selected={isHashTarget(anchorId)}>
      <TableCell component="th" scope="row" sx={{ minWidth: 220 }}>
        <Typography variant="body2">{title}</Typography>
        {detail && (
          <Typography variant="caption" color="text.secondary">
            {detail}
          </Typography>
        )}
      </TableCell>
      <TableCell sx={{ minWidth: 190 }}>
        <TextField
          select
          size="small"
          fullWidth
          label={statusName}
          value={status}
          disabled={readOnly}
          error={Boolean(errorText('fulfilment') ?? errorText('status'))}
          helperText={errorText('fulfilment') ?? errorText('status')}
          onChange={(event) => {
            setStatus(event.target.value as Status);
            setJustSaved(false);
          }}
          slotProps={{ inputLabel: { shrink: true } }}
        >
          {statuses.map((option) => (
            <MenuItem key={option} value={option}>
              {statusLabel(option)}
            </MenuItem>
          ))}
        </TextField>
      </TableCell>
      <TableCell sx={{ minWidth: 240 }}>
        <TextField
          size="small"
          fullWidth
          multiline
          maxRows={4}
          label={t('dataEntry.comment')}
          value={comment}
          disabled={readOnly}
          error={Boolean(errorText('comment'))}
          helperText={errorText('comment')}
          onChange={(event) => {
            setComment(event.target.value);
            setJustSaved(false);
          }}
          slotProps={{ htmlInput: { 'aria-label': `${t('dataEntry.comment')}, ${title}` } }}
        />
        {asksForReason && !readOnly && (
          <Stack spacing={1} sx={{ mt: 1 }}>
            <Typography variant="caption" color="warning.dark">
              {t('dataEntry.correction.rowExplanation')}
            </Typography>
            <TextField
              size="small"
              fullWidth
              multiline
              minRows={2}
              required
              label={t('dataEntry.correction.reason')}
              value={correctionReason}
              error={Boolean(reasonError)}
              helperText={reasonError}
              onChange={(event) => {
                setCorrectionReason(event.target.value);
                setJustSaved(false);
              }}
              slotProps={{
                htmlInput: { 'aria-label': `${t('dataEntry.correction.reason')}, ${title}`, maxLength: 1000 },
              }}
            />
          </Stack>
        )}
      </TableCell>
      {!readOnly && (
        <TableCell sx={{ minWidth: 140 }}>
          <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }} aria-live="polite">
            <Button
              size="small"
              variant="outlined"
              disabled={!changed || status === ''}
              aria-label={`${t('app.save')}: ${title}`}
              onClick={() => {
                setFailure(null);
                const reason = asksForReason ? correctionReason.trim() : '';
                if (status !== '')
                  void submit({
                    ...inputOf(status, comment, version),
                    ...(reason ? { correctionReason: reason } : {}),
                  });
              }}
            >
              {t('app.save')}
            </Button>
            {justSaved && !changed && (
              <Typography variant="caption" color="success.main">
                {t('dataEntry.savedRow')}
              </Typography>
            )}
            {failure?.code === 'CONFLICT' && (
              <>
                <Typography variant="caption" color="warning.dark">
                  {t('dataEntry.rowConflict', { status: theirs ? statusLabel(theirs.status) : '–' })}
                </Typography>
                <Button
                  size="small"
                  color="warning"
                  onClick={() => {
                    setVersion(theirs?.version ?? null);
                    setSaved(theirs);
                    setFailure(null);
                  }}
                >
                  {t('conflict.keepMine')}
                </Button>
              </>
            )}
            {failure && failure.code !== 'CONFLICT' && failure.code !== 'BAD_USER_INPUT' && (
              <Typography variant="caption" color="error">
                {t(`apiError.${failure.code}`, { defaultValue: t('state.error') })}
              </Typography>
            )}
          </Stack>
        </TableCell>
      )}
    </TableRow>
  );
}
