import type { PrismaClient } from '@lagesbild/db';
import { createRequestContext } from '../../context';
import { createClosedMonth, createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';
import type { SignedInUser } from '../access';
import { withAuditedWrites } from '../audit';
import { createValueImport } from './value-import-preview';

const COMMIT = graphql(`
  mutation ValueImportPeriodLockTest_Commit($id: ID!, $correctionReason: String) {
    commitValueImport(id: $id, correctionReason: $correctionReason) {
      status
    }
  }
`);

const HEADER = 'Enhetskod;Indikatorkod;Indikator;Period;Utfall;Periodmål;Årsmål;Prognos helår;Kommentar';
const csv = (...lines: string[]) => new TextEncoder().encode(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`);

describe('importing values into a closed reporting period', () => {
  let server: GraphqlTestServer;
  let guarded: PrismaClient;
  let analyst: SignedInUser;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    guarded = withAuditedWrites(server.prisma);
    const { city } = await createGoalFixture(server.prisma);
    analyst = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }]);
    server.actAs(analyst);
    await createClosedMonth(server.prisma, city.id, { year: 2023, month: 5 });
  });
  afterAll(() => server.stop());

  async function upload(bytes: Uint8Array): Promise<string> {
    const { access } = await createRequestContext(guarded, analyst);
    return createValueImport(guarded, { id: analyst.id, access }, 'varden.csv', bytes);
  }
  const mayOutcome = async () =>
    (
      await server.prisma.indicatorValue.findFirstOrThrow({
        where: { indicator: { code: 'SJUKFRANVARO-2' }, year: 2023, granularity: 'MONTH', periodNumber: 5 },
      })
    ).outcome;

  it('refuses the commit without a correction reason, writing nothing, and saves it as a correction with one', async () => {
    const id = await upload(csv('intraservice;SJUKFRANVARO-2;;2023-05;6,4;;;;'));
    const errors = await server.queryErrors(COMMIT, { id });
    expect(errors[0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'correctionReason', message: 'periodClosed' }],
    });
    expect(await mayOutcome()).toBe(5.9);

    const { commitValueImport } = await server.query(COMMIT, { id, correctionReason: 'Omräknat underlag' });
    expect(commitValueImport.status).toBe('COMMITTED');
    expect(await mayOutcome()).toBe(6.4);
    const corrections = await server.prisma.auditEvent.findMany({
      where: { operation: 'commitValueImport', entityType: 'PeriodCorrection' },
    });
    expect(corrections.map((event) => event.changes)).toEqual([
      expect.objectContaining({
        entityType: { old: null, new: 'IndicatorValue' },
        reason: { old: null, new: 'Omräknat underlag' },
      }),
    ]);
  });
});
