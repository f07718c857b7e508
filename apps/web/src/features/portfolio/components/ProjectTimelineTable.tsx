import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../../components/StatusChip';
import type { TimelineRow } from '../timeline-rows';

export interface ProjectTimelineTableProps {
  caption: string;
  rows: readonly TimelineRow[];
  /** Projects with no known start, listed so none goes missing. */
  undated: readonly { id: string; name: string }[];
}

/** The timeline as a table: each project's status, start, end and pauses. */
export function ProjectTimelineTable({ caption, rows, undated }: ProjectTimelineTableProps) {
  const { t } = useTranslation();
  return (
    <TableContainer>
      <Table size="small" aria-label={caption}>
        <TableHead>
          <TableRow>
            {(['column.project', 'overall', 'start', 'end', 'pauses'] as const).map((column) => (
              <TableCell key={column} scope="col">
                {t(`portfolio.${column}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              <TableCell component="th" scope="row">
                {row.name}
              </TableCell>
              <TableCell>
                <StatusChip status={row.colour} label={t(`overview.projectStatus.${row.colour}`)} />
              </TableCell>
              <TableCell>{row.start}</TableCell>
              <TableCell>{row.end ?? t('portfolio.openEnd')}</TableCell>
              <TableCell>
                {row.pauses
                  .map((pause) => t('portfolio.pauseSpan', { from: pause.from, to: pause.to ?? '' }))
                  .join(', ') || '–'}
              </TableCell>
            </TableRow>
          ))}
          {undated.map((project) => (
            <TableRow key={project.id}>
              <TableCell component="th" scope="row">
                {project.name}
              </TableCell>
              <TableCell colSpan={4}>{t('portfolio.noDates')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
