import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../../components/QueryState';
import { graphql } from '../../../generated';
import type { ReminderMailStatus } from '../../../generated/graphql';
import { formatTime } from '../../../i18n/format';

export const SendLog_Query = graphql(`
  query SendLog_Query($status: ReminderMailStatus) {
    reminderMails(status: $status, first: 100) {
      id
      kind
      recipientName
      recipient
      subject
      itemCount
      status
      attempts
      nextAttemptAt
      lastError
      sentAt
      createdAt
    }
  }
`);

export const SendLog_Retry = graphql(`
  mutation SendLog_Retry($input: RetryReminderMailInput!) {
    retryReminderMail(input: $input) {
      id
      status
      attempts
      nextAttemptAt
    }
  }
`);

const STATUSES: ReminderMailStatus[] = ['PENDING', 'SENDING', 'SENT', 'FAILED'];

/** Administration → Utskick: the reminder mails, their status, attempts and the mail server's last refusal. */
export function SendLog() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<ReminderMailStatus | ''>('');
  const { data, loading, error, refetch } = useQuery(SendLog_Query, { variables: { status: status || null } });
  const time = (iso: string) => formatTime(iso, i18n.language);
  const [retry, retrying] = useMutation(SendLog_Retry, { refetchQueries: [SendLog_Query], awaitRefetchQueries: true });
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);

  async function retryMail(id: string, recipientName: string) {
    try {
      await retry({ variables: { input: { id } } });
      setMessage({ severity: 'success', text: t('reminders.sendLog.retried', { name: recipientName }) });
    } catch {
      setMessage({ severity: 'error', text: t('reminders.sendLog.retryFailed') });
    }
  }
  const mails = data?.reminderMails ?? [];

  return (
    <Stack spacing={2}>
      <TextField
        select
        label={t('reminders.sendLog.status')}
        value={status}
        onChange={(event) => setStatus(event.target.value as ReminderMailStatus | '')}
        size="small"
        sx={{ maxWidth: 240 }}
        // "Alla" shows as the choice it is, not as an empty field under its label.
        slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
      >
        <MenuItem value="">{t('reminders.sendLog.allStatuses')}</MenuItem>
        {STATUSES.map((choice) => (
          <MenuItem key={choice} value={choice}>
            {t(`reminders.sendLog.statusValue.${choice}`)}
          </MenuItem>
        ))}
      </TextField>
      {message && (
        <Alert
          severity={message.severity}
          role={message.severity === 'success' ? 'status' : 'alert'}
          onClose={() => setMessage(null)}
        >
          {message.text}
        </Alert>
      )}
      {loading && !data && <Loading />}
      {error && <LoadError onRetry={() => void refetch()} />}
      {data && mails.length === 0 && <Alert severity="info">{t('reminders.sendLog.empty')}</Alert>}
      {mails.length > 0 && (
        <TableContainer
          component={Paper}
          variant="outlined"
          tabIndex={0}
          aria-label={t('reminders.sendLog.tableLabel')}
        >
          <Table size="small" aria-label={t('reminders.sendLog.tableLabel')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('reminders.sendLog.time')}</TableCell>
                <TableCell>{t('reminders.sendLog.recipient')}</TableCell>
                <TableCell>{t('reminders.sendLog.subject')}</TableCell>
                <TableCell align="right">{t('reminders.sendLog.items')}</TableCell>
                <TableCell>{t('reminders.sendLog.status')}</TableCell>
                <TableCell align="right">{t('reminders.sendLog.attempts')}</TableCell>
                <TableCell>{t('reminders.sendLog.lastError')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {mails.map((mail) => (
                <TableRow key={mail.id}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {mail.sentAt
                      ? t('reminders.sendLog.sentAt', { time: time(mail.sentAt) })
                      : t('reminders.sendLog.plannedAt', { time: time(mail.createdAt) })}
                  </TableCell>
                  <TableCell>
                    {mail.recipientName}
                    <Typography variant="body2" color="text.secondary">
                      {mail.recipient}
                    </Typography>
                  </TableCell>
                  <TableCell sx={{ minWidth: 180 }}>
                    {mail.subject}
                    <Typography variant="body2" color="text.secondary">
                      {t(`reminders.sendLog.kindValue.${mail.kind}`)}
                    </Typography>
                  </TableCell>
                  <TableCell align="right">{mail.itemCount}</TableCell>
                  <TableCell sx={{ minWidth: 120 }}>
                    {t(`reminders.sendLog.statusValue.${mail.status}`)}
                    {mail.nextAttemptAt && (
                      <Typography variant="body2" color="text.secondary">
                        {t('reminders.sendLog.nextAttempt', { time: time(mail.nextAttemptAt) })}
                      </Typography>
                    )}
                    {mail.status === 'FAILED' && (
                      <Button
                        size="small"
                        disabled={retrying.loading}
                        aria-label={t('reminders.sendLog.retryLabel', { name: mail.recipientName })}
                        onClick={() => void retryMail(mail.id, mail.recipientName)}
                        sx={{ display: 'block', px: 0 }}
                      >
                        {t('reminders.sendLog.retry')}
                      </Button>
                    )}
                  </TableCell>
                  <TableCell align="right">{mail.attempts}</TableCell>
                  <TableCell sx={{ minWidth: 160, overflowWrap: 'anywhere' }}>{mail.lastError}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Stack>
  );
}
