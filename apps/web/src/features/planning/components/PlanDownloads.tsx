import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

export interface PlanDownloadsProps {
  orgUnitId: string;
  year: number;
  /** A plan not adopted (or reopened as a new revision) downloads as a draft, which the document says too. */
  isDraft: boolean;
}

/** The plan as a document in source 001's structure, as PDF and as Word (the API renders both). */
export function PlanDownloads({ orgUnitId, year, isDraft }: PlanDownloadsProps) {
  const { t } = useTranslation();
  const path = `/api/plans/${encodeURIComponent(orgUnitId)}/${year}`;
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 2 }}>
      <Button variant="outlined" href={`${path}.pdf`}>
        {t('planning.downloadPdf')}
      </Button>
      <Button variant="outlined" href={`${path}.docx`}>
        {t('planning.downloadWord')}
      </Button>
      {isDraft && (
        <Typography variant="body2" color="text.secondary">
          {t('planning.downloadDraft')}
        </Typography>
      )}
    </Stack>
  );
}
