import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { toRiskScaleMax } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CardGrid } from '../../../components/CardGrid';
import { LoadError, Loading } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { graphql } from '../../../generated';
import { useViewParams } from '../../view-params/useViewParams';
import { ExportButtons } from '../../export/components/ExportButtons';
import { riskRegisterExportTable } from '../risk-export';
import { filterRisks, heatMapCells, inCell, readRiskFilter, writeRiskFilter } from '../risk-filter';
import { RiskDetailsDialog } from './RiskDetailsDialog';
import { RiskDialog } from './RiskDialog';
import { RiskFilters } from './RiskFilters';
import { RiskHeatMap } from './RiskHeatMap';
import { RiskTable } from './RiskTable';

// The filters and the export are not components: what they read is selected here or spread
// unmasked (@unmask); the table and the details dialog read their own fragments.
export const RiskRegister_Query = graphql(`
  query RiskRegister_Query($orgUnitCode: String!, $upTo: MonthInput!) {
    orgUnit(code: $orgUnitCode) {
      id
      name
    }
    viewer {
      id
      canEdit: holds(role: ANALYST, orgUnitCode: $orgUnitCode)
    }
    riskScaleMax(orgUnitCode: $orgUnitCode)
    riskCategories {
      id
      name
      retired
    }
    risks(orgUnitCode: $orgUnitCode) {
      id
      owner
      category {
        id
      }
      orgUnit {
        id
        name
      }
      valuation(upTo: $upTo) {
        id
        probability
        consequence
        score
      }
      ...RiskExport_risk @unmask
      ...RiskTable_risk
      ...RiskDetailsDialog_risk
    }
  }
`);

/** The address parameter naming a risk whose details open with the register. */
const OPEN_RISK_PARAM = 'risk';

/** The register of the unit and the units under it: filters, the heat map and the risks, highest score first. */
export function RiskRegister() {
  const { t } = useTranslation();
  const { orgUnitCode, period } = useViewParams();
  const [search, setSearch] = useSearchParams();
  const { data, error, loading, refetch } = useQuery(RiskRegister_Query, { variables: { orgUnitCode, upTo: period } });
  // A link may name the risk to open (risk=<id>, from the overview): its dialog opens at once.
  const [openRiskId, setOpenRiskId] = useState<string | null>(() => search.get(OPEN_RISK_PARAM));
  const [creating, setCreating] = useState(false);
  const filter = readRiskFilter(search);

  if (loading && !data) return <Loading />;
  if (error) return <LoadError onRetry={() => void refetch()} />;
  if (!data?.orgUnit) return <Alert severity="info">{t('pickers.unknownUnit')}</Alert>;

  const unit = data.orgUnit;
  const scaleMax = toRiskScaleMax(data.riskScaleMax);
  const canEdit = data.viewer?.canEdit ?? false;
  const byScore = [...data.risks].sort((a, b) => (b.valuation?.score ?? 0) - (a.valuation?.score ?? 0));
  const filtered = filterRisks(byScore, filter);
  const shown = filter.cell ? inCell(filtered, filter.cell) : filtered;
  const units = [...new Map(data.risks.map((risk) => [risk.orgUnit.id, risk.orgUnit])).values()];
  const owners = [...new Set(data.risks.flatMap((risk) => (risk.owner ? [risk.owner] : [])))].sort();
  const openRisk = data.risks.find((risk) => risk.id === openRiskId);
  const setFilter = (next: typeof filter) => setSearch((current) => writeRiskFilter(current, next));

  return (
    <Stack spacing={2}>
      <Stack
        direction="row"
        spacing={2}
        sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', rowGap: 1 }}
      >
        <Typography color="text.secondary">
          {t('risks.intro', { unit: unit.name, count: data.risks.length, max: scaleMax })}
        </Typography>
        {canEdit && (
          <Button variant="contained" onClick={() => setCreating(true)}>
            {t('risks.newRisk')}
          </Button>
        )}
      </Stack>
      {data.risks.length === 0 ? (
        <Alert severity="info">{t('risks.empty', { unit: unit.name })}</Alert>
      ) : (
        <>
          <RiskFilters
            filter={filter}
            onChange={setFilter}
            categories={data.riskCategories}
            units={units}
            owners={owners}
            scaleMax={scaleMax}
          />
          <CardGrid columns={3}>
            <SectionCard id="heat-map" title={t('risks.heatMap.title')}>
              <RiskHeatMap
                cells={heatMapCells(filtered, scaleMax)}
                selected={filter.cell}
                onSelect={(cell) => setFilter({ ...filter, cell })}
              />
            </SectionCard>
            <SectionCard
              id="risk-list"
              title={t('risks.listTitle', { count: shown.length })}
              sx={{ gridColumn: { lg: 'span 2' } }}
            >
              {filter.cell && (
                <Chip
                  sx={{ my: 1 }}
                  label={t('risks.cellOpened', filter.cell)}
                  onDelete={() => setFilter({ ...filter, cell: null })}
                />
              )}
              {shown.length === 0 ? (
                <Typography color="text.secondary" sx={{ mt: 1 }}>
                  {t('risks.noneMatch')}
                </Typography>
              ) : (
                <>
                  <RiskTable
                    caption={t('risks.tableCaption', { unit: unit.name })}
                    risks={shown}
                    period={period}
                    scaleMax={scaleMax}
                    showOrgUnit={units.length > 1}
                    onOpen={setOpenRiskId}
                  />
                  <ExportButtons
                    table={() =>
                      riskRegisterExportTable(t('risks.tableCaption', { unit: unit.name }), shown, scaleMax, t)
                    }
                  />
                </>
              )}
            </SectionCard>
          </CardGrid>
        </>
      )}
      {openRisk && (
        <RiskDetailsDialog
          risk={openRisk}
          period={period}
          categories={data.riskCategories}
          scaleMax={scaleMax}
          canEdit={canEdit}
          onClose={() => {
            setOpenRiskId(null);
            if (search.has(OPEN_RISK_PARAM)) {
              setSearch(
                (current) => {
                  const next = new URLSearchParams(current);
                  next.delete(OPEN_RISK_PARAM);
                  return next;
                },
                { replace: true },
              );
            }
          }}
        />
      )}
      {creating && (
        <RiskDialog
          risk={null}
          orgUnit={unit}
          categories={data.riskCategories}
          scaleMax={scaleMax}
          onClose={() => setCreating(false)}
        />
      )}
    </Stack>
  );
}
