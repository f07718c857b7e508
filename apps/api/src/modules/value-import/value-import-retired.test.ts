import type { PrismaClient } from '@lagesbild/db';
import { createRequestContext } from '../../context';
import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';
import type { SignedInUser } from '../access';
import { withAuditedWrites } from '../audit';
import { createValueImport } from './value-import-preview';

const HEADER = 'Enhetskod;Indikatorkod;Indikator;Period;Utfall;Periodmål;Årsmål;Prognos helår;Kommentar';
const RETIRE = graphql(`
  mutation ValueImportRetiredTest_Retire($input: SetIndicatorRetiredInput!) {
    setIndicatorRetired(input: $input) {
      version
    }
  }
`);
const PREVIEW = graphql(`
  query ValueImportRetiredTest_Preview($id: ID!) {
    valueImport(id: $id) {
      rows(limit: 10) {
        rows {
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
  mutation ValueImportRetiredTest_Commit($id: ID!) {
    commitValueImport(id: $id) {
      status
    }
  }
`);

/** A retired indicator takes no values from a file either: not at the preview, not at the commit. */
describe('importing values of a retired indicator', () => {
  let server: GraphqlTestServer;
  let guarded: PrismaClient;
  let analyst: SignedInUser;
  let administrator: SignedInUser;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    guarded = withAuditedWrites(server.prisma);
    await createGoalFixture(server.prisma);
    analyst = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }]);
    administrator = await server.createUser([{ role: 'ADMIN', orgUnitCode: 'intraservice' }]);
  });
  afterAll(() => server.stop());

  async function upload(...lines: string[]): Promise<string> {
    const bytes = new TextEncoder().encode(`${[HEADER, ...lines].join('\r\n')}\r\n`);
    const { access } = await createRequestContext(guarded, analyst);
    return createValueImport(guarded, { id: analyst.id, access }, 'varden.csv', bytes);
  }

  async function retire(code: string): Promise<number> {
    const indicator = await server.prisma.indicator.findFirstOrThrow({ where: { code } });
    server.actAs(administrator);
    await server.query(RETIRE, {
      input: { id: String(indicator.id), expectedVersion: indicator.version, retired: true },
    });
    return indicator.id;
  }

  it('marks the rows of a retired indicator invalid in the preview', async () => {
    await retire('SJUKFRANVARO-2');
    const id = await upload(
      'intraservice;SJUKFRANVARO-2;;2023-07;4,1;;;;',
      'intraservice;SJUKFRANVARO-1;;2023-07;4,2;;;;',
    );
    server.actAs(analyst);
    const { valueImport } = await server.query(PREVIEW, { id });
    expect(valueImport?.rows.rows).toEqual([
      { status: 'INVALID', errors: [{ column: 'Indikatorkod', message: 'indicatorRetired' }] },
      { status: 'NEW', errors: [] },
    ]);
  });

  it('refuses the commit when an indicator of the file was retired after the preview', async () => {
    const id = await upload('intraservice;SJUKFRANVARO-1;;2023-08;4,3;;;;');
    const indicatorId = await retire('SJUKFRANVARO-1');
    server.actAs(analyst);
    const errors = await server.queryErrors(COMMIT, { id });
    expect(errors[0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'id', message: 'indicatorRetired' }],
      rowNumbers: [2],
    });
    expect(await server.prisma.indicatorValue.count({ where: { indicatorId, year: 2023, periodNumber: 8 } })).toBe(0);
  });
});
