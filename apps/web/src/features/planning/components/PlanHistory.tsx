import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import { PlanChangeList } from './PlanChangeList';

export const PlanHistory_plan = graphql(`
  fragment PlanHistory_plan on Plan {
    id
    status
    revision
    draftChanges {
      ...PlanChangeList_Change @unmask
    }
    revisions {
      id
      number
      decisionDate
      caseNumber
      adoptedBy {
        id
        name
      }
      changes {
        ...PlanChangeList_Change @unmask
      }
    }
  }
`);

export interface PlanHistoryProps {
  plan: FragmentType<typeof PlanHistory_plan>;
}

/** Each adopted revision with its decision and what it changed, and what the open draft changes so far. */
export function PlanHistory({ plan }: PlanHistoryProps) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({ fragment: PlanHistory_plan, fragmentName: 'PlanHistory_plan', from: plan });
  if (!complete) return null;
  return (
    <Stack spacing={2}>
      {data.status === 'DRAFT' && data.revisions.length > 0 && (
        <section aria-labelledby="plan-draft-changes">
          <Typography variant="h6" component="h3" id="plan-draft-changes">
            {t('planning.draftChangesHeading', {
              number: data.revision,
              // Newest first: the first is the revision adopted last.
              adopted: data.revisions[0]!.number,
            })}
          </Typography>
          <PlanChangeList
            changes={data.draftChanges}
            empty={t('planning.noDraftChanges')}
            label={t('planning.draftChanges')}
          />
        </section>
      )}
      {data.revisions.length === 0 && <Typography color="text.secondary">{t('planning.noHistory')}</Typography>}
      {data.revisions.map((revision, index) => {
        const headingId = `plan-revision-${revision.id}`;
        const heading = t('planning.revisionHeading', {
          number: revision.number,
          date: revision.decisionDate,
          caseNumber: revision.caseNumber,
        });
        return (
          <section key={revision.id} aria-labelledby={headingId}>
            <Typography variant="h6" component="h3" id={headingId}>
              {heading}
            </Typography>
            {revision.adoptedBy && (
              <Typography variant="body2" color="text.secondary">
                {t('planning.adoptedBy', { name: revision.adoptedBy.name })}
              </Typography>
            )}
            <PlanChangeList
              changes={revision.changes}
              empty={index === data.revisions.length - 1 ? t('planning.firstRevision') : t('planning.noChanges')}
              label={heading}
            />
          </section>
        );
      })}
    </Stack>
  );
}
