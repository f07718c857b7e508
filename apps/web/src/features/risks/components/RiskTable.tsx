import WarningIcon from '@mui/icons-material/Warning';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { riskLevel, toRiskScaleMax } from '@lagesbild/types';
import type { YearMonth } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import { RiskLevelChip } from './RiskLevelChip';

export const RiskTable_risk = graphql(`
  fragment RiskTable_risk on Risk {
    id
    title
    owner
    category {
      id
      name
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
      isDemoValue
    }
    mitigations {
      id
    }
    hasOverdueMitigations(upTo: $upTo)
  }
`);

export interface RiskTableProps {
  caption: string;
  risks: readonly FragmentType<typeof RiskTable_risk>[];
  /** The month viewed: each risk's valuation as of then. */
  period: YearMonth;
  scaleMax: number;
  showOrgUnit: boolean;
  onOpen: (riskId: string) => void;
}

/** The register as a table: highest score first is left to the caller's order. */
export function RiskTable({ caption, risks: riskRefs, period, scaleMax, showOrgUnit, onOpen }: RiskTableProps) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({
    fragment: RiskTable_risk,
    fragmentName: 'RiskTable_risk',
    from: [...riskRefs],
    variables: { upTo: period },
  });
  const risks = complete ? data : [];
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small">
        <caption>{caption}</caption>
        <TableHead>
          <TableRow>
            <TableCell>{t('risks.riskTitle')}</TableCell>
            <TableCell>{t('risks.score')}</TableCell>
            <TableCell>{t('risks.category')}</TableCell>
            {showOrgUnit && <TableCell>{t('risks.orgUnit')}</TableCell>}
            <TableCell>{t('risks.owner')}</TableCell>
            <TableCell>{t('risks.mitigations.heading')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {risks.map((risk) => (
            <TableRow key={risk.id}>
              <TableCell sx={{ minWidth: 220 }}>
                <Button onClick={() => onOpen(risk.id)} sx={{ textAlign: 'left', textTransform: 'none', p: 0 }}>
                  {risk.title}
                </Button>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {risk.valuation ? (
                  <>
                    <RiskLevelChip
                      level={riskLevel(risk.valuation.score, toRiskScaleMax(scaleMax))}
                      score={risk.valuation.score}
                    />
                    <Typography variant="caption" component="div" color="text.secondary">
                      {t('risks.pTimesC', {
                        probability: risk.valuation.probability,
                        consequence: risk.valuation.consequence,
                      })}
                      {risk.valuation.isDemoValue && ` · ${t('risks.demoValue')}`}
                    </Typography>
                  </>
                ) : (
                  t('risks.notValued')
                )}
              </TableCell>
              <TableCell>{risk.category.name}</TableCell>
              {showOrgUnit && <TableCell>{risk.orgUnit.name}</TableCell>}
              <TableCell>{risk.owner ?? '–'}</TableCell>
              <TableCell>
                {risk.mitigations.length}
                {risk.hasOverdueMitigations && (
                  <Box
                    component="span"
                    sx={{
                      display: 'inline-flex',
                      alignItems: 'center',
                      gap: 0.5,
                      ml: 1,
                      color: '#8a5a00',
                      fontWeight: 600,
                    }}
                  >
                    <WarningIcon fontSize="small" aria-hidden />
                    {t('risks.mitigations.overdueFlag')}
                  </Box>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
