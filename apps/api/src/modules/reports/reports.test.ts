import { DEMO_USERS } from '@lagesbild/db';
import { prepareDatabase } from '@lagesbild/db/prepare';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';

const REPORT = graphql(`
  query ReportsTest_Report($id: ID!) {
    report(id: $id) {
      id
      status
      version
      frozenAt
      approvedBy {
        name
      }
      viewerCanApprove
      viewerCanEdit
      comments {
        text
        author {
          name
        }
      }
      comparison {
        previous {
          id
          period {
            year
            month
          }
        }
        colourChanges {
          kind
          name
          previous
          current
        }
        forecastChanges {
          name
          previous
          current
        }
        assignmentChanges {
          title
          previous
          current
        }
      }
      content {
        orgUnitName
        type
        period {
          year
          month
        }
        compiledAt
        isFrozen
        sections {
          id
          kind
          title
          perspectiveName
          analysisText
          analysisVersion
          analysisUpdatedAt
          analysisUpdatedBy {
            name
          }
          goalSummary {
            perspectiveName
            councilGoalTitle
            title
            fulfilment
          }
          goals {
            councilGoalTitle
            title
            fulfilment
            comment
          }
          indicatorTables {
            periodicity
            periodLabel
            previousPeriodLabel
            hasRolling12
            rows {
              indicatorId
              name
              unit
              previousYearOutcome
              outcome
              periodTarget
              fullYearForecast
              annualTarget
              rolling12
              status
              statusSetByHand
              isGenerated
              previousYearIsGenerated
            }
          }
          activities {
            perspectiveName
            title
            endDate
            status
            comment
          }
          assignments {
            title
            source
            caseNumber
            dueDate
            status
            isOverdue
            comment
          }
          financialLines {
            name
            unit
            previousYearToDate
            outcomeToDate
            budgetToDate
            fullYearForecast
            fullYearBudget
            rolledUpFrom
          }
          businessAreaResults {
            name
            depth
            isTotal
            resultToDate
            fullYearForecast
            rolledUpFrom
          }
          portfolios {
            name
            narrative
            changes
          }
          deviatingProjects {
            portfolioName
            name
            state
            time
            cost
            result
            reportDate
            deviations {
              dimension
              status
              cause
              action
            }
          }
          risks {
            title
            categoryName
            probability
            consequence
            score
            mitigations
            isDemoValue
          }
          charts {
            title
            kind
            unit
            categories
            generatedCategories
            series {
              name
              values
            }
          }
        }
      }
    }
  }
`);
type ReportContent = NonNullable<ResultOf<typeof REPORT>['report']>['content'];

const CREATE = graphql(`
  mutation ReportsTest_Create($input: CreateReportInput!) {
    createReport(input: $input) {
      id
      version
      status
    }
  }
`);
const SAVE_TEXT = graphql(`
  mutation ReportsTest_SaveText($input: SaveReportSectionTextInput!) {
    saveReportSectionText(input: $input) {
      id
      version
    }
  }
`);
const SUBMIT = graphql(`
  mutation ReportsTest_Submit($input: ReportTransitionInput!) {
    submitReport(input: $input) {
      id
      version
      status
    }
  }
`);
const SEND_BACK = graphql(`
  mutation ReportsTest_SendBack($input: SendBackReportInput!) {
    sendBackReport(input: $input) {
      id
      version
      status
    }
  }
`);
const APPROVE = graphql(`
  mutation ReportsTest_Approve($input: ReportTransitionInput!) {
    approveReport(input: $input) {
      id
      version
      status
      frozenAt
      approvedBy {
        name
      }
    }
  }
`);
const SAVE_VALUES = graphql(`
  mutation ReportsTest_SaveValues($input: IndicatorValuesInput!) {
    saveIndicatorValues(input: $input) {
      rolling12
    }
  }
`);
const LIST = graphql(`
  query ReportsTest_List($orgUnitCode: String!, $year: Int!) {
    reports(orgUnitCode: $orgUnitCode, year: $year) {
      id
      type
      status
      period {
        year
        month
      }
    }
  }
`);

