import type { Request } from 'express';
import { requestContextFactory } from '../../context';
import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';
import { createSession, SESSION_COOKIE } from '../access';
import { readReportContentForRequest } from './report-export-content';

/** What the PDF and Word exports read: a report's content for the signed-in user of a request. */
describe('readReportContentForRequest', () => {
  let server: GraphqlTestServer;
  let reportId: string;
  const requestWith = (token?: string) => ({ cookies: token ? { [SESSION_COOKIE]: token } : {} }) as unknown as Request;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    const { committee } = await createGoalFixture(server.prisma);
    server.actAs(await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }]));
    const { createReport } = await server.query(
      graphql(`
        mutation ReportExportContentTest_Create($input: CreateReportInput!) {
          createReport(input: $input) {
            id
          }
        }
      `),
      { input: { orgUnitId: String(committee.id), type: 'MONTHLY', period: { year: 2023, month: 5 } } },
    );
    reportId = createReport.id;
  });
  afterAll(() => server.stop());

  it('gives the content to a user whose scope holds the report’s unit', async () => {
    const reader = await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }]);
    const token = await createSession(server.prisma, reader.id);
    const content = await readReportContentForRequest(
      server.prisma,
      requestContextFactory(server.prisma),
      requestWith(token),
      reportId,
    );
    expect(content).toMatchObject({ orgUnitName: 'Intraservice', type: 'MONTHLY', period: { year: 2023, month: 5 } });
    expect(content?.sections[0]?.title).toBe('Sammanfattning');
  });

  it('refuses a request without a session as not signed in', async () => {
    await expect(
      readReportContentForRequest(server.prisma, requestContextFactory(server.prisma), requestWith(), reportId),
    ).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('gives nothing outside the scope, or for an unknown or malformed id', async () => {
    const outsider = await server.createUser([{ role: 'VIEWER', orgUnitCode: 'kommunstyrelsen' }]);
    const token = await createSession(server.prisma, outsider.id);
    expect(
      await readReportContentForRequest(
        server.prisma,
        requestContextFactory(server.prisma),
        requestWith(token),
        reportId,
      ),
    ).toBeNull();
    const insider = await createSession(
      server.prisma,
      (await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }])).id,
    );
    expect(
      await readReportContentForRequest(
        server.prisma,
        requestContextFactory(server.prisma),
        requestWith(insider),
        '999999',
      ),
    ).toBeNull();
    expect(
      await readReportContentForRequest(
        server.prisma,
        requestContextFactory(server.prisma),
        requestWith(insider),
        'abc',
      ),
    ).toBeNull();
  });
});
