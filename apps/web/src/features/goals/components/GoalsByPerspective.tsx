import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { YearMonth } from '@lagesbild/types';
import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import { plannedGoal } from '../goal-plan';
import { GoalCard } from './GoalCard';
import { GoalDialog } from './GoalDialog';
import { GoalPlanMenu } from './GoalPlanMenu';

export const GoalsByPerspective_goal = graphql(`
  fragment GoalsByPerspective_goal on Goal {
    id
    level
    title
    description
    year
    version
    canPlan
    perspective {
      id
      name
    }
    orgUnit {
      id
      code
    }
    parents {
      id
      title
      level
    }
    indicators {
      id
    }
    ...GoalCard_goal
  }
`);

/** What placing a goal in the tree takes (the export arranges its rows the same way). */
export interface TreeGoal {
  id: string;
  level: string;
  title: string;
  perspective: { id: string; name: string };
  parents: readonly { id: string; title: string; level?: string }[];
}

/** A perspective's committee goals, each under the first goal it serves (a council goal, or a sub-goal's committee goal). */
interface PerspectiveSection<Goal> {
  id: string;
  name: string;
  councilGoals: {
    councilGoal: { id: string; title: string; level?: string } | null;
    /** The served goal itself, when it is among the goals arranged (a planner's council goals). */
    row?: Goal;
    goals: Goal[];
  }[];
}

export interface ArrangeOptions {
  /** Also the council goals that no goal shown serves, each as a heading of its own (for planners). */
  includeCouncilGoals?: boolean;
  /** Every perspective, in order, even without goals (for planners, who add goals to them). */
  perspectives?: readonly { id: string; name: string }[];
}

/** The goal tree: perspective → council goal → committee goals, in the order the API gives. */
export function arrangeGoalTree<Goal extends TreeGoal>(
  goals: readonly Goal[],
  { includeCouncilGoals = false, perspectives = [] }: ArrangeOptions = {},
): PerspectiveSection<Goal>[] {
  const sections = new Map<string, PerspectiveSection<Goal>>(
    perspectives.map((perspective) => [perspective.id, { ...perspective, councilGoals: [] }]),
  );
  if (includeCouncilGoals) {
    for (const goal of goals) {
      if (goal.level !== 'COUNCIL') continue;
      const section = sections.get(goal.perspective.id) ?? { ...goal.perspective, councilGoals: [] };
      sections.set(section.id, section);
      section.councilGoals.push({
        councilGoal: { id: goal.id, title: goal.title, level: goal.level },
        row: goal,
        goals: [],
      });
    }
  }
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

/** Where a planner's "Nytt mål" puts a goal: the page's unit and year, as a council goal at the city. */
export interface PlanningPlace {
  orgUnitId: string;
  year: number;
  level: 'COUNCIL' | 'COMMITTEE';
}

export interface GoalsByPerspectiveProps {
  /** Ordered by perspective, as the API returns them. */
  goals: readonly FragmentType<typeof GoalsByPerspective_goal>[];
  period: YearMonth;
  /** With the page's status filter: the indicators shown per goal id; null shows them all. */
  shownIndicatorIds?: ReadonlyMap<string, ReadonlySet<string>> | null;
  canAssess: boolean;
  /** Name each goal's unit, when the page gathers the goals of several units. */
  showOrgUnit: boolean;
  /** For those who may plan the page's unit: where new goals go; null for readers, who see no edit controls. */
  planning?: PlanningPlace | null;
  /** Every perspective, for planners' sections and goal forms. */
  perspectives?: readonly { id: string; name: string }[];
}

/** The committee goals under a heading per perspective and per council goal they serve. */
export function GoalsByPerspective({
  goals: goalRefs,
  period,
  shownIndicatorIds = null,
  canAssess,
  showOrgUnit,
  planning = null,
  perspectives = [],
}: GoalsByPerspectiveProps) {
  const { t } = useTranslation();
  const [newGoalIn, setNewGoalIn] = useState<string | null>(null);
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
      {arrangeGoalTree(goals, planning ? { includeCouncilGoals: true, perspectives } : {}).map((section) => (
        <section key={section.id} aria-labelledby={`perspective-${section.id}`}>
          <Stack
            direction="row"
            spacing={2}
            sx={{ mb: 1.5, justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap' }}
          >
            <Typography variant="h5" component="h2" id={`perspective-${section.id}`}>
              {section.name}
            </Typography>
            {planning && (
              <Button
                size="small"
                variant="outlined"
                startIcon={<AddIcon />}
                aria-label={t('goals.plan.newGoalIn', { perspective: section.name })}
                onClick={() => setNewGoalIn(section.id)}
              >
                {t('goals.plan.newGoal')}
              </Button>
            )}
          </Stack>
          <Stack spacing={3}>
            {section.councilGoals.length === 0 && planning && (
              <Typography color="text.secondary">{t('goals.plan.noGoalsInPerspective')}</Typography>
            )}
            {section.councilGoals.map(({ councilGoal, row, goals: committeeGoals }) => (
              <Box key={councilGoal?.id ?? 'none'}>
                {councilGoal && (
                  <Stack
                    direction={{ xs: 'column', sm: 'row' }}
                    spacing={1}
                    sx={{
                      borderLeft: 4,
                      borderColor: 'primary.main',
                      pl: 1.5,
                      mb: 1.5,
                      justifyContent: 'space-between',
                    }}
                  >
                    <Box>
                      <Typography variant="overline" color="text.secondary">
                        {t(councilGoal.level === 'COMMITTEE' ? 'goals.committeeGoal' : 'goals.councilGoal')}
                      </Typography>
                      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                        {councilGoal.title}
                      </Typography>
                    </Box>
                    {row?.canPlan && <GoalPlanMenu goal={plannedGoal(row)} perspectives={perspectives} />}
                  </Stack>
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
                      perspectives={perspectives}
                    />
                  ))}
                </Stack>
              </Box>
            ))}
          </Stack>
        </section>
      ))}
      {planning && newGoalIn && (
        <GoalDialog
          goal={{ kind: 'new', place: { ...planning, perspectiveId: newGoalIn } }}
          perspectives={perspectives}
          onClose={() => setNewGoalIn(null)}
          onSaved={() => setNewGoalIn(null)}
        />
      )}
    </Stack>
  );
}
