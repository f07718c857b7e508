import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { graphql } from '../../../generated';
import { RiskCategoryDialog } from './RiskCategoryDialog';
import { RiskCategoryList } from './RiskCategoryList';
import { RiskScaleForm } from './RiskScaleForm';

export const RiskSettingsAdmin_Query = graphql(`
  query RiskSettingsAdmin_Query {
    riskScale {
      max
      largestValued
    }
    riskCategories {
      id
      ...RiskCategoryList_category
    }
  }
`);

/** Administration → Riskkategorier och riskskala: the municipality's scale, and its categories created, changed, retired and removed. */
export function RiskSettingsAdmin() {
  const { t } = useTranslation();
  // The counts change as risks are registered elsewhere: what the cache holds is shown, then refreshed.
  const { data, loading, error, refetch } = useQuery(RiskSettingsAdmin_Query, { fetchPolicy: 'cache-and-network' });
  const [creating, setCreating] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  if (loading && !data) return <Loading />;
  if (!data) return error ? <LoadError onRetry={() => void refetch()} /> : null;
  const categories = data.riskCategories;
  return (
    <Stack spacing={3}>
      {error && <LoadError onRetry={() => void refetch()} />}
      <SectionCard id="risk-scale-heading" title={t('riskSettings.scale.heading')}>
        <RiskScaleForm scale={data.riskScale} />
      </SectionCard>
      <SectionCard id="risk-categories-heading" title={t('riskSettings.categories.heading')}>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <Box>
            <Button variant="contained" onClick={() => setCreating(true)}>
              {t('riskSettings.categories.new')}
            </Button>
          </Box>
          {message && (
            <Alert severity="success" role="status" onClose={() => setMessage(null)}>
              {message}
            </Alert>
          )}
          {categories.length === 0 ? (
            <Alert severity="info">{t('riskSettings.categories.empty')}</Alert>
          ) : (
            <RiskCategoryList categories={categories} onChanged={setMessage} />
          )}
        </Stack>
      </SectionCard>
      {creating && (
        <RiskCategoryDialog
          onClose={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false);
            setMessage(saved);
          }}
        />
      )}
    </Stack>
  );
}
