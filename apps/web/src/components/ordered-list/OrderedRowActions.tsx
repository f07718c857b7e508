import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import type { Direction } from './useMoveInOrder';

export interface OrderedRowActionsProps {
  /** The row's name, in the buttons' accessible names ("Flytta upp Omvärld"). */
  name: string;
  /** The move buttons' ids (useMoveInOrder's buttonId), so focus can follow a move. */
  buttonId: (direction: Direction) => string;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove: (direction: Direction) => void;
  onEdit: () => void;
  onRemove: () => void;
}

/** A row's buttons in an ordered list: move it up or down, change it, remove it. */
export function OrderedRowActions({
  name,
  buttonId,
  canMoveUp,
  canMoveDown,
  onMove,
  onEdit,
  onRemove,
}: OrderedRowActionsProps) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" sx={{ flexShrink: 0, alignItems: 'center', flexWrap: 'wrap', gap: 0.5 }}>
      <IconButton
        id={buttonId('up')}
        aria-label={t('orderedList.moveUpLabel', { name })}
        title={t('orderedList.moveUp')}
        disabled={!canMoveUp}
        onClick={() => onMove('up')}
      >
        <ArrowUpwardIcon />
      </IconButton>
      <IconButton
        id={buttonId('down')}
        aria-label={t('orderedList.moveDownLabel', { name })}
        title={t('orderedList.moveDown')}
        disabled={!canMoveDown}
        onClick={() => onMove('down')}
      >
        <ArrowDownwardIcon />
      </IconButton>
      <Button size="small" aria-label={t('orderedList.editLabel', { name })} onClick={onEdit}>
        {t('orderedList.edit')}
      </Button>
      <Button size="small" color="error" aria-label={t('orderedList.removeLabel', { name })} onClick={onRemove}>
        {t('orderedList.remove')}
      </Button>
    </Stack>
  );
}
