import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';

export interface ChangeListProps {
  changes: readonly { field: string; oldValue?: string | null; newValue?: string | null }[];
}

/** Values arrive as JSON text; show text without its quotes and nothing as a dash. */
function shown(value: string | null | undefined): string {
  if (value == null) return '–';
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'string' ? parsed : value;
  } catch {
    return value;
  }
}

/** Keys and references are kept in the log but say nothing to a reader. */
const isReference = (field: string) => field === 'id' || field.endsWith('Id');

/** Fields whose values are codes with a translated name. */
const CODED_FIELDS: Record<string, string> = { fulfilment: 'fulfilment', role: 'role', status: 'status' };

/** The fields one change touched, from which value to which. */
export function ChangeList({ changes }: ChangeListProps) {
  const { t } = useTranslation();
  const valueOf = (field: string, value: string | null | undefined) => {
    const text = shown(value);
    const codes = CODED_FIELDS[field];
    return codes && text !== '–' ? t(`${codes}.${text}`, { defaultValue: text }) : text;
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
          .filter((change) => !isReference(change.field))
          .map((change) => (
            <TableRow key={change.field}>
              <TableCell component="th" scope="row">
                {t(`auditField.${change.field}`, { defaultValue: change.field })}
              </TableCell>
              <TableCell>{valueOf(change.field, change.oldValue)}</TableCell>
              <TableCell>{valueOf(change.field, change.newValue)}</TableCell>
            </TableRow>
          ))}
      </TableBody>
    </Table>
  );
}
