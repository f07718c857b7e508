import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
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

export interface RiskCategoryListProps {
  /** The categories, in order. */
  categories: readonly FragmentType<typeof RiskCategoryList_category>[];
  /** A change was saved: the page says so. */
  onChanged: (message: string) => void;
}

/** The risk categories in order, each with how many risks are in it and whether it is retired; changed or removed. */
export function RiskCategoryList({ categories, onChanged }: RiskCategoryListProps) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({
    fragment: RiskCategoryList_category,
    fragmentName: 'RiskCategoryList_category',
    from: [...categories],
  });
  const [editing, setEditing] = useState<RiskCategoryRow | null>(null);
  const [removing, setRemoving] = useState<RiskCategoryRow | null>(null);
  if (!complete) return null;
  const rows = data as RiskCategoryRow[];

  return (
    <>
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
              <Stack direction="row" sx={{ flexShrink: 0, alignItems: 'center', gap: 0.5 }}>
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
