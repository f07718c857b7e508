import Typography from '@mui/material/Typography';
import { VALUE_IMPORT_COLUMNS } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';

/** The file layout in words, column by column, from the same definition the server reads by. */
export function ImportLayoutHelp() {
  const { t } = useTranslation();
  return (
    <div>
      <Typography gutterBottom>{t('valueImport.intro')}</Typography>
      <Typography component="h3" variant="subtitle2">
        {t('valueImport.layoutTitle')}
      </Typography>
      <Typography component="ul" variant="body2" sx={{ pl: 3, my: 1 }}>
        {VALUE_IMPORT_COLUMNS.map((column) => (
          <li key={column.key}>
            <strong>{column.header}</strong>: {t(`valueImport.layout.${column.key}`)}
          </li>
        ))}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('valueImport.layoutRules')}
      </Typography>
    </div>
  );
}
