import Typography from '@mui/material/Typography';
import { ORG_UNIT_IMPORT_COLUMNS, VALUE_IMPORT_COLUMNS } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import type { ValueImportKind } from '../../../generated/graphql';

export interface ImportLayoutHelpProps {
  kind?: ValueImportKind;
}

/** The file layout in words, column by column, from the same definition the server reads by. */
export function ImportLayoutHelp({ kind = 'VALUES' }: ImportLayoutHelpProps) {
  const { t } = useTranslation();
  return (
    <div>
      <Typography gutterBottom>{kind === 'VALUES' ? t('valueImport.intro') : t('orgUnitImport.intro')}</Typography>
      <Typography component="h3" variant="subtitle2">
        {t('valueImport.layoutTitle')}
      </Typography>
      <Typography component="ul" variant="body2" sx={{ pl: 3, my: 1 }}>
        {kind === 'VALUES'
          ? VALUE_IMPORT_COLUMNS.map((column) => (
              <li key={column.key}>
                <strong>{column.header}</strong>: {t(`valueImport.layout.${column.key}`)}
              </li>
            ))
          : ORG_UNIT_IMPORT_COLUMNS.map((column) => (
              <li key={column.key}>
                <strong>{column.header}</strong>: {t(`orgUnitImport.layout.${column.key}`)}
              </li>
            ))}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {kind === 'VALUES' ? t('valueImport.layoutRules') : t('orgUnitImport.layoutRules')}
      </Typography>
    </div>
  );
}
