import { DEMO_USERS } from '@lagesbild/db';
import { prepareDatabase } from '@lagesbild/db/prepare';
import type { Role } from '@lagesbild/db';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';

const REPORT = graphql(`
  query ReportAccessTest_Report($id: ID!) {
    report(id: $id) {
      id
      status
      comparison {
        previous {
          id
        }
      }
      content {
        orgUnitName
        sections {
          kind
          assignments {
            title
          }
          businessAreaResults {
            name
          }
          portfolios {
            name
          }
          deviatingProjects {
            name
          }
        }
      }
    }
  }
`);
const LIST = graphql(`
  query ReportAccessTest_List($orgUnitCode: String!, $year: Int!) {
    reports(orgUnitCode: $orgUnitCode, year: $year) {
      id
    }
  }
`);
const CREATE = graphql(`
  mutation ReportAccessTest_Create($input: CreateReportInput!) {
    createReport(input: $input) {
      id
      version
    }
  }
`);
const SUBMIT = graphql(`
  mutation ReportAccessTest_Submit($input: ReportTransitionInput!) {
    submitReport(input: $input) {
      version
    }
  }
`);
const APPROVE = graphql(`
  mutation ReportAccessTest_Approve($input: ReportTransitionInput!) {
    approveReport(input: $input) {
      status
    }
  }
`);

/**
 * A report describes its unit and everything below it, in tables and in prose that names the
 * units: it is read only by those who may read all of that, never by the reader of one
 * business area under it, who would see the sibling areas' figures there.
 */
describe('who may read a report', () => {
  let server: GraphqlTestServer;
  let intraserviceReportId: string;

  const signInAsDemo = async (password: string) => {
    const email = DEMO_USERS.find((user) => user.password === password)!.email;
    server.actAs(
      await server.prisma.user.findUniqueOrThrow({
        where: { email },
        include: { roles: { select: { role: true, orgUnitId: true } } },
      }),
    );
  };
  const actAsNew = async (role: Role, orgUnitCode: string) =>
    server.actAs(await server.createUser([{ role, orgUnitCode }]));
  const readReport = async (id: string) => (await server.query(REPORT, { id })).report;
  const createReport = async (orgUnitCode: string, month: number) => {
    const unit = await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: orgUnitCode } });
    const { createReport } = await server.query(CREATE, {
      input: { orgUnitId: String(unit.id), type: 'MONTHLY', period: { year: 2023, month } },
    });
    return createReport;
  };

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    await prepareDatabase(server.database, { seedDemoDataIfEmpty: true });
    const seeded = await server.prisma.report.findFirstOrThrow({
      where: { orgUnit: { code: 'intraservice' }, type: 'MONTHLY', year: 2023, month: 5 },
    });
    intraserviceReportId = String(seeded.id);
  });
  afterAll(() => server.stop());

  it("shows the committee's May report, with every business area's figures, to the committee's viewer", async () => {
    await signInAsDemo('demo-visare');
    const report = await readReport(intraserviceReportId);
    const names = report!.content.sections.flatMap((section) => [
      ...section.businessAreaResults.map((row) => row.name),
      ...section.portfolios.map((row) => row.name),
    ]);
    expect(names).toEqual(expect.arrayContaining(['Digital infrastruktur', 'Avdelningen Uppdrag', 'HR-utveckling']));
  });

  it("refuses the committee's report to the viewer of Digital infrastruktur, in the list as by id", async () => {
    await signInAsDemo('demo-avdelning');
    expect(await readReport(intraserviceReportId)).toBeNull();
    expect(await server.query(LIST, { orgUnitCode: 'intraservice', year: 2023 })).toEqual({ reports: [] });
  });

  it('shows the viewer of Digital infrastruktur the reports of Digital infrastruktur itself', async () => {
    await actAsNew('ANALYST', 'digital-infrastruktur');
    const created = await createReport('digital-infrastruktur', 5);
    await signInAsDemo('demo-avdelning');
    const report = await readReport(created.id);
    expect(report!.content.orgUnitName).toBe('Digital infrastruktur');
    const portfolios = report!.content.sections.flatMap((section) => section.portfolios.map((row) => row.name));
    expect(portfolios).toEqual(['Digital infrastruktur']);
  });

  it("refuses the city's report, which holds the other committee's assignments, to a committee's viewer", async () => {
    await actAsNew('ANALYST', 'goteborgs-stad');
    const created = await createReport('goteborgs-stad', 5);
    await signInAsDemo('demo-visare');
    expect(await readReport(created.id)).toBeNull();
    await actAsNew('VIEWER', 'goteborgs-stad');
    const assignments = (await readReport(created.id))!.content.sections.flatMap((section) => section.assignments);
    expect(assignments.length).toBeGreaterThan(0);
  });

  it('refuses an approved report as it refuses a draft: the frozen snapshot holds the same siblings', async () => {
    await actAsNew('ANALYST', 'intraservice');
    const created = await createReport('intraservice', 4);
    const { submitReport } = await server.query(SUBMIT, {
      input: { reportId: created.id, expectedVersion: created.version },
    });
    await actAsNew('ADMIN', 'intraservice');
    await server.query(APPROVE, { input: { reportId: created.id, expectedVersion: submitReport.version } });
    await signInAsDemo('demo-visare');
    expect((await readReport(created.id))!.status).toBe('APPROVED');
    await signInAsDemo('demo-avdelning');
    expect(await readReport(created.id)).toBeNull();
  });
});
