import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { ROUTES } from '../../../app/routes';
import { graphql } from '../../../generated';
import type { ProjectLineageKind } from '../../../generated/graphql';

export const ProjectLineage_project = graphql(`
  fragment ProjectLineage_project on Project {
    id
    origins {
      id
      kind
      occurredOn
      project {
        id
        name
      }
    }
    successors {
      id
      kind
      occurredOn
      project {
        id
        name
      }
    }
  }
`);

interface LineageLink {
  kind: ProjectLineageKind;
  occurredOn: string;
  project: { id: string; name: string };
}

/** Links of one event together: a split's parts, a merger's sources. */
function byEvent(links: readonly LineageLink[]): LineageLink[][] {
  const events = new Map<string, LineageLink[]>();
  for (const link of links) {
    const key = `${link.kind}@${link.occurredOn}`;
    events.set(key, [...(events.get(key) ?? []), link]);
  }
  return [...events.values()];
}

export interface ProjectLineageProps {
  project: FragmentType<typeof ProjectLineage_project>;
}

/**
 * Where a project came from ("Ursprung: Telefoni (delat 2024-09-01)") and what it became ("Delades
 * i: A, B"), each project a link to its page, whose history is its own. Nothing for a project that
 * began on its own and goes on.
 */
export function ProjectLineage({ project: projectRef }: ProjectLineageProps) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const { data, complete } = useFragment({
    fragment: ProjectLineage_project,
    fragmentName: 'ProjectLineage_project',
    from: projectRef,
  });
  if (!complete || (data.origins.length === 0 && data.successors.length === 0)) return null;
  const links = (event: LineageLink[]) =>
    event.map((link, index) => (
      <Fragment key={link.project.id}>
        {index > 0 && ', '}
        <Link component={RouterLink} to={{ pathname: `${ROUTES.project}/${link.project.id}`, search }}>
          {link.project.name}
        </Link>
      </Fragment>
    ));
  return (
    <Stack spacing={0.5} sx={{ mt: 1 }} aria-label={t('projectLineage.lineage')} component="section">
      {byEvent(data.origins).map((event) => (
        <Typography key={`origin-${event[0]!.kind}-${event[0]!.occurredOn}`}>
          <strong>{t('projectLineage.origin')}:</strong> {links(event)} (
          {t(event[0]!.kind === 'SPLIT' ? 'projectLineage.splitFrom' : 'projectLineage.mergedFrom', {
            date: event[0]!.occurredOn,
          })}
          )
        </Typography>
      ))}
      {byEvent(data.successors).map((event) => (
        <Typography key={`successor-${event[0]!.kind}-${event[0]!.occurredOn}`}>
          <strong>{t(event[0]!.kind === 'SPLIT' ? 'projectLineage.splitInto' : 'projectLineage.mergedInto')}:</strong>{' '}
          {links(event)} ({event[0]!.occurredOn})
        </Typography>
      ))}
    </Stack>
  );
}
