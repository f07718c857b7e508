import type { GoalModel, PrismaClient } from '@lagesbild/db';

/**
 * The goals of an org unit for a year: its own goals and the council goals they serve,
 * ordered by perspective, council goals before committee goals, then display order.
 */
export function listGoalsOfOrgUnit(prisma: PrismaClient, orgUnitCode: string, year: number): Promise<GoalModel[]> {
  return prisma.goal.findMany({
    where: {
      year,
      OR: [
        { orgUnit: { code: orgUnitCode } },
        { childLinks: { some: { child: { year, orgUnit: { code: orgUnitCode } } } } },
      ],
    },
    orderBy: [{ perspective: { sortOrder: 'asc' } }, { level: 'asc' }, { sortOrder: 'asc' }, { id: 'asc' }],
  });
}
