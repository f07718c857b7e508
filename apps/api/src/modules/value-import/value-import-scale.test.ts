import { createRequestContext } from '../../context';
import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';
import { withAuditedWrites } from '../audit';
import { createValueImport } from './value-import-preview';

const INDICATORS = 50;
const MONTHS = 1_000;

/**
 * A file of 50,000 rows (50 indicators × 1,000 months) previewed and committed on PGlite, with a
 * generous bound: the figures are printed (see the README for what they were when measured).
 */
describe('an import of 50,000 rows', () => {
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
  });
  afterAll(() => server.stop());

  it('is previewed and committed in seconds, in a bounded number of statements, and a second import writes nothing', async () => {
    const analyst = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }]);
    const lines = ['Enhetskod;Indikatorkod;Indikator;Period;Utfall;Periodmål;Årsmål;Prognos helår;Kommentar'];
    for (let indicator = 0; indicator < INDICATORS; indicator++) {
      for (let month = 0; month < MONTHS; month++) {
        const period = `${1940 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
        lines.push(`intraservice;VOLYM-${indicator};;${period};${1000 + month},5;1 000;;;`);
      }
    }
    const file = new TextEncoder().encode(lines.join('\r\n'));
    const guarded = withAuditedWrites(server.prisma);
    const { access } = await createRequestContext(guarded, analyst);

    let started = performance.now();
    const id = await createValueImport(guarded, { id: analyst.id, access }, 'stor.csv', file);
    const previewSeconds = (performance.now() - started) / 1000;

    server.actAs(analyst);
    server.statements.length = 0;
    const page = await server.query(
      graphql(`
        query ValueImportScaleTest_LastPage($id: ID!) {
          valueImport(id: $id) {
            counts {
              new
            }
            rows(offset: 49800, limit: 200) {
              rows {
                rowNumber
                changes {
                  old
                  new
                }
                errors {
                  message
                }
              }
            }
          }
        }
      `),
      { id },
    );
    expect(page.valueImport!.counts.new).toBe(INDICATORS * MONTHS);
    expect(page.valueImport!.rows.rows).toHaveLength(200);
    // The preview and one page of its rows: the same few statements for 200 rows as for one.
    expect(server.statements.length).toBeLessThanOrEqual(4);

    started = performance.now();
    server.statements.length = 0;
    const commit = await server.query(
      graphql(`
        mutation ValueImportScaleTest_Commit($id: ID!) {
          commitValueImport(id: $id) {
            writtenCount
          }
        }
      `),
      { id },
    );
    const commitSeconds = (performance.now() - started) / 1000;
    expect(commit.commitValueImport.writtenCount).toBe(INDICATORS * MONTHS);
    const commitStatements = server.statements.length;
    // A fixed number, whatever the rows: the import's own reads and writes, and the period lock's two reads.
    expect(commitStatements).toBeLessThan(25);
    expect(await server.prisma.auditEvent.count({ where: { operation: 'commitValueImport' } })).toBe(
      INDICATORS * MONTHS,
    );

    started = performance.now();
    const again = await createValueImport(guarded, { id: analyst.id, access }, 'stor.csv', file);
    const reimportSeconds = (performance.now() - started) / 1000;
    const { valueImport } = await server.query(
      graphql(`
        query ValueImportScaleTest_Reimport($id: ID!) {
          valueImport(id: $id) {
            counts {
              unchanged
            }
          }
        }
      `),
      { id: again },
    );
    expect(valueImport!.counts.unchanged).toBe(INDICATORS * MONTHS);

    console.log(
      `50,000 rows on PGlite: preview ${previewSeconds.toFixed(1)} s, commit ${commitSeconds.toFixed(1)} s, ` +
        `re-import preview ${reimportSeconds.toFixed(1)} s; the commit in ${commitStatements} SQL statements`,
    );
    // Generous bounds for a shared machine: the figures printed above are what matters.
    expect(previewSeconds).toBeLessThan(60);
    expect(commitSeconds).toBeLessThan(60);
  }, 300_000);
});
