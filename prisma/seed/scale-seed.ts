import type { PrismaClient } from '../src/generated/prisma/client';
import type { IndicatorDirection, IndicatorUnit, Periodicity } from '../src/generated/prisma/enums';

export interface ScaleOptions {
  /** How many org units (committees and business areas) to generate. */
  orgUnits: number;
  /** Indicators per org unit (at least 50 for the benchmarks). */
  indicatorsPerUnit?: number;
  /** Years of monthly values, ending with the current year. */
  years?: number;
  lastYear?: number;
}

export interface ScaleCounts {
  orgUnits: number;
  indicators: number;
  indicatorValues: number;
}

const PERSPECTIVES = [
  ['kund-och-agare', 'Kund och ägare'],
  ['medarbetare', 'Medarbetare'],
  ['process', 'Process'],
  ['ekonomi', 'Ekonomi'],
  ['hallbarhet', 'Hållbarhet'],
] as const;

const INDICATOR_SHAPES: {
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  cumulative: boolean;
  periodicity: Periodicity;
}[] = [
  { unit: 'PERCENT', direction: 'LOWER_IS_BETTER', cumulative: false, periodicity: 'MONTH' },
  { unit: 'COUNT', direction: 'HIGHER_IS_BETTER', cumulative: true, periodicity: 'MONTH' },
  { unit: 'PERCENT', direction: 'HIGHER_IS_BETTER', cumulative: false, periodicity: 'MONTH' },
  { unit: 'TKR', direction: 'ON_TARGET', cumulative: true, periodicity: 'MONTH' },
  { unit: 'INDEX', direction: 'HIGHER_IS_BETTER', cumulative: false, periodicity: 'MONTH' },
];

/**
 * A large synthetic dataset for benchmarks, beside whatever the database already holds:
 * a city of `orgUnits` units (committees, each with business areas), each with goals in
 * every perspective, 50+ indicators with monthly values for 10 years, a portfolio with
 * projects and status updates, and risks. Every value is marked synthetic.
 *
 * Structure goes through Prisma; the values (the bulk) are generated inside the database
 * with one set-based INSERT per batch of units, which is what makes 100 units take about
 * a minute rather than an hour.
 */
export async function seedScaleData(prisma: PrismaClient, options: ScaleOptions): Promise<ScaleCounts> {
  const indicatorsPerUnit = options.indicatorsPerUnit ?? 50;
  const years = options.years ?? 10;
  const lastYear = options.lastYear ?? new Date().getUTCFullYear();
  const runId = Date.now().toString(36);

  const city = await prisma.orgUnit.create({
    data: { code: `skalstad-${runId}`, name: `Skalstad (${options.orgUnits} enheter)`, kind: 'CITY' },
  });
  const perspectiveIds = await ensurePerspectives(prisma, lastYear);
  const committeeCount = Math.max(1, Math.round(options.orgUnits / 10));
  const committees = await prisma.orgUnit.createManyAndReturn({
    data: Array.from({ length: committeeCount }, (_, index) => ({
      code: `skalstad-${runId}-n${index + 1}`,
      name: `Nämnd ${index + 1}`,
      kind: 'COMMITTEE' as const,
      parentId: city.id,
      sortOrder: index,
    })),
  });
  const businessAreas = await prisma.orgUnit.createManyAndReturn({
    data: Array.from({ length: options.orgUnits - committeeCount }, (_, index) => ({
      code: `skalstad-${runId}-v${index + 1}`,
      name: `Verksamhetsområde ${index + 1}`,
      kind: 'BUSINESS_AREA' as const,
      parentId: committees[index % committeeCount]!.id,
      sortOrder: index,
    })),
  });
  const units = [...committees, ...businessAreas];

  const firstYear = lastYear - years + 1;
  let indicatorCount = 0;
  let valueCount = 0;
  const unitsPerBatch = 10;
  for (let start = 0; start < units.length; start += unitsPerBatch) {
    const batch = units.slice(start, start + unitsPerBatch);
    await prisma.goal.createMany({
      data: batch.flatMap((unit) =>
        PERSPECTIVES.flatMap((_, perspectiveIndex) =>
          [1, 2].map((goalNumber) => ({
            title: `Mål ${perspectiveIndex + 1}.${goalNumber} för ${unit.name}`,
            level: 'COMMITTEE' as const,
            year: lastYear,
            perspectiveId: perspectiveIds[perspectiveIndex]!,
            orgUnitId: unit.id,
            sortOrder: goalNumber,
          })),
        ),
      ),
    });
    const indicators = await prisma.indicator.createManyAndReturn({
      data: batch.flatMap((unit) =>
        Array.from({ length: indicatorsPerUnit }, (_, index) => {
          const shape = INDICATOR_SHAPES[index % INDICATOR_SHAPES.length]!;
          return {
            code: `SKALA-${String(index + 1).padStart(3, '0')}`,
            name: `Indikator ${index + 1}`,
            orgUnitId: unit.id,
            ...shape,
            sortOrder: index,
          };
        }),
      ),
      select: { id: true, orgUnitId: true, sortOrder: true },
    });
    indicatorCount += indicators.length;
    const goals = await prisma.goal.findMany({
      where: { orgUnitId: { in: batch.map((unit) => unit.id) } },
      select: { id: true, orgUnitId: true },
      orderBy: { id: 'asc' },
    });
    const goalsByUnit = new Map<number, { id: number }[]>();
    for (const goal of goals) goalsByUnit.set(goal.orgUnitId, [...(goalsByUnit.get(goal.orgUnitId) ?? []), goal]);
    await prisma.goalIndicator.createMany({
      data: indicators.map((indicator) => {
        const unitGoals = goalsByUnit.get(indicator.orgUnitId)!;
        return { goalId: unitGoals[indicator.sortOrder % unitGoals.length]!.id, indicatorId: indicator.id };
      }),
    });
    valueCount += await prisma.$executeRaw`
      INSERT INTO "IndicatorValue"
        ("indicatorId", "granularity", "year", "periodNumber", "outcome", "periodTarget",
         "fullYearForecast", "annualTarget", "isSynthetic", "updatedAt")
      SELECT i."id", 'MONTH'::"Periodicity", y, m,
        round((100 + 10 * sin(i."id" * 0.7 + y * 12 + m) + (y - ${firstYear}) * 2)::numeric, 1)::float8,
        100 + (y - ${firstYear}) * 2,
        round((1200 + 60 * sin(i."id" + y))::numeric, 0)::float8,
        1200 + (y - ${firstYear}) * 24,
        true, now()
      FROM "Indicator" i
      CROSS JOIN generate_series(${firstYear}::int, ${lastYear}::int) AS y
      CROSS JOIN generate_series(1, 12) AS m
      WHERE i."id" = ANY(${indicators.map((indicator) => indicator.id)}::int[])`;
    await seedPortfoliosAndRisks(prisma, batch, lastYear);
  }
  return { orgUnits: units.length, indicators: indicatorCount, indicatorValues: valueCount };
}

