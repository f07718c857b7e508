import { useMutation } from '@apollo/client/react';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { formatYearMonth, portfolioPeriodStatusInputSchema } from '@lagesbild/types';
import type { YearMonth } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckedSave } from '../../../apollo/useCheckedSave';
import { CorrectionReasonField, useCorrectionReason } from '../../../components/CorrectionReasonField';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import type { PortfolioPeriodStatusDialog_SaveMutationVariables } from '../../../generated/graphql';
import { formatPeriodLabel } from '../../../i18n/format';

const PortfolioPeriodStatusDialog_Save = graphql(`
  mutation PortfolioPeriodStatusDialog_Save($input: PortfolioPeriodStatusInput!) {
    savePortfolioPeriodStatus(input: $input) {
      id
      year
      month
      narrative
      changes
      version
    }
  }
`);

interface PeriodStatus {
  narrative: string;
  changes?: string | null;
  version: number;
}

export interface PortfolioPeriodStatusDialogProps {
  portfolio: { id: string; name: string };
  period: YearMonth;
  /** The status of this very month, if written; otherwise the form starts from `earlier`. */
  current: PeriodStatus | null;
  /** The latest status before the month, as a starting point for the text. */
  earlier: PeriodStatus | null;
  onClose: () => void;
  onSaved: () => void;
}

/** The portfolio's narrative status and changes for a month; refuses to overwrite someone else's newer save. */
export function PortfolioPeriodStatusDialog({
  portfolio,
  period,
  current,
  earlier,
  onClose,
  onSaved,
}: PortfolioPeriodStatusDialogProps) {
  const { t, i18n } = useTranslation();
  const [narrative, setNarrative] = useState(current?.narrative ?? earlier?.narrative ?? '');
  const [changes, setChanges] = useState(current?.changes ?? '');
  const [version, setVersion] = useState<number | null>(current?.version ?? null);
  const [save, { loading }] = useMutation(PortfolioPeriodStatusDialog_Save);
  const { failure, setFailure, errorText, submit } = useCheckedSave(
    portfolioPeriodStatusInputSchema,
    (input: PortfolioPeriodStatusDialog_SaveMutationVariables['input']) =>
      save({ variables: { input }, refetchQueries: ['PortfolioPage_Query'], awaitRefetchQueries: true }),
    onSaved,
  );
  const theirs = failure?.code === 'CONFLICT' ? (failure.current as PeriodStatus | null) : null;
  const correction = useCorrectionReason(errorText('correctionReason'));

  return (
    <FormDialog
      titleId="portfolio-period-status-title"
      title={t('portfolio.narrativeTitle', {
        portfolio: portfolio.name,
        period: formatPeriodLabel(formatYearMonth(period), i18n.language),
      })}
      maxWidth="md"
      saving={loading}
      onClose={onClose}
      onSubmit={() =>
        void submit({
          portfolioId: portfolio.id,
          ...period,
          narrative,
          changes,
          expectedVersion: version,
          ...correction.sent,
        })
      }
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <MutationFailureAlert
          failure={failure}
          onKeepMine={() => {
            setVersion(theirs?.version ?? null);
            setFailure(null);
          }}
          conflictDetail={theirs && t('portfolio.narrativeConflict', { narrative: theirs.narrative })}
        />
        {correction.asked && (
          <CorrectionReasonField explanation={t('portfolio.narrativeCorrectionExplanation')} {...correction.field} />
        )}
        <TextField
          label={t('portfolio.narrativeField')}
          value={narrative}
          onChange={(event) => setNarrative(event.target.value)}
          required
          multiline
          minRows={5}
          error={Boolean(errorText('narrative'))}
          helperText={errorText('narrative')}
        />
        <TextField
          label={t('portfolio.changesField')}
          value={changes}
          onChange={(event) => setChanges(event.target.value)}
          multiline
          minRows={3}
          error={Boolean(errorText('changes'))}
          helperText={errorText('changes')}
        />
      </Stack>
    </FormDialog>
  );
}
