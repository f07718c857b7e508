import { createClosedMonth, createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import type { IndicatorDefinitionInput, MonthInput } from '../../testing/generated/graphql';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';
import type { SignedInUser } from '../access';

const UPDATE = graphql(`
  mutation ThresholdHistoryTest_Update($input: UpdateIndicatorInput!) {
    updateIndicator(input: $input) {
      id
      thresholdKind
      yellowThreshold
      redThreshold
      version
    }
  }
`);
const JUDGED = graphql(`
  query ThresholdHistoryTest_Judged($id: ID!) {
    indicator(id: $id) {
      april: value(period: "2023-04") {
        status
      }
      may: value(period: "2023-05") {
        status
      }
      series(granularity: MONTH, fromYear: 2023, toYear: 2023) {
        period
        status
      }
      thresholdHistory {
        fromMonth
        thresholdKind
        yellowThreshold
        redThreshold
        changedAt
        changedBy
      }
    }
  }
`);
const OVERVIEW = graphql(`
  query ThresholdHistoryTest_Overview($month: MonthInput!) {
    overview(orgUnitCode: "intraservice", upTo: $month) {
      perspectives {
        indicatorsGreen
        indicatorsYellow
        indicatorsRed
      }
    }
  }
`);

/** Sjukfrånvaro's definition as the fixture has it, with absolute thresholds of 0.5 and 1 point. */
const tightened: IndicatorDefinitionInput = {
  name: 'Sjukfrånvaro 1',
  unit: 'PERCENT',
  periodicity: 'MONTH',
  direction: 'LOWER_IS_BETTER',
  cumulative: false,
  levelAggregation: 'LATEST',
  unitRollup: 'AVERAGE',
  thresholdKind: 'ABSOLUTE',
  yellowThreshold: 0.5,
  redThreshold: 1,
  ownerId: null,
  isKey: false,
};

describe("an indicator's thresholds over time", () => {
  let server: GraphqlTestServer;
  let administrator: SignedInUser;

  beforeEach(async () => {
    server = await startGraphqlTestServer();
    await createGoalFixture(server.prisma);
    administrator = await server.createUser([{ role: 'ADMIN', orgUnitCode: 'goteborg' }], 'Ada Administratör');
    const sickLeave = await sickLeaveOne();
    // April: 5,2 % against 5 %, yellow by the 5 % tolerance the fixture's indicator has and green
    // within the tightened 0,5 point. May (the fixture's): 5,9 %, red by the tolerance, yellow
    // within 1 point.
    await server.prisma.indicatorValue.create({
      data: {
        indicatorId: sickLeave.id,
        granularity: 'MONTH',
        year: 2023,
        periodNumber: 4,
        outcome: 5.2,
        periodTarget: 5,
      },
    });
  });
  afterEach(() => server.stop());

  const sickLeaveOne = () => server.prisma.indicator.findFirstOrThrow({ where: { code: 'SJUKFRANVARO-1' } });

  async function change(changes: Partial<IndicatorDefinitionInput>, thresholdsFrom: MonthInput | null) {
    const current = await sickLeaveOne();
    server.actAs(administrator);
    return {
      id: String(current.id),
      input: {
        id: String(current.id),
        expectedVersion: current.version,
        definition: { ...tightened, ...changes },
        thresholdsFrom,
      },
    };
  }

  it('judges the periods before the month by the thresholds they had, and those from it by the new', async () => {
    const { id, input } = await change({}, { year: 2023, month: 5 });
    const before = await server.query(JUDGED, { id });
    expect([before.indicator!.april!.status, before.indicator!.may!.status]).toEqual(['YELLOW', 'RED']);

    const { updateIndicator } = await server.query(UPDATE, { input });
    expect(updateIndicator).toMatchObject({ thresholdKind: 'ABSOLUTE', yellowThreshold: 0.5, redThreshold: 1 });

    const { indicator } = await server.query(JUDGED, { id });
    expect([indicator!.april!.status, indicator!.may!.status]).toEqual(['YELLOW', 'YELLOW']);
    const statusOf = (period: string) => indicator!.series.find((point) => point.period === period)?.status;
    expect([statusOf('2023-04'), statusOf('2023-05')]).toEqual(['YELLOW', 'YELLOW']);
    // The tolerance rule of the fixture's indicator, as the thresholds it amounts to, then the new set.
    expect(indicator!.thresholdHistory).toEqual([
      {
        fromMonth: null,
        thresholdKind: 'RELATIVE',
        yellowThreshold: 0,
        redThreshold: 5,
        changedAt: null,
        changedBy: null,
      },
      {
        fromMonth: '2023-05',
        thresholdKind: 'ABSOLUTE',
        yellowThreshold: 0.5,
        redThreshold: 1,
        changedAt: expect.any(String) as unknown,
        changedBy: 'Ada Administratör',
      },
    ]);
  });

  it("keeps the overview of a month before the change as it was, and counts the month's by the new", async () => {
    const countsIn = async (month: number) => {
      server.actAs(administrator);
      const { overview } = await server.query(OVERVIEW, { month: { year: 2023, month } });
      const { indicatorsGreen, indicatorsYellow, indicatorsRed } = overview!.perspectives[0]!;
      return [indicatorsGreen, indicatorsYellow, indicatorsRed];
    };
    // Sjukfrånvaro 2 (red in May by 5,9 %) has no April value and is left as it is.
    expect(await countsIn(4)).toEqual([0, 1, 0]);
    expect(await countsIn(5)).toEqual([0, 0, 2]);

    await server.query(UPDATE, { input: (await change({}, { year: 2023, month: 5 })).input });

    expect(await countsIn(4)).toEqual([0, 1, 0]);
    expect(await countsIn(5)).toEqual([0, 1, 1]);
  });

  it('asks for the month only when the thresholds of an indicator with values change', async () => {
    const { input } = await change({}, null);
    const errors = await server.queryErrors(UPDATE, { input });
    expect(errors[0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'input.thresholdsFrom', message: 'required' }],
    });
    expect(await server.prisma.indicatorThresholdSet.count()).toBe(0);
    expect((await sickLeaveOne()).thresholdKind).toBe('RELATIVE');

    // The same thresholds (the tolerance rule's, as the form shows them) with a new name: no month.
    const rename = await change(
      { name: 'Sjukfrånvaro, total', thresholdKind: 'RELATIVE', yellowThreshold: 0, redThreshold: 5 },
      null,
    );
    await server.query(UPDATE, { input: rename.input });
    expect(await server.prisma.indicatorThresholdSet.count()).toBe(0);

    // An indicator without values has no period to keep: its thresholds simply change.
    const kommunstyrelsen = await server.prisma.indicator.findFirstOrThrow({
      where: { orgUnit: { code: 'kommunstyrelsen' } },
    });
    await server.prisma.indicatorValue.deleteMany({ where: { indicatorId: kommunstyrelsen.id } });
    await server.query(UPDATE, {
      input: {
        id: String(kommunstyrelsen.id),
        expectedVersion: kommunstyrelsen.version,
        definition: {
          ...tightened,
          name: kommunstyrelsen.name,
          unit: kommunstyrelsen.unit,
          periodicity: kommunstyrelsen.periodicity,
          direction: kommunstyrelsen.direction,
        },
      },
    });
    expect(await server.prisma.indicatorThresholdSet.count()).toBe(0);
  });

  it('refuses a month before the last change, and replaces a change made from the same month', async () => {
    await server.query(UPDATE, { input: (await change({}, { year: 2023, month: 5 })).input });

    const earlier = await change({ redThreshold: 2 }, { year: 2023, month: 3 });
    const errors = await server.queryErrors(UPDATE, { input: earlier.input });
    expect(errors[0]!.extensions).toMatchObject({
      fieldErrors: [{ field: 'input.thresholdsFrom', message: 'beforeLastThresholdChange' }],
    });

    const { id, input } = await change({ redThreshold: 2 }, { year: 2023, month: 5 });
    await server.query(UPDATE, { input });
    const { indicator } = await server.query(JUDGED, { id });
    expect(indicator!.thresholdHistory.map((set) => [set.fromMonth, set.redThreshold])).toEqual([
      [null, 5],
      ['2023-05', 2],
    ]);
  });

  it('keeps one of two changes saved at the same moment and answers the other with a conflict', async () => {
    const first = await change({ redThreshold: 2 }, { year: 2023, month: 5 });
    const second = await change({ redThreshold: 3 }, { year: 2023, month: 5 });
    const outcomes = await Promise.allSettled([
      server.query(UPDATE, { input: first.input }),
      server.query(UPDATE, { input: second.input }),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refusal = outcomes.find((outcome) => outcome.status === 'rejected');
    expect(String(refusal?.reason)).toMatch(/CONFLICT/);
    const { indicator } = await server.query(JUDGED, { id: first.id });
    expect(indicator!.thresholdHistory.map((set) => set.fromMonth)).toEqual([null, '2023-05']);
  });

  it('refuses a month whose statuses a closed period has fixed, and takes one after it', async () => {
    const city = await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'goteborg' } });
    await createClosedMonth(server.prisma, city.id, { year: 2023, month: 6 });
    const errors = await server.queryErrors(UPDATE, { input: (await change({}, { year: 2023, month: 5 })).input });
    expect(errors[0]!.extensions).toMatchObject({
      fieldErrors: [{ field: 'input.thresholdsFrom', message: 'periodClosed' }],
    });
    expect(await server.prisma.indicatorThresholdSet.count()).toBe(0);

    const { id, input } = await change({}, { year: 2023, month: 7 });
    await server.query(UPDATE, { input });
    const { indicator } = await server.query(JUDGED, { id });
    expect(indicator!.may!.status).toBe('RED');
    expect(indicator!.thresholdHistory.map((set) => set.fromMonth)).toEqual([null, '2023-07']);
  });
});
