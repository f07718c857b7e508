import type { PrismaClient } from '../src/generated/prisma/client';
import { hashPassword } from '../src/password-hashing';
import { snapshotOfPlan } from '../src/plan-snapshot';
import { planReportSections } from '../src/report-sections';
import type { DemoDataset } from './demo/dataset-types';
import type { DemoUser } from './demo-users';

type Transaction = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

const date = (isoDate: string | undefined): Date | undefined =>
  isoDate ? new Date(`${isoDate}T00:00:00Z`) : undefined;

/** The last month of a period: month n, tertial n (April, August, December), or the year (December). */
function lastMonthOf(granularity: 'MONTH' | 'TERTIAL' | 'YEAR', periodNumber: number): number {
  if (granularity === 'MONTH') return periodNumber;
  return granularity === 'TERTIAL' ? periodNumber * 4 : 12;
}

/**
 * When the demo's figures were reported: the fifth day after their period, before any deadline
 * of the reporting calendar's rule, so the discipline view reads the transcribed reports as
 * reported on time (never later than now, for a period that has just ended).
 */
function reportedAfter(year: number, lastMonth: number): Date {
  return new Date(Math.min(Date.UTC(year, lastMonth, 5), Date.now()));
}

function lookup(ids: Map<string, number>, key: string, what: string): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`Demo data refers to unknown ${what} "${key}"`);
  return id;
}

/**
 * Loads the demo dataset (transcribed from the source documents) into an empty database,
 * in one transaction: either all of it lands or none.
 */
export async function seedDemoData(prisma: PrismaClient, dataset: DemoDataset, users: DemoUser[]): Promise<void> {
  // Hashing is deliberately slow; do it before the transaction opens.
  const passwordHashes = await Promise.all(users.map((user) => hashPassword(user.password)));
  await prisma.$transaction(
    async (tx) => {
      const orgUnitIds = await insertOrgUnits(tx, dataset);
      const perspectiveIds = await insertPerspectives(tx, dataset, orgUnitIds);
      const goalIds = await insertGoals(tx, dataset, orgUnitIds, perspectiveIds);
      const indicatorId = await insertIndicators(tx, dataset, orgUnitIds, goalIds);
      await insertForecastRounds(tx, dataset, indicatorId);
      await insertActivitiesAndAssignments(tx, dataset, orgUnitIds, perspectiveIds, goalIds);
      await insertAuditReports(tx, dataset, orgUnitIds);
      await insertRisks(tx, dataset, orgUnitIds);
      await insertPortfolios(tx, dataset, orgUnitIds);
      await insertUsers(tx, users, passwordHashes, orgUnitIds);
      await insertReports(tx, dataset, orgUnitIds, perspectiveIds);
      await insertAdoptedPlans(tx, dataset, orgUnitIds);
    },
    { timeout: 120_000 },
  );
}

async function insertOrgUnits(tx: Transaction, dataset: DemoDataset): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  // Parents are listed before their children; insert level by level so each row can point up.
  let pending = dataset.orgUnits.map((unit, index) => ({ unit, index }));
  while (pending.length > 0) {
    const ready = pending.filter(({ unit }) => !unit.parentKey || ids.has(unit.parentKey));
    if (ready.length === 0) throw new Error('Demo org units form a cycle or name a missing parent');
    const rows = await tx.orgUnit.createManyAndReturn({
      data: ready.map(({ unit, index }) => ({
        code: unit.key,
        name: unit.name,
        kind: unit.kind,
        parentId: unit.parentKey ? ids.get(unit.parentKey) : undefined,
        sortOrder: index,
      })),
      select: { id: true, code: true },
    });
    for (const row of rows) ids.set(row.code, row.id);
    pending = pending.filter(({ unit }) => !ids.has(unit.key));
  }
  return ids;
}

/**
 * The city's perspectives, named and ordered alike in every year the demo's goals and reports
 * use and in the current year (so the administration page opens on a year that has them).
 */
