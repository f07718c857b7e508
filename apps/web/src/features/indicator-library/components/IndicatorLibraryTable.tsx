import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ROUTES } from '../../../app/routes';
import { VisuallyHidden } from '../../../components/VisuallyHidden';
import { graphql } from '../../../generated';
import type { IndicatorLibraryTable_IndicatorFragment } from '../../../generated/graphql';
import { thresholdsText } from '../thresholds-text';
import { RetireIndicatorButton } from './RetireIndicatorButton';

export const IndicatorLibraryTable_indicator = graphql(`
  fragment IndicatorLibraryTable_indicator on Indicator {
    id
    code
    name
    unit
    periodicity
    direction
    cumulative
    thresholdKind
    yellowThreshold
    redThreshold
    isKey
    externalCode
    retiredAt
    version
    owner {
      id
      name
    }
    orgUnit {
      id
      name
    }
  }
`);

export interface IndicatorLibraryTableProps {
  indicators: readonly FragmentType<typeof IndicatorLibraryTable_indicator>[];
  onEdit: (id: string) => void;
}

/** The library's indicators: what each measures, its thresholds and owner, with change and retire. */
export function IndicatorLibraryTable({ indicators: refs, onEdit }: IndicatorLibraryTableProps) {
  const { t, i18n } = useTranslation();
  const { data, complete } = useFragment({
    fragment: IndicatorLibraryTable_indicator,
    fragmentName: 'IndicatorLibraryTable_indicator',
    from: [...refs],
  });
  const indicators = complete ? data : [];
  const measure = (indicator: IndicatorLibraryTable_IndicatorFragment) =>
    [
      t(`indicatorLibrary.unitWord.${indicator.unit}`),
      t(`periodicity.${indicator.periodicity}`),
      t(`indicatorLibrary.direction.${indicator.direction}`),
      ...(indicator.cumulative ? [t('indicatorLibrary.cumulativeShort')] : []),
    ].join(' · ');

  return (
    <Table size="small" aria-label={t('indicatorLibrary.title')}>
      <TableHead>
        <TableRow>
          <TableCell scope="col">{t('indicatorLibrary.column.indicator')}</TableCell>
          <TableCell scope="col">{t('indicatorLibrary.column.unit')}</TableCell>
          <TableCell scope="col">{t('indicatorLibrary.column.measure')}</TableCell>
          <TableCell scope="col">{t('indicatorLibrary.column.thresholds')}</TableCell>
          <TableCell scope="col">{t('indicatorLibrary.column.owner')}</TableCell>
          <TableCell scope="col">{t('indicatorLibrary.column.state')}</TableCell>
          <TableCell scope="col">
            <VisuallyHidden>{t('app.actions')}</VisuallyHidden>
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {indicators.map((indicator) => (
          <TableRow key={indicator.id}>
            <TableCell component="th" scope="row">
              <Link component={RouterLink} to={`${ROUTES.indicator}/${indicator.id}`}>
                {indicator.name}
              </Link>
              <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                {[indicator.code, indicator.externalCode, indicator.isKey ? t('indicatorLibrary.field.isKey') : null]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography>
            </TableCell>
            <TableCell>{indicator.orgUnit.name}</TableCell>
            <TableCell>{measure(indicator)}</TableCell>
            <TableCell>{thresholdsText(t, indicator, indicator.unit, i18n.language)}</TableCell>
            <TableCell>{indicator.owner?.name ?? '–'}</TableCell>
            <TableCell>
              {indicator.retiredAt
                ? t('indicatorLibrary.retiredOn', { date: indicator.retiredAt.slice(0, 10) })
                : t('indicatorLibrary.inUse')}
            </TableCell>
            <TableCell>
              <Stack direction="row" spacing={1}>
                <Button
                  size="small"
                  onClick={() => onEdit(indicator.id)}
                  aria-label={t('indicatorLibrary.editTitle', { name: indicator.name })}
                >
                  {t('indicatorLibrary.edit')}
                </Button>
                <RetireIndicatorButton indicator={indicator} />
              </Stack>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
