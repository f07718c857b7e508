import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { YearMonth } from '@lagesbild/types';
import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import { GoalCard } from './GoalCard';

export const GoalsByPerspective_goal = graphql(`
  fragment GoalsByPerspective_goal on Goal {
    id
    level
    perspective {
      id
      name
    }
    parents {
      id
      title
    }
    ...GoalCard_goal
  }
`);

/** What placing a goal in the tree takes (the export arranges its rows the same way). */
export interface TreeGoal {
  level: string;
  perspective: { id: string; name: string };
  parents: readonly { id: string; title: string }[];
}

/** A perspective's committee goals, each under the first council goal it serves. */
interface PerspectiveSection<Goal> {
  id: string;
  name: string;
  councilGoals: { councilGoal: { id: string; title: string } | null; goals: Goal[] }[];
}

/** The goal tree: perspective → council goal → committee goals, in the order the API gives. */
export function arrangeGoalTree<Goal extends TreeGoal>(goals: readonly Goal[]): PerspectiveSection<Goal>[] {
  const sections = new Map<string, PerspectiveSection<Goal>>();
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
  goals: readonly FragmentType<typeof GoalsByPerspective_goal>[];
  period: YearMonth;
  /** With the page's status filter: the indicators shown per goal id; null shows them all. */
  shownIndicatorIds?: ReadonlyMap<string, ReadonlySet<string>> | null;
  canAssess: boolean;
  /** Name each goal's unit, when the page gathers the goals of several units. */
  showOrgUnit: boolean;
}

/** The committee goals under a heading per perspective and per council goal they serve. */
export function GoalsByPerspective({
  goals: goalRefs,
  period,
  shownIndicatorIds = null,
  canAssess,
  showOrgUnit,
}: GoalsByPerspectiveProps) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({
    fragment: GoalsByPerspective_goal,
    fragmentName: 'GoalsByPerspective_goal',
    from: [...goalRefs],
    variables: { upTo: period },
  });
  const goals = complete ? data : [];
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
                      shownIndicatorIds={shownIndicatorIds?.get(goal.id) ?? null}
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