async function insertPerspectives(
  tx: Transaction,
  dataset: DemoDataset,
  orgUnitIds: Map<string, number>,
): Promise<Map<string, number>> {
  const city = dataset.orgUnits.find((unit) => !unit.parentKey)!;
  const rows = await tx.perspective.createManyAndReturn({
    data: dataset.perspectives.map((perspective) => ({
      code: perspective.key,
      cityId: lookup(orgUnitIds, city.key, 'org unit'),
    })),
    select: { id: true, code: true },
  });
  const ids = new Map(rows.map((row) => [row.code, row.id]));
  const years = new Set([
    ...dataset.goals.map((goal) => goal.year),
    ...dataset.reports.map((report) => report.year),
    new Date().getFullYear(),
  ]);
  await tx.perspectiveYear.createMany({
    data: [...years].flatMap((year) =>
      dataset.perspectives.map((perspective) => ({
        perspectiveId: lookup(ids, perspective.key, 'perspective'),
        year,
        name: perspective.name,
        sortOrder: perspective.sortOrder,
      })),
    ),
  });
  return ids;
}

async function insertGoals(
  tx: Transaction,
  dataset: DemoDataset,
  orgUnitIds: Map<string, number>,
  perspectiveIds: Map<string, number>,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const goal of dataset.goals) {
    const row = await tx.goal.create({
      data: {
        title: goal.title,
        description: goal.description,
        level: goal.level,
        year: goal.year,
        perspectiveId: lookup(perspectiveIds, goal.perspectiveKey, 'perspective'),
        orgUnitId: lookup(orgUnitIds, goal.orgUnitKey, 'org unit'),
        sortOrder: goal.sortOrder,
        // The dataset lists a goal after the goal of the year before that it carries forward.
        previousGoalId: goal.previousKey ? lookup(ids, goal.previousKey, 'goal') : undefined,
      },
      select: { id: true },
    });
    ids.set(goal.key, row.id);
  }
  await tx.goalLink.createMany({
    data: dataset.goals.flatMap((goal) =>
      goal.parentKeys.map((parentKey) => ({
        parentId: lookup(ids, parentKey, 'goal'),
        childId: lookup(ids, goal.key, 'goal'),
      })),
    ),
  });
  await tx.goalAssessment.createMany({
    data: dataset.goalAssessments.map((assessment) => ({
      goalId: lookup(ids, assessment.goalKey, 'goal'),
      year: assessment.year,
      month: assessment.month,
      fulfilment: assessment.fulfilment,
      comment: assessment.comment,
      createdAt: reportedAfter(assessment.year, assessment.month),
    })),
  });
  return ids;
}

async function insertIndicators(
  tx: Transaction,
  dataset: DemoDataset,
  orgUnitIds: Map<string, number>,
  goalIds: Map<string, number>,
): Promise<(orgUnitKey: string, code: string) => number> {
  const rows = await tx.indicator.createManyAndReturn({
    data: dataset.indicators.map((indicator) => ({
      code: indicator.code,
      name: indicator.name,
      description: indicator.description,
      orgUnitId: lookup(orgUnitIds, indicator.orgUnitKey, 'org unit'),
      unit: indicator.unit,
      periodicity: indicator.periodicity,
      direction: indicator.direction,
      cumulative: indicator.cumulative,
      levelAggregation: indicator.levelAggregation ?? 'LATEST',
      unitRollup: indicator.unitRollup ?? unitRollupByUnit(indicator),
      kind: indicator.kind,
      isKey: indicator.isKey ?? false,
      sortOrder: indicator.sortOrder,
    })),
    select: { id: true, code: true, orgUnitId: true },
  });
  const indicatorIds = new Map(rows.map((row) => [`${row.orgUnitId}/${row.code}`, row.id]));
  const indicatorId = (orgUnitKey: string, code: string): number =>
    lookup(indicatorIds, `${lookup(orgUnitIds, orgUnitKey, 'org unit')}/${code}`, `indicator ${orgUnitKey}`);

  await tx.goalIndicator.createMany({
    data: dataset.indicators.flatMap((indicator) =>
      indicator.goalKeys.map((goalKey) => ({
        goalId: lookup(goalIds, goalKey, 'goal'),
        indicatorId: indicatorId(indicator.orgUnitKey, indicator.code),
      })),
    ),
  });
  await tx.indicatorValue.createMany({
    data: dataset.indicatorValues.map((value) => ({
      indicatorId: indicatorId(value.orgUnitKey, value.indicatorCode),
      granularity: value.granularity,
      year: value.year,
      periodNumber: value.periodNumber,
      outcome: value.outcome,
      periodTarget: value.periodTarget,
      fullYearForecast: value.fullYearForecast,
      annualTarget: value.annualTarget,
      rolling12: value.rolling12,
      isSynthetic: value.isSynthetic,
      comment: value.comment,
      source: value.source,
      outcomeReportedAt:
        value.outcome == null ? null : reportedAfter(value.year, lastMonthOf(value.granularity, value.periodNumber)),
    })),
  });
  return indicatorId;
}

