import { STATUS_APPEARANCE } from '@lagesbild/types';
import type { ValueStatus } from '@lagesbild/types';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutlineOutlined';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from '../../../components/VisuallyHidden';

export interface ControlResultMarkProps {
  result: { performed: boolean; outcome?: 'OK' | 'DEVIATION' | null; isDemoValue: boolean } | null;
}

/** A month of a control in the grid: an icon in the status colours with its meaning in words for everyone. */
export function ControlResultMark({ result }: ControlResultMarkProps) {
  const { t } = useTranslation();
  if (!result) {
    return (
      <Box component="span" title={t('controls.outcome.NONE')} sx={{ color: 'text.disabled' }}>
        <span aria-hidden>–</span>
        <VisuallyHidden>{t('controls.outcome.NONE')}</VisuallyHidden>
      </Box>
    );
  }
  const key = !result.performed ? 'NOT_PERFORMED' : (result.outcome ?? 'OK');
  const status: ValueStatus = key === 'OK' ? 'GREEN' : key === 'DEVIATION' ? 'RED' : 'NOT_ASSESSED';
  const Icon = key === 'OK' ? CheckCircleIcon : key === 'DEVIATION' ? ErrorIcon : RemoveCircleOutlineIcon;
  const word = t(`controls.outcome.${key}`) + (result.isDemoValue ? ` (${t('risks.demoValue')})` : '');
  return (
    <Box
      component="span"
      title={word}
      data-outcome={key}
      sx={{
        display: 'inline-flex',
        flexDirection: 'column',
        alignItems: 'center',
        color: STATUS_APPEARANCE[status].colour,
      }}
    >
      <Icon fontSize="small" aria-hidden />
      <Box component="span" sx={{ fontSize: '0.65rem', fontWeight: 600 }} aria-hidden>
        {t(`controls.outcomeShort.${key}`)}
      </Box>
      <VisuallyHidden>{word}</VisuallyHidden>
    </Box>
  );
}
