import { createRequestContext } from '../../context';
import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';
import { withAuditedWrites } from '../audit';
import { createValueImport } from './value-import-preview';

const COMMIT = graphql(`
  mutation ValueImportCommitScaleTest_Commit($id: ID!) {
    commitValueImport(id: $id) {
      writtenCount
    }
  }
`);

const INDICATORS = 50;
const MONTHS = 1_000;
const ROWS = INDICATORS * MONTHS;

/**
 * A file that corrects 50,000 saved values (50 indicators × 1,000 months), committed on PGlite
 * (or the PostgreSQL of TEST_DATABASE_URL). The commit once grew with the square of the changed
 * rows (8,000 took 18 s, 50,000 did not finish in 300 s); the figure is printed, the bound is
 * generous for a shared machine.
 */
describe('an import that corrects 50,000 saved values', () => {
  let server: GraphqlTestServer;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    const { committee } = await createGoalFixture(server.prisma, { committeeGoals: 1 });
    await server.prisma.indicator.createMany({
      data: Array.from({ length: INDICATORS }, (_, index) => ({
        code: `VOLYM-${index}`,
        name: `Volym ${index}`,
        orgUnitId: committee.id,
        unit: 'COUNT' as const,
        periodicity: 'MONTH' as const,
        direction: 'HIGHER_IS_BETTER' as const,
      })),
    });
    await server.prisma.$executeRaw`
      INSERT INTO "IndicatorValue" ("indicatorId", "granularity", "year", "periodNumber", "outcome", "updatedAt")
      SELECT i."id", 'MONTH', 1940 + m / 12, m % 12 + 1, 1000 + m, now()
      FROM "Indicator" i CROSS JOIN generate_series(0, ${MONTHS - 1}::int) AS m WHERE i."code" LIKE 'VOLYM-%'`;
  });
  afterAll(() => server.stop());

  it('commits every correction in seconds, each audited from its old figure to its new one', async () => {
    const analyst = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }]);
    const lines = ['Enhetskod;Indikatorkod;Indikator;Period;Utfall;Periodmål;Årsmål;Prognos helår;Kommentar'];
    for (let indicator = 0; indicator < INDICATORS; indicator++) {
      for (let month = 0; month < MONTHS; month++) {
        const period = `${1940 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
        lines.push(`intraservice;VOLYM-${indicator};;${period};${2000 + month};;;;`);
      }
    }
    const guarded = withAuditedWrites(server.prisma);
    const { access } = await createRequestContext(guarded, analyst);
    const file = new TextEncoder().encode(lines.join('\r\n'));
    const id = await createValueImport(guarded, { id: analyst.id, access }, 'rättelser.csv', file);

    server.actAs(analyst);
    const started = performance.now();
    const { commitValueImport } = await server.query(COMMIT, { id });
    const seconds = (performance.now() - started) / 1000;
    console.log(`50,000 changed rows: commit ${seconds.toFixed(1)} s`);

    expect(commitValueImport.writtenCount).toBe(ROWS);
    const last = await server.prisma.indicatorValue.findFirstOrThrow({
      where: {
        indicator: { code: `VOLYM-${INDICATORS - 1}` },
        year: 1940 + Math.floor((MONTHS - 1) / 12),
        periodNumber: 4,
      },
    });
    expect(last).toMatchObject({ outcome: 2000 + MONTHS - 1, version: 2, source: 'Importerat i Lägesbild' });
    expect(await server.prisma.auditEvent.count({ where: { operation: 'commitValueImport', action: 'UPDATE' } })).toBe(
      ROWS,
    );
    const event = await server.prisma.auditEvent.findFirstOrThrow({ where: { entityId: String(last.id) } });
    expect(event.changes).toEqual({
      outcome: { old: 1000 + MONTHS - 1, new: 2000 + MONTHS - 1 },
      source: { old: null, new: 'Importerat i Lägesbild' },
      updatedById: { old: null, new: analyst.id },
    });
    expect(seconds).toBeLessThan(60);
  }, 300_000);
});