async function insertForecastRounds(
  tx: Transaction,
  dataset: DemoDataset,
  indicatorId: (orgUnitKey: string, code: string) => number,
): Promise<void> {
  for (const round of dataset.forecastRounds) {
    await tx.forecastRound.create({
      data: {
        year: round.year,
        name: round.name,
        asOf: new Date(`${round.asOf}T00:00:00Z`),
        status: round.status,
        isDemoValue: round.isDemoValue ?? false,
        forecasts: {
          createMany: {
            data: round.forecasts.map((forecast) => ({
              indicatorId: indicatorId(forecast.orgUnitKey, forecast.indicatorCode),
              fullYearForecast: forecast.fullYearForecast,
              comment: forecast.comment,
              source: forecast.source,
            })),
          },
        },
      },
    });
  }
}

async function insertActivitiesAndAssignments(
  tx: Transaction,
  dataset: DemoDataset,
  orgUnitIds: Map<string, number>,
  perspectiveIds: Map<string, number>,
  goalIds: Map<string, number>,
): Promise<void> {
  for (const activity of dataset.activities) {
    await tx.activity.create({
      data: {
        title: activity.title,
        orgUnitId: lookup(orgUnitIds, activity.orgUnitKey, 'org unit'),
        perspectiveId: lookup(perspectiveIds, activity.perspectiveKey, 'perspective'),
        goalId: activity.goalKey ? lookup(goalIds, activity.goalKey, 'goal') : undefined,
        endDate: date(activity.endDate),
        sortOrder: activity.sortOrder,
        updates: {
          createMany: {
            data: activity.updates.map((update) => ({
              ...update,
              createdAt: reportedAfter(update.year, update.month),
            })),
          },
        },
      },
    });
  }
  for (const assignment of dataset.assignments) {
    await tx.assignment.create({
      data: {
        orgUnitId: lookup(orgUnitIds, assignment.orgUnitKey, 'org unit'),
        year: assignment.year,
        source: assignment.source,
        caseNumber: assignment.caseNumber,
        title: assignment.title,
        deadline: date(assignment.deadline),
        updates: {
          createMany: {
            data: assignment.updates.map((update) => ({
              ...update,
              createdAt: reportedAfter(update.year, update.month),
            })),
          },
        },
      },
    });
  }
}

async function insertAuditReports(tx: Transaction, dataset: DemoDataset, orgUnitIds: Map<string, number>) {
  for (const report of dataset.auditReports) {
    const created = await tx.auditReport.create({
      data: {
        orgUnitId: lookup(orgUnitIds, report.orgUnitKey, 'org unit'),
        year: report.year,
        title: report.title,
        auditor: report.auditor,
        reportDate: date(report.reportDate)!,
        caseNumber: report.caseNumber,
      },
    });
    for (const [sortOrder, recommendation] of report.recommendations.entries()) {
      await tx.auditRecommendation.create({
        data: {
          auditReportId: created.id,
          sortOrder,
          recommendation: recommendation.recommendation,
          action: recommendation.action,
          ownerName: recommendation.ownerName,
          dueDate: date(recommendation.dueDate),
          updates: { createMany: { data: recommendation.updates } },
        },
      });
    }
  }
}

