import type { PrismaClient } from '@lagesbild/db';
import { createPortfolioFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';
import type { SignedInUser } from '../access';
import { runAudited, withAuditedWrites } from '../audit';
import { guardClosedPeriods } from './period-lock';
import { closeReportingPeriod, generateReportingCalendar, reopenReportingPeriod } from './reporting-calendar-service';

/**
 * A closed period locks what was reported for its dates on every write path: a change without a
 * correction reason is refused beside the reason's field, with one it is saved and recorded as a
 * correction (Rättelse) with the reason, in the same transaction.
 */
const SAVE_VALUE = graphql(`
  mutation PeriodLockTest_SaveValue($input: IndicatorValueInput!) {
    saveIndicatorValue(input: $input) {
      outcome
      version
    }
  }
`);
const SAVE_VALUES = graphql(`
  mutation PeriodLockTest_SaveValues($input: IndicatorValuesInput!) {
    saveIndicatorValues(input: $input) {
      outcome
    }
  }
`);
const SET_ASSESSMENT = graphql(`
  mutation PeriodLockTest_SetAssessment($input: GoalAssessmentInput!) {
    setGoalAssessment(input: $input) {
      fulfilment
    }
  }
`);
const SAVE_ACTIVITY = graphql(`
  mutation PeriodLockTest_SaveActivity($input: ActivityUpdateInput!) {
    saveActivityUpdate(input: $input) {
      status
    }
  }
`);
const SAVE_ASSIGNMENT_STATUS = graphql(`
  mutation PeriodLockTest_SaveAssignmentStatus($input: AssignmentUpdateInput!) {
    saveAssignmentUpdate(input: $input) {
      status
    }
  }
`);
const SAVE_AUDIT_ACTION_STATUS = graphql(`
  mutation PeriodLockTest_SaveAuditActionStatus($input: AuditActionUpdateInput!) {
    saveAuditActionUpdate(input: $input) {
      status
    }
  }
`);
const SAVE_NARRATIVE = graphql(`
  mutation PeriodLockTest_SaveNarrative($input: PortfolioPeriodStatusInput!) {
    savePortfolioPeriodStatus(input: $input) {
      narrative
    }
  }
`);
const RECORD_CONTROL_RESULT = graphql(`
  mutation PeriodLockTest_RecordControlResult($input: ControlResultInput!) {
    recordControlResult(input: $input) {
      performed
    }
  }
`);
const ADD_VALUATION = graphql(`
  mutation PeriodLockTest_AddValuation($input: RiskValuationInput!) {
    addRiskValuation(input: $input) {
      valuedOn
    }
  }
`);
const CREATE_RISK = graphql(`
  mutation PeriodLockTest_CreateRisk($input: CreateRiskInput!) {
    createRisk(input: $input) {
      title
    }
  }
`);
const ADD_STATUS = graphql(`
  mutation PeriodLockTest_AddStatus($input: ProjectStatusUpdateInput!) {
    addProjectStatusUpdate(input: $input) {
      statusDate
    }
  }
`);
const CLOSE = graphql(`
  mutation PeriodLockTest_Close($input: CloseReportingPeriodInput!) {
    closeReportingPeriod(input: $input) {
      status
    }
  }
`);

/** Long enough for the other transaction to reach its lock on a database server. */
const GRACE_MILLISECONDS = 300;
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}
const pause = (milliseconds: number) => new Promise((done) => setTimeout(done, milliseconds));

