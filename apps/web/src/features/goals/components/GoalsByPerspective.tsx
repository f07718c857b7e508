import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { YearMonth } from '@lagesbild/types';
import { graphql } from '../../../generated';
import type { GoalsByPerspective_GoalFragment } from '../../../generated/graphql';
import { GoalCard } from './GoalCard';

export const GoalsByPerspective_goal = graphql(`
  fragment GoalsByPerspective_goal on Goal {
    id
    level
    perspective {
      id
      name
    }
    ...GoalCard_goal
  }
`);

type GoalWithPerspective = GoalsByPerspective_GoalFragment;

export interface GoalsByPerspectiveProps {
  /** Ordered by perspective, as the API returns them. */
  goals: readonly GoalWithPerspective[];
  period: YearMonth;
  canAssess: boolean;
}

/** The committee goals under a heading per perspective, in the perspectives' order. */
export function GoalsByPerspective({ goals, period, canAssess }: GoalsByPerspectiveProps) {
  const sections = new Map<string, { name: string; goals: GoalWithPerspective[] }>();
  for (const goal of goals) {
    if (goal.level !== 'COMMITTEE') continue;
    const section = sections.get(goal.perspective.id) ?? { name: goal.perspective.name, goals: [] };
    section.goals.push(goal);
    sections.set(goal.perspective.id, section);
  }
  return (
    <Stack spacing={4}>
      {[...sections.entries()].map(([perspectiveId, section]) => (
        <section key={perspectiveId} aria-labelledby={`perspective-${perspectiveId}`}>
          <Typography variant="h5" component="h2" id={`perspective-${perspectiveId}`} sx={{ mb: 1.5 }}>
            {section.name}
          </Typography>
          <Stack spacing={2}>
            {section.goals.map((goal) => (
              <GoalCard key={goal.id} goal={goal} period={period} canAssess={canAssess} />
            ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}
