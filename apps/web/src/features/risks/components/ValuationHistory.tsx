import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tabs from '@mui/material/Tabs';
import { useTheme } from '@mui/material/styles';
import { riskLevel, toRiskScaleMax } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { RiskLevelChip } from './RiskLevelChip';

export interface ValuationHistoryProps {
  /** Oldest first. */
  valuations: readonly {
    id: string;
    valuedOn: string;
    probability: number;
    consequence: number;
    score: number;
    reasoning?: string | null;
    isDemoValue: boolean;
    createdBy?: { name: string } | null;
  }[];
  scaleMax: number;
}

/** How a risk's score moved: a small step chart, or the valuations as a table with their reasoning. */
export function ValuationHistory({ valuations, scaleMax }: ValuationHistoryProps) {
  const { t } = useTranslation();
  const theme = useTheme();
  const [view, setView] = useState<'chart' | 'table'>(valuations.length > 1 ? 'chart' : 'table');
  const scale = toRiskScaleMax(scaleMax);
  return (
    <div>
      <Tabs value={view} onChange={(_event, value: 'chart' | 'table') => setView(value)}>
        <Tab value="chart" label={t('risks.history.chart')} />
        <Tab value="table" label={t('risks.history.table')} />
      </Tabs>
      {view === 'chart' ? (
        <figure role="figure" aria-label={t('risks.history.chartDescription')} style={{ margin: 0 }}>
          <ResponsiveContainer width="100%" height={160}>
            <LineChart data={[...valuations]} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="valuedOn" minTickGap={16} />
              <YAxis domain={[0, scale * scale]} allowDecimals={false} width={32} />
              <Tooltip />
              <Line
                type="stepAfter"
                dataKey="score"
                name={t('risks.score')}
                stroke={theme.palette.primary.main}
                strokeWidth={2}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </figure>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small">
            <caption>{t('risks.history.caption')}</caption>
            <TableHead>
              <TableRow>
                <TableCell>{t('risks.valuedOn')}</TableCell>
                <TableCell>{t('risks.probabilityShort')}</TableCell>
                <TableCell>{t('risks.consequenceShort')}</TableCell>
                <TableCell>{t('risks.score')}</TableCell>
                <TableCell>{t('risks.reasoning')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {[...valuations].reverse().map((valuation) => (
                <TableRow key={valuation.id}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{valuation.valuedOn}</TableCell>
                  <TableCell>{valuation.probability}</TableCell>
                  <TableCell>{valuation.consequence}</TableCell>
                  <TableCell>
                    <RiskLevelChip level={riskLevel(valuation.score, scale)} score={valuation.score} />
                  </TableCell>
                  <TableCell>
                    {valuation.reasoning}
                    {valuation.isDemoValue && ` (${t('risks.demoValue')})`}
                    {valuation.createdBy && ` – ${valuation.createdBy.name}`}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </div>
  );
}
