import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { formatTime, NUMBER_LOCALE } from '../../../i18n/format';
import { codedValueKey, fieldLabelKey, isPlainNumberField, SECRET_FIELDS } from '../audit-labels';

export interface FieldChangeShown {
  field: string;
  oldValue?: string | null;
  newValue?: string | null;
  referencedType?: string | null;
  oldName?: string | null;
  newName?: string | null;
}

export interface ChangeListProps {
  /** The kind of record changed, which decides what a coded value means. */
  entityType: string;
  changes: readonly FieldChangeShown[];
}

/** A date without a time of day, as the database keeps dates: shown as the date itself. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/**
 * A figure as the interface's language writes it ("29 492", "5,9"): the log does not know its
 * unit, so up to three decimals, enough to tell two values apart without a float's noise.
 */
function formatFigure(value: number, language: string): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[language] ?? 'sv-SE', { maximumFractionDigits: 3 }).format(value);
}

/** The fields one change touched, from which value to which, as a reader names them. */
export function ChangeList({ entityType, changes }: ChangeListProps) {
  const { t, i18n } = useTranslation();
  const shown = (change: FieldChangeShown, value: string | null | undefined, name: string | null | undefined) => {
    if (value == null) return '–';
    if (SECRET_FIELDS.has(change.field)) return t('audit.hidden');
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      return value;
    }
    if (change.referencedType) {
      // The record it points at by name; one deleted since is named by its kind and id.
      const type = t(`entityType.${change.referencedType}`, { defaultValue: change.referencedType });
      return name ?? t('audit.deletedRecord', { name: `${type} ${String(parsed)}` });
    }
    if (typeof parsed === 'boolean') return parsed ? t('audit.yes') : t('audit.no');
    if (typeof parsed === 'number') {
      return isPlainNumberField(change.field) ? String(parsed) : formatFigure(parsed, i18n.language);
    }
    if (typeof parsed === 'object' && parsed !== null) return t('audit.notShown');
    if (typeof parsed !== 'string') return String(parsed);
    if (DATE_ONLY.test(parsed)) return parsed.slice(0, 10);
    if (TIMESTAMP.test(parsed)) return formatTime(parsed, i18n.language);
    const key = codedValueKey(entityType, change.field, parsed);
    return key ? t(key, { defaultValue: parsed }) : parsed;
  };
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{t('audit.field')}</TableCell>
          <TableCell>{t('audit.before')}</TableCell>
          <TableCell>{t('audit.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {changes
          // The record's own key says nothing the row's name does not; every other field is shown.
          .filter((change) => change.field !== 'id')
          .map((change) => (
            <TableRow key={change.field}>
              <TableCell component="th" scope="row">
                {t(fieldLabelKey(entityType, change.field), { defaultValue: change.field })}
              </TableCell>
              <TableCell>{shown(change, change.oldValue, change.oldName)}</TableCell>
              <TableCell>{shown(change, change.newValue, change.newName)}</TableCell>
            </TableRow>
          ))}
      </TableBody>
    </Table>
  );
}