const sectionOf = (content: ReportContent, kind: string, perspectiveName?: string) =>
  content.sections.find(
    (section) =>
      section.kind === kind && (perspectiveName === undefined || section.perspectiveName === perspectiveName),
  )!;

const rowOf = (content: ReportContent, perspectiveName: string, indicatorName: string) =>
  sectionOf(content, 'PERSPECTIVE', perspectiveName)
    .indicatorTables.flatMap((table) => table.rows)
    .find((row) => row.name === indicatorName);

async function signInAs(server: GraphqlTestServer, email: string) {
  const user = await server.prisma.user.findUniqueOrThrow({
    where: { email },
    include: { roles: { select: { role: true, orgUnitId: true } } },
  });
  server.actAs(user);
}

const demoEmail = (password: string) => DEMO_USERS.find((user) => user.password === password)!.email;

describe('the May 2023 monthly report of Nämnden för Intraservice, compiled from the demo data (source 000)', () => {
  let server: GraphqlTestServer;
  let content: ReportContent;
  let reportId: string;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    await prepareDatabase(server.database, { seedDemoDataIfEmpty: true });
    await signInAs(server, demoEmail('demo-analytiker'));
    // The demo data holds the report as a draft with source 000's texts.
    const seeded = await server.prisma.report.findFirstOrThrow({
      where: { orgUnit: { code: 'intraservice' }, type: 'MONTHLY', year: 2023, month: 5 },
    });
    reportId = String(seeded.id);
    content = (await server.query(REPORT, { id: reportId })).report!.content;
  });
  afterAll(() => server.stop());

  it('has the sections of source 000 in its order', () => {
    expect(content.sections.map((section) => section.title)).toEqual([
      'Sammanfattning',
      'Kund och ägare',
      'Medarbetare',
      'Process',
      'Ekonomi',
      'Hållbarhet',
      'Aktiviteter',
      'Uppdrag',
      'Ekonomiskt utfall',
      'Portfölj och projekt',
      'Risker',
    ]);
    expect(content).toMatchObject({ orgUnitName: 'Nämnden för Intraservice', isFrozen: false });
  });

  it('carries the analysis texts of source 000 from the demo data', () => {
    expect(sectionOf(content, 'SUMMARY').analysisText).toMatch(
      /^Förvaltningen redovisar oförändrad måluppfyllelse jämfört med delårsrapport mars\./,
    );
    expect(sectionOf(content, 'PERSPECTIVE', 'Medarbetare').analysisText).toContain('2023 5,9%');
    expect(sectionOf(content, 'ECONOMY').analysisText).toContain('### Prognos');
  });

  it('gives the indicator tables of §2.1 per periodicity: year, tertial (T2 in progress) and month', () => {
    const tables = sectionOf(content, 'PERSPECTIVE', 'Kund och ägare').indicatorTables;
    expect(tables.map((table) => [table.periodicity, table.periodLabel, table.previousPeriodLabel])).toEqual(
      expect.arrayContaining([
        ['TERTIAL', 'T2 2023', 'T2 2022'],
        ['MONTH', 'Maj 2023', 'Maj 2022'],
      ]),
    );
    expect(rowOf(content, 'Kund och ägare', 'Pedagogiska datorer')).toMatchObject({
      previousYearOutcome: 45000,
      outcome: 46000,
      periodTarget: 45000,
    });
    expect(rowOf(content, 'Kund och ägare', 'Lönespecifikationer')).toMatchObject({
      previousYearOutcome: 290808,
      outcome: 307229,
      periodTarget: 291665,
      fullYearForecast: 710000,
      annualTarget: 700000,
      rolling12: 725907,
    });
    expect(rowOf(content, 'Kund och ägare', 'Serviceärenden')).toMatchObject({ outcome: 165981, rolling12: 384350 });
  });

  it("copies a month's rolling twelve months only as reported, not as the series makes them from the months", async () => {
    await signInAs(server, demoEmail('demo-analytiker'));
    const intraservice = await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'intraservice' } });
    const { createReport } = await server.query(CREATE, {
      input: { orgUnitId: String(intraservice.id), type: 'MONTHLY', period: { year: 2023, month: 4 } },
    });
    const april = (await server.query(REPORT, { id: createReport.id })).report!.content;
    // The indicator page shows April's R12 made from the months; the source reported none for April.
    expect(rowOf(april, 'Kund och ägare', 'Lönespecifikationer')).toMatchObject({ isGenerated: true, rolling12: null });
  });

  it('gives sick leave in §2.2 as 5,9 % against 5 %, not on target, with its chart', () => {
    expect(rowOf(content, 'Medarbetare', 'Sjukfrånvaro')).toMatchObject({
      previousYearOutcome: 4.5,
      outcome: 5.9,
      periodTarget: 5,
      fullYearForecast: 5.5,
      status: 'RED',
    });
    const chart = sectionOf(content, 'PERSPECTIVE', 'Medarbetare').charts.find((candidate) =>
      candidate.categories.includes('Sjukfrånvaro'),
    );
    expect(chart?.series.map((series) => series.values[chart.categories.indexOf('Sjukfrånvaro')])).toEqual([
      4.5, 5.9, 5,
    ]);
  });

  it('gives the financial table and the result per business area of §2.4', () => {
    const economy = sectionOf(content, 'ECONOMY');
    expect(economy.financialLines.find((line) => line.name === 'Personalkostnader')).toMatchObject({
      previousYearToDate: 226154,
      outcomeToDate: 225712,
      budgetToDate: 260323,
      fullYearForecast: 523792,
      fullYearBudget: 597395,
    });
    const rows = economy.businessAreaResults.map((row) => [row.name, row.resultToDate, row.fullYearForecast]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Digital infrastruktur', 10534, 211],
        ['Summa förvaltning', 17051, 4000],
        ['Summa utveckling', -4560, -4000],
      ]),
    );
    const firstOperationsRows = economy.businessAreaResults.slice(0, 2).map((row) => [row.name, row.depth]);
    expect(firstOperationsRows).toEqual([
      ['Gemensamma tjänster', 1],
      ['Ekonomi', 2],
    ]);
    expect(economy.charts[0]!.categories).toContain('Digital infrastruktur, förvaltning');
  });

  it('gives the unit’s result in the business-area table as the financial table’s stored result line, not as the sum of its parts', () => {
    const economy = sectionOf(content, 'ECONOMY');
    const stored = economy.financialLines.find((line) => line.name === 'Verksamhetens resultat')!;
    const result = economy.businessAreaResults.at(-1)!;
    const sumOf = (name: string) => economy.businessAreaResults.find((row) => row.name === name)!;
    // Source 000's parts do not add up to its result: 17 051 − 4 560 = 12 491, the result is 12 490.
    expect(sumOf('Summa förvaltning').resultToDate! + sumOf('Summa utveckling').resultToDate!).toBe(12491);
    expect(result).toMatchObject({ name: 'Resultat, tkr', isTotal: true, rolledUpFrom: [] });
    expect([result.resultToDate, result.fullYearForecast]).toEqual([stored.outcomeToDate, stored.fullYearForecast]);
    expect(result.resultToDate).toBe(12490);
  });

  it('says which figures the demo data made up: every risk valuation, and generated indicator values', () => {
    expect(sectionOf(content, 'RISKS').risks.every((risk) => risk.isDemoValue)).toBe(true);
    // May 2023 and May 2022 are source 000's own figures.
    expect(rowOf(content, 'Kund och ägare', 'Lönespecifikationer')).toMatchObject({
      isGenerated: false,
      previousYearIsGenerated: false,
    });
    // Source 000 gives short-term sick leave only in words: both months are generated.
    expect(rowOf(content, 'Medarbetare', 'Korttidsfrånvaro')).toMatchObject({
      isGenerated: true,
      previousYearIsGenerated: true,
    });
    const charted = sectionOf(content, 'PERSPECTIVE', 'Medarbetare').charts.flatMap(
      (chart) => chart.generatedCategories,
    );
    expect(charted).toEqual(['Korttidsfrånvaro']);
  });

  it('says which status an analyst set by hand in place of the rule, while the report is a draft', async () => {
    expect(rowOf(content, 'Medarbetare', 'Sjukfrånvaro')).toMatchObject({ status: 'RED', statusSetByHand: false });
    const may = await server.prisma.indicatorValue.findFirstOrThrow({
      where: { indicator: { name: 'Sjukfrånvaro', orgUnit: { code: 'intraservice' } }, year: 2023, periodNumber: 5 },
    });
    await server.prisma.indicatorValue.update({
      where: { id: may.id },
      data: { statusOverride: 'YELLOW', statusOverrideReason: 'Engångseffekt av omorganisationen' },
    });
    try {
      const judged = (await server.query(REPORT, { id: reportId })).report!.content;
      expect(rowOf(judged, 'Medarbetare', 'Sjukfrånvaro')).toMatchObject({ status: 'YELLOW', statusSetByHand: true });
      expect(rowOf(judged, 'Kund och ägare', 'Lönespecifikationer')?.statusSetByHand).toBe(false);
    } finally {
      await server.prisma.indicatorValue.update({
        where: { id: may.id },
        data: { statusOverride: null, statusOverrideReason: null },
      });
    }
  });

  it('marks the city’s economy, made of its committees’ figures, as summed, its result row included', async () => {
    await signInAs(server, demoEmail('demo-admin'));
    const city = await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'goteborgs-stad' } });
    const { createReport } = await server.query(CREATE, {
      input: { orgUnitId: String(city.id), type: 'MONTHLY', period: { year: 2023, month: 5 } },
    });
    const economy = sectionOf((await server.query(REPORT, { id: createReport.id })).report!.content, 'ECONOMY');
    const staff = economy.financialLines.find((line) => line.name === 'Personalkostnader')!;
    expect(staff).toMatchObject({ outcomeToDate: 225712, rolledUpFrom: ['Nämnden för Intraservice'] });
    // The city's result is Intraservice's stored result line, summed (one unit), not its parts added up.
    expect(economy.businessAreaResults.at(-1)).toMatchObject({
      name: 'Resultat, tkr',
      resultToDate: 12490,
      rolledUpFrom: ['Nämnden för Intraservice'],
    });
    await signInAs(server, demoEmail('demo-analytiker'));
  });

  it('gives the activities of §3 and the assignments of §4 with their status in May', () => {
    expect(sectionOf(content, 'ACTIVITIES').activities).toContainEqual(
      expect.objectContaining({
        title: 'Tydliga avtal',
        endDate: '2023-12-31',
        comment: expect.stringContaining('Revidering av nytt avtal är klart') as string,
      }),
    );
    const assignments = sectionOf(content, 'ASSIGNMENTS').assignments;
    expect(assignments.find((assignment) => assignment.title.includes('timanställda'))).toMatchObject({
      status: 'NOT_STARTED',
      dueDate: '2023-12-31',
    });
    expect(assignments.find((assignment) => assignment.title.includes('Navet'))).toMatchObject({ status: 'ONGOING' });
  });

  it('lists every yellow or red project with cause and action, and the risks by score', () => {
    const portfolio = sectionOf(content, 'PORTFOLIO');
    expect(portfolio.deviatingProjects.length).toBeGreaterThan(0);
    for (const project of portfolio.deviatingProjects) {
      expect([project.time, project.cost, project.result]).not.toEqual(['GREEN', 'GREEN', 'GREEN']);
      for (const deviation of project.deviations) {
        expect(deviation.cause).not.toBe('');
        expect(deviation.action).not.toBe('');
      }
    }
    const scores = sectionOf(content, 'RISKS').risks.map((risk) => risk.score);
    expect(scores.length).toBeGreaterThan(0);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('lists the unit’s reports of the year', async () => {
    const { reports } = await server.query(LIST, {
      orgUnitCode: 'intraservice',
      year: 2023,
    });
    expect(reports).toContainEqual(expect.objectContaining({ id: reportId, type: 'MONTHLY' }));
  });
});

