import Chip from '@mui/material/Chip';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import EditNoteIcon from '@mui/icons-material/EditNote';
import SendIcon from '@mui/icons-material/Send';
import type { ReportStatus } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';

const ICONS = { DRAFT: EditNoteIcon, SUBMITTED: SendIcon, APPROVED: CheckCircleIcon } as const;

export interface ReportStatusChipProps {
  status: ReportStatus;
}

/** Draft, submitted or approved, in words with an icon. */
export function ReportStatusChip({ status }: ReportStatusChipProps) {
  const { t } = useTranslation();
  const Icon = ICONS[status];
  return (
    <Chip
      size="small"
      variant={status === 'APPROVED' ? 'filled' : 'outlined'}
      color={status === 'APPROVED' ? 'success' : 'default'}
      icon={<Icon aria-hidden />}
      label={t(`reports.status_${status}`)}
    />
  );
}
