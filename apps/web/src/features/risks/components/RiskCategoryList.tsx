import type { FragmentType } from '@apollo/client';
import { useApolloClient, useFragment, useMutation } from '@apollo/client/react';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFailureOf, useFieldErrorText } from '../../../apollo/api-errors';
import type { ApiFailure } from '../../../apollo/api-errors';
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

type Direction = 'up' | 'down';
const moveButtonId = (id: string, direction: Direction) => `risk-category-move-${direction}-${id}`;

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
  const [moveFailure, setMoveFailure] = useState<ApiFailure | null>(null);
  // Said to screen readers after a move; sighted users see the list change.
  const [announcement, setAnnouncement] = useState('');
  const client = useApolloClient();
  const moveErrorText = useFieldErrorText(moveFailure, { ownMessages: 'riskSettings.validation' });
  const moveError = moveFailure?.code === 'CONFLICT' ? t('riskSettings.categories.orderChanged') : moveErrorText('ids');
  const [editing, setEditing] = useState<RiskCategoryRow | null>(null);
  const [removing, setRemoving] = useState<RiskCategoryRow | null>(null);
  // The move button that gets focus after a move. Focused once the page shows it enabled: the
  // buttons are disabled while a move is saved, and the browser does not focus a disabled one.
  const focusAfterMove = useRef<string | null>(null);
  useEffect(() => {
    const button = focusAfterMove.current ? document.getElementById(focusAfterMove.current) : null;
    if (button instanceof HTMLButtonElement && !button.disabled) {
      button.focus();
      focusAfterMove.current = null;
    }
  });
  if (!complete) return null;
  const rows = data as RiskCategoryRow[];

  async function move(index: number, direction: Direction) {
    const shown = rows.map((row) => row.id);
    const ids = [...shown];
    const other = direction === 'up' ? index - 1 : index + 1;
    [ids[index], ids[other]] = [ids[other]!, ids[index]!];
    const moved = rows[index]!;
    setAnnouncement('');
    try {
      await reorder({
        variables: { input: { ids, expectedIds: shown } },
        refetchQueries: RISK_SETTINGS_QUERIES,
        awaitRefetchQueries: true,
        // The register's risks are grouped by category in the categories' order: read afresh when next shown.
        update: (cache) => {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'risks' });
          cache.gc();
        },
      });
      setMoveFailure(null);
    } catch (error) {
      const failure = apiFailureOf(error);
      setMoveFailure(failure);
      // Someone else's order holds: the list shows it, so the next move starts from it.
      if (failure.code === 'CONFLICT') await client.refetchQueries({ include: RISK_SETTINGS_QUERIES });
      return;
    }
    // Keyboard users keep their place: focus follows the moved category, on the button that can
    // still move it (at the top or bottom, the other one).
    const next = other === 0 ? 'down' : other === rows.length - 1 ? 'up' : direction;
    focusAfterMove.current = moveButtonId(moved.id, next);
    setAnnouncement(t('riskSettings.categories.moved', { name: moved.name, position: other + 1, count: rows.length }));
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
                <Stack direction="row" sx={{ flexShrink: 0, alignItems: 'center', flexWrap: 'wrap', gap: 0.5 }}>
                  <IconButton
                    id={moveButtonId(row.id, 'up')}
                    aria-label={t('riskSettings.categories.moveUpLabel', { name: row.name })}
                    title={t('riskSettings.categories.moveUp')}
                    disabled={index === 0 || moving}
                    onClick={() => void move(index, 'up')}
                  >
                    <ArrowUpwardIcon />
                  </IconButton>
                  <IconButton
                    id={moveButtonId(row.id, 'down')}
                    aria-label={t('riskSettings.categories.moveDownLabel', { name: row.name })}
                    title={t('riskSettings.categories.moveDown')}
                    disabled={index === rows.length - 1 || moving}
                    onClick={() => void move(index, 'down')}
                  >
                    <ArrowDownwardIcon />
                  </IconButton>
                  <Button
                    size="small"
                    aria-label={t('riskSettings.categories.editLabel', { name: row.name })}
                    onClick={() => setEditing(row)}
                  >
                    {t('riskSettings.categories.edit')}
                  </Button>
                  <Button
                    size="small"
                    color="error"
                    aria-label={t('riskSettings.categories.removeLabel', { name: row.name })}
                    onClick={() => setRemoving(row)}
                  >
                    {t('riskSettings.categories.remove')}
                  </Button>
                </Stack>
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
