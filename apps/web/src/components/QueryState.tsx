import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return (
    <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 2, py: 4 }}>
      <CircularProgress size={24} aria-hidden />
      {t('state.loading')}
    </Box>
  );
}

export interface LoadErrorProps {
  onRetry?: () => void;
}

/** The failure in words the user can act on; the technical detail stays in the console. */
export function LoadError({ onRetry }: LoadErrorProps) {
  const { t } = useTranslation();
  return (
    <Alert
      severity="error"
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('state.retry')}
          </Button>
        ) : undefined
      }
    >
      {t('state.error')}
    </Alert>
  );
}
