import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import ReportIcon from '@mui/icons-material/Report';
import WarningIcon from '@mui/icons-material/Warning';
import Chip from '@mui/material/Chip';
import { RISK_LEVEL_APPEARANCE } from '@lagesbild/types';
import type { RiskLevel, RiskLevelAppearance } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';

export const RISK_LEVEL_ICONS: Record<RiskLevelAppearance['icon'], typeof CheckCircleIcon> = {
  check_circle: CheckCircleIcon,
  warning: WarningIcon,
  error: ErrorIcon,
  report: ReportIcon,
};

export interface RiskLevelChipProps {
  level: RiskLevel;
  /** The score, shown before the level's name: "12 · Mycket hög". */
  score?: number;
}

/** A risk's band in words, icon and colour, as the heat map colours it. */
export function RiskLevelChip({ level, score }: RiskLevelChipProps) {
  const { t } = useTranslation();
  const appearance = RISK_LEVEL_APPEARANCE[level];
  const Icon = RISK_LEVEL_ICONS[appearance.icon];
  return (
    <Chip
      size="small"
      icon={<Icon aria-hidden style={{ color: appearance.colour }} />}
      label={score === undefined ? t(`riskLevel.${level}`) : `${score} · ${t(`riskLevel.${level}`)}`}
      data-level={level}
      sx={{
        backgroundColor: appearance.tint,
        color: appearance.colour,
        fontWeight: 600,
        border: `1px solid ${appearance.colour}`,
      }}
    />
  );
}
