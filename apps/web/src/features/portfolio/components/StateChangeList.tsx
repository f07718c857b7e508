import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '../../../generated';

export const StateChangeList_change = graphql(`
  fragment StateChangeList_change on ProjectStateChange {
    id
    fromState
    toState
    reason
    changedOn
    author {
      id
      name
    }
  }
`);

export interface StateChangeListProps {
  /** Oldest first, as the API gives them; shown newest first. */
  changes: readonly FragmentType<typeof StateChangeList_change>[];
}

/** A project's changes of state with their reasons, newest first. */
export function StateChangeList({ changes: changesRefs }: StateChangeListProps) {
  const { data, complete } = useFragment({
    fragment: StateChangeList_change,
    fragmentName: 'StateChangeList_change',
    from: [...changesRefs],
  });
  const changes = complete ? data : [];
  const { t } = useTranslation();
  if (changes.length === 0) return <Typography color="text.secondary">{t('project.noStateChanges')}</Typography>;
  return (
    <List dense disablePadding>
      {[...changes].reverse().map((change) => (
        <ListItem key={change.id} disableGutters>
          <ListItemText
            primary={t('project.stateChange', {
              date: change.changedOn,
              from: change.fromState ? t(`projectState.${change.fromState}`) : '–',
              to: t(`projectState.${change.toState}`),
            })}
            secondary={change.author ? `${change.reason} (${change.author.name})` : change.reason}
          />
        </ListItem>
      ))}
    </List>
  );
}
