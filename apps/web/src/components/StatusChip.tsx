import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutlineOutlined';
import WarningIcon from '@mui/icons-material/Warning';
import Chip from '@mui/material/Chip';
import { STATUS_APPEARANCE } from '@lagesbild/types';
import type { StatusAppearance, ValueStatus } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';

const ICONS: Record<StatusAppearance['icon'], typeof CheckCircleIcon> = {
  check_circle: CheckCircleIcon,
  warning: WarningIcon,
  error: ErrorIcon,
  remove_circle_outline: RemoveCircleOutlineIcon,
};

export interface StatusChipProps {
  status: ValueStatus;
  /** The status in words; colour and icon alone never carry it. */
  label: string;
  /** An icon of its own, for a vocabulary that borrows the status colours (an import row's new, changed …). */
  icon?: typeof CheckCircleIcon;
  /**
   * True when an analyst set a value's status in place of the status rule's: the chip says so
   * wherever the status shows, so that no reader takes a judgement for the rule's verdict.
   */
  setByHand?: boolean;
}

export function StatusChip({ status, label, icon, setByHand = false }: StatusChipProps) {
  const { t } = useTranslation();
  const appearance = STATUS_APPEARANCE[status];
  const Icon = icon ?? ICONS[appearance.icon];
  return (
    <Chip
      size="small"
      icon={<Icon aria-hidden style={{ color: appearance.colour }} />}
      label={setByHand ? `${label} (${t('statusSetByHand')})` : label}
      data-status={status}
      sx={{
        backgroundColor: appearance.tint,
        color: appearance.colour,
        fontWeight: 600,
        border: `1px solid ${appearance.colour}`,
      }}
    />
  );
}