async function insertRisks(tx: Transaction, dataset: DemoDataset, orgUnitIds: Map<string, number>): Promise<void> {
  const categories = await tx.riskCategory.createManyAndReturn({
    data: dataset.riskCategories.map((category) => ({
      code: category.key,
      name: category.name,
      sortOrder: category.sortOrder,
    })),
    select: { id: true, code: true },
  });
  const categoryIds = new Map(categories.map((row) => [row.code, row.id]));
  for (const risk of dataset.risks) {
    const orgUnitId = lookup(orgUnitIds, risk.orgUnitKey, 'org unit');
    await tx.risk.create({
      data: {
        orgUnitId,
        categoryId: lookup(categoryIds, risk.categoryKey, 'risk category'),
        title: risk.title,
        description: risk.description,
        owner: risk.owner,
        valuations: {
          createMany: {
            data: risk.valuations.map((valuation) => ({ ...valuation, valuedOn: new Date(valuation.valuedOn) })),
          },
        },
        mitigations: {
          createMany: {
            data: risk.mitigations.map((mitigation) => ({ ...mitigation, dueDate: date(mitigation.dueDate) })),
          },
        },
        controls: {
          create: risk.controls.map(({ results, ...control }) => ({
            ...control,
            orgUnitId,
            results: { createMany: { data: results } },
          })),
        },
      },
    });
  }
}

async function insertPortfolios(tx: Transaction, dataset: DemoDataset, orgUnitIds: Map<string, number>): Promise<void> {
  const portfolioIds = new Map<string, number>();
  for (const [portfolioIndex, portfolio] of dataset.portfolios.entries()) {
    const { id } = await tx.portfolio.create({
      data: {
        orgUnitId: lookup(orgUnitIds, portfolio.orgUnitKey, 'org unit'),
        name: portfolio.name,
        statusUpdateIntervalWeeks: portfolio.statusUpdateIntervalWeeks,
        sortOrder: portfolioIndex,
        periodStatuses: { createMany: { data: portfolio.periodStatuses } },
        projects: {
          create: portfolio.projects.map((project) => ({
            name: project.name,
            description: project.description,
            owner: project.owner,
            manager: project.manager,
            phase: project.phase,
            state: project.state,
            plannedStart: date(project.plannedStart),
            plannedEnd: date(project.plannedEnd),
            actualStart: date(project.actualStart),
            actualEnd: date(project.actualEnd),
            pausedUntil: date(project.pausedUntil),
            budgetTkr: project.budgetTkr,
            costToDateTkr: project.costToDateTkr,
            stateChanges: {
              create: project.stateChanges.map((change, changeIndex) => ({
                fromState: change.fromState ?? project.stateChanges[changeIndex - 1]?.toState,
                toState: change.toState,
                reason: change.reason,
                changedOn: new Date(change.changedOn),
              })),
            },
            statusUpdates: {
              create: project.statusUpdates.map((statusUpdate) => ({
                statusDate: new Date(statusUpdate.statusDate),
                time: statusUpdate.time,
                cost: statusUpdate.cost,
                result: statusUpdate.result,
                comment: statusUpdate.comment,
                deviations: { createMany: { data: statusUpdate.deviations } },
              })),
            },
          })),
        },
      },
    });
    portfolioIds.set(portfolio.key, id);
  }
  await insertProjectMoves(tx, dataset, portfolioIds);
}

