import { hashPassword, openDatabase } from '@lagesbild/db';
import type { DatabaseConfig } from '@lagesbild/db';
import type { ScaleUnits } from './operations';

/** A viewer of the whole scale city: the benchmark reads as a department head would. */
export const BENCH_ACCOUNT = { email: 'benchmark@scale.lagesbild.se', password: 'benchmark-viewer' } as const;

/**
 * Finds the scale dataset `pnpm db:seed --scale` made last (its city, first committee and
 * an indicator of that committee) and gives the benchmark account a viewer role on the city.
 */
export async function prepareScaleFixture(config: DatabaseConfig): Promise<ScaleUnits> {
  const database = await openDatabase(config);
  try {
    const { prisma } = database;
    const city = await prisma.orgUnit.findFirstOrThrow({
      where: { code: { startsWith: 'skalstad-' }, kind: 'CITY' },
      orderBy: { id: 'desc' },
    });
    const committee = await prisma.orgUnit.findFirstOrThrow({
      where: { parentId: city.id, kind: 'COMMITTEE' },
      orderBy: { sortOrder: 'asc' },
    });
    const indicator = await prisma.indicator.findFirstOrThrow({
      where: { orgUnitId: committee.id },
      orderBy: { sortOrder: 'asc' },
    });
    const lastValue = await prisma.indicatorValue.findFirstOrThrow({
      where: { indicatorId: indicator.id },
      orderBy: [{ year: 'desc' }, { periodNumber: 'desc' }],
    });
    const committeeUnitIds = [
      committee.id,
      ...(await prisma.orgUnit.findMany({ where: { parentId: committee.id }, select: { id: true } })).map(
        ({ id }) => id,
      ),
    ];
    const cityUnitIds = (
      await prisma.orgUnit.findMany({ where: { code: { startsWith: `${city.code}-` } }, select: { id: true } })
    ).map(({ id }) => id);
    const sizeOf = async (unitIds: number[]) => ({
      units: unitIds.length,
      indicators: await prisma.indicator.count({ where: { orgUnitId: { in: unitIds } } }),
      values: await prisma.indicatorValue.count({ where: { indicator: { orgUnitId: { in: unitIds } } } }),
    });
    const passwordHash = await hashPassword(BENCH_ACCOUNT.password);
    await prisma.user.upsert({
      where: { email: BENCH_ACCOUNT.email },
      create: {
        email: BENCH_ACCOUNT.email,
        name: 'Benchmark Viewer',
        passwordHash,
        roles: { create: { role: 'VIEWER', orgUnitId: city.id } },
      },
      update: { passwordHash, roles: { deleteMany: {}, create: { role: 'VIEWER', orgUnitId: city.id } } },
    });
    return {
      cityCode: city.code,
      committeeCode: committee.code,
      indicatorId: String(indicator.id),
      city: await sizeOf(cityUnitIds),
      committee: await sizeOf(committeeUnitIds),
      month: { year: lastValue.year, month: 6 },
    };
  } finally {
    await database.close();
  }
}
