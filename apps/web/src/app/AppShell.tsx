import { useQuery } from '@apollo/client/react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LoadError, Loading } from '../components/QueryState';
import { OrgUnitPicker } from '../components/OrgUnitPicker';
import { PeriodPicker } from '../components/PeriodPicker';
import { graphql } from '../generated';
import { ViewDefaultsContext } from '../features/view-params/ViewDefaultsContext';
import { useViewParams } from '../features/view-params/useViewParams';
import { defaultPeriodOf } from '../features/view-params/view-params';
import type { ViewDefaults } from '../features/view-params/view-params';
import { AccountMenu } from './AccountMenu';
import { MainNavigation } from './MainNavigation';

export const AppShell_Query = graphql(`
  query AppShell_Query {
    orgUnits {
      id
      code
      name
      kind
      parent {
        id
        code
      }
      latestReportMonth {
        year
        month
      }
    }
    latestReportMonth {
      year
      month
    }
  }
`);

/** What a page shows without unit and period in its address: the first committee, at its latest report month. */
export function viewDefaultsOf(data: ResultOf<typeof AppShell_Query>): ViewDefaults {
  const firstCommittee = data.orgUnits.find((unit) => unit.kind === 'COMMITTEE') ?? data.orgUnits[0];
  return {
    orgUnitCode: firstCommittee?.code ?? '',
    periodOf: (orgUnitCode) => defaultPeriodOf(orgUnitCode, data.orgUnits, data.latestReportMonth),
  };
}

/** Navigation, the org unit and period pickers, and the page below them. */
export function AppShell() {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(AppShell_Query);

  const defaults = useMemo(() => (data ? viewDefaultsOf(data) : null), [data]);

  return (
    <>
      <Link
        href="#main"
        sx={{
          position: 'absolute',
          left: -9999,
          '&:focus': { left: 8, top: 8, zIndex: 2000, bgcolor: 'background.paper', p: 1 },
        }}
      >
        {t('app.skipToContent')}
      </Link>
      <AppBar position="static" color="primary" elevation={0}>
        {/* On a phone the navigation takes a row of its own and scrolls sideways. */}
        <Toolbar sx={{ gap: 2, flexWrap: 'wrap', rowGap: 0 }}>
          <Typography variant="h6" component="p" sx={{ fontWeight: 700 }}>
            {t('app.name')}
          </Typography>
          <Box
            // From md the navigation takes the row's remaining width (basis 0), so it never pushes the
            // account menu onto a second row; what does not fit scrolls within the tabs.
            sx={{ order: { xs: 3, md: 0 }, width: { xs: '100%', md: 'auto' }, flex: { md: '1 1 0' }, minWidth: 0 }}
          >
            <MainNavigation />
          </Box>
          <Box sx={{ ml: 'auto' }}>
            <AccountMenu />
          </Box>
        </Toolbar>
      </AppBar>
      <Container component="main" id="main" maxWidth="lg" sx={{ py: 3 }} tabIndex={-1}>
        {loading && <Loading />}
        {error && <LoadError onRetry={() => void refetch()} />}
        {data && defaults && (
          <ViewDefaultsContext.Provider value={defaults}>
            <ViewPickers orgUnits={data.orgUnits} />
            {/* Pages are loaded when first visited (App.tsx); the header stays while one loads. */}
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </ViewDefaultsContext.Provider>
        )}
      </Container>
    </>
  );
}

function ViewPickers({
  orgUnits,
}: {
  orgUnits: readonly { code: string; name: string; parent?: { code: string } | null }[];
}) {
  const { orgUnitCode, period, setViewParams } = useViewParams();
  return (
    <Stack direction="row" sx={{ mb: 3, flexWrap: 'wrap', gap: 2 }}>
      <OrgUnitPicker
        orgUnits={orgUnits}
        value={orgUnitCode}
        onChange={(code) => setViewParams({ orgUnitCode: code })}
      />
      <PeriodPicker value={period} onChange={(next) => setViewParams({ period: next })} />
    </Stack>
  );
}
