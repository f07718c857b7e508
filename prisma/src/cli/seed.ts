/**
 * `pnpm db:seed`: loads the demo data into an empty, migrated database.
 * `pnpm db:seed --scale N`: adds a large synthetic dataset of N org units for benchmarks.
 */
import { applyPendingMigrations } from '../migrations';
import { seedDemoData } from '../../seed/demo-seed';
import { demoDataset } from '../../seed/demo';
import { DEMO_USERS } from '../../seed/demo-users';
import { seedScaleData } from '../../seed/scale-seed';
import { runCli } from './run-cli';

function scaleArgument(argv: string[]): number | undefined {
  const index = argv.indexOf('--scale');
  if (index === -1) return undefined;
  const value = Number(argv[index + 1]);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error('--scale needs a whole number of org units, e.g. --scale 100');
  }
  return value;
}

runCli(async (database) => {
  const scale = scaleArgument(process.argv.slice(2));
  await applyPendingMigrations(database.adapterFactory);
  const started = Date.now();
  if (scale !== undefined) {
    const counts = await seedScaleData(database.prisma, { orgUnits: scale });
    console.log(
      `Seeded ${counts.orgUnits} org units, ${counts.indicators} indicators and ${counts.indicatorValues} values in ${((Date.now() - started) / 1000).toFixed(1)} s into ${database.description}.`,
    );
    return;
  }
  if ((await database.prisma.orgUnit.count()) > 0) {
    console.log(`${database.description} already holds data; not seeding. Use pnpm db:reset to start over.`);
    return;
  }
  await seedDemoData(database.prisma, demoDataset, DEMO_USERS);
  console.log(`Seeded the demo data into ${database.description} in ${Date.now() - started} ms.`);
});
