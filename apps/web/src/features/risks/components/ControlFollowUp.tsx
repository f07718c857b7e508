import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ButtonBase from '@mui/material/ButtonBase';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatYearMonth } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { VisuallyHidden } from '../../../components/VisuallyHidden';
import { graphql } from '../../../generated';
import type { ControlFollowUp_QueryQuery } from '../../../generated/graphql';
import { formatPeriodLabel } from '../../../i18n/format';
import { useViewParams } from '../../view-params/useViewParams';
import { ControlDialog } from './ControlDialog';
import { ControlResultDialog } from './ControlResultDialog';
import { ControlResultMark } from './ControlResultMark';

const ControlFollowUp_Query = graphql(`
  query ControlFollowUp_Query($orgUnitCode: String!, $year: Int!) {
    orgUnit(code: $orgUnitCode) {
      id
      name
    }
    viewer {
      id
      canEdit: holds(role: ANALYST, orgUnitCode: $orgUnitCode)
    }
    risks(orgUnitCode: $orgUnitCode) {
      id
      title
      orgUnit {
        id
      }
    }
    internalControls(orgUnitCode: $orgUnitCode) {
      id
      title
      method
      frequency
      performedBy
      version
      orgUnit {
        id
        name
      }
      risk {
        id
        title
      }
      results(year: $year) {
        id
        month
        performed
        outcome
        description
        followUpAction
        isDemoValue
        version
      }
    }
  }
`);

type Control = ControlFollowUp_QueryQuery['internalControls'][number];
const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

/**
 * The internal control plan's follow-up for the viewed year: every control against the
 * months, each month's result in icon and words, and the deviations with their follow-up.
 */
export function ControlFollowUp() {
  const { t, i18n } = useTranslation();
  const { orgUnitCode, period } = useViewParams();
  const year = period.year;
  const { data, error, loading, refetch } = useQuery(ControlFollowUp_Query, { variables: { orgUnitCode, year } });
  const [recording, setRecording] = useState<{ control: Control; month: number } | null>(null);
  const [editing, setEditing] = useState<Control | 'new' | null>(null);

  if (loading && !data) return <Loading />;
  if (error) return <LoadError onRetry={() => void refetch()} />;
  if (!data?.orgUnit) return <Alert severity="info">{t('pickers.unknownUnit')}</Alert>;

  const unit = data.orgUnit;
  const canEdit = data.viewer?.canEdit ?? false;
  const monthName = (month: number) =>
    formatPeriodLabel(formatYearMonth({ year, month }), i18n.language).replace(` ${year}`, '');
  const deviations = data.internalControls.flatMap((control) =>
    control.results.filter((result) => result.outcome === 'DEVIATION').map((result) => ({ control, result })),
  );
  const summary = (control: Control) =>
    t('controls.summary', {
      performed: control.results.filter((result) => result.performed).length,
      recorded: control.results.length,
      deviations: control.results.filter((result) => result.outcome === 'DEVIATION').length,
    });

  return (
    <Stack spacing={2}>
      <Stack
        direction="row"
        spacing={2}
        sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', rowGap: 1 }}
      >
        <Typography color="text.secondary">{t('controls.intro', { unit: unit.name, year })}</Typography>
        {canEdit && (
          <Button variant="contained" onClick={() => setEditing('new')}>
            {t('controls.new')}
          </Button>
        )}
      </Stack>
      {data.internalControls.length === 0 ? (
        <Alert severity="info">{t('controls.empty', { unit: unit.name })}</Alert>
      ) : (
        <>
          <SectionCard id="control-grid" title={t('controls.gridTitle', { year })}>
            <Box sx={{ overflowX: 'auto', position: 'relative' }}>
              <Table size="small">
                <caption>{t('controls.gridCaption', { unit: unit.name, year })}</caption>
                <TableHead>
                  <TableRow>
                    <TableCell sx={{ minWidth: 220 }}>{t('controls.control')}</TableCell>
                    {MONTHS.map((month) => (
                      <TableCell key={month} align="center" sx={{ px: 0.5 }}>
                        {monthName(month).slice(0, 3)}
                        <VisuallyHidden>{monthName(month).slice(3)}</VisuallyHidden>
                      </TableCell>
                    ))}
                    <TableCell sx={{ minWidth: 160 }}>{t('controls.yearStatus')}</TableCell>
                    {canEdit && (
                      <TableCell>
                        <VisuallyHidden>{t('controls.edit')}</VisuallyHidden>
                      </TableCell>
                    )}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.internalControls.map((control) => (
                    <TableRow key={control.id}>
                      <TableCell component="th" scope="row">
                        <Typography variant="body2" sx={{ fontWeight: 600 }}>
                          {control.title}
                        </Typography>
                        <Typography variant="caption" color="text.secondary">
                          {[
                            control.frequency,
                            control.performedBy,
                            control.risk && t('controls.checks', { risk: control.risk.title }),
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </Typography>
                      </TableCell>
                      {MONTHS.map((month) => {
                        const result = control.results.find((candidate) => candidate.month === month) ?? null;
                        const mark = <ControlResultMark result={result} />;
                        return (
                          <TableCell key={month} align="center" sx={{ px: 0.5 }}>
                            {canEdit ? (
                              <ButtonBase
                                onClick={() => setRecording({ control, month })}
                                aria-label={t('controls.recordFor', {
                                  control: control.title,
                                  month: monthName(month),
                                })}
                                sx={{ p: 0.5, borderRadius: 1, '&.Mui-focusVisible': { outline: '2px solid #000' } }}
                              >
                                {mark}
                              </ButtonBase>
                            ) : (
                              mark
                            )}
                          </TableCell>
                        );
                      })}
                      <TableCell>{summary(control)}</TableCell>
                      {canEdit && (
                        <TableCell>
                          <Button
                            size="small"
                            onClick={() => setEditing(control)}
                            aria-label={`${t('controls.edit')}: ${control.title}`}
                          >
                            {t('risks.mitigations.edit')}
                          </Button>
                        </TableCell>
                      )}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {t('controls.legend')}
            </Typography>
          </SectionCard>
          <SectionCard id="deviations" title={t('controls.deviations')}>
            {deviations.length === 0 ? (
              <Typography color="text.secondary">{t('controls.noDeviations', { year })}</Typography>
            ) : (
              <List dense>
                {deviations.map(({ control, result }) => (
                  <ListItem key={result.id} disableGutters>
                    <ListItemText
                      primary={`${monthName(result.month)}: ${control.title}`}
                      secondary={`${result.description ?? ''} ${t('controls.followedUpBy')}: ${result.followUpAction ?? '–'}${result.isDemoValue ? ` (${t('risks.demoValue')})` : ''}`}
                    />
                  </ListItem>
                ))}
              </List>
            )}
          </SectionCard>
        </>
      )}
      {recording && (
        <ControlResultDialog
          control={recording.control}
          year={year}
          month={recording.month}
          current={recording.control.results.find((result) => result.month === recording.month) ?? null}
          onClose={() => setRecording(null)}
        />
      )}
      {editing && (
        <ControlDialog
          control={editing === 'new' ? null : editing}
          orgUnit={editing === 'new' ? unit : editing.orgUnit}
          risks={data.risks}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
