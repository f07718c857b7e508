import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';

const ASSIGNMENTS = graphql(`
  query AssignmentsTest_Assignments($orgUnitCode: String!, $year: Int, $upTo: MonthInput!) {
    assignments(orgUnitCode: $orgUnitCode, year: $year) {
      title
      source
      caseNumber
      deadline
      year
      orgUnit {
        code
      }
      update(upTo: $upTo) {
        status
        comment
      }
      isOverdue(upTo: $upTo)
    }
  }
`);

const AUDIT_REPORTS = graphql(`
  query AssignmentsTest_AuditReports($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {
    auditReports(orgUnitCode: $orgUnitCode, year: $year) {
      title
      auditor
      reportDate
      recommendations {
        recommendation
        action
        ownerName
        ownerUser {
          name
        }
        dueDate
        update(upTo: $upTo) {
          status
          comment
        }
        isOverdue(upTo: $upTo)
      }
    }
  }
`);

describe('assignments of an org unit', () => {
  let server: GraphqlTestServer;
  beforeAll(async () => {
    server = await startGraphqlTestServer();
    await createGoalFixture(server.prisma);
  });
  afterAll(() => server.stop());

  it('lists the assignments of the unit and the units under it, with their status as of the period', async () => {
    server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'goteborg' }]));
    const { assignments } = await server.query(ASSIGNMENTS, {
      orgUnitCode: 'goteborg',
      upTo: { year: 2023, month: 5 },
    });
    expect(assignments).toEqual([
      {
        title: 'Uppdrag till Kommunstyrelsen',
        source: 'EXECUTIVE_BOARD',
        caseNumber: 'SLK-2022-01441',
        deadline: '2024-06-30',
        year: 2023,
        orgUnit: { code: 'kommunstyrelsen' },
        update: { status: 'ONGOING', comment: 'Delrapport i april' },
        isOverdue: false,
      },
    ]);
    const beforeAnyUpdate = await server.query(ASSIGNMENTS, {
      orgUnitCode: 'kommunstyrelsen',
      upTo: { year: 2023, month: 3 },
    });
    expect(beforeAnyUpdate.assignments[0]!.update).toBeNull();
  });

  it('is overdue once its deadline has passed by the end of the month viewed', async () => {
    const { assignments } = await server.query(ASSIGNMENTS, {
      orgUnitCode: 'kommunstyrelsen',
      upTo: { year: 2024, month: 7 },
    });
    expect(assignments[0]!.isOverdue).toBe(true);
  });

  it('lists a year’s assignments with the earlier ones still open, until declared complete before the year', async () => {
    const titlesIn = async (year: number) =>
      (await server.query(ASSIGNMENTS, { orgUnitCode: 'goteborg', year, upTo: { year, month: 1 } })).assignments.map(
        (assignment) => assignment.title,
      );
    expect(await titlesIn(2022)).toEqual([]);
    expect(await titlesIn(2023)).toEqual(['Uppdrag till Kommunstyrelsen']);
    expect(await titlesIn(2024)).toEqual(['Uppdrag till Kommunstyrelsen']);
    const assignment = await server.prisma.assignment.findFirstOrThrow();
    const declared = await server.prisma.assignmentUpdate.create({
      data: {
        assignmentId: assignment.id,
        year: 2024,
        month: 6,
        status: 'DECLARED_COMPLETE',
        decisionDate: new Date('2024-06-12'),
        decisionCaseNumber: 'SLK-2024-00001',
      },
    });
    expect(await titlesIn(2024)).toEqual(['Uppdrag till Kommunstyrelsen']);
    expect(await titlesIn(2025)).toEqual([]);
    await server.prisma.assignmentUpdate.delete({ where: { id: declared.id } });
  });

  it('leaves out assignments of units the user may not read, and has none for an unknown unit', async () => {
    server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }]));
    for (const orgUnitCode of ['goteborg', 'no-such-unit']) {
      const { assignments } = await server.query(ASSIGNMENTS, {
        orgUnitCode,
        upTo: { year: 2023, month: 5 },
      });
      expect(assignments).toEqual([]);
    }
  });
});

describe('audit reports of an org unit', () => {
  let server: GraphqlTestServer;
  let committeeId: number;

  /** An audit report with `count` recommendations, each with an action and a status in May 2023. */
  let owners = 0;
  const createReport = async (count: number) => {
    const owner = await server.prisma.user.create({ data: { email: `owner${++owners}@example.se`, name: 'Ägare' } });
    const report = await server.prisma.auditReport.create({
      data: {
        orgUnitId: committeeId,
        year: 2023,
        title: `Granskning ${count}`,
        auditor: 'Stadsrevisionen',
        reportDate: new Date('2023-03-31'),
      },
    });
    for (let index = 0; index < count; index++) {
      await server.prisma.auditRecommendation.create({
        data: {
          auditReportId: report.id,
          sortOrder: index,
          recommendation: `Rekommendation ${index + 1}`,
          action: 'Åtgärdsplan',
          ...(index % 2 === 0 ? { ownerName: 'Förvaltningen' } : { ownerUserId: owner.id }),
          dueDate: new Date('2023-04-30'),
          updates: { create: { year: 2023, month: 5, status: index === 0 ? 'DONE' : 'ONGOING' } },
        },
      });
    }
    return report;
  };

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    const fixture = await createGoalFixture(server.prisma);
    committeeId = fixture.committee.id;
    server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }]));
  });
  afterAll(() => server.stop());

  it('lists each report with its recommendations, their actions, owners and statuses; an undone action past due is overdue', async () => {
    const report = await createReport(2);
    const { auditReports } = await server.query(AUDIT_REPORTS, {
      orgUnitCode: 'intraservice',
      year: 2023,
      upTo: { year: 2023, month: 5 },
    });
    expect(auditReports).toEqual([
      {
        title: 'Granskning 2',
        auditor: 'Stadsrevisionen',
        reportDate: '2023-03-31',
        recommendations: [
          {
            recommendation: 'Rekommendation 1',
            action: 'Åtgärdsplan',
            ownerName: 'Förvaltningen',
            ownerUser: null,
            dueDate: '2023-04-30',
            update: { status: 'DONE', comment: null },
            isOverdue: false,
          },
          {
            recommendation: 'Rekommendation 2',
            action: 'Åtgärdsplan',
            ownerName: null,
            ownerUser: { name: 'Ägare' },
            dueDate: '2023-04-30',
            update: { status: 'ONGOING', comment: null },
            isOverdue: true,
          },
        ],
      },
    ]);
    await server.prisma.auditReport.delete({ where: { id: report.id } });
  });

  it('sends the same number of SQL statements for 2 recommendations as for 12', async () => {
    const statementsFor = async (count: number) => {
      const report = await createReport(count);
      server.statements.length = 0;
      await server.query(AUDIT_REPORTS, { orgUnitCode: 'intraservice', year: 2023, upTo: { year: 2023, month: 5 } });
      const sent = server.statements.length;
      await server.prisma.auditReport.delete({ where: { id: report.id } });
      return sent;
    };
    expect(await statementsFor(12)).toBe(await statementsFor(2));
  });
});
