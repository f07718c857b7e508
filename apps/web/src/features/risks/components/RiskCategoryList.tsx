import type { FragmentType } from '@apollo/client';
import { useApolloClient, useFragment, useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText } from '../../../apollo/api-errors';
import { OrderedRowActions } from '../../../components/ordered-list/OrderedRowActions';
import { useMoveInOrder } from '../../../components/ordered-list/useMoveInOrder';
import type { Direction } from '../../../components/ordered-list/useMoveInOrder';
import { VisuallyHidden } from '../../../components/VisuallyHidden';
import { graphql } from '../../../generated';
import { RISK_SETTINGS_QUERIES } from '../risk-category-row';
import type { RiskCategoryRow } from '../risk-category-row';
import { RemoveRiskCategoryDialog } from './RemoveRiskCategoryDialog';
import { RiskCategoryDialog } from './RiskCategoryDialog';

export const RiskCategoryList_category = graphql(`
  fragment RiskCategoryList_category on RiskCategory {
    id
    name
    sortOrder
    retired
    riskCount
    version
  }
`);

export const RiskCategoryList_Reorder = graphql(`
  mutation RiskCategoryList_Reorder($input: ReorderRiskCategoriesInput!) {
    reorderRiskCategories(input: $input) {
      id
      sortOrder
      version
    }
  }
`);

export interface RiskCategoryListProps {
  /** The categories, in order. */
  categories: readonly FragmentType<typeof RiskCategoryList_category>[];
  /** A change was saved: the page says so. */
  onChanged: (message: string) => void;
}

/**
 * The risk categories in order, each with how many risks are in it and whether it is retired;
 * moved up or down (the order every list of categories shows), changed or removed.
 */
export function RiskCategoryList({ categories, onChanged }: RiskCategoryListProps) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({
    fragment: RiskCategoryList_category,
    fragmentName: 'RiskCategoryList_category',
    from: [...categories],
  });
  const [reorder, { loading: moving }] = useMutation(RiskCategoryList_Reorder);
  // Said to screen readers after a move; sighted users see the list change.
  const [announcement, setAnnouncement] = useState('');
  const client = useApolloClient();
  const {
    move,
    failure: moveFailure,
    buttonId,
  } = useMoveInOrder({
    idPrefix: 'risk-category',
    saveOrder: (ids, expectedIds) =>
      reorder({
        variables: { input: { ids, expectedIds } },
        refetchQueries: RISK_SETTINGS_QUERIES,
        awaitRefetchQueries: true,
        // The register's risks are grouped by category in the categories' order: read afresh when next shown.
        update: (cache) => {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'risks' });
          cache.gc();
        },
      }),
    onConflict: () => client.refetchQueries({ include: RISK_SETTINGS_QUERIES }),
  });
  const moveErrorText = useFieldErrorText(moveFailure, { ownMessages: 'riskSettings.validation' });
  const moveError = moveFailure?.code === 'CONFLICT' ? t('riskSettings.categories.orderChanged') : moveErrorText('ids');
  const [editing, setEditing] = useState<RiskCategoryRow | null>(null);
  const [removing, setRemoving] = useState<RiskCategoryRow | null>(null);
  if (!complete) return null;
  const rows = data as RiskCategoryRow[];

  async function moveCategory(index: number, direction: Direction) {
    const moved = rows[index]!;
    setAnnouncement('');
    const position = await move(
      rows.map((row) => row.id),
      index,
      direction,
    );
    if (position !== null) {
      setAnnouncement(
        t('riskSettings.categories.moved', { name: moved.name, position: position + 1, count: rows.length }),
      );
    }
  }

  return (
    <>
      {moveError && <Alert severity="error">{moveError}</Alert>}
      {/* One box with the list, so the empty live region adds no space in the page's stack. */}
      <Box sx={{ position: 'relative' }}>
        <Box aria-live="polite" aria-atomic="true">
          <VisuallyHidden>{announcement}</VisuallyHidden>
        </Box>
        <List aria-label={t('riskSettings.categories.listLabel')} disablePadding>
          {rows.map((row, index) => (
            <ListItem key={row.id} divider={index < rows.length - 1} sx={{ display: 'block', py: 1.5, px: 0 }}>
              <Stack
                direction={{ xs: 'column', sm: 'row' }}
                sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' }, gap: 1 }}
              >
                <Box sx={{ minWidth: 0 }}>
                  <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
                    <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
                      {row.name}
                    </Typography>
                    {row.retired && <Chip size="small" label={t('riskSettings.categories.retired')} />}
                  </Stack>
                  <Typography variant="body2" color="text.secondary">
                    {t('riskSettings.categories.riskCount', { count: row.riskCount })}
                  </Typography>
                </Box>
                <OrderedRowActions
                  name={row.name}
                  buttonId={(direction) => buttonId(row.id, direction)}
                  canMoveUp={index > 0 && !moving}
                  canMoveDown={index < rows.length - 1 && !moving}
                  onMove={(direction) => void moveCategory(index, direction)}
                  onEdit={() => setEditing(row)}
                  onRemove={() => setRemoving(row)}
                />
              </Stack>
            </ListItem>
          ))}
        </List>
      </Box>
      {editing && (
        <RiskCategoryDialog
          category={editing}
          onClose={() => setEditing(null)}
          onSaved={(message) => {
            setEditing(null);
            onChanged(message);
          }}
        />
      )}
      {removing && (
        <RemoveRiskCategoryDialog
          category={removing}
          onClose={() => setRemoving(null)}
          onRemoved={() => {
            setRemoving(null);
            onChanged(t('riskSettings.categories.removed', { name: removing.name }));
          }}
        />
      )}
    </>
  );
}
