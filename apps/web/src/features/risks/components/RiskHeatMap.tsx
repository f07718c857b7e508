import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Tab from '@mui/material/Tab';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { RISK_LEVEL_APPEARANCE, RISK_LEVELS } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeatMapCell } from '../risk-filter';
import { RISK_LEVEL_ICONS, RiskLevelChip } from './RiskLevelChip';

export interface RiskHeatMapProps {
  /** Rows from the highest probability down (see heatMapCells). */
  cells: HeatMapCell[][];
  selected: { probability: number; consequence: number } | null;
  /** Opens a cell's risks; null closes it again. */
  onSelect: (cell: { probability: number; consequence: number } | null) => void;
}

const isSelected = (cell: HeatMapCell, selected: RiskHeatMapProps['selected']) =>
  selected?.probability === cell.probability && selected.consequence === cell.consequence;

/**
 * Probability × consequence with the number of risks in each cell, coloured by the scale's
 * bands with the band in words and icon too; a cell opens its risks. The same as a table.
 */
export function RiskHeatMap({ cells, selected, onSelect }: RiskHeatMapProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<'map' | 'table'>('map');
  const toggle = (cell: HeatMapCell) => onSelect(isSelected(cell, selected) ? null : cell);
  const cellLabel = (cell: HeatMapCell) =>
    t('risks.heatMap.cellLabel', {
      probability: cell.probability,
      consequence: cell.consequence,
      count: cell.count,
      level: t(`riskLevel.${cell.level}`),
    });

  return (
    <div>
      <Tabs value={view} onChange={(_event, value: 'map' | 'table') => setView(value)} sx={{ mb: 1 }}>
        <Tab value="map" label={t('risks.heatMap.map')} />
        <Tab value="table" label={t('risks.heatMap.table')} />
      </Tabs>
      {view === 'map' ? (
        <Box sx={{ display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', gap: 1, alignItems: 'center' }}>
          <Typography
            variant="body2"
            sx={{ writingMode: 'vertical-rl', transform: 'rotate(180deg)', textAlign: 'center', fontWeight: 600 }}
          >
            {t('risks.probability')} →
          </Typography>
          <Box
            role="group"
            aria-label={t('risks.heatMap.title')}
            sx={{ display: 'grid', gridTemplateColumns: `1.5rem repeat(${cells.length}, minmax(0, 1fr))`, gap: 0.5 }}
          >
            {cells.map((row) => [
              <Typography
                key={`p${row[0]!.probability}`}
                variant="body2"
                sx={{ alignSelf: 'center', textAlign: 'center' }}
              >
                {row[0]!.probability}
              </Typography>,
              ...row.map((cell) => {
                const appearance = RISK_LEVEL_APPEARANCE[cell.level];
                const Icon = RISK_LEVEL_ICONS[appearance.icon];
                return (
                  <ButtonBase
                    key={`${cell.probability}-${cell.consequence}`}
                    onClick={() => toggle(cell)}
                    disabled={cell.count === 0}
                    aria-pressed={isSelected(cell, selected)}
                    aria-label={cellLabel(cell)}
                    sx={{
                      minHeight: 64,
                      flexDirection: 'column',
                      borderRadius: 1,
                      backgroundColor: appearance.tint,
                      color: appearance.colour,
                      border: `2px solid ${isSelected(cell, selected) ? '#000' : appearance.colour}`,
                      outlineOffset: 2,
                      '&.Mui-focusVisible': { outline: '3px solid #000' },
                    }}
                  >
                    <Typography component="span" sx={{ fontSize: '1.4rem', fontWeight: 700, lineHeight: 1.1 }}>
                      {cell.count}
                    </Typography>
                    <Box component="span" sx={{ display: 'flex', alignItems: 'center', gap: 0.25, fontSize: '0.7rem' }}>
                      <Icon aria-hidden sx={{ fontSize: '0.9rem' }} />
                      <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
                        {t(`riskLevel.${cell.level}`)}
                      </Box>
                    </Box>
                  </ButtonBase>
                );
              }),
            ])}
            <span />
            {cells[0]!.map((cell) => (
              <Typography key={`c${cell.consequence}`} variant="body2" sx={{ textAlign: 'center' }}>
                {cell.consequence}
              </Typography>
            ))}
          </Box>
          <span />
          <Typography variant="body2" sx={{ textAlign: 'center', fontWeight: 600 }}>
            {t('risks.consequence')} →
          </Typography>
          <span />
          <Box
            sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1 }}
            aria-label={t('risks.heatMap.legend')}
            role="list"
          >
            {RISK_LEVELS.map((level) => (
              <span role="listitem" key={level}>
                <RiskLevelChip level={level} />
              </span>
            ))}
          </Box>
        </Box>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small">
            <caption>{t('risks.heatMap.caption')}</caption>
            <TableHead>
              <TableRow>
                <TableCell>{t('risks.probability')}</TableCell>
                <TableCell>{t('risks.consequence')}</TableCell>
                <TableCell>{t('risks.level')}</TableCell>
                <TableCell align="right">{t('risks.heatMap.count')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {cells
                .flat()
                .filter((cell) => cell.count > 0)
                .sort((a, b) => b.score - a.score || b.probability - a.probability)
                .map((cell) => (
                  <TableRow key={`${cell.probability}-${cell.consequence}`} hover selected={isSelected(cell, selected)}>
                    <TableCell>{cell.probability}</TableCell>
                    <TableCell>{cell.consequence}</TableCell>
                    <TableCell>
                      <RiskLevelChip level={cell.level} score={cell.score} />
                    </TableCell>
                    <TableCell align="right">
                      <ButtonBase
                        onClick={() => toggle(cell)}
                        aria-label={cellLabel(cell)}
                        sx={{ px: 1, textDecoration: 'underline' }}
                      >
                        {cell.count}
                      </ButtonBase>
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
