import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { graphql } from '../../../generated';
import { periodLabel } from '../../reporting-calendar/period-label';

export const ToDoItemLink_item = graphql(`
  fragment ToDoItemLink_item on ToDoItem {
    id
    kind
    title
    orgUnitName
    periodKind
    year
    periodNumber
    link
  }
`);

export interface ToDoItemLinkProps {
  item: FragmentType<typeof ToDoItemLink_item>;
}

/** One thing to do: a link to where it is done, with what kind of work it is, the unit and the period. */
export function ToDoItemLink({ item: itemRef }: ToDoItemLinkProps) {
  const { t, i18n } = useTranslation();
  const { data: item, complete } = useFragment({
    fragment: ToDoItemLink_item,
    fragmentName: 'ToDoItemLink_item',
    from: itemRef,
  });
  if (!complete) return null;
  const named = periodLabel(t, i18n.language, { kind: item.periodKind, number: item.periodNumber, year: item.year });
  // Months and interim reports name their year; a tertial and the year need it added.
  const period = item.periodKind === 'TERTIAL' || item.periodKind === 'ANNUAL' ? `${named} ${item.year}` : named;
  return (
    <ListItemButton component={RouterLink} to={item.link} sx={{ borderRadius: 1 }}>
      <ListItemText
        primary={item.title}
        secondary={[t(`toDo.kind.${item.kind}`), item.orgUnitName, period].join(' · ')}
        slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } } }}
      />
    </ListItemButton>
  );
}
