import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface FormDialogProps {
  /** The title's id, naming the dialog for assistive technology. */
  titleId: string;
  title: ReactNode;
  maxWidth?: 'sm' | 'md';
  saving: boolean;
  saveDisabled?: boolean;
  /** The submit button's label when the dialog does more than save (Skicka in, Fastställ). */
  submitLabel?: string;
  onClose: () => void;
  onSubmit: () => void;
  children: ReactNode;
}

/** A form in a dialog, with Cancel and Save; the browser's own validation is left to the form's schema. */
export function FormDialog({
  titleId,
  title,
  maxWidth = 'sm',
  saving,
  saveDisabled = false,
  submitLabel,
  onClose,
  onSubmit,
  children,
}: FormDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open onClose={onClose} maxWidth={maxWidth} fullWidth aria-labelledby={titleId}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
        noValidate
      >
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>{children}</DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('app.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={saving || saveDisabled}>
            {submitLabel ?? t('app.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