describe('a closed reporting period', () => {
  let server: GraphqlTestServer;
  let audited: PrismaClient;
  let admin: SignedInUser;
  let analyst: SignedInUser;
  let fixture: Awaited<ReturnType<typeof createPortfolioFixture>>;
  let indicatorId: number;
  let goalId: number;
  let activityId: number;

  const periodOf = (year: number, kind: 'MONTH' | 'TERTIAL' | 'ANNUAL', number: number) =>
    server.prisma.reportingPeriod.findFirstOrThrow({ where: { calendar: { year }, kind, number } });
  const close = async (year: number, month: number) => {
    const period = await periodOf(year, 'MONTH', month);
    await runAudited(audited, 'closeReportingPeriod', admin.id, (tx) =>
      closeReportingPeriod(tx, { periodId: period.id, expectedVersion: period.version, reason: null }),
    );
  };
  const valueOf = (month: number) =>
    server.prisma.indicatorValue.findUnique({
      where: {
        indicatorId_granularity_year_periodNumber: {
          indicatorId,
          granularity: 'MONTH',
          year: 2023,
          periodNumber: month,
        },
      },
    });
  const correctionsOf = (operation: string) =>
    server.prisma.auditEvent.findMany({ where: { operation, entityType: 'PeriodCorrection' }, orderBy: { id: 'asc' } });
  const refusal = (field: string) => ({
    code: 'BAD_USER_INPUT',
    fieldErrors: [{ field, message: 'periodClosed' }],
  });

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    audited = withAuditedWrites(server.prisma);
    fixture = await createPortfolioFixture(server.prisma);
    admin = await server.createUser([{ role: 'ADMIN', orgUnitCode: 'goteborg' }], 'Administratör');
    analyst = await server.createUser(
      [
        { role: 'ANALYST', orgUnitCode: 'intraservice' },
        { role: 'PORTFOLIO_OFFICE', orgUnitCode: 'intraservice' },
      ],
      'Analytiker',
    );
    indicatorId = (await server.prisma.indicator.findFirstOrThrow({ where: { code: 'SJUKFRANVARO-1' } })).id;
    const goal = await server.prisma.goal.findFirstOrThrow({ where: { title: 'Nämndmål 1' } });
    goalId = goal.id;
    activityId = (await server.prisma.activity.findFirstOrThrow({ where: { goalId } })).id;
    for (const year of [2023, 2024]) {
      await runAudited(audited, 'generateReportingCalendar', admin.id, (tx) =>
        generateReportingCalendar(tx, {
          orgUnitId: fixture.city.id,
          year,
          workingDaysAfterPeriodEnd: 8,
          expectedVersion: null,
        }),
      );
    }
    await close(2023, 5);
    await close(2024, 9);
    server.actAs(analyst);
  });
  afterAll(() => server.stop());

  describe("an indicator's value (Registrera)", () => {
    it('is refused without a correction reason, and nothing is written', async () => {
      const before = (await valueOf(5))!;
      const errors = await server.queryErrors(SAVE_VALUE, {
        input: { indicatorId: String(indicatorId), period: '2023-05', outcome: 6.1, expectedVersion: before.version },
      });
      expect(errors[0]!.extensions).toMatchObject(refusal('input.correctionReason'));
      expect(await valueOf(5)).toEqual(before);
    });

    it('names each value of a batch in a closed period, and lets those of an open one through with it', async () => {
      const may = (await valueOf(5))!;
      const june = (await valueOf(6))!;
      const errors = await server.queryErrors(SAVE_VALUES, {
        input: {
          values: [
            { indicatorId: String(indicatorId), period: '2023-06', outcome: 4.9, expectedVersion: june.version },
            { indicatorId: String(indicatorId), period: '2023-05', outcome: 6.1, expectedVersion: may.version },
          ],
        },
      });
      expect(errors[0]!.extensions).toMatchObject(refusal('input.values.1.correctionReason'));
      const { saveIndicatorValues } = await server.query(SAVE_VALUES, {
        input: {
          values: [
            { indicatorId: String(indicatorId), period: '2023-06', outcome: 4.9, expectedVersion: june.version },
          ],
        },
      });
      expect(saveIndicatorValues).toEqual([{ outcome: 4.9 }]);
    });

    it('is saved with a reason and recorded as a correction of the period', async () => {
      const before = (await valueOf(5))!;
      const { saveIndicatorValue } = await server.query(SAVE_VALUE, {
        input: {
          indicatorId: String(indicatorId),
          period: '2023-05',
          outcome: 6.1,
          expectedVersion: before.version,
          correctionReason: 'Felräknad sjukfrånvaro',
        },
      });
      expect(saveIndicatorValue).toEqual({ outcome: 6.1, version: before.version + 1 });
      const may = await periodOf(2023, 'MONTH', 5);
      expect(await correctionsOf('saveIndicatorValue')).toEqual([
        expect.objectContaining({
          userId: analyst.id,
          action: 'CREATE',
          orgUnitId: fixture.committee.id,
          changes: expect.objectContaining({
            periodId: { old: null, new: may.id },
            entityType: { old: null, new: 'IndicatorValue' },
            reason: { old: null, new: 'Felräknad sjukfrånvaro' },
          }) as unknown,
        }),
      ]);
      const valueEvents = await server.prisma.auditEvent.findMany({
        where: { operation: 'saveIndicatorValue', entityType: 'IndicatorValue', entityId: String(before.id) },
      });
      expect(valueEvents).toHaveLength(1);
    });

    it('locks its R12 as its other figures: a change of the R12 alone is a correction', async () => {
      const before = (await valueOf(5))!;
      // The grid sends every figure of the row; only the R12 differs from what is saved.
      const input = {
        indicatorId: String(indicatorId),
        period: '2023-05',
        outcome: before.outcome,
        periodTarget: before.periodTarget,
        fullYearForecast: before.fullYearForecast,
        annualTarget: before.annualTarget,
        rolling12: 5.7,
        expectedVersion: before.version,
      };
      const errors = await server.queryErrors(SAVE_VALUES, { input: { values: [input] } });
      expect(errors[0]!.extensions).toMatchObject(refusal('input.values.0.correctionReason'));
      expect(await valueOf(5)).toEqual(before);
      await server.query(SAVE_VALUES, {
        input: { values: [{ ...input, correctionReason: 'R12 från HR saknades' }] },
      });
      expect(await valueOf(5)).toMatchObject({ rolling12: 5.7, version: before.version + 1 });
      expect((await correctionsOf('saveIndicatorValues')).map((event) => event.changes)).toEqual([
        expect.objectContaining({ reason: { old: null, new: 'R12 från HR saknades' } }),
      ]);
    });
  });

  it("locks a goal's assessment of the period", async () => {
    const input = { goalId: String(goalId), year: 2023, month: 5, fulfilment: 'FULFILLED' as const };
    const errors = await server.queryErrors(SET_ASSESSMENT, { input });
    expect(errors[0]!.extensions).toMatchObject(refusal('input.correctionReason'));
    const { setGoalAssessment } = await server.query(SET_ASSESSMENT, {
      input: { ...input, correctionReason: 'Bedömningen kom in sent' },
    });
    expect(setGoalAssessment.fulfilment).toBe('FULFILLED');
    expect((await correctionsOf('setGoalAssessment')).map((event) => event.changes)).toEqual([
      expect.objectContaining({ entityType: { old: null, new: 'GoalAssessment' } }),
    ]);
  });

  it("locks an activity's status of the period", async () => {
    const current = await server.prisma.activityUpdate.findFirstOrThrow({
      where: { activityId, year: 2023, month: 5 },
    });
    const input = {
      activityId: String(activityId),
      year: 2023,
      month: 5,
      status: 'DELAYED' as const,
      expectedVersion: current.version,
    };
    const errors = await server.queryErrors(SAVE_ACTIVITY, { input });
    expect(errors[0]!.extensions).toMatchObject(refusal('input.correctionReason'));
    expect(await server.prisma.activityUpdate.findUnique({ where: { id: current.id } })).toEqual(current);
    const { saveActivityUpdate } = await server.query(SAVE_ACTIVITY, {
      input: { ...input, correctionReason: 'Försenad enligt styrgruppen' },
    });
    expect(saveActivityUpdate.status).toBe('DELAYED');
    expect(await correctionsOf('saveActivityUpdate')).toHaveLength(1);
  });

  it("locks an assignment's status of the period, and leaves the next month's open", async () => {
    const assignment = await server.prisma.assignment.create({
      data: { orgUnitId: fixture.committee.id, year: 2023, source: 'COUNCIL_BUDGET', title: 'Utred lokalbehovet' },
    });
    const versionIn = async (month: number) =>
      (
        await server.prisma.assignmentUpdate.findUnique({
          where: { assignmentId_year_month: { assignmentId: assignment.id, year: 2023, month } },
        })
      )?.version ?? null;
    const input = async (month: number) => ({
      assignmentId: String(assignment.id),
      year: 2023,
      month,
      status: 'ONGOING' as const,
      expectedVersion: await versionIn(month),
    });
    const may = await input(5);
    const errors = await server.queryErrors(SAVE_ASSIGNMENT_STATUS, { input: may });
    expect(errors[0]!.extensions).toMatchObject(refusal('input.correctionReason'));
    expect(await versionIn(5)).toBe(may.expectedVersion);
    const { saveAssignmentUpdate } = await server.query(SAVE_ASSIGNMENT_STATUS, {
      input: { ...may, correctionReason: 'Statusen för maj saknades' },
    });
    expect(saveAssignmentUpdate.status).toBe('ONGOING');
    expect((await correctionsOf('saveAssignmentUpdate')).map((event) => event.changes)).toEqual([
      expect.objectContaining({
        entityType: { old: null, new: 'AssignmentUpdate' },
        reason: { old: null, new: 'Statusen för maj saknades' },
      }),
    ]);
    const june = await server.query(SAVE_ASSIGNMENT_STATUS, { input: await input(6) });
    expect(june.saveAssignmentUpdate.status).toBe('ONGOING');
  });

  it("locks the status of an audit recommendation's action of the period", async () => {
    const recommendation = await server.prisma.auditRecommendation.create({
      data: {
        recommendation: 'Följ upp avtalen',
        auditReport: {
          create: {
            orgUnitId: fixture.committee.id,
            year: 2023,
            title: 'Granskning av inköp',
            auditor: 'Stadsrevisionen',
            reportDate: new Date('2023-03-15'),
          },
        },
      },
    });
    const mayOf = { recommendationId: recommendation.id, year: 2023, month: 5 };
    const current = await server.prisma.auditActionUpdate.findUnique({
      where: { recommendationId_year_month: mayOf },
    });
    const input = {
      recommendationId: String(recommendation.id),
      year: 2023,
      month: 5,
      status: 'ONGOING' as const,
      expectedVersion: current?.version ?? null,
    };
    const errors = await server.queryErrors(SAVE_AUDIT_ACTION_STATUS, { input });
    expect(errors[0]!.extensions).toMatchObject(refusal('input.correctionReason'));
    expect(await server.prisma.auditActionUpdate.findUnique({ where: { recommendationId_year_month: mayOf } })).toEqual(
      current,
    );
    const { saveAuditActionUpdate } = await server.query(SAVE_AUDIT_ACTION_STATUS, {
      input: { ...input, correctionReason: 'Åtgärden rapporterades muntligt' },
    });
    expect(saveAuditActionUpdate.status).toBe('ONGOING');
    expect(await correctionsOf('saveAuditActionUpdate')).toHaveLength(1);
  });

  it("locks a project's status report dated in the period", async () => {
    const input = {
      projectId: String(fixture.telephony.id),
      statusDate: '2024-09-30',
      time: { status: 'GREEN' as const },
      cost: { status: 'GREEN' as const },
      result: { status: 'GREEN' as const },
      basedOnStatusUpdateId: String(fixture.latestTelephonyStatusUpdate.id),
    };
    const errors = await server.queryErrors(ADD_STATUS, { input });
    expect(errors[0]!.extensions).toMatchObject(refusal('input.correctionReason'));
    const { addProjectStatusUpdate } = await server.query(ADD_STATUS, {
      input: { ...input, correctionReason: 'Status för september saknades' },
    });
    expect(addProjectStatusUpdate.statusDate).toBe('2024-09-30');
    expect(await correctionsOf('addProjectStatusUpdate')).toHaveLength(1);
  });

  it("locks a portfolio's narrative of the month", async () => {
    const portfolioId = fixture.portfolio.id;
    const input = { portfolioId: String(portfolioId), year: 2024, month: 9, narrative: 'Allt enligt plan.' };
    const errors = await server.queryErrors(SAVE_NARRATIVE, { input });
    expect(errors[0]!.extensions).toMatchObject(refusal('input.correctionReason'));
    expect(await server.prisma.portfolioPeriodStatus.count({ where: { portfolioId, year: 2024, month: 9 } })).toBe(0);
    const { savePortfolioPeriodStatus } = await server.query(SAVE_NARRATIVE, {
      input: { ...input, correctionReason: 'Lägesbeskrivningen för september saknades' },
    });
    expect(savePortfolioPeriodStatus.narrative).toBe('Allt enligt plan.');
    expect(await correctionsOf('savePortfolioPeriodStatus')).toHaveLength(1);
  });

  it("locks an internal control's result of the month", async () => {
    const control = await server.prisma.internalControl.create({
      data: { orgUnitId: fixture.committee.id, title: 'Attest av leverantörsfakturor' },
    });
    const input = { controlId: String(control.id), year: 2023, month: 5, performed: true, outcome: 'OK' as const };
    const errors = await server.queryErrors(RECORD_CONTROL_RESULT, { input });
    expect(errors[0]!.extensions).toMatchObject(refusal('input.correctionReason'));
    expect(await server.prisma.controlResult.count({ where: { controlId: control.id } })).toBe(0);
    const { recordControlResult } = await server.query(RECORD_CONTROL_RESULT, {
      input: { ...input, correctionReason: 'Kontrollen utfördes men registrerades inte' },
    });
    expect(recordControlResult.performed).toBe(true);
    expect(await correctionsOf('recordControlResult')).toHaveLength(1);
  });

  it('locks a risk valuation dated in the period, and takes one dated after it', async () => {
    const category = await server.prisma.riskCategory.create({ data: { code: 'period-lock', name: 'Verksamhet' } });
    const risk = await server.prisma.risk.create({
      data: { orgUnitId: fixture.committee.id, categoryId: category.id, title: 'Kompetensförsörjning' },
    });
    const input = { riskId: String(risk.id), valuedOn: '2023-05-20', probability: 3, consequence: 2 };
    const errors = await server.queryErrors(ADD_VALUATION, { input });
    expect(errors[0]!.extensions).toMatchObject(refusal('input.correctionReason'));
    expect(await server.prisma.riskValuation.count({ where: { riskId: risk.id } })).toBe(0);
    const { addRiskValuation } = await server.query(ADD_VALUATION, {
      input: { ...input, correctionReason: 'Värderingen gjordes i maj men fördes inte in' },
    });
    expect(addRiskValuation.valuedOn).toBe('2023-05-20');
    expect(await correctionsOf('addRiskValuation')).toHaveLength(1);
    const june = await server.query(ADD_VALUATION, { input: { ...input, valuedOn: '2023-06-02' } });
    expect(june.addRiskValuation.valuedOn).toBe('2023-06-02');
  });

  it("locks a new risk's first valuation dated in the period, and takes one dated after it", async () => {
    const category = await server.prisma.riskCategory.create({ data: { code: 'period-lock-new', name: 'Ekonomi' } });
    const input = {
      orgUnitId: String(fixture.committee.id),
      categoryId: String(category.id),
      title: 'Ökade energikostnader',
      valuation: { valuedOn: '2023-05-20', probability: 3, consequence: 3 },
    };
    const errors = await server.queryErrors(CREATE_RISK, { input });
    expect(errors[0]!.extensions).toMatchObject(refusal('input.correctionReason'));
    expect(await server.prisma.risk.count({ where: { title: input.title } })).toBe(0);
    const { createRisk } = await server.query(CREATE_RISK, {
      input: { ...input, correctionReason: 'Risken fanns i maj men registrerades inte' },
    });
    expect(createRisk.title).toBe(input.title);
    expect(await correctionsOf('createRisk')).toHaveLength(1);
    const june = await server.query(CREATE_RISK, {
      input: { ...input, title: 'Nya lokalkostnader', valuation: { ...input.valuation, valuedOn: '2023-06-02' } },
    });
    expect(june.createRisk.title).toBe('Nya lokalkostnader');
  });

  it('takes changes without a reason again once reopened', async () => {
    const may = await periodOf(2023, 'MONTH', 5);
    await runAudited(audited, 'reopenReportingPeriod', admin.id, (tx) =>
      reopenReportingPeriod(tx, { periodId: may.id, expectedVersion: may.version, reason: 'Fel i underlaget' }),
    );
    const before = (await valueOf(5))!;
    const { saveIndicatorValue } = await server.query(SAVE_VALUE, {
      input: { indicatorId: String(indicatorId), period: '2023-05', outcome: 6.0, expectedVersion: before.version },
    });
    expect(saveIndicatorValue.outcome).toBe(6.0);
  });

  /**
   * A value save and a close, interleaved: one side is held open inside its transaction while the
   * other is sent. On PostgreSQL (TEST_DATABASE_URL) they run on separate connections and the
   * period's row lock decides; on PGlite one connection runs them one after the other. Either way
   * no value may land in a period after it closed.
   */
  describe('a save and a close at the same time', () => {
    it('refuses the value when the close took the period first', async () => {
      const period = await periodOf(2023, 'MONTH', 8);
      // Read before the close opens its transaction: on PGlite a read beside it waits for it.
      const before = await valueOf(8);
      const closeHeld = deferred();
      const releaseClose = deferred();
      const closing = runAudited(audited, 'closeReportingPeriod', admin.id, async (tx) => {
        await closeReportingPeriod(tx, { periodId: period.id, expectedVersion: period.version, reason: null });
        closeHeld.resolve();
        await releaseClose.promise;
      });
      await closeHeld.promise;

      server.actAs(analyst);
      const saving = server.queryErrors(SAVE_VALUE, {
        input: { indicatorId: String(indicatorId), period: '2023-08', outcome: 5.1 },
      });
      await pause(GRACE_MILLISECONDS);
      releaseClose.resolve();
      await closing;

      expect((await saving)[0]!.extensions).toMatchObject(refusal('input.correctionReason'));
      expect(before).toBeNull();
      expect(await valueOf(8)).toBeNull();
    });

    it('makes the close wait for a save that found the period open', async () => {
      const period = await periodOf(2023, 'MONTH', 9);
      const saveHeld = deferred();
      const releaseSave = deferred();
      const saving = runAudited(audited, 'saveIndicatorValue', analyst.id, async (tx) => {
        await guardClosedPeriods(tx, [
          {
            orgUnitId: fixture.committee.id,
            date: '2023-09-30',
            entityType: 'IndicatorValue',
            field: 'input.correctionReason',
            correctionReason: null,
          },
        ]);
        saveHeld.resolve();
        await releaseSave.promise;
        await tx.indicatorValue.create({
          data: { indicatorId, granularity: 'MONTH', year: 2023, periodNumber: 9, outcome: 5.3 },
        });
      });
      await saveHeld.promise;

      server.actAs(admin);
      let closedWhileSaveOpen = false;
      const closing = server.query(CLOSE, { input: { periodId: String(period.id), expectedVersion: period.version } });
      void closing.then(() => (closedWhileSaveOpen = true));
      await pause(GRACE_MILLISECONDS);
      expect(closedWhileSaveOpen).toBe(false);
      releaseSave.resolve();
      await saving;
      expect((await closing).closeReportingPeriod.status).toBe('CLOSED');

      // The value's audit event was written before the close's: the period was open when it landed.
      const events = await server.prisma.auditEvent.findMany({
        where: {
          OR: [
            { operation: 'saveIndicatorValue', entityType: 'IndicatorValue' },
            { operation: 'closeReportingPeriod', entityType: 'ReportingPeriod', entityId: String(period.id) },
          ],
        },
        orderBy: { id: 'asc' },
      });
      expect(events.slice(-2).map((event) => event.operation)).toEqual(['saveIndicatorValue', 'closeReportingPeriod']);
      expect((await valueOf(9))?.outcome).toBe(5.3);
    });
  });
});
