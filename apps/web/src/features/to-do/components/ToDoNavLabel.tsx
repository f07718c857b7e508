import Box from '@mui/material/Box';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

export interface ToDoNavLabelProps {
  count: number;
  overdue: number;
}

/**
 * The navigation's "Att göra" with the number of things to do beside it, red while any of them is
 * overdue. Inline rather than a floating badge, which the scrolling tab row would clip.
 */
export function ToDoNavLabel({ count, overdue }: ToDoNavLabelProps) {
  const { t } = useTranslation();
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
      {t('toDo.navLabel')}
      {count > 0 && (
        // The tab's accessible name says the number in words (toDoNavName).
        <Box
          component="span"
          aria-hidden
          data-overdue={overdue > 0}
          sx={{
            minWidth: 20,
            px: 0.75,
            borderRadius: 10,
            fontSize: '0.75rem',
            lineHeight: '20px',
            fontWeight: 700,
            textAlign: 'center',
            bgcolor: overdue > 0 ? 'error.main' : 'common.white',
            color: overdue > 0 ? 'error.contrastText' : 'primary.main',
          }}
        >
          {count > 99 ? '99+' : count}
        </Box>
      )}
    </Box>
  );
}

/** The tab's accessible name: "Att göra, 12 saker att göra" (just "Att göra" when there is nothing). */
export function toDoNavName(t: TFunction, count: number): string {
  return count > 0 ? `${t('toDo.navLabel')}, ${t('toDo.navCount', { count })}` : t('toDo.navLabel');
}
