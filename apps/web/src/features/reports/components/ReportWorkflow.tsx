import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { reportTransitionInputSchema, sendBackReportInputSchema } from '@lagesbild/types';
import type { ReportStatus } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText } from '../../../apollo/api-errors';
import { useValidatedSave } from '../../../apollo/useValidatedSave';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import { formatTime } from '../../../i18n/format';

const ReportWorkflow_Submit = graphql(`
  mutation ReportWorkflow_Submit($input: ReportTransitionInput!) {
    submitReport(input: $input) {
      id
      status
      version
    }
  }
`);
const ReportWorkflow_SendBack = graphql(`
  mutation ReportWorkflow_SendBack($input: SendBackReportInput!) {
    sendBackReport(input: $input) {
      id
      status
      version
    }
  }
`);
const ReportWorkflow_Approve = graphql(`
  mutation ReportWorkflow_Approve($input: ReportTransitionInput!) {
    approveReport(input: $input) {
      id
      status
      version
    }
  }
`);

export interface ReportWorkflowProps {
  report: {
    id: string;
    status: ReportStatus;
    version: number;
    viewerCanEdit: boolean;
    viewerCanApprove: boolean;
    comments: { id: string; text: string; createdAt: string; author?: { name: string } | null }[];
  };
}

const refetch = { refetchQueries: ['ReportPage_Query'], awaitRefetchQueries: true };

/** The buttons the user's role allows in the report's status, and the comments made on it. */
export function ReportWorkflow({ report }: ReportWorkflowProps) {
  const { t, i18n } = useTranslation();
  const [submitReport, submitting] = useMutation(ReportWorkflow_Submit, refetch);
  const [sendBack, sendingBack] = useMutation(ReportWorkflow_SendBack, refetch);
  const [approve, approving] = useMutation(ReportWorkflow_Approve, refetch);
  const [sendingBackOpen, setSendingBackOpen] = useState(false);
  // Submitting and approving cannot be undone by the one who does it: each asks first.
  const [confirming, setConfirming] = useState<'submit' | 'approve' | null>(null);
  const [comment, setComment] = useState('');
  const transition = useValidatedSave();
  const sendBackSave = useValidatedSave();
  const commentError = useFieldErrorText(sendBackSave.failure);
  const transitionError = useFieldErrorText(transition.failure);
  const input = { reportId: report.id, expectedVersion: report.version };

  return (
    <Stack spacing={1}>
      <MutationFailureAlert failure={transition.failure} onKeepMine={() => transition.setFailure(null)} />
      {transition.failure?.code === 'BAD_USER_INPUT' && (
        <Alert severity="error">{transitionError('reportId') ?? t('validation.invalid')}</Alert>
      )}
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
        {report.status === 'DRAFT' && report.viewerCanEdit && (
          <Button variant="contained" disabled={submitting.loading} onClick={() => setConfirming('submit')}>
            {t('reports.submit')}
          </Button>
        )}
        {report.viewerCanApprove && (
          <>
            <Button
              variant="contained"
              color="success"
              disabled={approving.loading}
              onClick={() => setConfirming('approve')}
            >
              {t('reports.approve')}
            </Button>
            <Button variant="outlined" onClick={() => setSendingBackOpen(true)}>
              {t('reports.sendBack')}
            </Button>
          </>
        )}
      </Stack>
      {report.comments.length > 0 && (
        <section aria-labelledby="report-comments">
          <Typography variant="h6" component="h2" id="report-comments">
            {t('reports.comments')}
          </Typography>
          <List dense>
            {report.comments.map((entry) => (
              <ListItem key={entry.id} disableGutters>
                <ListItemText
                  primary={entry.text}
                  secondary={t('reports.commentBy', {
                    name: entry.author?.name ?? '',
                    date: formatTime(entry.createdAt, i18n.language),
                  })}
                />
              </ListItem>
            ))}
          </List>
        </section>
      )}
      {confirming && (
        <FormDialog
          titleId="report-transition-title"
          title={t(confirming === 'submit' ? 'reports.submitConfirmTitle' : 'reports.approveConfirmTitle')}
          submitLabel={t(confirming === 'submit' ? 'reports.submit' : 'reports.approve')}
          saving={submitting.loading || approving.loading}
          onClose={() => setConfirming(null)}
          onSubmit={() => {
            const transitionTo = confirming === 'submit' ? submitReport : approve;
            setConfirming(null);
            void transition.validateAndSave(reportTransitionInputSchema, input, () =>
              transitionTo({ variables: { input } }),
            );
          }}
        >
          <Typography>
            {t(confirming === 'submit' ? 'reports.submitConfirmText' : 'reports.approveConfirmText')}
          </Typography>
        </FormDialog>
      )}
      {sendingBackOpen && (
        <FormDialog
          titleId="send-back-title"
          title={t('reports.sendBackTitle')}
          saving={sendingBack.loading}
          onClose={() => setSendingBackOpen(false)}
          onSubmit={() => {
            const sendBackInput = { ...input, comment };
            void sendBackSave
              .validateAndSave(sendBackReportInputSchema, sendBackInput, () =>
                sendBack({ variables: { input: sendBackInput } }),
              )
              .then((saved) => {
                if (saved) setSendingBackOpen(false);
              });
          }}
        >
          <MutationFailureAlert failure={sendBackSave.failure} onKeepMine={() => sendBackSave.setFailure(null)} />
          <TextField
            label={t('reports.sendBackComment')}
            multiline
            minRows={3}
            fullWidth
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            error={Boolean(commentError('comment'))}
            helperText={commentError('comment')}
            sx={{ mt: 1 }}
          />
        </FormDialog>
      )}
    </Stack>
  );
}
