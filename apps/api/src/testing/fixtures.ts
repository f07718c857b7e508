import type { PrismaClient } from '@lagesbild/db';

/**
 * A small organisation for tests: a city, a committee ("Intraservice") with one business
 * area, the Medarbetare perspective, one council goal and `committeeGoals` committee goals
 * serving it, each measured by a sick-leave-like indicator with May 2022 and May 2023 values
 * and carried out by an activity (not started in February, ongoing in May); and a sibling
 * committee ("Kommunstyrelsen") with a goal, an indicator and an assignment of its own.
 */
export async function createGoalFixture(prisma: PrismaClient, { committeeGoals = 2 } = {}) {
  const city = await prisma.orgUnit.create({ data: { code: 'goteborg', name: 'Göteborgs Stad', kind: 'CITY' } });
  const committee = await prisma.orgUnit.create({
    data: { code: 'intraservice', name: 'Intraservice', kind: 'COMMITTEE', parentId: city.id },
  });
  await prisma.orgUnit.create({
    data: {
      code: 'digital-infrastruktur',
      name: 'Digital infrastruktur',
      kind: 'BUSINESS_AREA',
      parentId: committee.id,
    },
  });
  const perspective = await prisma.perspective.create({
    data: {
      code: 'medarbetare',
      cityId: city.id,
      years: { create: [2022, 2023].map((year) => ({ year, name: 'Medarbetare', sortOrder: 2 })) },
    },
  });
  const councilGoal = await prisma.goal.create({
    data: {
      title: 'Sjukskrivningarna till följd av arbetsrelaterad ohälsa ska minska.',
      level: 'COUNCIL',
      year: 2023,
      perspectiveId: perspective.id,
      orgUnitId: city.id,
    },
  });
  for (let index = 1; index <= committeeGoals; index++) {
    const goal = await prisma.goal.create({
      data: {
        title: `Nämndmål ${index}`,
        level: 'COMMITTEE',
        year: 2023,
        perspectiveId: perspective.id,
        orgUnitId: committee.id,
        sortOrder: index,
        parentLinks: { create: { parentId: councilGoal.id } },
        assessments: { create: { year: 2023, month: 3, fulfilment: 'PARTLY_FULFILLED', comment: 'Mars' } },
        activities: {
          create: {
            title: `Aktivitet ${index}`,
            orgUnitId: committee.id,
            perspectiveId: perspective.id,
            endDate: new Date('2023-12-31'),
            updates: {
              create: [
                { year: 2023, month: 2, status: 'NOT_STARTED' },
                { year: 2023, month: 5, status: 'ONGOING', comment: 'Arbete pågår' },
              ],
            },
          },
        },
      },
    });
    await prisma.indicator.create({
      data: {
        code: `SJUKFRANVARO-${index}`,
        name: `Sjukfrånvaro ${index}`,
        orgUnitId: committee.id,
        unit: 'PERCENT',
        periodicity: 'MONTH',
        direction: 'LOWER_IS_BETTER',
        goals: { create: { goalId: goal.id } },
        values: {
          create: [
            { granularity: 'MONTH', year: 2022, periodNumber: 5, outcome: 4.5 },
            {
              granularity: 'MONTH',
              year: 2023,
              periodNumber: 5,
              outcome: 5.9,
              periodTarget: 5,
              fullYearForecast: 5.5,
              annualTarget: 5,
            },
            { granularity: 'MONTH', year: 2023, periodNumber: 6, periodTarget: 5, isSynthetic: true },
            { granularity: 'YEAR', year: 2021, periodNumber: 1, outcome: 5.6 },
          ],
        },
      },
    });
  }
  // A sibling committee, outside the scope of anyone who holds roles only for Intraservice.
  const otherCommittee = await prisma.orgUnit.create({
    data: { code: 'kommunstyrelsen', name: 'Kommunstyrelsen', kind: 'COMMITTEE', parentId: city.id, sortOrder: 1 },
  });
  const otherGoal = await prisma.goal.create({
    data: {
      title: 'Stadsledningskontorets mål',
      level: 'COMMITTEE',
      year: 2023,
      perspectiveId: perspective.id,
      orgUnitId: otherCommittee.id,
      parentLinks: { create: { parentId: councilGoal.id } },
    },
  });
  const otherIndicator = await prisma.indicator.create({
    data: {
      code: 'PERSONALOMSATTNING',
      name: 'Personalomsättning',
      orgUnitId: otherCommittee.id,
      unit: 'PERCENT',
      periodicity: 'MONTH',
      direction: 'LOWER_IS_BETTER',
      goals: { create: { goalId: otherGoal.id } },
      values: { create: [{ granularity: 'MONTH', year: 2023, periodNumber: 5, outcome: 9.5 }] },
    },
  });
  await prisma.assignment.create({
    data: {
      orgUnitId: otherCommittee.id,
      year: 2023,
      source: 'EXECUTIVE_BOARD',
      caseNumber: 'SLK-2022-01441',
      title: 'Uppdrag till Kommunstyrelsen',
      deadline: new Date('2024-06-30'),
      updates: { create: { year: 2023, month: 4, status: 'ONGOING', comment: 'Delrapport i april' } },
    },
  });
  return { city, committee, perspective, councilGoal, otherCommittee, otherGoal, otherIndicator };
}