/** The dated moves of projects between portfolios, so a view of an earlier period places them where they were. */
async function insertProjectMoves(tx: Transaction, dataset: DemoDataset, portfolioIds: Map<string, number>) {
  for (const portfolio of dataset.portfolios) {
    for (const project of portfolio.projects) {
      const moves = project.moves ?? [];
      if (moves.length === 0) continue;
      const portfolioId = lookup(portfolioIds, portfolio.key, 'portfolio');
      const { id: projectId } = await tx.project.findFirstOrThrow({ where: { portfolioId, name: project.name } });
      for (const [index, move] of moves.entries()) {
        const next = moves[index + 1];
        await tx.projectMove.create({
          data: {
            projectId,
            fromPortfolioId: lookup(portfolioIds, move.fromPortfolioKey, 'portfolio'),
            toPortfolioId: next ? lookup(portfolioIds, next.fromPortfolioKey, 'portfolio') : portfolioId,
            movedOn: new Date(move.movedOn),
            reason: move.reason,
          },
        });
      }
    }
  }
}

async function insertUsers(
  tx: Transaction,
  users: DemoUser[],
  passwordHashes: string[],
  orgUnitIds: Map<string, number>,
): Promise<void> {
  for (const [index, user] of users.entries()) {
    await tx.user.create({
      data: {
        email: user.email,
        name: user.name,
        passwordHash: passwordHashes[index],
        isDemo: true,
        roles: {
          create: user.roles.map(({ role, orgUnitKey }) => ({
            role,
            orgUnitId: lookup(orgUnitIds, orgUnitKey, 'org unit'),
          })),
        },
      },
    });
  }
}

/** Draft reports with their analysis texts; their tables come from the data when they are read. */
async function insertReports(
  tx: Transaction,
  dataset: DemoDataset,
  orgUnitIds: Map<string, number>,
  perspectiveIds: Map<string, number>,
): Promise<void> {
  const perspectives = [...dataset.perspectives]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((perspective) => ({
      id: lookup(perspectiveIds, perspective.key, 'perspective'),
      name: perspective.name,
      key: perspective.key,
    }));
  const keyOfPerspective = new Map(perspectives.map((perspective) => [perspective.id, perspective.key]));
  for (const seed of dataset.reports) {
    const report = await tx.report.create({
      data: {
        orgUnitId: lookup(orgUnitIds, seed.orgUnitKey, 'org unit'),
        type: seed.type,
        year: seed.year,
        month: seed.month,
      },
    });
    await tx.reportSection.createMany({
      data: planReportSections(perspectives).map((section) => ({
        ...section,
        reportId: report.id,
        analysisText:
          seed.analysisTexts[
            section.perspectiveId === undefined ? section.kind : keyOfPerspective.get(section.perspectiveId)!
          ] ?? '',
      })),
    });
  }
}

/**
 * The adopted plans, each as revision 1 with a snapshot of what it holds, taken as the API
 * takes it at adoption (so the history's differences work from the first revision on). The
 * adoption is recorded by no one (the committee adopted it before the app held it).
 */
async function insertAdoptedPlans(
  tx: Transaction,
  dataset: DemoDataset,
  orgUnitIds: Map<string, number>,
): Promise<void> {
  for (const seed of dataset.plans) {
    const orgUnitId = lookup(orgUnitIds, seed.orgUnitKey, 'org unit');
    const decisionDate = date(seed.decisionDate)!;
    const plan = await tx.plan.create({
      data: { orgUnitId, year: seed.year, status: 'ADOPTED', decisionDate, caseNumber: seed.caseNumber },
    });
    await tx.planRevision.create({
      data: {
        planId: plan.id,
        number: 1,
        decisionDate,
        caseNumber: seed.caseNumber,
        snapshot: await snapshotOfPlan(tx, orgUnitId, seed.year),
      },
    });
  }
}

/**
 * An indicator's unit rollup by its unit of measure, as the library's form proposes it
 * (defaultUnitRollup in @lagesbild/types, which the database package does not depend on) and
 * as the migration that added the field set existing rows: volumes add up, indexes are listed,
 * rates are averaged.
 */
function unitRollupByUnit({ unit, cumulative }: DemoDataset['indicators'][number]): 'SUM' | 'AVERAGE' | 'LIST' {
  if (cumulative || ['TKR', 'MNKR', 'COUNT', 'FTE', 'TERABYTE'].includes(unit)) return 'SUM';
  return unit === 'INDEX' ? 'LIST' : 'AVERAGE';
}
