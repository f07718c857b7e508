import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../components/QueryState';
import { SectionCard } from '../components/SectionCard';
import { TargetsEditor } from '../features/targets/components/TargetsEditor';
import { useViewParams } from '../features/view-params/useViewParams';
import { graphql } from '../generated';

// The sheet's rows are computed per request and have no id, so the cache cannot hand them to a
// component's useFragment: their fragment is spread unmasked (@unmask) and passed down as data.
export const TargetsPage_Query = graphql(`
  query TargetsPage_Query($orgUnitCode: String!, $year: Int!, $includeSubunits: Boolean!) {
    targetSheet(orgUnitCode: $orgUnitCode, year: $year, includeSubunits: $includeSubunits) {
      year
      canEdit
      orgUnit {
        id
        name
      }
      rows {
        ...TargetsEditor_Row @unmask
      }
    }
  }
`);

const KINDS = ['PERFORMANCE', 'FINANCIAL'] as const;

/**
 * Målvärden och budget: a planner sets the chosen unit's targets for a year, and the budget of its
 * financial lines and business areas, as a grid worked like Registrera's. The year, the units
 * below and the tab live in the URL (`?ar=2024&underliggande=ja&visa=budget`).
 */
export function TargetsPage() {
  const { t } = useTranslation();
  const { orgUnitCode, period } = useViewParams();
  const [search, setSearch] = useSearchParams();
  const year = Number(search.get('ar')) || period.year;
  const includeSubunits = search.get('underliggande') === 'ja';
  const kind = search.get('visa') === 'budget' ? 'FINANCIAL' : 'PERFORMANCE';
  const setParam = (name: string, value: string | null) =>
    setSearch((current) => {
      const next = new URLSearchParams(current);
      if (value === null) next.delete(name);
      else next.set(name, value);
      return next;
    });
  const { data, loading, error, refetch } = useQuery(TargetsPage_Query, {
    variables: { orgUnitCode, year, includeSubunits },
    fetchPolicy: 'network-only',
  });
  const years = Array.from({ length: 6 }, (_, index) => period.year - 2 + index);
  const sheet = data?.targetSheet;

  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h4" component="h1" gutterBottom>
          {t('targets.title')}
        </Typography>
        {sheet && (
          <Typography color="text.secondary">{t('targets.intro', { unit: sheet.orgUnit.name, year })}</Typography>
        )}
      </div>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <TextField
          select
          size="small"
          label={t('targets.year')}
          value={year}
          onChange={(event) => setParam('ar', event.target.value)}
          sx={{ minWidth: 120 }}
        >
          {(years.includes(year) ? years : [...years, year]).map((option) => (
            <MenuItem key={option} value={option}>
              {option}
            </MenuItem>
          ))}
        </TextField>
        <FormControlLabel
          control={
            <Switch
              checked={includeSubunits}
              onChange={(event) => setParam('underliggande', event.target.checked ? 'ja' : null)}
            />
          }
          label={t('targets.includeSubunits')}
        />
      </Stack>
      <Tabs
        value={kind}
        onChange={(_event, next: (typeof KINDS)[number]) => setParam('visa', next === 'FINANCIAL' ? 'budget' : null)}
        aria-label={t('targets.tabs.label')}
      >
        {KINDS.map((option) => (
          <Tab key={option} value={option} label={t(`targets.tabs.${option}`)} />
        ))}
      </Tabs>
      {loading && !data ? (
        <Loading />
      ) : error ? (
        <LoadError onRetry={() => void refetch()} />
      ) : !sheet ? (
        <Alert severity="warning">{t('pickers.unknownUnit')}</Alert>
      ) : (
        <SectionCard id="targets-grid" title={`${t(`targets.tabs.${kind}`)} ${year}`}>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {kind === 'FINANCIAL' ? t('targets.budgetHelp') : t('targets.help')}
          </Typography>
          <TargetsEditor
            // A new unit, year or set of rows starts a fresh grid: what was typed belongs to the sheet it was typed in.
            key={`${orgUnitCode}@${year}/${includeSubunits}`}
            year={year}
            rows={sheet.rows}
            showUnit={includeSubunits}
            kind={kind}
            onReload={() => void refetch()}
          />
        </SectionCard>
      )}
    </Stack>
  );
}
