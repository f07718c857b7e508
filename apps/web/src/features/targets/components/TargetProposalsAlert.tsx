import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';

export interface TargetProposalsAlertProps {
  /** How many rows the user may change hold a roll-over's proposals. */
  count: number;
  /** The year before the grid's: where the proposals were copied from. */
  fromYear: number;
  /** Unsaved changes in the grid: confirming would move the versions under them. */
  unsavedChanges: boolean;
  busy: boolean;
  onConfirm: () => void;
}

/** The roll-over's proposals (förslag) in the grid, and the action that confirms them as the year's targets. */
export function TargetProposalsAlert({ count, fromYear, unsavedChanges, busy, onConfirm }: TargetProposalsAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert
      severity="info"
      action={
        <Button color="inherit" size="small" onClick={onConfirm} disabled={busy || unsavedChanges}>
          {t('targets.confirmProposals')}
        </Button>
      }
    >
      {t('targets.proposals', { count, year: fromYear })}
      {unsavedChanges && ` ${t('targets.saveBeforeConfirming')}`}
    </Alert>
  );
}
