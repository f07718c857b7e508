import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../../components/StatusChip';
import { graphql } from '../../../generated';
import type { UnitFigureList_TileFragment } from '../../../generated/graphql';
import { formatFigure, formatPeriodLabel } from '../../../i18n/format';

export const UnitFigureList_tile = graphql(`
  fragment UnitFigureList_tile on KeyIndicator {
    indicator {
      id
      unit
    }
    unitFigures {
      orgUnit {
        id
        name
      }
      period
      outcome
      status
      statusSetByHand
    }
  }
`);

export interface UnitFigureListProps {
  /** The tile, as the parent's fragment spreads this one unmasked (the tile has no id to cache it by). */
  tile: Omit<UnitFigureList_TileFragment, ' $fragmentName'>;
}

/**
 * A listed key indicator's figures unit by unit, each with its own status: levels such as
 * survey indexes of different populations are shown side by side, never averaged.
 */
export function UnitFigureList({ tile }: UnitFigureListProps) {
  const { t, i18n } = useTranslation();
  const { unit } = tile.indicator;
  if (tile.unitFigures.length === 0) {
    return <Typography color="text.secondary">{t('goals.noValue')}</Typography>;
  }
  return (
    <List dense disablePadding>
      {tile.unitFigures.map((figure) => (
        <ListItem key={figure.orgUnit.id} disableGutters sx={{ display: 'block' }}>
          <Typography variant="body2" component="span" sx={{ display: 'block' }}>
            {figure.orgUnit.name}
          </Typography>
          <Typography variant="h6" component="span" sx={{ mr: 1 }}>
            {formatFigure(figure.outcome, unit, t(`unit.${unit}`), i18n.language) || '–'}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="span" sx={{ mr: 1 }}>
            {formatPeriodLabel(figure.period, i18n.language)}
          </Typography>
          <StatusChip status={figure.status} label={t(`status.${figure.status}`)} setByHand={figure.statusSetByHand} />
        </ListItem>
      ))}
    </List>
  );
}
