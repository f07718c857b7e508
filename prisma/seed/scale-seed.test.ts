import { createTestDatabase } from '../src/testing';
import type { TestDatabase } from '../src/testing';
import { seedScaleData } from './scale-seed';

describe('the scale seed for benchmarks', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.destroy());

  it('builds N units, each with goals, 50 indicators and 10 years of monthly values, projects and risks', async () => {
    const counts = await seedScaleData(database.prisma, { orgUnits: 3, lastYear: 2025 });
    expect(counts).toEqual({ orgUnits: 3, indicators: 150, indicatorValues: 150 * 10 * 12 });

    const { prisma } = database;
    expect(await prisma.orgUnit.count({ where: { kind: { in: ['COMMITTEE', 'BUSINESS_AREA'] } } })).toBe(3);
    expect(await prisma.goal.count()).toBe(3 * 10);
    expect(await prisma.goalIndicator.count()).toBe(150);
    expect(await prisma.project.count()).toBe(3 * 5);
    expect(await prisma.risk.count()).toBe(3);
    const years = await prisma.indicatorValue.groupBy({ by: ['year'], _count: true, orderBy: { year: 'asc' } });
    expect(years.map((row) => row.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(await prisma.indicatorValue.count({ where: { isSynthetic: false } })).toBe(0);
    expect(await prisma.indicatorValue.count({ where: { outcome: null } })).toBe(0);
  });

  it('can run twice into the same database', async () => {
    const counts = await seedScaleData(database.prisma, { orgUnits: 2, lastYear: 2025, indicatorsPerUnit: 5 });
    expect(counts.indicators).toBe(10);
  });
});
