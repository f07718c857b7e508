import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

export interface RolledUpNoteProps {
  /** The units whose figures make up the row; nothing is shown when empty (the unit's own figures). */
  units: readonly { id: string; name: string }[];
}

/**
 * Says that a row's figures are computed from the units below, not reported by the unit
 * itself, and which units they are: a sum must never pass for a figure someone entered.
 */
export function RolledUpNote({ units }: RolledUpNoteProps) {
  const { t } = useTranslation();
  if (units.length === 0) return null;
  return (
    <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block', fontWeight: 400 }}>
      {t('economy.rolledUpFrom', { count: units.length, units: units.map((unit) => unit.name).join(', ') })}
    </Typography>
  );
}
