import type { FragmentType } from '@apollo/client';
import { useApolloClient, useFragment, useMutation } from '@apollo/client/react';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFailureOf } from '../../../apollo/api-errors';
import type { ApiFailure } from '../../../apollo/api-errors';
import { graphql } from '../../../generated';
import { PERSPECTIVE_QUERIES } from '../perspective-row';
import type { PerspectiveRow } from '../perspective-row';
import { useFieldErrorText } from '../../../apollo/api-errors';
import { PerspectiveDialog } from './PerspectiveDialog';
import { RemovePerspectiveDialog } from './RemovePerspectiveDialog';

export const PerspectiveList_perspective = graphql(`
  fragment PerspectiveList_perspective on Perspective {
    id
    year
    name
    description
    sortOrder
    version
  }
`);

export const PerspectiveList_Reorder = graphql(`
  mutation PerspectiveList_Reorder($input: ReorderPerspectivesInput!) {
    reorderPerspectives(input: $input) {
      id
      year
      sortOrder
    }
  }
`);

export interface PerspectiveListProps {
  year: number;
  /** The year's perspectives, in order. */
  perspectives: readonly FragmentType<typeof PerspectiveList_perspective>[];
  /** A change was saved: the page says so. */
  onChanged: (message: string) => void;
}

type Direction = 'up' | 'down';
const moveButtonId = (id: string, direction: Direction) => `perspective-move-${direction}-${id}`;

/** The year's perspectives in order, each with its description, moved up or down, changed or removed. */
export function PerspectiveList({ year, perspectives, onChanged }: PerspectiveListProps) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({
    fragment: PerspectiveList_perspective,
    fragmentName: 'PerspectiveList_perspective',
    from: [...perspectives],
  });
  const [reorder, { loading: moving }] = useMutation(PerspectiveList_Reorder);
  const [moveFailure, setMoveFailure] = useState<ApiFailure | null>(null);
  const client = useApolloClient();
  const moveErrorText = useFieldErrorText(moveFailure, { ownMessages: 'perspectives.validation' });
  const moveError = moveFailure?.code === 'CONFLICT' ? t('perspectives.orderChanged') : moveErrorText('ids');
  const [editing, setEditing] = useState<PerspectiveRow | null>(null);
  const [removing, setRemoving] = useState<PerspectiveRow | null>(null);
  if (!complete) return null;
  const rows = data as PerspectiveRow[];

  async function move(index: number, direction: Direction) {
    const shown = rows.map((row) => row.id);
    const ids = [...shown];
    const other = direction === 'up' ? index - 1 : index + 1;
    [ids[index], ids[other]] = [ids[other]!, ids[index]!];
    try {
      await reorder({
        variables: { input: { year, ids, expectedIds: shown } },
        refetchQueries: PERSPECTIVE_QUERIES,
        awaitRefetchQueries: true,
      });
      setMoveFailure(null);
    } catch (error) {
      const failure = apiFailureOf(error);
      setMoveFailure(failure);
      // Someone else's order holds: the list shows it, so the next move starts from it.
      if (failure.code === 'CONFLICT') await client.refetchQueries({ include: PERSPECTIVE_QUERIES });
      return;
    }
    // Keyboard users keep their place: focus follows the moved perspective, on the button that
    // can still move it (at the top or bottom, the other one).
    const moved = rows[index]!.id;
    const next = other === 0 ? 'down' : other === rows.length - 1 ? 'up' : direction;
    document.getElementById(moveButtonId(moved, next))?.focus();
  }

  return (
    <>
      {moveError && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {moveError}
        </Alert>
      )}
      <List aria-label={t('perspectives.listLabel', { year })} disablePadding>
        {rows.map((row, index) => (
          <ListItem key={row.id} divider={index < rows.length - 1} sx={{ display: 'block', py: 1.5 }}>
            <Stack
              direction={{ xs: 'column', sm: 'row' }}
              sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' }, gap: 1 }}
            >
              <Box sx={{ minWidth: 0 }}>
                <Typography component="h2" variant="subtitle1" sx={{ fontWeight: 600 }}>
                  {`${index + 1}. ${row.name}`}
                </Typography>
                <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-line' }}>
                  {row.description || t('perspectives.noDescription')}
                </Typography>
              </Box>
              <Stack direction="row" sx={{ flexShrink: 0, alignItems: 'center', flexWrap: 'wrap', gap: 0.5 }}>
                <IconButton
                  id={moveButtonId(row.id, 'up')}
                  aria-label={t('perspectives.moveUpLabel', { name: row.name })}
                  title={t('perspectives.moveUp')}
                  disabled={index === 0 || moving}
                  onClick={() => void move(index, 'up')}
                >
                  <ArrowUpwardIcon />
                </IconButton>
                <IconButton
                  id={moveButtonId(row.id, 'down')}
                  aria-label={t('perspectives.moveDownLabel', { name: row.name })}
                  title={t('perspectives.moveDown')}
                  disabled={index === rows.length - 1 || moving}
                  onClick={() => void move(index, 'down')}
                >
                  <ArrowDownwardIcon />
                </IconButton>
                <Button
                  size="small"
                  aria-label={t('perspectives.editLabel', { name: row.name })}
                  onClick={() => setEditing(row)}
                >
                  {t('perspectives.edit')}
                </Button>
                <Button
                  size="small"
                  color="error"
                  aria-label={t('perspectives.removeLabel', { name: row.name })}
                  onClick={() => setRemoving(row)}
                >
                  {t('perspectives.remove')}
                </Button>
              </Stack>
            </Stack>
          </ListItem>
        ))}
      </List>
      {editing && (
        <PerspectiveDialog
          year={year}
          perspective={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            onChanged(t('perspectives.saved'));
          }}
        />
      )}
      {removing && (
        <RemovePerspectiveDialog
          perspective={removing}
          onClose={() => setRemoving(null)}
          onRemoved={() => {
            setRemoving(null);
            onChanged(t('perspectives.removed', { name: removing.name, year }));
          }}
        />
      )}
    </>
  );
}
