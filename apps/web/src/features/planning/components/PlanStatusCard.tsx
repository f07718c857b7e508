import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import EditNoteIcon from '@mui/icons-material/EditNote';
import LockIcon from '@mui/icons-material/Lock';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import type { PlanLock } from '../../../generated/graphql';
import { AdoptPlanDialog } from './AdoptPlanDialog';
import { OpenRevisionDialog } from './OpenRevisionDialog';
import { RollOverDialog } from './RollOverDialog';

export const PlanStatusCard_plan = graphql(`
  fragment PlanStatusCard_plan on Plan {
    id
    status
    revision
    decisionDate
    caseNumber
    rolledOverFromYear
    version
  }
`);

export interface PlanStatusCardProps {
  orgUnitId: string;
  year: number;
  lock: PlanLock | null;
  mayAdopt: boolean;
  mayPlan: boolean;
  plan: FragmentType<typeof PlanStatusCard_plan> | null;
}

type Action = 'adopt' | 'openRevision' | 'rollOver';

/** The plan's status and decision, and the actions the user may take on it. */
export function PlanStatusCard({ orgUnitId, year, lock, mayAdopt, mayPlan, plan: planRef }: PlanStatusCardProps) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({
    fragment: PlanStatusCard_plan,
    fragmentName: 'PlanStatusCard_plan',
    from: planRef,
  });
  const plan = planRef && complete ? data : null;
  const [action, setAction] = useState<Action | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const status = plan?.status ?? 'DRAFT';
  const closed = lock === 'YEAR_CLOSED';
  const done = (message: string) => {
    setAction(null);
    setNotice(message);
  };

  return (
    <Stack spacing={2}>
      {notice && (
        <Alert severity="success" role="status" onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      <Stack direction="row" sx={{ flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
        <Chip
          icon={status === 'ADOPTED' ? <CheckCircleIcon /> : <EditNoteIcon />}
          color={status === 'ADOPTED' ? 'success' : 'default'}
          label={`${t('planning.status')}: ${t(`planning.${status}`)}`}
        />
        {plan && <Typography>{t('planning.revision', { number: plan.revision })}</Typography>}
        {plan?.decisionDate && (
          <Typography>{t('planning.decision', { date: plan.decisionDate, caseNumber: plan.caseNumber })}</Typography>
        )}
        {plan?.rolledOverFromYear && (
          <Typography color="text.secondary">
            {t('planning.rolledOverFrom', { year: plan.rolledOverFromYear })}
          </Typography>
        )}
      </Stack>
      {!plan && <Typography color="text.secondary">{t('planning.noPlan', { year })}</Typography>}
      {lock && (
        <Alert severity="info" icon={<LockIcon />}>
          {t(`planning.locked.${lock}`, { year })}
        </Alert>
      )}
      {/* A planner who may not adopt is told who does: the draft's next step is theirs. */}
      {!mayAdopt && mayPlan && status === 'DRAFT' && !closed && (
        <Typography color="text.secondary">{t('planning.adoptedByAdministrators')}</Typography>
      )}
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
        {mayAdopt && status === 'DRAFT' && !closed && (
          <Button variant="contained" onClick={() => setAction('adopt')}>
            {t('planning.adopt')}
          </Button>
        )}
        {mayPlan && plan && status === 'ADOPTED' && !closed && (
          <Button variant="outlined" onClick={() => setAction('openRevision')}>
            {t('planning.openRevision')}
          </Button>
        )}
        {mayPlan && (
          <Button variant="outlined" onClick={() => setAction('rollOver')}>
            {t('planning.rollOver', { year: year + 1 })}
          </Button>
        )}
      </Stack>
      {action === 'adopt' && (
        <AdoptPlanDialog
          orgUnitId={orgUnitId}
          year={year}
          expectedVersion={plan?.version ?? null}
          onClose={() => setAction(null)}
          onSaved={() => done(t('planning.adopted'))}
        />
      )}
      {action === 'openRevision' && plan && (
        <OpenRevisionDialog
          planId={plan.id}
          version={plan.version}
          nextRevision={plan.revision + 1}
          onClose={() => setAction(null)}
          onSaved={() => done(t('planning.revisionOpened', { number: plan.revision + 1 }))}
        />
      )}
      {action === 'rollOver' && (
        <RollOverDialog
          orgUnitId={orgUnitId}
          fromYear={year}
          onClose={() => setAction(null)}
          onCommitted={() => done(t('planning.committed', { year: year + 1 }))}
        />
      )}
    </Stack>
  );
}
