import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadError, Loading } from '../../../components/QueryState';
import { graphql } from '../../../generated';
import { useViewParams } from '../../view-params/useViewParams';
import { readLibraryFilter, writeLibraryFilter } from '../library-filter';
import { IndicatorDialog } from './IndicatorDialog';
import { IndicatorLibraryFilters } from './IndicatorLibraryFilters';
import { IndicatorLibraryTable } from './IndicatorLibraryTable';

export const IndicatorLibrary_Query = graphql(`
  query IndicatorLibrary_Query($filter: IndicatorLibraryFilter!, $orgUnitCode: String!) {
    orgUnit(code: $orgUnitCode) {
      id
      name
    }
    orgUnits {
      id
      name
    }
    perspectives {
      id
      name
    }
    indicatorOwnerOptions {
      id
      name
    }
    indicatorLibrary(filter: $filter) {
      id
      ...IndicatorLibraryTable_indicator
      ...IndicatorDialog_indicator
    }
  }
`);

/** Administration → Indikatorer: the unit's indicators and those below it, filtered, created and changed. */
export function IndicatorLibrary() {
  const { t } = useTranslation();
  const { orgUnitCode, period } = useViewParams();
  const [search, setSearch] = useSearchParams();
  const filter = readLibraryFilter(search);
  const { data, loading, error, refetch } = useQuery(IndicatorLibrary_Query, {
    variables: {
      orgUnitCode,
      filter: { orgUnitCode, perspectiveId: filter.perspectiveId, retirement: filter.retirement },
    },
  });
  const [editing, setEditing] = useState<{ id: string } | 'new' | null>(null);

  if (loading && !data) return <Loading />;
  if (error) return <LoadError onRetry={() => void refetch()} />;
  if (!data?.orgUnit) return <Alert severity="info">{t('pickers.unknownUnit')}</Alert>;

  const edited = editing === 'new' ? null : data.indicatorLibrary.find((indicator) => indicator.id === editing?.id);
  return (
    <Stack spacing={2}>
      <Stack
        direction="row"
        sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', rowGap: 1, columnGap: 2 }}
      >
        <Typography color="text.secondary">{t('indicatorLibrary.intro', { unit: data.orgUnit.name })}</Typography>
        <Button variant="contained" onClick={() => setEditing('new')}>
          {t('indicatorLibrary.new')}
        </Button>
      </Stack>
      <IndicatorLibraryFilters
        filter={filter}
        onChange={(next) => setSearch((current) => writeLibraryFilter(current, next))}
        perspectives={data.perspectives}
      />
      {data.indicatorLibrary.length === 0 ? (
        <Alert severity="info">{t('indicatorLibrary.empty')}</Alert>
      ) : (
        <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
          <IndicatorLibraryTable indicators={data.indicatorLibrary} onEdit={(id) => setEditing({ id })} />
        </Paper>
      )}
      {editing && (
        <IndicatorDialog
          indicator={edited ?? null}
          orgUnitId={data.orgUnit.id}
          orgUnits={data.orgUnits}
          owners={data.indicatorOwnerOptions}
          viewedMonth={period}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
