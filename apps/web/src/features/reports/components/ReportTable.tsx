import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ReactNode } from 'react';

export interface ReportTableColumn<Row> {
  heading: string;
  /** Figures align right, as in the printed report. */
  numeric?: boolean;
  cell: (row: Row) => ReactNode;
}

export interface ReportTableProps<Row> {
  caption: string;
  columns: ReportTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  /** A row drawn as a sum (bold). */
  isTotal?: (row: Row) => boolean;
  /** Under the table: what the marks after its figures mean (MarkNotes). */
  notes?: ReactNode;
}

/** One table of a report: a caption for screen readers, headings, figures aligned right. */
export function ReportTable<Row>({ caption, columns, rows, rowKey, isTotal, notes }: ReportTableProps<Row>) {
  return (
    <Paper variant="outlined" sx={{ overflowX: 'auto', mb: 2 }}>
      <Table size="small" aria-label={caption}>
        <TableHead>
          <TableRow>
            {columns.map((column) => (
              <TableCell key={column.heading} align={column.numeric ? 'right' : 'left'}>
                {column.heading}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row, index) => (
            <TableRow key={rowKey(row, index)} sx={isTotal?.(row) ? { '& td': { fontWeight: 700 } } : undefined}>
              {columns.map((column) => (
                <TableCell
                  key={column.heading}
                  align={column.numeric ? 'right' : 'left'}
                  sx={column.numeric ? { whiteSpace: 'nowrap' } : undefined}
                >
                  {column.cell(row)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {notes}
    </Paper>
  );
}
