import Typography from '@mui/material/Typography';
import { ORG_UNIT_IMPORT_COLUMNS, VALUE_IMPORT_COLUMNS } from '@lagesbild/types';
import type { ImportColumnRule, OrgUnitImportColumnKey, ValueImportColumnKey } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import type { ValueImportKind } from '../../../generated/graphql';

export interface ImportLayoutHelpProps {
  kind?: ValueImportKind;
}

/** The columns of each kind: the definitions the server reads by, required or not. */
const COLUMNS: Record<ValueImportKind, readonly ImportColumnRule[]> = {
  VALUES: VALUE_IMPORT_COLUMNS,
  ORG_UNITS: ORG_UNIT_IMPORT_COLUMNS,
};

/**
 * The file layout in words, column by column, the required apart from the optional, from the
 * same definition the server reads by, so the dialog never says a column is optional that the
 * server refuses a file without.
 */
export function ImportLayoutHelp({ kind = 'VALUES' }: ImportLayoutHelpProps) {
  const { t } = useTranslation();
  const namespace = kind === 'VALUES' ? 'valueImport' : 'orgUnitImport';
  const columns = COLUMNS[kind];
  const describe = (key: string) =>
    kind === 'VALUES'
      ? t(`valueImport.layout.${key as ValueImportColumnKey}`)
      : t(`orgUnitImport.layout.${key as OrgUnitImportColumnKey}`);
  const headerOf = (key: string) => columns.find((column) => column.key === key)?.header ?? key;
  const list = (id: string, title: string, shown: readonly ImportColumnRule[]) => (
    <>
      <Typography component="h3" variant="subtitle2" id={id}>
        {title}
      </Typography>
      <Typography component="ul" variant="body2" sx={{ pl: 3, my: 1 }} aria-labelledby={id}>
        {shown.map((column) => (
          <li key={column.key}>
            <strong>{column.header}</strong>: {describe(column.key)}
            {column.requiredUnless &&
              ` (${t('valueImport.requiredUnless', { other: headerOf(column.requiredUnless) })})`}
          </li>
        ))}
      </Typography>
    </>
  );
  return (
    <div>
      <Typography gutterBottom>{t(`${namespace}.intro`)}</Typography>
      <Typography variant="body2" gutterBottom>
        {t('valueImport.layoutTitle')}
      </Typography>
      {list(
        `${kind}-required-columns`,
        t('valueImport.requiredColumns'),
        columns.filter((column) => column.required),
      )}
      {list(
        `${kind}-optional-columns`,
        t('valueImport.optionalColumns'),
        columns.filter((column) => !column.required),
      )}
      <Typography variant="body2" color="text.secondary">
        {t(`${namespace}.layoutRules`)}
      </Typography>
    </div>
  );
}
