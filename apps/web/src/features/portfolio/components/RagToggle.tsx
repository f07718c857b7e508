import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import WarningIcon from '@mui/icons-material/Warning';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { RAG_APPEARANCE } from '@lagesbild/types';
import type { RagStatus } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';

const OPTIONS: { status: RagStatus; Icon: typeof CheckCircleIcon }[] = [
  { status: 'GREEN', Icon: CheckCircleIcon },
  { status: 'YELLOW', Icon: WarningIcon },
  { status: 'RED', Icon: ErrorIcon },
];

export interface RagToggleProps {
  /** The id of the visible label naming the group, e.g. "Tid". */
  labelId: string;
  value: RagStatus;
  onChange: (status: RagStatus) => void;
}

/** Green, yellow or red in one click, each with its icon and word. */
export function RagToggle({ labelId, value, onChange }: RagToggleProps) {
  const { t } = useTranslation();
  return (
    <ToggleButtonGroup
      exclusive
      size="small"
      value={value}
      aria-labelledby={labelId}
      onChange={(_event, next: RagStatus | null) => {
        if (next) onChange(next);
      }}
    >
      {OPTIONS.map(({ status, Icon }) => (
        <ToggleButton
          key={status}
          value={status}
          sx={{
            gap: 0.5,
            textTransform: 'none',
            '&.Mui-selected, &.Mui-selected:hover': {
              backgroundColor: RAG_APPEARANCE[status].tint,
              color: RAG_APPEARANCE[status].colour,
              fontWeight: 700,
            },
          }}
        >
          <Icon fontSize="small" aria-hidden style={{ color: RAG_APPEARANCE[status].colour }} />
          {t(`rag.${status}`)}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
