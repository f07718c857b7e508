import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileName, fillWorkbook, toCsv } from '../table-export';
import type { ExportTable } from '../table-export';

export interface ExportButtonsProps {
  /** The table as it is now; called when the user asks for a file. */
  table: () => ExportTable;
  /** What the buttons offer, before them; "Ladda ner:" unless told. */
  label?: string;
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Download the table as CSV or Excel, with Swedish headers and number formats. Excel's library loads on first use. */
export function ExportButtons({ table, label }: ExportButtonsProps) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  async function excel() {
    setBusy(true);
    setFailed(false);
    try {
      const loaded = await import('exceljs');
      // The browser build is CommonJS: its exports arrive as the default export.
      const ExcelJS = (loaded.default as typeof loaded | undefined) ?? loaded;
      const workbook = new ExcelJS.Workbook();
      const current = table();
      fillWorkbook(workbook, current);
      const buffer = await workbook.xlsx.writeBuffer();
      download(new Blob([buffer], { type: XLSX_TYPE }), fileName(current.title, 'xlsx'));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Typography variant="body2" color="text.secondary">
        {label ?? t('export.label')}
      </Typography>
      <Button
        size="small"
        onClick={() => {
          const current = table();
          download(new Blob([toCsv(current)], { type: 'text/csv;charset=utf-8' }), fileName(current.title, 'csv'));
        }}
      >
        {t('export.csv')}
      </Button>
      <Button size="small" disabled={busy} onClick={() => void excel()}>
        {t('export.excel')}
      </Button>
      {failed && (
        <Typography variant="body2" color="error" role="alert">
          {t('export.failed')}
        </Typography>
      )}
    </Stack>
  );
}
