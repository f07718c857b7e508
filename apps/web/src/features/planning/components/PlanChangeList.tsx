import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import type { PlanChangeList_ChangeFragment } from '../../../generated/graphql';

// A change has no id of its own: parents spread this fragment with @unmask and pass the data.
export const PlanChangeList_Change = graphql(`
  fragment PlanChangeList_Change on PlanChange {
    kind
    subject
    object
    before
    after
    targetField
    beforeValue
    afterValue
  }
`);

export interface PlanChangeListProps {
  changes: readonly PlanChangeList_ChangeFragment[];
  /** What to say when there is no change. */
  empty: string;
  label: string;
}

/** The differences between two revisions of a plan, one sentence each. */
export function PlanChangeList({ changes, empty, label }: PlanChangeListProps) {
  const { t, i18n } = useTranslation();
  if (changes.length === 0) return <Typography color="text.secondary">{empty}</Typography>;
  const number = (value: number | null | undefined) =>
    value == null ? '–' : new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE').format(value);
  return (
    <List dense aria-label={label} sx={{ listStyle: 'disc', pl: 3 }}>
      {changes.map((change, index) => (
        <ListItem key={index} sx={{ display: 'list-item', py: 0 }}>
          {t(`planning.change.${change.kind}`, {
            subject: change.subject,
            object: change.object ?? '',
            field: change.targetField ? t(`planning.${change.targetField}`) : '',
            before: change.kind === 'GOAL_RENAMED' ? change.before : number(change.beforeValue),
            after: change.kind === 'GOAL_RENAMED' ? change.after : number(change.afterValue),
          })}
        </ListItem>
      ))}
    </List>
  );
}
