import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { YearMonth } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
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

type Goal = GoalsByPerspective_GoalFragment;

/** A perspective's committee goals, each under the first council goal it serves. */
interface PerspectiveSection {
  id: string;
  name: string;
  councilGoals: { councilGoal: { id: string; title: string } | null; goals: Goal[] }[];
}

/** The goal tree: perspective → council goal → committee goals, in the order the API gives. */
export function arrangeGoalTree(goals: readonly Goal[]): PerspectiveSection[] {
  const sections = new Map<string, PerspectiveSection>();
  for (const goal of goals) {
    if (goal.level !== 'COMMITTEE') continue;
    const section = sections.get(goal.perspective.id) ?? {
      id: goal.perspective.id,
      name: goal.perspective.name,
      councilGoals: [],
    };
    sections.set(section.id, section);
    const councilGoal = goal.parents[0] ?? null;
    const group = section.councilGoals.find((candidate) => candidate.councilGoal?.id === councilGoal?.id);
    if (group) group.goals.push(goal);
    else section.councilGoals.push({ councilGoal, goals: [goal] });
  }
  return [...sections.values()];
}

/** Up to this many goals show their indicators at once; more (a city's) open one by one. */
const EXPANDED_GOALS_LIMIT = 25;

export interface GoalsByPerspectiveProps {
  /** Ordered by perspective, as the API returns them. */
  goals: readonly Goal[];
  period: YearMonth;
  canAssess: boolean;
  /** Name each goal's unit, when the page gathers the goals of several units. */
  showOrgUnit: boolean;
}

/** The committee goals under a heading per perspective and per council goal they serve. */
export function GoalsByPerspective({ goals, period, canAssess, showOrgUnit }: GoalsByPerspectiveProps) {
  const { t } = useTranslation();
  const committeeGoalCount = goals.filter((goal) => goal.level === 'COMMITTEE').length;
  return (
    <Stack spacing={4}>
      {arrangeGoalTree(goals).map((section) => (
        <section key={section.id} aria-labelledby={`perspective-${section.id}`}>
          <Typography variant="h5" component="h2" id={`perspective-${section.id}`} sx={{ mb: 1.5 }}>
            {section.name}
          </Typography>
          <Stack spacing={3}>
            {section.councilGoals.map(({ councilGoal, goals: committeeGoals }) => (
              <Box key={councilGoal?.id ?? 'none'}>
                {councilGoal && (
                  <Box sx={{ borderLeft: 4, borderColor: 'primary.main', pl: 1.5, mb: 1.5 }}>
                    <Typography variant="overline" color="text.secondary">
                      {t('goals.councilGoal')}
                    </Typography>
                    <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                      {councilGoal.title}
                    </Typography>
                  </Box>
                )}
                <Stack spacing={2}>
                  {committeeGoals.map((goal) => (
                    <GoalCard
                      key={goal.id}
                      goal={goal}
                      period={period}
                      canAssess={canAssess}
                      shownUnderCouncilGoalId={councilGoal?.id ?? null}
                      showOrgUnit={showOrgUnit}
                      defaultExpanded={committeeGoalCount <= EXPANDED_GOALS_LIMIT}
                    />
                  ))}
                </Stack>
              </Box>
            ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}
