import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { SectionCard } from '../../../components/SectionCard';
import { graphql } from '../../../generated';
import type { MissingItemsTable_DisciplineFragment } from '../../../generated/graphql';
import { periodLabel } from '../../reporting-calendar/period-label';

// Computed per request, without ids: the page spreads it @unmask.
export const MissingItemsTable_discipline = graphql(`
  fragment MissingItemsTable_discipline on ReportingDiscipline {
    missing {
      key
      kind
      title
      orgUnit {
        id
        name
      }
      period {
        key
        kind
        year
        number
      }
      deadline
      responsible
      link
    }
  }
`);

/** How many items are shown before "Visa alla": a year can hold hundreds. */
export const MISSING_SHOWN = 20;

export interface MissingItemsTableProps {
  discipline: MissingItemsTable_DisciplineFragment;
}

/** What was not reported though its deadline has passed, oldest first, each a link to where it is done. */
export function MissingItemsTable({ discipline }: MissingItemsTableProps) {
  const { t, i18n } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  const { missing } = discipline;
  const responsibleOf = (names: readonly string[]) =>
    names.length > 0 ? names.join(', ') : t('discipline.missing.nobody');
  const shown = showAll ? missing : missing.slice(0, MISSING_SHOWN);
  return (
    <SectionCard id="discipline-missing" title={t('discipline.missing.title', { count: missing.length })}>
      {missing.length === 0 ? (
        <Typography color="text.secondary" sx={{ mt: 1 }}>
          {t('discipline.missing.none')}
        </Typography>
      ) : (
        <>
          <Table
            size="small"
            aria-label={t('discipline.missing.caption')}
            sx={{ '& th, & td': { px: { xs: 0.75, sm: 2 } } }}
          >
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col" sx={{ width: { xs: '100%', sm: 'auto' } }}>
                  {t('discipline.missing.item')}
                </TableCell>
                <TableCell component="th" scope="col" sx={{ display: { xs: 'none', sm: 'table-cell' } }}>
                  {t('discipline.missing.unit')}
                </TableCell>
                <TableCell component="th" scope="col">
                  {t('discipline.missing.deadline')}
                </TableCell>
                <TableCell component="th" scope="col" sx={{ display: { xs: 'none', md: 'table-cell' } }}>
                  {t('discipline.missing.responsible')}
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map((item) => (
                <TableRow key={item.key}>
                  <TableCell sx={{ overflowWrap: 'break-word' }}>
                    <Link component={RouterLink} to={item.link}>
                      {item.title}
                    </Link>
                    <Typography variant="body2" color="text.secondary">
                      {t(`discipline.missing.kind.${item.kind}`)}, {periodLabel(t, i18n.language, item.period)}
                    </Typography>
                    {/* Narrow screens leave out the unit's and the responsible's columns: they are said here. */}
                    <Typography variant="body2" color="text.secondary" sx={{ display: { md: 'none' } }}>
                      <Typography component="span" variant="body2" sx={{ display: { sm: 'none' } }}>
                        {item.orgUnit.name} ·{' '}
                      </Typography>
                      {responsibleOf(item.responsible)}
                    </Typography>
                  </TableCell>
                  <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>{item.orgUnit.name}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{item.deadline}</TableCell>
                  <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>
                    {responsibleOf(item.responsible)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {missing.length > MISSING_SHOWN && (
            <Button sx={{ mt: 1 }} onClick={() => setShowAll((current) => !current)} aria-expanded={showAll}>
              {showAll ? t('discipline.missing.showFewer') : t('discipline.missing.showAll', { count: missing.length })}
            </Button>
          )}
        </>
      )}
    </SectionCard>
  );
}
