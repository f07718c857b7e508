import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ToDoList } from '../features/to-do/components/ToDoList';

/** Att göra: what the signed-in user is to report, by deadline, each a link to where it is done. */
export function ToDoPage() {
  const { t } = useTranslation();
  return (
    <>
      <Typography variant="h4" component="h1" sx={{ mb: 1 }}>
        {t('toDo.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: '80ch' }}>
        {t('toDo.intro')}
      </Typography>
      <ToDoList />
    </>
  );
}