describe('a report’s workflow and freeze', () => {
  let server: GraphqlTestServer;
  let committeeId: number;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    const fixture = await createGoalFixture(server.prisma);
    committeeId = fixture.committee.id;
  });
  afterAll(() => server.stop());

  async function createDraft(month: number) {
    const analyst = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }], `Analytiker ${month}`);
    server.actAs(analyst);
    const { createReport } = await server.query(CREATE, {
      input: { orgUnitId: String(committeeId), type: 'MONTHLY', period: { year: 2023, month } },
    });
    return { analyst, report: createReport };
  }

  const read = async (id: string) => (await server.query(REPORT, { id })).report!;

  it('refuses a second report of the same unit, type and period, and a type whose month does not match', async () => {
    await createDraft(1);
    const errors = await server.queryErrors(CREATE, {
      input: { orgUnitId: String(committeeId), type: 'MONTHLY', period: { year: 2023, month: 1 } },
    });
    expect(errors[0]!.extensions).toMatchObject({
      fieldErrors: [{ field: 'input.type', message: 'report.alreadyExists' }],
    });
    // Two created at the same moment (on PostgreSQL side by side): the unique key refuses the
    // second, answered as the same field error rather than an internal error.
    const input = { orgUnitId: String(committeeId), type: 'MONTHLY' as const, period: { year: 2023, month: 2 } };
    const both = await Promise.allSettled([server.query(CREATE, { input }), server.query(CREATE, { input })]);
    expect(both.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(String(both.find((outcome) => outcome.status === 'rejected')?.reason)).toContain('report.alreadyExists');
    await server.prisma.report.deleteMany({ where: { orgUnitId: committeeId, type: 'MONTHLY', year: 2023, month: 2 } });
    const wrongMonth = await server.queryErrors(CREATE, {
      input: { orgUnitId: String(committeeId), type: 'INTERIM_MARCH', period: { year: 2023, month: 4 } },
    });
    expect(wrongMonth[0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'input.period.month', message: 'report.monthDoesNotMatchType' }],
    });
  });

  it('keeps who wrote a text, refuses a save from an older version, and lets no viewer write', async () => {
    const { analyst, report } = await createDraft(2);
    const summary = sectionOf((await read(report.id)).content, 'SUMMARY');
    await server.query(SAVE_TEXT, {
      input: { sectionId: summary.id, text: '## Läget\n\n**Bra**', expectedVersion: 1 },
    });
    const saved = sectionOf((await read(report.id)).content, 'SUMMARY');
    expect(saved).toMatchObject({ analysisText: '## Läget\n\n**Bra**', analysisVersion: 2 });
    expect(saved.analysisUpdatedBy?.name).toBe(analyst.name);

    const stale = await server.queryErrors(SAVE_TEXT, {
      input: { sectionId: summary.id, text: 'Äldre', expectedVersion: 1 },
    });
    expect(stale[0]!.extensions).toMatchObject({ code: 'CONFLICT', current: { analysisText: '## Läget\n\n**Bra**' } });

    server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }]));
    const refused = await server.queryErrors(SAVE_TEXT, {
      input: { sectionId: summary.id, text: 'Nej', expectedVersion: 2 },
    });
    expect(refused[0]!.extensions?.code).toBe('FORBIDDEN');
    const audited = await server.prisma.auditEvent.count({
      where: {
        entityType: 'ReportSection',
        entityId: String(summary.id),
        operation: 'saveReportSectionText',
        userId: analyst.id,
      },
    });
    expect(audited).toBe(1);
  });

  it('shows in its R12 column the rolling twelve months an analyst entered on Registrera', async () => {
    const { report } = await createDraft(3);
    const [sickLeave, other] = await server.prisma.indicator.findMany({
      where: { name: { in: ['Sjukfrånvaro 1', 'Sjukfrånvaro 2'] } },
      orderBy: { name: 'asc' },
    });
    const monthlyTable = async () =>
      sectionOf((await read(report.id)).content, 'PERSPECTIVE', 'Medarbetare').indicatorTables.find(
        (table) => table.periodicity === 'MONTH',
      )!;
    // Nothing reported yet: the table has no R12 column.
    expect((await monthlyTable()).hasRolling12).toBe(false);

    await server.query(SAVE_VALUES, {
      input: {
        values: [
          { indicatorId: String(sickLeave!.id), period: '2023-03', outcome: 5.2, periodTarget: 5, rolling12: 5.4 },
          { indicatorId: String(other!.id), period: '2023-03', outcome: 4.9, periodTarget: 5 },
        ],
      },
    });
    const table = await monthlyTable();
    expect(table.hasRolling12).toBe(true);
    expect(table.rows).toEqual([
      expect.objectContaining({ name: 'Sjukfrånvaro 1', outcome: 5.2, rolling12: 5.4, isGenerated: false }),
      expect.objectContaining({ name: 'Sjukfrånvaro 2', outcome: 4.9, rolling12: null }),
    ]);
  });

  it('never submits a report with a text saved after the submission: one of the two is refused', async () => {
    // The analyst in two tabs: on PostgreSQL the requests run side by side.
    for (const month of [9, 10, 11, 12]) {
      const { report } = await createDraft(month);
      const summary = sectionOf((await read(report.id)).content, 'SUMMARY');
      const [saved, submitted] = await Promise.allSettled([
        server.query(SAVE_TEXT, { input: { sectionId: summary.id, text: 'Sent skriven text', expectedVersion: 1 } }),
        server.query(SUBMIT, { input: { reportId: report.id, expectedVersion: report.version } }),
      ]);
      expect([month, [saved.status, submitted.status].sort()]).toEqual([month, ['fulfilled', 'rejected']]);
      const refusal = String((saved.status === 'rejected' ? saved : (submitted as PromiseRejectedResult)).reason);
      expect([month, refusal]).toEqual([
        month,
        expect.stringContaining(saved.status === 'rejected' ? 'report.notDraft' : 'CONFLICT') as unknown,
      ]);
    }
  });

  it('is approved by the department head with the approver role, who may write nothing else', async () => {
    const { report } = await createDraft(4);
    const submitted = (await server.query(SUBMIT, { input: { reportId: report.id, expectedVersion: 1 } })).submitReport;
    const onlyReading = await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }]);
    server.actAs(onlyReading);
    expect((await read(report.id)).viewerCanApprove).toBe(false);
    const byViewer = await server.queryErrors(APPROVE, {
      input: { reportId: report.id, expectedVersion: submitted.version },
    });
    expect(byViewer[0]!.extensions?.code).toBe('FORBIDDEN');

    const departmentHead = await server.createUser(
      [
        { role: 'VIEWER', orgUnitCode: 'intraservice' },
        { role: 'APPROVER', orgUnitCode: 'intraservice' },
      ],
      'Vera Förvaltningschef',
    );
    server.actAs(departmentHead);
    const view = await read(report.id);
    expect(view).toMatchObject({ viewerCanApprove: true, viewerCanEdit: false });
    const summary = sectionOf(view.content, 'SUMMARY');
    const writing = await server.queryErrors(SAVE_TEXT, {
      input: { sectionId: summary.id, text: 'Förvaltningschefens text', expectedVersion: summary.analysisVersion },
    });
    expect(writing[0]!.extensions?.code).toBe('FORBIDDEN');
    const approved = await server.query(APPROVE, {
      input: { reportId: report.id, expectedVersion: submitted.version },
    });
    expect(approved.approveReport).toMatchObject({ status: 'APPROVED', approvedBy: { name: 'Vera Förvaltningschef' } });
  });

  it('is approved only by an approver or an administrator of the unit; sending back needs a comment; nothing changes after approval', async () => {
    const { report } = await createDraft(5);
    const submitted = (await server.query(SUBMIT, { input: { reportId: report.id, expectedVersion: 1 } })).submitReport;
    expect(submitted.status).toBe('SUBMITTED');

    const byAnalyst = await server.queryErrors(APPROVE, {
      input: { reportId: report.id, expectedVersion: submitted.version },
    });
    expect(byAnalyst[0]!.extensions?.code).toBe('FORBIDDEN');

    const administrator = await server.createUser(
      [{ role: 'ADMIN', orgUnitCode: 'intraservice' }],
      'Förvaltningschefen',
    );
    server.actAs(administrator);
    expect((await read(report.id)).viewerCanApprove).toBe(true);
    const withoutComment = await server.queryErrors(SEND_BACK, {
      input: { reportId: report.id, expectedVersion: submitted.version, comment: '  ' },
    });
    expect(withoutComment[0]!.extensions).toMatchObject({
      fieldErrors: [{ field: 'input.comment', message: 'required' }],
    });
    const sentBack = (
      await server.query(SEND_BACK, {
        input: {
          reportId: report.id,
          expectedVersion: submitted.version,
          comment: 'Komplettera analysen av sjukfrånvaron.',
        },
      })
    ).sendBackReport;
    expect(sentBack.status).toBe('DRAFT');
    expect((await read(report.id)).comments).toEqual([
      { text: 'Komplettera analysen av sjukfrånvaron.', author: { name: 'Förvaltningschefen' } },
    ]);

    const approvingDraft = await server.queryErrors(APPROVE, {
      input: { reportId: report.id, expectedVersion: sentBack.version },
    });
    expect(approvingDraft[0]!.extensions).toMatchObject({ fieldErrors: [{ message: 'report.notSubmitted' }] });

    server.actAs(await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }]));
    const resubmitted = (
      await server.query(SUBMIT, { input: { reportId: report.id, expectedVersion: sentBack.version } })
    ).submitReport;
    server.actAs(administrator);
    const approved = await server.query(APPROVE, {
      input: { reportId: report.id, expectedVersion: resubmitted.version },
    });
    expect(approved.approveReport).toMatchObject({ status: 'APPROVED', approvedBy: { name: 'Förvaltningschefen' } });
    expect(approved.approveReport.frozenAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    server.actAs(await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }]));
    const frozen = await read(report.id);
    expect(frozen.viewerCanEdit).toBe(false);
    const summary = sectionOf(frozen.content, 'SUMMARY');
    const edit = await server.queryErrors(SAVE_TEXT, {
      input: { sectionId: summary.id, text: 'Efteråt', expectedVersion: summary.analysisVersion },
    });
    expect(edit[0]!.extensions).toMatchObject({ fieldErrors: [{ message: 'report.approvedIsFrozen' }] });
  });

  it('keeps an approved report as approved when the data changes, while a draft follows the data', async () => {
    const sickLeave = await server.prisma.indicator.findFirstOrThrow({ where: { name: 'Sjukfrånvaro 1' } });
    const month = (periodNumber: number) => ({
      indicatorId: sickLeave.id,
      granularity: 'MONTH' as const,
      year: 2023,
      periodNumber,
    });
    await server.prisma.indicatorValue.updateMany({ where: month(6), data: { outcome: 5.9 } });
    await server.prisma.indicatorValue.create({
      data: { ...month(7), outcome: 5.9, periodTarget: 5, fullYearForecast: 5.5, annualTarget: 5 },
    });
    await server.prisma.assignment.create({
      data: {
        orgUnitId: committeeId,
        year: 2023,
        source: 'COUNCIL_BUDGET',
        title: 'Minska administrationen',
        deadline: new Date('2023-12-31'),
        updates: {
          create: [
            { year: 2023, month: 7, status: 'ONGOING' },
            { year: 2023, month: 8, status: 'PROPOSED_COMPLETE' },
          ],
        },
      },
    });
    const { report: draft } = await createDraft(6);
    const { report } = await createDraft(7);
    const submitted = (await server.query(SUBMIT, { input: { reportId: report.id, expectedVersion: 1 } })).submitReport;
    server.actAs(await server.createUser([{ role: 'ADMIN', orgUnitCode: 'goteborg' }]));
    await server.query(APPROVE, { input: { reportId: report.id, expectedVersion: submitted.version } });
    const before = await read(report.id);
    expect(rowOf(before.content, 'Medarbetare', 'Sjukfrånvaro 1')).toMatchObject({ outcome: 5.9, status: 'RED' });
    expect(before.content.isFrozen).toBe(true);

    await server.prisma.indicatorValue.updateMany({ where: { ...month(6) }, data: { outcome: 7.5 } });
    await server.prisma.indicatorValue.updateMany({ where: { ...month(7) }, data: { outcome: 7.5 } });
    await server.prisma.goal.updateMany({ where: { orgUnitId: committeeId }, data: { title: 'Nytt namn' } });
    const after = await read(report.id);
    expect(after.content).toEqual(before.content);
    // June is a generated value in the fixture: the draft marks it, the frozen July does not (reported).
    expect(rowOf((await read(draft.id)).content, 'Medarbetare', 'Sjukfrånvaro 1')).toMatchObject({
      outcome: 7.5,
      isGenerated: true,
    });
    expect(rowOf(before.content, 'Medarbetare', 'Sjukfrånvaro 1')?.isGenerated).toBe(false);

    // A snapshot frozen before reports said which figures are generated reads as it did, unmarked.
    const stored = await server.prisma.report.findUniqueOrThrow({ where: { id: Number(report.id) } });
    const marks = ['statusSetByHand', 'isGenerated', 'previousYearIsGenerated', 'rolledUpFrom', 'isDemoValue'];
    const legacy = JSON.parse(JSON.stringify(stored.snapshot), (key, value: unknown) =>
      marks.includes(key) ? undefined : value,
    ) as object;
    await server.prisma.report.update({ where: { id: stored.id }, data: { snapshot: legacy } });
    expect((await read(report.id)).content).toEqual(before.content);
  });

  it('compares a report with the previous one of the unit: colours, forecasts and assignments that changed', async () => {
    const sickLeave = await server.prisma.indicator.findFirstOrThrow({ where: { name: 'Sjukfrånvaro 1' } });
    await server.prisma.indicatorValue.create({
      data: {
        indicatorId: sickLeave.id,
        granularity: 'MONTH',
        year: 2023,
        periodNumber: 8,
        outcome: 4.0,
        periodTarget: 5,
        fullYearForecast: 4.8,
        annualTarget: 5,
      },
    });
    const { report: august } = await createDraft(8);
    const comparison = (await read(august.id)).comparison;
    expect(comparison.previous?.period).toEqual({ year: 2023, month: 7 });
    expect(comparison.colourChanges).toContainEqual({
      kind: 'INDICATOR',
      name: 'Sjukfrånvaro 1',
      previous: 'RED',
      current: 'GREEN',
    });
    expect(comparison.forecastChanges).toContainEqual({ name: 'Sjukfrånvaro 1', previous: 5.5, current: 4.8 });
    expect(comparison.assignmentChanges).toEqual([
      { title: 'Minska administrationen', previous: 'ONGOING', current: 'PROPOSED_COMPLETE' },
    ]);
  });
});

describe('the cost of compiling a report', () => {
  it('sends the same number of SQL statements for 2 goals, indicators and activities as for 8', async () => {
    const statementsFor = async (committeeGoals: number): Promise<number> => {
      const server = await startGraphqlTestServer();
      try {
        const { committee } = await createGoalFixture(server.prisma, { committeeGoals });
        server.actAs(await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }]));
        const { createReport } = await server.query(CREATE, {
          input: { orgUnitId: String(committee.id), type: 'MONTHLY', period: { year: 2023, month: 5 } },
        });
        server.statements.length = 0;
        const { report } = await server.query(REPORT, { id: createReport.id });
        expect(sectionOf(report!.content, 'ACTIVITIES').activities).toHaveLength(committeeGoals);
        expect(sectionOf(report!.content, 'PERSPECTIVE', 'Medarbetare').indicatorTables[0]!.rows).toHaveLength(
          committeeGoals,
        );
        return server.statements.length;
      } finally {
        await server.stop();
      }
    };
    const few = await statementsFor(2);
    const many = await statementsFor(8);
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(45);
  });
});
