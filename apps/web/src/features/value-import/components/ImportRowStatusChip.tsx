import AddCircleIcon from '@mui/icons-material/AddCircle';
import EditIcon from '@mui/icons-material/Edit';
import ErrorIcon from '@mui/icons-material/Error';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutlineOutlined';
import type { ValueStatus } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../../components/StatusChip';
import type { ValueImportRowStatus } from '../../../generated/graphql';

/**
 * The status colours' meaning carried over: green is written as new, yellow overwrites what
 * is stored (look twice), grey leaves it be, red cannot be written. Icon and text always with it.
 */
const APPEARANCE: Record<ValueImportRowStatus, { status: ValueStatus; Icon: typeof AddCircleIcon }> = {
  NEW: { status: 'GREEN', Icon: AddCircleIcon },
  CHANGED: { status: 'YELLOW', Icon: EditIcon },
  UNCHANGED: { status: 'NOT_ASSESSED', Icon: RemoveCircleOutlineIcon },
  INVALID: { status: 'RED', Icon: ErrorIcon },
};

export interface ImportRowStatusChipProps {
  status: ValueImportRowStatus;
}

export function ImportRowStatusChip({ status }: ImportRowStatusChipProps) {
  const { t } = useTranslation();
  const { status: colours, Icon } = APPEARANCE[status];
  return <StatusChip status={colours} label={t(`valueImport.status.${status}`)} icon={Icon} />;
}
