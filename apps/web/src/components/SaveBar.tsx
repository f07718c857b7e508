import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

export interface SaveBarProps {
  /** Rows changed and not yet saved. */
  changedCount: number;
  saving: boolean;
  canUndo: boolean;
  onSave: () => void;
  onUndo: () => void;
  /** The save button's text, which names what is saved ("Spara 3 ändrade rader"). */
  saveLabel: string;
  undoLabel: string;
  /** What a save does, beside the buttons. */
  hint: string;
}

/**
 * The save of a long grid (Registrera, Målvärden) as a bar that stays at the bottom of the
 * window while the grid scrolls under it, so the button and the count of unsaved changes are in
 * view whichever row is being edited. It is sticky rather than fixed: it keeps its place after
 * the grid once the grid's end is reached and never covers what follows the grid.
 */
export function SaveBar({ changedCount, saving, canUndo, onSave, onUndo, saveLabel, undoLabel, hint }: SaveBarProps) {
  const { t } = useTranslation();
  return (
    <Paper
      elevation={changedCount > 0 ? 6 : 1}
      role="region"
      aria-label={t('saveBar.label')}
      sx={{ position: 'sticky', bottom: 0, zIndex: 'appBar', px: 2, py: 1 }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Button variant="contained" onClick={onSave} disabled={saving || changedCount === 0}>
          {saveLabel}
        </Button>
        <Button onClick={onUndo} disabled={!canUndo || saving}>
          {undoLabel}
        </Button>
        <Typography role="status" variant="body2" sx={{ fontWeight: changedCount > 0 ? 'bold' : undefined }}>
          {t('saveBar.unsaved', { count: changedCount })}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {hint}
        </Typography>
      </Stack>
    </Paper>
  );
}
