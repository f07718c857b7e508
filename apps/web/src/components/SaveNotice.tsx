import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';

/** How long a notice stays: long enough to read two short sentences. */
const SHOWN_MS = 5000;

const NotifyContext = createContext<(message: string) => void>(() => undefined);

/**
 * Tells the user, wherever the page is scrolled, that what they saved was saved: a dialog closes
 * and the record it made may lie far below, so without it nothing would show the save happened.
 * One polite live region for the whole app, so screen readers announce each notice.
 */
export function SaveNoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<{ message: string; id: number } | null>(null);
  const notify = useCallback((message: string) => setNotice({ message, id: Date.now() }), []);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  const value = useMemo(() => notify, [notify]);
  return (
    <NotifyContext.Provider value={value}>
      {children}
      <Box
        role="status"
        aria-live="polite"
        sx={{
          position: 'fixed',
          bottom: 24,
          left: '50%',
          transform: 'translateX(-50%)',
          zIndex: 'snackbar',
          maxWidth: 'calc(100% - 32px)',
        }}
      >
        {notice && (
          <Alert key={notice.id} severity="success" variant="filled" onClose={() => setNotice(null)}>
            {notice.message}
          </Alert>
        )}
      </Box>
    </NotifyContext.Provider>
  );
}

/** Shows a short notice that something was saved (a no-op outside SaveNoticeProvider). */
export function useSaveNotice(): (message: string) => void {
  return useContext(NotifyContext);
}