/**
 * The goal fixture's organisation with a portfolio in Digital infrastruktur: the telephony
 * project (started; red on time and cost in May 2023 with cause and action, red on time
 * and result in August 2024), a project not yet started, and `projectsWithStatusUpdates` started
 * projects with one green status update each; and a portfolio of the sibling committee.
 */
export async function createPortfolioFixture(prisma: PrismaClient, { projectsWithStatusUpdates = 1 } = {}) {
  const organisation = await createGoalFixture(prisma, { committeeGoals: 1 });
  const businessArea = await prisma.orgUnit.findUniqueOrThrow({ where: { code: 'digital-infrastruktur' } });
  const portfolio = await prisma.portfolio.create({
    data: {
      orgUnitId: businessArea.id,
      name: 'Digital infrastruktur',
      statusUpdateIntervalWeeks: 5,
      periodStatuses: {
        create: { year: 2024, month: 8, narrative: 'Portföljens status är överlag god.', changes: 'Inga.' },
      },
    },
  });
  const telephony = await prisma.project.create({
    data: {
      portfolioId: portfolio.id,
      name: 'Upphandla och införa helhetslösning för telefoni',
      state: 'STARTED',
      plannedStart: new Date('2023-01-01'),
      plannedEnd: new Date('2025-12-31'),
      budgetTkr: 12000,
    },
  });
  await prisma.projectStatusUpdate.create({
    data: {
      projectId: telephony.id,
      statusDate: new Date('2023-05-31'),
      time: 'RED',
      cost: 'RED',
      result: 'GREEN',
      deviations: {
        create: [
          { dimension: 'TIME', cause: 'Projektet saknar resurser', action: 'Eskalerat till projektägare' },
          { dimension: 'COST', cause: 'Konsultkostnader ökar', action: 'Eskaleras inom avdelningen' },
        ],
      },
    },
  });
  const latestTelephonyStatusUpdate = await prisma.projectStatusUpdate.create({
    data: {
      projectId: telephony.id,
      statusDate: new Date('2024-08-31'),
      time: 'RED',
      cost: 'GREEN',
      result: 'RED',
      deviations: {
        create: [
          { dimension: 'TIME', cause: 'Snäv tidplan', action: 'Prioriterat projektet' },
          { dimension: 'RESULT', cause: 'Snäv tidplan', action: 'Förstärkt samarbetet med upphandling' },
        ],
      },
    },
  });
  const notStarted = await prisma.project.create({
    data: { portfolioId: portfolio.id, name: 'Etablera tjänst för Data Warehouse', state: 'NOT_STARTED' },
  });
  for (let index = 1; index <= projectsWithStatusUpdates; index++) {
    await prisma.project.create({
      data: {
        portfolioId: portfolio.id,
        name: `Projekt ${String(index).padStart(2, '0')}`,
        state: 'STARTED',
        statusUpdates: {
          create: { statusDate: new Date('2024-08-15'), time: 'GREEN', cost: 'GREEN', result: 'GREEN' },
        },
        stateChanges: { create: { toState: 'STARTED', reason: 'Startat', changedOn: new Date('2024-01-10') } },
      },
    });
  }
  const otherPortfolio = await prisma.portfolio.create({
    data: {
      orgUnitId: organisation.otherCommittee.id,
      name: 'Stadsledningskontorets portfölj',
      projects: { create: { name: 'Stadsledningskontorets projekt', state: 'STARTED' } },
    },
    include: { projects: true },
  });
  return {
    ...organisation,
    businessArea,
    portfolio,
    telephony,
    latestTelephonyStatusUpdate,
    notStarted,
    otherPortfolio,
    otherProject: otherPortfolio.projects[0]!,
  };
}

/**
 * A reporting calendar of the city's year with one month closed, for tests of what a closed
 * period locks (the calendar's own tests close periods through its mutation).
 */
export function createClosedMonth(
  prisma: PrismaClient,
  cityId: number,
  { year, month }: { year: number; month: number },
) {
  return prisma.reportingCalendar.create({
    data: {
      orgUnitId: cityId,
      year,
      periods: {
        create: {
          kind: 'MONTH',
          number: month,
          startDate: new Date(Date.UTC(year, month - 1, 1)),
          endDate: new Date(Date.UTC(year, month, 0)),
          deadline: new Date(Date.UTC(year, month, 12)),
          status: 'CLOSED',
        },
      },
    },
  });
}
