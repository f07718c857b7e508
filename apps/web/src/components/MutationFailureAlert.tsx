import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiFailure } from '../apollo/api-errors';

export interface MutationFailureAlertProps {
  failure: ApiFailure | null;
  /** On a conflict: take the version now saved and keep what the user typed. */
  onKeepMine: () => void;
  /** On a conflict: what the other person saved, in words. */
  conflictDetail?: ReactNode;
}

/**
 * Why a save failed, above a form: a conflict with someone else's save (with the choice to
 * keep one's own values) or a refusal; field errors stand next to their fields instead.
 */
export function MutationFailureAlert({ failure, onKeepMine, conflictDetail }: MutationFailureAlertProps) {
  const { t } = useTranslation();
  if (!failure || failure.code === 'BAD_USER_INPUT') return null;
  if (failure.code === 'CONFLICT') {
    return (
      <Alert
        severity="warning"
        action={
          <Button color="inherit" size="small" onClick={onKeepMine}>
            {t('conflict.keepMine')}
          </Button>
        }
      >
        {t('conflict.message')} {conflictDetail}
      </Alert>
    );
  }
  return <Alert severity="error">{t(`apiError.${failure.code}`, { defaultValue: t('state.error') })}</Alert>;
}
