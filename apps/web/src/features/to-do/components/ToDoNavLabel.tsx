import Badge from '@mui/material/Badge';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

export interface ToDoNavLabelProps {
  count: number;
  overdue: number;
}

/** The navigation's "Att göra" with the number of things to do; red while any of them is overdue. */
export function ToDoNavLabel({ count, overdue }: ToDoNavLabelProps) {
  const { t } = useTranslation();
  return (
    <Badge
      badgeContent={count}
      max={99}
      color={overdue > 0 ? 'error' : 'primary'}
      // The tab's accessible name says the number in words (toDoNavName).
      slotProps={{ badge: { 'aria-hidden': true } }}
      sx={{ '& .MuiBadge-badge': { right: -10 } }}
    >
      <span>{t('toDo.navLabel')}</span>
    </Badge>
  );
}

/** The tab's accessible name: "Att göra, 12 saker att göra" (just "Att göra" when there is nothing). */
export function toDoNavName(t: TFunction, count: number): string {
  return count > 0 ? `${t('toDo.navLabel')}, ${t('toDo.navCount', { count })}` : t('toDo.navLabel');
}
