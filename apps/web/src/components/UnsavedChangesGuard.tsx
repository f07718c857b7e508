import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

export interface UnsavedChangesGuardProps {
  /** Whether there are edits that leaving would lose. */
  when: boolean;
}

/**
 * Asks before the user leaves a page with unsaved edits: within the app (a menu tab, a link,
 * the browser's back) a dialog offers to stay or to leave without saving; closing or reloading
 * the tab gets the browser's own question (beforeunload, whose text browsers do not let a page
 * choose). useBlocker needs a data router: the app runs under createBrowserRouter (main.tsx)
 * and tests under createMemoryRouter (render-with-providers.tsx) for that reason.
 */
export function UnsavedChangesGuard({ when }: UnsavedChangesGuardProps) {
  const { t } = useTranslation();
  // Another page, and also another month or unit of the same page (the query string): either
  // shows other rows, and the edits of these would be lost.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );

  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);

  // Saved or undone meanwhile: nothing is lost any more, so the navigation goes on.
  useEffect(() => {
    if (blocker.state === 'blocked' && !when) blocker.proceed();
  }, [blocker, when]);

  return (
    <Dialog
      open={blocker.state === 'blocked'}
      onClose={() => blocker.reset?.()}
      aria-labelledby="unsaved-changes-title"
      aria-describedby="unsaved-changes-body"
    >
      <DialogTitle id="unsaved-changes-title">{t('unsavedChanges.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="unsaved-changes-body">{t('unsavedChanges.body')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" autoFocus onClick={() => blocker.reset?.()}>
          {t('unsavedChanges.stay')}
        </Button>
        <Button color="error" onClick={() => blocker.proceed?.()}>
          {t('unsavedChanges.leave')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