/** The city's perspectives (the first root unit's, as the API finds them) in the year the goals use. */
async function ensurePerspectives(prisma: PrismaClient, year: number): Promise<number[]> {
  const city = await prisma.orgUnit.findFirstOrThrow({ where: { parentId: null }, orderBy: { id: 'asc' } });
  const ids: number[] = [];
  for (const [index, [code, name]] of PERSPECTIVES.entries()) {
    const row = await prisma.perspective.upsert({
      where: { cityId_code: { cityId: city.id, code } },
      create: { code, cityId: city.id },
      update: {},
      select: { id: true },
    });
    await prisma.perspectiveYear.upsert({
      where: { perspectiveId_year: { perspectiveId: row.id, year } },
      create: { perspectiveId: row.id, year, name, sortOrder: index + 1 },
      update: {},
    });
    ids.push(row.id);
  }
  return ids;
}

async function seedPortfoliosAndRisks(
  prisma: PrismaClient,
  units: { id: number; name: string }[],
  year: number,
): Promise<void> {
  const category = await prisma.riskCategory.upsert({
    where: { code: 'operational' },
    create: { code: 'operational', name: 'Operativa risker', sortOrder: 3 },
    update: {},
  });
  const colours = ['GREEN', 'YELLOW', 'RED'] as const;
  for (const unit of units) {
    await prisma.portfolio.create({
      data: {
        orgUnitId: unit.id,
        name: `Portfölj ${unit.name}`,
        projects: {
          create: Array.from({ length: 5 }, (_, projectIndex) => ({
            name: `Projekt ${projectIndex + 1} (${unit.name})`,
            state: 'STARTED' as const,
            plannedStart: new Date(Date.UTC(year, 0, 1)),
            plannedEnd: new Date(Date.UTC(year + 1, 5, 30)),
            statusUpdates: {
              create: Array.from({ length: 6 }, (_, monthIndex) => {
                const time = colours[(unit.id + projectIndex + monthIndex) % 3]!;
                return {
                  statusDate: new Date(Date.UTC(year, monthIndex, 28)),
                  time,
                  cost: 'GREEN' as const,
                  result: 'GREEN' as const,
                  deviations:
                    time === 'GREEN'
                      ? undefined
                      : {
                          create: [
                            { dimension: 'TIME' as const, cause: 'Syntetisk orsak', action: 'Syntetisk åtgärd' },
                          ],
                        },
                };
              }),
            },
          })),
        },
      },
    });
    await prisma.risk.create({
      data: {
        orgUnitId: unit.id,
        categoryId: category.id,
        title: `Risk för ${unit.name}`,
        valuations: {
          create: [
            {
              valuedOn: new Date(Date.UTC(year, 0, 15)),
              probability: 1 + (unit.id % 4),
              consequence: 1 + ((unit.id * 3) % 4),
              isDemoValue: true,
            },
          ],
        },
      },
    });
  }
}
