import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { createTestDatabase } from '@lagesbild/db/testing';
import type { TestDatabase } from '@lagesbild/db/testing';
import { print } from 'graphql';
import { createGoalFixture } from '../../../testing/fixtures';
import { graphql } from '../../../testing/generated';
import { readPdf } from '../../../testing/pdf-reading';
import { sessionCookieOf, startHttpTestServer } from '../../../testing/http-test-server';
import type { ListeningServer } from '../../../testing/http-test-server';

const CREATE_REPORT = graphql(`
  mutation ReportExportHttpTest_Create($input: CreateReportInput!) {
    createReport(input: $input) {
      id
    }
  }
`);

/** The exports as the report page's links ask for them: the real app, its session cookie and the live report. */
describe('GET /api/reports/:id/export.pdf and .docx in the app', () => {
  let database: TestDatabase;
  let server: ListeningServer;
  let origin: string;
  let analystCookie: string;
  let outsiderCookie: string;
  let businessAreaCookie: string;
  let reportId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const { committee } = await createGoalFixture(database.prisma, { committeeGoals: 1 });
    const other = await database.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'kommunstyrelsen' } });
    const businessArea = await database.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'digital-infrastruktur' } });
    // A second business area of the committee, whose assignment the committee's report lists.
    await database.prisma.orgUnit.create({
      data: {
        code: 'uppdrag',
        name: 'Avdelningen Uppdrag',
        kind: 'BUSINESS_AREA',
        parentId: committee.id,
        assignments: { create: { year: 2023, source: 'EXECUTIVE_BOARD', title: 'Uppdrag till Avdelningen Uppdrag' } },
      },
    });
    const user = async (email: string, orgUnitId: number, role: 'ANALYST' | 'VIEWER' = 'ANALYST') => {
      const created = await database.prisma.user.create({
        data: { email, name: email, roles: { create: { role, orgUnitId } } },
      });
      return sessionCookieOf(database.prisma, created.id);
    };
    analystCookie = await user('analytiker@test.lagesbild.se', committee.id);
    outsiderCookie = await user('annan@test.lagesbild.se', other.id);
    businessAreaCookie = await user('avdelning@test.lagesbild.se', businessArea.id, 'VIEWER');
    server = await startHttpTestServer({ prisma: database.prisma });
    origin = server.origin;
    const variables: VariablesOf<typeof CREATE_REPORT> = {
      input: { orgUnitId: String(committee.id), type: 'MONTHLY', period: { year: 2023, month: 5 } },
    };
    const created = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: analystCookie },
      body: JSON.stringify({ query: print(CREATE_REPORT), variables }),
    });
    reportId = ((await created.json()) as { data: ResultOf<typeof CREATE_REPORT> }).data.createReport.id;
  });
  afterAll(async () => {
    await server.close();
    await database.destroy();
  });

  const download = (format: 'pdf' | 'docx', cookie?: string, id = reportId) =>
    fetch(`${origin}/api/reports/${id}/export.${format}`, { headers: cookie ? { cookie } : {} });

  it("serves the report's PDF to a user whose scope holds its unit", async () => {
    const response = await download('pdf', analystCookie);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain('Manadsrapport-2023-05-Intraservice.pdf');
    const pages = await readPdf(Buffer.from(await response.arrayBuffer()));
    expect(pages[0]!.lines.join('\n')).toContain('Månadsrapport maj 2023');
  });

  it('serves the Word file as a zip package', async () => {
    const response = await download('docx', analystCookie);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('wordprocessingml.document');
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('answers 401 without a session and 404 outside the scope or for an unknown report', async () => {
    expect((await download('pdf')).status).toBe(401);
    expect((await download('pdf', outsiderCookie)).status).toBe(404);
    expect((await download('docx', analystCookie, '999999')).status).toBe(404);
  });

  it("answers 404 to a business area's reader for its committee's report, which lists a sibling area's assignment", async () => {
    const pages = await readPdf(Buffer.from(await (await download('pdf', analystCookie)).arrayBuffer()));
    expect(pages.flatMap((page) => page.lines).join('\n')).toContain('Uppdrag till Avdelningen Uppdrag');
    expect((await download('pdf', businessAreaCookie)).status).toBe(404);
    expect((await download('docx', businessAreaCookie)).status).toBe(404);
  });
});
