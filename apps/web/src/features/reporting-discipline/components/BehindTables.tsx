import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/SectionCard';
import { graphql } from '../../../generated';
import type { BehindTables_DisciplineFragment } from '../../../generated/graphql';
import type { DisciplineCounts } from '../discipline-states';

// Computed per request, without ids: the page spreads it @unmask.
export const BehindTables_discipline = graphql(`
  fragment BehindTables_discipline on ReportingDiscipline {
    unitsBehind {
      orgUnit {
        id
        name
      }
      counts {
        onTime
        late
        missing
        pending
        total
      }
    }
    ownersBehind {
      userId
      name
      counts {
        onTime
        late
        missing
        pending
        total
      }
    }
  }
`);

export interface BehindTablesProps {
  discipline: BehindTables_DisciplineFragment;
}

/** The units and the people most behind: most missing first, then most late. */
export function BehindTables({ discipline }: BehindTablesProps) {
  const { t } = useTranslation();
  return (
    <Box
      sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' } }}
    >
      <SectionCard id="discipline-units-behind" title={t('discipline.behind.unitsTitle')}>
        <BehindTable
          caption={t('discipline.behind.unitsCaption')}
          nameHeader={t('discipline.behind.unit')}
          rows={discipline.unitsBehind.map((row) => ({
            key: row.orgUnit.id,
            name: row.orgUnit.name,
            counts: row.counts,
          }))}
        />
      </SectionCard>
      <SectionCard id="discipline-owners-behind" title={t('discipline.behind.ownersTitle')}>
        <BehindTable
          caption={t('discipline.behind.ownersCaption')}
          nameHeader={t('discipline.behind.owner')}
          rows={discipline.ownersBehind.map((row) => ({ key: row.userId, name: row.name, counts: row.counts }))}
        />
      </SectionCard>
    </Box>
  );
}

function BehindTable({
  caption,
  nameHeader,
  rows,
}: {
  caption: string;
  nameHeader: string;
  rows: { key: string; name: string; counts: DisciplineCounts }[];
}) {
  const { t } = useTranslation();
  if (rows.length === 0) {
    return (
      <Typography color="text.secondary" sx={{ mt: 1 }}>
        {t('discipline.behind.none')}
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label={caption} sx={{ '& th, & td': { px: { xs: 0.75, sm: 2 } } }}>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">
            {nameHeader}
          </TableCell>
          <TableCell component="th" scope="col" align="right">
            {t('discipline.behind.missing')}
          </TableCell>
          <TableCell component="th" scope="col" align="right">
            {t('discipline.behind.late')}
          </TableCell>
          <TableCell component="th" scope="col" align="right">
            {t('discipline.behind.onTime')}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key}>
            <TableCell component="th" scope="row" sx={{ overflowWrap: 'anywhere' }}>
              {row.name}
            </TableCell>
            <TableCell align="right">{row.counts.missing}</TableCell>
            <TableCell align="right">{row.counts.late}</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              {t('discipline.ofTotal', { count: row.counts.onTime, total: row.counts.total })}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
