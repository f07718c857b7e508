import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import FormatBoldIcon from '@mui/icons-material/FormatBold';
import FormatListBulletedIcon from '@mui/icons-material/FormatListBulleted';
import FormatListNumberedIcon from '@mui/icons-material/FormatListNumbered';
import TitleIcon from '@mui/icons-material/Title';
import { saveReportSectionTextInputSchema } from '@lagesbild/types';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Markdown from 'react-markdown';
import { useFieldErrorText } from '../../../apollo/api-errors';
import { useValidatedSave } from '../../../apollo/useValidatedSave';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import { formatTime } from '../../../i18n/format';

export const SectionAnalysis_Save = graphql(`
  mutation SectionAnalysis_Save($input: SaveReportSectionTextInput!) {
    saveReportSectionText(input: $input) {
      id
      version
    }
  }
`);

export interface SectionAnalysisProps {
  section: {
    id: string;
    title: string;
    analysisText: string;
    analysisVersion: number;
    analysisUpdatedAt?: string | null;
    analysisUpdatedBy?: { name: string } | null;
  };
  canEdit: boolean;
}

/** Markdown the toolbar inserts around or before the selection. */
const FORMATS = {
  bold: { before: '**', after: '**', linePrefix: false },
  heading2: { before: '### ', after: '', linePrefix: true },
  bulletList: { before: '- ', after: '', linePrefix: true },
  numberedList: { before: '1. ', after: '', linePrefix: true },
} as const;

/**
 * A section's analysis: the text rendered from Markdown (react-markdown renders no raw
 * HTML, so a text cannot inject markup), who wrote it and when; for an analyst of a draft,
 * an editor with a small toolbar and a preview that saves as draft, version-checked.
 */
export function SectionAnalysis({ section, canEdit }: SectionAnalysisProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(section.analysisText);
  const [baseVersion, setBaseVersion] = useState(section.analysisVersion);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const [save, { loading }] = useMutation(SectionAnalysis_Save, {
    refetchQueries: ['ReportPage_Query'],
    awaitRefetchQueries: true,
  });
  const { failure, setFailure, validateAndSave } = useValidatedSave();
  const errorText = useFieldErrorText(failure);
  const editorId = `analysis-editor-${section.id}`;
  const theirs =
    failure?.code === 'CONFLICT'
      ? (failure.current as { analysisText?: string; analysisVersion?: number } | null)
      : null;

  const open = () => {
    setText(section.analysisText);
    setBaseVersion(section.analysisVersion);
    setFailure(null);
    setEditing(true);
  };

  const applyFormat = (format: keyof typeof FORMATS) => {
    const element = textArea.current;
    const { before, after, linePrefix } = FORMATS[format];
    const start = element?.selectionStart ?? text.length;
    const end = element?.selectionEnd ?? text.length;
    const insertAt = linePrefix ? text.lastIndexOf('\n', start - 1) + 1 : start;
    const next = linePrefix
      ? `${text.slice(0, insertAt)}${before}${text.slice(insertAt)}`
      : `${text.slice(0, start)}${before}${text.slice(start, end)}${after}${text.slice(end)}`;
    setText(next);
    requestAnimationFrame(() => {
      element?.focus();
      const cursor = linePrefix ? end + before.length : end + before.length;
      element?.setSelectionRange(cursor, cursor);
    });
  };

  async function submit() {
    const input = { sectionId: section.id, text, expectedVersion: baseVersion };
    const saved = await validateAndSave(saveReportSectionTextInputSchema, input, () => save({ variables: { input } }));
    if (saved) setEditing(false);
  }

  return (
    <Box sx={{ mb: 2 }}>
      {!editing && (
        <>
          {section.analysisText.trim() ? (
            <Box sx={{ '& h1, & h2, & h3, & h4': { fontSize: '1.1rem', mt: 1.5, mb: 0.5 } }}>
              <Markdown>{section.analysisText}</Markdown>
            </Box>
          ) : (
            <Typography color="text.secondary">{t('reports.noAnalysis')}</Typography>
          )}
          {section.analysisUpdatedBy && section.analysisUpdatedAt && (
            <Typography variant="body2" color="text.secondary">
              {t('reports.writtenBy', {
                name: section.analysisUpdatedBy.name,
                date: formatTime(section.analysisUpdatedAt, i18n.language),
              })}
            </Typography>
          )}
          {canEdit && (
            <Button
              variant="outlined"
              size="small"
              sx={{ mt: 1 }}
              onClick={open}
              aria-label={`${t('reports.edit')}: ${section.title}`}
            >
              {t('reports.edit')}
            </Button>
          )}
        </>
      )}
      {editing && (
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Stack spacing={1}>
            <MutationFailureAlert
              failure={failure}
              onKeepMine={() => {
                if (theirs?.analysisVersion) setBaseVersion(theirs.analysisVersion);
                setFailure(null);
              }}
              conflictDetail={theirs?.analysisText ? `${t('reports.theirText')} ${theirs.analysisText}` : undefined}
            />
            <Stack
              direction="row"
              spacing={0.5}
              role="toolbar"
              aria-label={t('reports.editorLabel', { section: section.title })}
            >
              {(Object.keys(FORMATS) as (keyof typeof FORMATS)[]).map((format) => {
                const Icon = {
                  bold: FormatBoldIcon,
                  heading2: TitleIcon,
                  bulletList: FormatListBulletedIcon,
                  numberedList: FormatListNumberedIcon,
                }[format];
                return (
                  <Tooltip key={format} title={t(`reports.${format}`)}>
                    <IconButton size="small" aria-label={t(`reports.${format}`)} onClick={() => applyFormat(format)}>
                      <Icon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                );
              })}
            </Stack>
            <TextField
              id={editorId}
              inputRef={textArea}
              label={t('reports.editorLabel', { section: section.title })}
              multiline
              minRows={6}
              value={text}
              onChange={(event) => setText(event.target.value)}
              error={Boolean(errorText('text'))}
              helperText={errorText('text')}
            />
            <Typography variant="subtitle2" component="p">
              {t('reports.preview')}
            </Typography>
            <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, px: 2, minHeight: 40 }}>
              <Markdown>{text}</Markdown>
            </Box>
            {errorText('sectionId') && <Alert severity="error">{errorText('sectionId')}</Alert>}
            <Stack direction="row" spacing={1}>
              <Button variant="contained" disabled={loading} onClick={() => void submit()}>
                {t('reports.saveDraft')}
              </Button>
              <Button onClick={() => setEditing(false)}>{t('reports.cancel')}</Button>
            </Stack>
          </Stack>
        </Paper>
      )}
    </Box>
  );
}
