import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ROUTES } from '../app/routes';
import { LoadError, Loading } from '../components/QueryState';
import { useViewer } from '../features/access/ViewerContext';
import { OrgUnitImportButton } from '../features/organisation/components/OrgUnitImportButton';
import { OrgUnitTree } from '../features/organisation/components/OrgUnitTree';
import { graphql } from '../generated';

export const OrganisationPage_Query = graphql(`
  query OrganisationPage_Query {
    orgUnits {
      id
      ...OrgUnitTree_orgUnit
      ...OrgUnitImportButton_orgUnit
    }
  }
`);

/** Administration → Organisation: the tree, and creating, renaming, moving and closing its units. */
export function OrganisationPage() {
  const { t } = useTranslation();
  const { isAdministrator } = useViewer();
  const { data, loading, error, refetch } = useQuery(OrganisationPage_Query);
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);

  return (
    <>
      <Typography variant="h4" component="h1" sx={{ mb: 1 }}>
        {t('organisation.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('organisation.intro')}
      </Typography>
      {data && data.orgUnits.length > 0 && (
        <Box sx={{ mb: 2 }}>
          <OrgUnitImportButton orgUnits={data.orgUnits} />
        </Box>
      )}
      {created && (
        <Alert
          severity="success"
          role="status"
          onClose={() => setCreated(null)}
          action={
            isAdministrator && (
              <Button color="inherit" size="small" component={RouterLink} to={`${ROUTES.users}?enhet=${created.id}`}>
                {t('organisation.rolesForNew')}
              </Button>
            )
          }
          sx={{ mb: 2 }}
        >
          {t('organisation.created', { name: created.name })}
        </Alert>
      )}
      {loading && !data && <Loading />}
      {error && <LoadError onRetry={() => void refetch()} />}
      {data && data.orgUnits.length === 0 && <Alert severity="info">{t('organisation.empty')}</Alert>}
      {data && data.orgUnits.length > 0 && (
        <Paper variant="outlined">
          <OrgUnitTree orgUnits={data.orgUnits} mayGiveRoles={isAdministrator} onCreated={setCreated} />
        </Paper>
      )}
    </>
  );
}
