import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveNotice } from './SaveNotice';

export interface FormDialogProps {
  /** The title's id, naming the dialog for assistive technology. */
  titleId: string;
  title: ReactNode;
  maxWidth?: 'sm' | 'md';
  saving: boolean;
  saveDisabled?: boolean;
  /** The submit button's label when the dialog does more than save (Skicka in, Fastställ). */
  submitLabel?: string;
  /**
   * What the notice says once the dialog closes after its save (Sparat.); false for a dialog
   * whose page says it in its own words where the change is shown.
   */
  savedNotice?: string | false;
  onClose: () => void;
  onSubmit: () => void;
  children: ReactNode;
}

/**
 * A form in a dialog, with Cancel and Save; the browser's own validation is left to the form's
 * schema. When a save is refused, the first field marked invalid (or else the refusal's alert) is
 * brought into view and focused: in a long form it may lie screens above the Save button, where
 * nothing would show that the save did not happen.
 */
export function FormDialog({
  titleId,
  title,
  maxWidth = 'sm',
  saving,
  saveDisabled = false,
  submitLabel,
  savedNotice,
  onClose,
  onSubmit,
  children,
}: FormDialogProps) {
  const { t } = useTranslation();
  const notify = useSaveNotice();
  const contentRef = useRef<HTMLDivElement>(null);
  const submitted = useRef(false);
  // A dialog that closes after a submit no refusal answered was saved: say so where the user is.
  const notice = savedNotice ?? t('app.saved');
  const noticeOnClose = useRef(notice);
  useEffect(() => {
    noticeOnClose.current = notice;
  }, [notice]);
  useEffect(
    () => () => {
      if (submitted.current && noticeOnClose.current) notify(noticeOnClose.current);
    },
    [notify],
  );
  // After every render: the one that shows why a submitted save was refused brings it into view.
  useEffect(() => {
    if (!submitted.current || saving) return;
    const content = contentRef.current;
    const invalid = content?.querySelector<HTMLElement>('[aria-invalid="true"]');
    // Any other mark of a refusal: an error or conflict alert (not a hint the form always shows), or
    // an error shown beside something that takes no focus.
    const shown = content?.querySelector<HTMLElement>('.MuiAlert-colorError, .MuiAlert-colorWarning, .Mui-error');
    if (invalid) invalid.focus();
    else if (shown) shown.scrollIntoView({ block: 'nearest' });
    else return;
    submitted.current = false;
  });
  return (
    <Dialog open onClose={onClose} maxWidth={maxWidth} fullWidth aria-labelledby={titleId}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submitted.current = true;
          onSubmit();
        }}
        noValidate
      >
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent ref={contentRef}>{children}</DialogContent>
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
