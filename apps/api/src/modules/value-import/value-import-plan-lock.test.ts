import type { PrismaClient } from '@lagesbild/db';
import { createRequestContext } from '../../context';
import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';
import type { SignedInUser } from '../access';
import { withAuditedWrites } from '../audit';
import { createValueImport } from './value-import-preview';

const ROWS = graphql(`
  query ValueImportPlanLockTest_Rows($id: ID!) {
    valueImport(id: $id) {
      rows(limit: 50) {
        rows {
          rowNumber
          status
          errors {
            column
            message
          }
        }
      }
    }
  }
`);
const COMMIT = graphql(`
  mutation ValueImportPlanLockTest_Commit($id: ID!) {
    commitValueImport(id: $id) {
      status
    }
  }
`);

const HEADER = 'Enhetskod;Indikatorkod;Indikator;Period;Utfall;Periodmål;Årsmål;Prognos helår;Kommentar';
const csv = (...lines: string[]) => new TextEncoder().encode(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`);

describe('importing values into the year of an adopted plan', () => {
  let server: GraphqlTestServer;
  let guarded: PrismaClient;
  let analyst: SignedInUser;
  let committeeId: number;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    guarded = withAuditedWrites(server.prisma);
    committeeId = (await createGoalFixture(server.prisma)).committee.id;
    analyst = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }]);
    server.actAs(analyst);
  });
  afterAll(() => server.stop());

  async function upload(bytes: Uint8Array): Promise<string> {
    const { access } = await createRequestContext(guarded, analyst);
    return createValueImport(guarded, { id: analyst.id, access }, 'varden.csv', bytes);
  }
  const setPlan = (status: 'DRAFT' | 'ADOPTED') =>
    server.prisma.plan.upsert({
      where: { orgUnitId_year: { orgUnitId: committeeId, year: 2023 } },
      create: { orgUnitId: committeeId, year: 2023, status },
      update: { status },
    });

  it('refuses a changed target in the preview, beside its column, and takes the outcomes', async () => {
    await setPlan('ADOPTED');
    const id = await upload(
      csv(
        'intraservice;SJUKFRANVARO-1;;2023-05;5,9;4;5;5,5;', // the period target changes
        'intraservice;SJUKFRANVARO-2;;2023-05;6,2;5;5;5,5;', // only the outcome changes
      ),
    );
    const { rows } = (await server.query(ROWS, { id })).valueImport!.rows;
    expect(rows).toEqual([
      { rowNumber: 2, status: 'INVALID', errors: [{ column: 'Periodmål', message: 'planAdopted' }] },
      { rowNumber: 3, status: 'CHANGED', errors: [] },
    ]);
  });

  it('refuses a commit whose targets belong to a plan adopted after the preview, writing nothing', async () => {
    await setPlan('DRAFT');
    const id = await upload(csv('intraservice;SJUKFRANVARO-1;;2023-06;;4,5;;;'));
    expect((await server.query(ROWS, { id })).valueImport!.rows.rows[0]?.status).toBe('CHANGED');
    await setPlan('ADOPTED');
    const errors = await server.queryErrors(COMMIT, { id });
    expect(errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'id', message: 'planAdopted' }],
      rowNumbers: [2],
    });
    const june = await server.prisma.indicatorValue.findFirstOrThrow({
      where: { indicator: { code: 'SJUKFRANVARO-1' }, year: 2023, periodNumber: 6 },
    });
    expect(june.periodTarget).toBe(5);
  });
});
