import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { riskLevel, toRiskScaleMax } from '@lagesbild/types';
import type { YearMonth } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../../components/StatusChip';
import { graphql } from '../../../generated';
import type { RiskDetailsDialog_RiskFragment } from '../../../generated/graphql';
import { MitigationDialog } from './MitigationDialog';
import { RiskDialog } from './RiskDialog';
import type { RiskDialogCategory } from './RiskDialog';
import { RiskLevelChip } from './RiskLevelChip';
import { ValuationDialog } from './ValuationDialog';
import { ValuationHistory } from './ValuationHistory';

export const RiskDetailsDialog_risk = graphql(`
  fragment RiskDetailsDialog_risk on Risk {
    id
    title
    description
    owner
    version
    category {
      id
      name
    }
    orgUnit {
      id
      name
    }
    valuation(upTo: $upTo) {
      id
      valuedOn
      probability
      consequence
      score
      isDemoValue
    }
    valuations {
      id
      valuedOn
      probability
      consequence
      score
      reasoning
      isDemoValue
      createdBy {
        id
        name
      }
    }
    mitigations {
      id
      title
      responsible
      dueDate
      status
      isOverdue(upTo: $upTo)
      version
    }
    controls {
      id
      title
      frequency
    }
  }
`);

type Mitigation = RiskDetailsDialog_RiskFragment['mitigations'][number];

export interface RiskDetailsDialogProps {
  risk: FragmentType<typeof RiskDetailsDialog_risk>;
  /** The month viewed: the valuation and overdue mitigations as of then. */
  period: YearMonth;
  categories: readonly RiskDialogCategory[];
  scaleMax: number;
  /** The user may change the risk (analyst of its unit); the API checks again. */
  canEdit: boolean;
  onClose: () => void;
}

/** One risk: its description, the history of its valuations, its mitigations and the controls that check it. */
export function RiskDetailsDialog({
  risk: riskRef,
  period,
  categories,
  scaleMax,
  canEdit,
  onClose,
}: RiskDetailsDialogProps) {
  const { t } = useTranslation();
  const { data: risk, complete } = useFragment({
    fragment: RiskDetailsDialog_risk,
    fragmentName: 'RiskDetailsDialog_risk',
    from: riskRef,
    variables: { upTo: period },
  });
  const [editing, setEditing] = useState<'risk' | 'valuation' | 'newMitigation' | Mitigation | null>(null);
  const mitigationStatus = (mitigation: Mitigation) =>
    mitigation.isOverdue ? (
      <StatusChip status="RED" label={t('risks.mitigations.overdue')} />
    ) : (
      <StatusChip
        status={mitigation.status === 'DONE' ? 'GREEN' : mitigation.status === 'ONGOING' ? 'YELLOW' : 'NOT_ASSESSED'}
        label={t(`mitigationStatus.${mitigation.status}`)}
      />
    );

  if (!complete) return null;
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="risk-details-title">
      <DialogTitle id="risk-details-title">{risk.title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography color="text.secondary">
            {[risk.category.name, risk.orgUnit.name, risk.owner && t('risks.ownedBy', { owner: risk.owner })]
              .filter(Boolean)
              .join(' · ')}
          </Typography>
          {risk.valuation && (
            <div>
              <RiskLevelChip
                level={riskLevel(risk.valuation.score, toRiskScaleMax(scaleMax))}
                score={risk.valuation.score}
              />{' '}
              {t('risks.pTimesC', { probability: risk.valuation.probability, consequence: risk.valuation.consequence })}
            </div>
          )}
          {risk.description && <Typography>{risk.description}</Typography>}
          {canEdit && (
            <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
              <Button variant="outlined" onClick={() => setEditing('valuation')}>
                {t('risks.revalue')}
              </Button>
              <Button variant="outlined" onClick={() => setEditing('risk')}>
                {t('risks.editRisk')}
              </Button>
            </Stack>
          )}
          <section aria-labelledby="valuation-history">
            <Typography variant="h6" component="h3" id="valuation-history">
              {t('risks.history.title')}
            </Typography>
            <ValuationHistory valuations={risk.valuations} scaleMax={scaleMax} />
          </section>
          <section aria-labelledby="mitigations">
            <Typography variant="h6" component="h3" id="mitigations">
              {t('risks.mitigations.heading')}
            </Typography>
            {risk.mitigations.length === 0 ? (
              <Typography color="text.secondary">{t('risks.mitigations.none')}</Typography>
            ) : (
              <List dense>
                {risk.mitigations.map((mitigation) => (
                  <ListItem key={mitigation.id} disableGutters sx={{ flexWrap: 'wrap', columnGap: 1 }}>
                    <ListItemText
                      sx={{ flex: '1 1 60%' }}
                      primary={mitigation.title}
                      secondary={[
                        mitigation.responsible,
                        mitigation.dueDate && t('risks.mitigations.dueOn', { date: mitigation.dueDate }),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    />
                    {mitigationStatus(mitigation)}
                    {canEdit && (
                      <Button
                        size="small"
                        onClick={() => setEditing(mitigation)}
                        aria-label={`${t('risks.mitigations.edit')}: ${mitigation.title}`}
                      >
                        {t('risks.mitigations.edit')}
                      </Button>
                    )}
                  </ListItem>
                ))}
              </List>
            )}
            {canEdit && <Button onClick={() => setEditing('newMitigation')}>{t('risks.mitigations.add')}</Button>}
          </section>
          <section aria-labelledby="risk-controls">
            <Typography variant="h6" component="h3" id="risk-controls">
              {t('controls.ofRisk')}
            </Typography>
            {risk.controls.length === 0 ? (
              <Typography color="text.secondary">{t('controls.noneForRisk')}</Typography>
            ) : (
              <List dense>
                {risk.controls.map((control) => (
                  <ListItem key={control.id} disableGutters>
                    <ListItemText primary={control.title} secondary={control.frequency} />
                  </ListItem>
                ))}
              </List>
            )}
          </section>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('app.close')}</Button>
      </DialogActions>
      {editing === 'risk' && (
        <RiskDialog
          risk={risk}
          orgUnit={risk.orgUnit}
          categories={categories}
          scaleMax={scaleMax}
          onClose={() => setEditing(null)}
        />
      )}
      {editing === 'valuation' && <ValuationDialog risk={risk} scaleMax={scaleMax} onClose={() => setEditing(null)} />}
      {editing === 'newMitigation' && (
        <MitigationDialog riskId={risk.id} mitigation={null} onClose={() => setEditing(null)} />
      )}
      {editing !== null && typeof editing === 'object' && (
        <MitigationDialog riskId={risk.id} mitigation={editing} onClose={() => setEditing(null)} />
      )}
    </Dialog>
  );
}
